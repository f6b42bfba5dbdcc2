import type {
  ConsolidateProgress,
  ConsolidateSummary,
  EntryState,
  HostBridge,
  PickedFile,
  UiSettings,
} from '../../addin/ui/host-bridge';
import type { Finding, ReportKind, Unit } from '../../shared';
import type { ExportPayload } from '../server/export';
import type { ServerApi } from '../server/server-api';
import { pickDriveFiles } from './picker';

/**
 * HostBridge for the Google Sheets sidebar: a typed promise wrapper over google.script.run.
 * `call('apiGenerate', req)` is checked against the server module's own signatures.
 */

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [fn: string]: unknown;
}

export interface GoogleScript {
  script: { run: ScriptRun; host?: { origin?: string; close?: () => void } };
}

declare global {
  interface Window {
    google?: GoogleScript & Record<string, unknown>;
    __TTDN_TAB?: string;
  }
}

export type CallResult<K extends keyof ServerApi> = ReturnType<ServerApi[K]>;

export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<CallResult<K>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(
        new Error('Không kết nối được với Google Sheets (google.script.run không có). Hãy mở lại thanh bên.'),
      );
      return;
    }
    const runner = run
      .withSuccessHandler((v) => resolve(v as CallResult<K>))
      .withFailureHandler((e) => reject(new Error(e?.message || 'Máy chủ Apps Script báo lỗi.')));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

function abortError(): Error {
  const e = new Error('Đã dừng tổng hợp theo yêu cầu.');
  e.name = 'AbortError';
  return e;
}

function download(p: ExportPayload): void {
  if (p.url) {
    window.open(p.url, '_blank', 'noopener');
    return;
  }
  const blob = new Blob([p.content ?? ''], { type: `${p.mimeType};charset=utf-8` });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = p.fileName;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(a.href);
    a.remove();
  }, 1000);
}

export const ROW_POLL_MS = 1500;

export class GasBridge implements HostBridge {
  readonly host = 'sheets' as const;

  loadSettings(): Promise<UiSettings> {
    return call('apiLoadSettings');
  }
  saveSettings(s: UiSettings): Promise<void> {
    return call('apiSaveSettings', s);
  }
  listUnits(): Promise<Unit[]> {
    return call('apiListUnits');
  }
  async generate(req: { kind: ReportKind; unitCode: string; year: number }): Promise<void> {
    await call('apiGenerate', req);
  }
  readEntry(): Promise<EntryState> {
    return call('apiReadEntry');
  }
  saveRow(row: {
    sheetRow: number | null;
    values: Record<string, string | number | null>;
  }): Promise<EntryState> {
    return call('apiSaveRow', row);
  }
  deleteRow(sheetRow: number): Promise<EntryState> {
    return call('apiDeleteRow', sheetRow);
  }
  saveIndicators(values: Record<string, number | null>): Promise<EntryState> {
    return call('apiSaveIndicators', values);
  }
  saveNarrative(key: string, text: string): Promise<EntryState> {
    return call('apiSaveNarrative', key, text);
  }
  prefillFromPlan(file: PickedFile): Promise<EntryState> {
    if (!file.driveId) return Promise.reject(new Error('Hãy chọn tệp kế hoạch trên Google Drive.'));
    return call('apiPrefillFromPlan', file.driveId);
  }
  validate(): Promise<Finding[]> {
    return call('apiValidate');
  }
  convertLegacyText(): Promise<Finding[]> {
    return call('apiConvertLegacyText');
  }
  selectCell(sheet: string, cell: string): Promise<void> {
    return call('apiSelectCell', sheet, cell);
  }
  /** Sheets sends no selection events to a sidebar: the active row is polled while someone listens. */
  onRowSelected(cb: (sheetRow: number) => void, onError?: (e: Error) => void): () => void {
    let last: number | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      if (stopped) return;
      if (document.visibilityState === 'hidden') {
        timer = setTimeout(tick, ROW_POLL_MS);
        return;
      }
      call('apiActiveRow')
        .then((row) => {
          if (!stopped && row !== null && row !== last) {
            if (last !== null) cb(row);
            last = row;
          }
        })
        .catch((e: unknown) => {
          // Tell the user once, then stop polling rather than fail every 1.5 s.
          stopped = true;
          onError?.(e instanceof Error ? e : new Error(String(e)));
        })
        .finally(() => {
          if (!stopped) timer = setTimeout(tick, ROW_POLL_MS);
        });
    };
    timer = setTimeout(tick, ROW_POLL_MS);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }
  async pickFiles(): Promise<PickedFile[]> {
    const config = await call('apiPickerConfig');
    return pickDriveFiles(config, window.google?.script.host?.origin);
  }
  async consolidate(
    req: { kind: ReportKind; year: number; asOf: string; files: PickedFile[] },
    onProgress: (p: ConsolidateProgress) => void,
    signal: AbortSignal,
  ): Promise<ConsolidateSummary> {
    const ids = req.files.map((f) => f.driveId).filter((x): x is string => Boolean(x));
    if (!ids.length) throw new Error('Hãy chọn các tệp báo cáo trên Google Drive.');
    let step = await call('apiConsolidateStart', { kind: req.kind, year: req.year, asOf: req.asOf }, ids);
    onProgress({ done: step.done, total: step.total });
    // Each server call works for at most ~4.5 minutes, then returns its progress; loop until done.
    while (!step.finished) {
      if (signal.aborted) throw abortError();
      step = await call('apiConsolidateStep', step.jobId);
      onProgress({ done: step.done, total: step.total, current: step.current });
    }
    if (!step.summary) throw new Error('Tổng hợp kết thúc nhưng không có kết quả.');
    return step.summary;
  }
  async exportSummary(format: 'xlsx' | 'json' | 'csv'): Promise<void> {
    for (const p of await call('apiExport', format)) download(p);
  }
}
