import type {
  Calendar,
  ExportDocument,
  Finding,
  ParsedFile,
  ProvinceReportEdits,
  Registry,
  ReportKind,
  Unit,
  WorkbookGrid,
} from '../../shared';
import {
  SUMMARY_SHEETS,
  TtdnError,
  cellText,
  findUnit,
  legacyTextWrites,
  localPlainDate,
  parseThreadsFor,
  parseOpenForm,
  parseRange,
  readProvinceReportEdits,
  summarySheetNames,
} from '../../shared';
import { readXlsxGrid } from '../../shared/file';
import { generateXlsx } from '../../cli/generate';
import type {
  ConsolidateProgress,
  ConsolidateSummary,
  EntryState,
  HostBridge,
  PickedFile,
  UiSettings,
} from '../../addin/ui/host-bridge';
import { PAGE_MESSAGES } from '../../shared/messages/vi';
import { exportFiles } from './export-files';
import type { ExportFormat, OutputFile } from './export-files';
import type { SettingsStore } from './settings';
import { resolveSettings } from './settings';
import type { WorkerPool } from './worker-pool';
import type { WorkerReply } from '../worker/protocol';
import type { PageSummary } from './summary';

export type { FileProblem, PageSummary } from './summary';

/**
 * The offline page's host: the shared UI over files instead of an open sheet. Forms are generated
 * and downloaded with the CLI's own generator (same bytes), checks read a dropped file, and
 * consolidation parses files in Web Workers and feeds the core's consolidator in input order, so
 * the result is the CLI's. Nothing leaves the computer: files are read with the File API and
 * results are offered as downloads.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How often the progress line may repaint during a run. */
export const PROGRESS_EVERY_MS = 50;

export type Deliver = (file: OutputFile) => void;

/** A finding with the content of its row, so the user sees what the cell belongs to. */
export interface PageFinding extends Finding {
  rowText: string;
}

export interface CheckResult {
  file: string;
  unitName: string | null;
  kind: ReportKind | null;
  year: number | null;
  findings: PageFinding[];
  legacyCells: number;
}

export interface ConsolidateFilesRequest {
  kind: ReportKind;
  year: number;
  asOf: string;
  reports: File[];
  plans: File[];
}

function abortError(): Error {
  const e = new Error(PAGE_MESSAGES.cancelled);
  e.name = 'AbortError';
  return e;
}

/** Text of a sheet row (non-empty cells joined), shown beside a finding. */
function rowText(grid: WorkbookGrid, sheet: string, cell: string): string {
  const box = cell ? parseRange(cell) : null;
  const s = grid.sheet(sheet);
  if (!box || !s) return '';
  const parts: string[] = [];
  for (let c = 1; c <= s.columnCount; c++) {
    const t = cellText(s.cell(box.top, c)?.value ?? null).trim();
    if (t) parts.push(t);
  }
  return parts.join(' | ');
}

export class FileBridge implements HostBridge {
  readonly host = 'page' as const;
  readonly worksOn = 'files' as const;
  private current: { name: string; bytes: Uint8Array; grid: WorkbookGrid } | null = null;
  private summary: { name: string; bytes: Uint8Array } | null = null;

  constructor(
    private readonly store: SettingsStore,
    private readonly deliver: Deliver,
    private readonly pool: () => WorkerPool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private flow(): { registry: Registry; calendar: Calendar } {
    return resolveSettings(this.store.load());
  }

  loadSettings(): Promise<UiSettings> {
    return Promise.resolve(this.store.load());
  }

  saveSettings(s: UiSettings): Promise<void> {
    try {
      resolveSettings(s); // a bad file is refused with its message and the old settings stay
      this.store.save(s);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  listUnits(): Promise<Unit[]> {
    try {
      return Promise.resolve(this.flow().registry.units.filter((u) => u.active));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  /** Downloads the form: the CLI's generator, so the bytes are those of `ttdn template`. */
  async generate(req: { kind: ReportKind; unitCode: string; year: number }): Promise<void> {
    const { registry, calendar } = this.flow();
    const bytes = await generateXlsx({ registry, calendar, ...req, now: this.now() });
    this.deliver({ name: `${req.kind}-${req.year}-${req.unitCode}.xlsx`, bytes, mime: XLSX_MIME });
  }

  /** Reads a filled form and lists every finding with its row's content. */
  async checkFile(file: File): Promise<CheckResult> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let grid: WorkbookGrid;
    try {
      grid = readXlsxGrid(bytes);
    } catch (e) {
      throw new Error(PAGE_MESSAGES.unreadable(file.name, e instanceof Error ? e.message : String(e)), {
        cause: e,
      });
    }
    const { registry, calendar } = this.flow();
    const parsed = parseOpenForm(grid, { registry, calendar });
    this.current = { name: file.name, bytes, grid };
    const s = parsed.submission;
    return {
      file: file.name,
      unitName: s.unit ? (findUnit(registry, s.unit)?.name ?? s.unit) : null,
      kind: s.kind,
      year: s.year,
      findings: parsed.findings.map((f) => ({ ...f, rowText: rowText(grid, f.sheet, f.cell) })),
      legacyCells: legacyTextWrites(parsed, grid).length,
    };
  }

  /** A copy of the checked file with TCVN3/VNI text rewritten as Unicode; the original is untouched. */
  async downloadConvertedCopy(): Promise<number> {
    const cur = this.current;
    if (!cur) throw new Error(PAGE_MESSAGES.nothingChecked);
    const { registry, calendar } = this.flow();
    const writes = legacyTextWrites(parseOpenForm(cur.grid, { registry, calendar }), cur.grid);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cur.bytes as unknown as ArrayBuffer);
    for (const w of writes) {
      const ws = wb.getWorksheet(w.sheet);
      const box = parseRange(w.cell);
      if (!ws || !box) continue;
      w.values.forEach((row, r) =>
        row.forEach((v, c) => {
          ws.getCell(box.top + r, box.left + c).value = v;
        }),
      );
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    this.deliver({ name: cur.name.replace(/(\.xlsx)?$/i, '-unicode.xlsx'), bytes, mime: XLSX_MIME });
    return writes.length;
  }

  /**
   * Starts the Web Workers ahead of a run (the Tổng hợp panel calls it when it opens), so the
   * user's click does not wait for each worker to load the page's script.
   */
  warmUp(): void {
    this.pool().warm();
  }

  /**
   * Consolidates like `ttdn consolidate`: plans first, then reports, each list in the given order
   * (the UI sorts by path as the CLI sorts a folder); parsing runs in Web Workers, the results are
   * fed to the consolidator strictly in order, and the summary is written in a worker too.
   */
  async consolidateFiles(
    req: ConsolidateFilesRequest,
    onProgress: (p: ConsolidateProgress) => void,
    signal: AbortSignal,
  ): Promise<PageSummary> {
    // Timed by the bench as the page's own time for a run (User Timing, no cost otherwise).
    performance.mark(RUN_MARK);
    const { registry, calendar } = this.flow();
    const pool = this.pool();
    const stop = () => pool.terminate(abortError());
    signal.addEventListener('abort', stop);
    try {
      const all = [...req.plans, ...req.reports];
      const total = all.length;
      const fileName = `tong-hop-${req.kind}-${req.year}.xlsx`;
      const received = (file: File) => localPlainDate(new Date(file.lastModified));
      if (parseThreadsFor(total, pool.size) === 0) {
        // A small run: one worker reads, parses and consolidates, as the CLI does on one thread.
        const reply = await pool.run(
          {
            type: 'parse-consolidate',
            files: all.map((file) => ({ file, received: received(file) })),
            plans: req.plans.length,
            registry,
            calendar,
            kind: req.kind,
            year: req.year,
            asOf: req.asOf,
            fileName,
          },
          (p) => onProgress({ done: p.done, total, current: p.current }),
        );
        return this.keepSummary(reply, fileName, signal);
      }
      let done = 0;
      let shown = -Infinity;
      const parsed = await Promise.all(
        all.map((file) =>
          pool
            .run({
              type: 'parse',
              file,
              received: received(file),
              registry,
              calendar,
            })
            .then((r) => {
              done++;
              // Repaint on a time budget, not per file: 200 re-renders would cost more than the parsing.
              const t = performance.now();
              if (t - shown >= PROGRESS_EVERY_MS || done === total) {
                shown = t;
                onProgress({ done, total, current: file.name });
              }
              return parsedOf(r, file);
            }),
        ),
      );
      if (signal.aborted) throw abortError();
      onProgress({ done: total, total, current: PAGE_MESSAGES.writingSummary });
      // Consolidating, building and writing the summary happen in a worker too, in input order
      // (plans first), so the page never freezes and the result is the CLI's.
      const reply = await pool.run({
        type: 'consolidate',
        registry,
        calendar,
        kind: req.kind,
        year: req.year,
        asOf: req.asOf,
        plans: parsed.slice(0, req.plans.length),
        reports: parsed.slice(req.plans.length),
        fileName,
      });
      return this.keepSummary(reply, fileName, signal);
    } catch (e) {
      if (signal.aborted) throw abortError();
      throw e instanceof TtdnError ? new Error(e.message) : e;
    } finally {
      signal.removeEventListener('abort', stop);
    }
  }

  /** The summary a worker wrote, kept for download; its counts for the screen. */
  private keepSummary(reply: WorkerReply, fileName: string, signal: AbortSignal): PageSummary {
    if (!reply.ok) throw new Error(reply.message);
    if (!('summary' in reply)) throw new Error(PAGE_MESSAGES.workerFailed);
    if (signal.aborted) throw abortError();
    this.summary = { name: fileName, bytes: reply.bytes };
    performance.measure(RUN_MEASURE, RUN_MARK);
    return reply.summary;
  }

  downloadSummary(): void {
    if (!this.summary) throw new Error(PAGE_MESSAGES.noSummary);
    this.deliver({ ...this.summary, mime: XLSX_MIME });
  }

  hasSummary(): string | null {
    return this.summary?.name ?? null;
  }

  /** Ministry exports from a picked summary workbook, or from the one just made. */
  async exportFrom(format: ExportFormat, picked?: File): Promise<OutputFile[]> {
    const src = picked
      ? { name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) }
      : this.summary;
    if (!src) throw new Error(PAGE_MESSAGES.noSummary);
    const doc = readSummaryDocument(src.bytes, src.name);
    const registry = this.flow().registry;
    const files = await exportFiles(doc, registry, format, readSummaryEdits(src.bytes, registry.place));
    for (const f of files) this.deliver(f);
    return files;
  }

  // The open-sheet operations do not exist on files: the page never shows them.
  private notOnFiles<T>(): Promise<T> {
    return Promise.reject(new Error(PAGE_MESSAGES.notOnFiles));
  }
  readEntry(): Promise<EntryState> {
    return this.notOnFiles();
  }
  saveRow(): Promise<EntryState> {
    return this.notOnFiles();
  }
  deleteRow(): Promise<EntryState> {
    return this.notOnFiles();
  }
  saveIndicators(): Promise<EntryState> {
    return this.notOnFiles();
  }
  saveNarrative(): Promise<EntryState> {
    return this.notOnFiles();
  }
  prefillFromPlan(): Promise<EntryState> {
    return this.notOnFiles();
  }
  validate(): Promise<Finding[]> {
    return this.notOnFiles();
  }
  convertLegacyText(): Promise<Finding[]> {
    return this.notOnFiles();
  }
  selectCell(): Promise<void> {
    return Promise.resolve();
  }
  onRowSelected(): () => void {
    return () => undefined;
  }
  pickFiles(): Promise<PickedFile[]> {
    return this.notOnFiles();
  }
  consolidate(): Promise<ConsolidateSummary> {
    return this.notOnFiles();
  }
  exportSummary(): Promise<void> {
    return this.notOnFiles();
  }
}

/** User Timing names of a consolidation run: from its start to the summary ready (read by the page bench). */
export const RUN_MARK = 'ttdn:tong-hop:bat-dau';
export const RUN_MEASURE = 'ttdn:tong-hop';

function parsedOf(reply: WorkerReply, file: File): ParsedFile {
  if (reply.ok && 'parsed' in reply) return reply.parsed;
  // A worker failure is the file's problem, never the run's (as in the CLI).
  return {
    file: { file: file.name, sha256: '0'.repeat(64), received: localPlainDate(new Date(file.lastModified)) },
    outcome: 'unreadable',
    reason: reply.ok ? PAGE_MESSAGES.workerFailed : reply.message,
  };
}

/** The export document a summary carries in its hidden data sheet (as `ttdn export` reads it). */
/** The officer's edits of the summary's province report sheet (its named cells), as `ttdn export` reads them. */
export function readSummaryEdits(bytes: Uint8Array, place: string): ProvinceReportEdits {
  const wanted = new Set<string>(summarySheetNames('report'));
  try {
    return readProvinceReportEdits(
      readXlsxGrid(bytes, { sheets: (all) => all.filter((n) => wanted.has(n)) }),
      place,
    );
  } catch {
    return {}; // A summary without the report sheet still exports its data.
  }
}

export function readSummaryDocument(bytes: Uint8Array, name: string): ExportDocument {
  let json = '';
  try {
    const sheet = readXlsxGrid(bytes, { sheets: () => [SUMMARY_SHEETS.data] }).sheet(SUMMARY_SHEETS.data);
    if (!sheet) throw new Error(PAGE_MESSAGES.notASummary(name));
    for (let r = 1; r <= sheet.rowCount; r++) json += String(sheet.cell(r, 1)?.value ?? '');
  } catch (e) {
    if (e instanceof Error && e.message === PAGE_MESSAGES.notASummary(name)) throw e;
    throw new Error(PAGE_MESSAGES.unreadable(name, e instanceof Error ? e.message : String(e)), { cause: e });
  }
  try {
    return JSON.parse(json) as ExportDocument;
  } catch {
    throw new Error(PAGE_MESSAGES.summaryDataBroken(name));
  }
}
