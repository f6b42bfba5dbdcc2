/**
 * Bundled by esbuild for `npm run bench:pane` (test/bench/pane-vs-node.ts): the task pane's
 * consolidation — `PortBridge.consolidate` over files already read into memory, as the pane holds
 * them after "Chọn tệp" — with the Excel host's services where they do not need Office (the
 * guarded reader, WebCrypto SHA-256, a 0 ms yield, the performance clock) and a port whose
 * `applyModel` only counts cells. Office.js's round trip that writes the summary into the
 * workbook is not here: it cannot be run outside Office. The same function runs in Node.
 */
import type { SheetPort, WorkbookModel } from '../../shared';
import { readXlsxGrid } from '../../shared/file';
import { PortBridge } from '../../addin/bridge/port-bridge';
import type { HostServices } from '../../addin/bridge/port-bridge';
import type { ConsolidateSummary, PickedFile, UiSettings } from '../../addin/ui/host-bridge';

export interface PaneRun {
  ms: number;
  summary: ConsolidateSummary;
  /** Cells the summary model holds (what `applyModel` would have written). */
  cells: number;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function countingPort(counted: { cells: number }): SheetPort {
  const none = () => Promise.reject(new Error('not used by consolidation'));
  return {
    applyModel(model: WorkbookModel) {
      for (const s of model.sheets) counted.cells += s.values.reduce((n, r) => n + r.length, 0);
      return Promise.resolve();
    },
    readGrid: none,
    writeCells: none,
    setMarks: none,
    select: none,
  };
}

export async function runPane(files: PickedFile[], settings: UiSettings): Promise<PaneRun> {
  const counted = { cells: 0 };
  const services: HostServices = {
    loadSettings: () => Promise.resolve(settings),
    saveSettings: () => Promise.resolve(),
    pickFiles: () => Promise.resolve(files),
    deliver: () => Promise.resolve(),
    onRowSelected: () => () => undefined,
    readXlsx: (bytes, sheets) => Promise.resolve(readXlsxGrid(bytes, sheets ? { sheets } : {})),
    writeXlsx: () => Promise.reject(new Error('not used by consolidation')),
    sha256: sha256Hex,
    yieldToUi: () => new Promise((r) => setTimeout(r, 0)),
    now: () => performance.now(),
  };
  const bridge = new PortBridge(countingPort(counted), services);
  const t0 = performance.now();
  const summary = await bridge.consolidate(
    { kind: 'bao-cao-6-thang', year: 2026, asOf: '2026-06-30', files },
    () => undefined,
    new AbortController().signal,
  );
  return { ms: performance.now() - t0, summary, cells: counted.cells };
}

(globalThis as unknown as { runPane?: typeof runPane }).runPane = runPane;
