import type {
  ConsolidateProgress,
  ConsolidateSummary,
  EntryState,
  HostBridge,
  HostTerms,
  PendingConsolidation,
  PickedFile,
  UiSettings,
} from '../../addin/ui/host-bridge';
import type { Finding, ReportKind, Unit } from '../../shared';
import { SHEETS_MESSAGES, SHEETS_TERMS } from '../../shared';
import type { StepResult } from '../server/consolidate-job';
import type { PickedRef } from '../server/drive-files';
import { userMessage } from '../server/errors';
import type { ExportPayload } from '../server/export';
import { provinceReportDocx } from '../../shared/export/province-report-docx';
import type { ServerApi } from '../server/server-api';

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
      reject(new Error(SHEETS_MESSAGES.noConnection));
      return;
    }
    const runner = run
      .withSuccessHandler((v) => resolve(v as CallResult<K>))
      .withFailureHandler((e) => reject(new Error(clientMessage(e))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/**
 * What the failure handler got, in Vietnamese: the server maps its own errors (server/errors.ts);
 * this also covers failures that never reached our code (authorisation, network, timeouts).
 */
export function clientMessage(e: unknown): string {
  const msg = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  if (!msg || /NetworkError|HTTP 0|Failed to fetch/i.test(msg)) return SHEETS_MESSAGES.noConnection;
  return userMessage(new Error(msg));
}

/** Step failures worth one more try: the job resumes from the first file not stored. */
function retryable(e: unknown): boolean {
  const m = e instanceof Error ? e.message : '';
  return (
    m === SHEETS_MESSAGES.timeLimit ||
    m === SHEETS_MESSAGES.noConnection ||
    m.startsWith('Google Trang tính báo lỗi')
  );
}

function toRef(f: PickedFile): PickedRef | null {
  return f.driveId ? { id: f.driveId, name: f.name, mimeType: f.mimeType } : null;
}

function abortError(): Error {
  const e = new Error('Đã dừng tổng hợp theo yêu cầu.');
  e.name = 'AbortError';
  return e;
}

/** The file an export payload stands for: text as sent, the Word report packed here in the browser. */
export async function payloadBlob(p: ExportPayload): Promise<Blob> {
  if (p.report) {
    const bytes = await provinceReportDocx(p.report, p.generator ?? '');
    return new Blob([bytes as BlobPart], { type: p.mimeType });
  }
  return new Blob([p.content ?? ''], { type: `${p.mimeType};charset=utf-8` });
}

async function download(p: ExportPayload): Promise<void> {
  if (p.url) {
    window.open(p.url, '_blank', 'noopener');
    return;
  }
  // The same way as json/csv: an <a download> click inside the sidebar's frame.
  const blob = await payloadBlob(p);
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
/** Waits of the sidebar (ms); tests shorten them. */
export const timing = {
  pickPoll: 1000,
  /** The sidebar stops waiting for a Picker dialog closed without an answer after this long. */
  pickTimeout: 15 * 60 * 1000,
  retry: 2000,
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class GasBridge implements HostBridge {
  readonly host = 'sheets' as const;
  readonly terms: HostTerms = { workbook: SHEETS_TERMS.workbook, sheet: SHEETS_TERMS.sheet };

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
    const ref = toRef(file);
    if (!ref) return Promise.reject(new Error(SHEETS_MESSAGES.nothingPicked));
    return call('apiPrefillFromPlan', ref);
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
  /**
   * The Picker needs more room than the 300 px sidebar: the server opens it in a modal dialog and
   * the dialog hands the picked files to the server, where this polls for them.
   */
  async pickFiles(): Promise<PickedFile[]> {
    const requestId = `p${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    await call('apiOpenPicker', requestId, true);
    const until = Date.now() + timing.pickTimeout;
    while (Date.now() < until) {
      await sleep(timing.pickPoll);
      const files = await call('apiPickerResult', requestId);
      if (files) return files;
    }
    return [];
  }

  private async runSteps(
    first: StepResult,
    onProgress: (p: ConsolidateProgress) => void,
    signal: AbortSignal,
  ): Promise<ConsolidateSummary> {
    let step = first;
    onProgress({ done: step.done, total: step.total, current: step.current });
    // Each server call works for at most ~4 minutes, then returns its progress; loop until done.
    // The job lives in the spreadsheet: closing the sidebar leaves it to be resumed ("Tiếp tục").
    while (!step.finished) {
      if (signal.aborted) {
        await call('apiConsolidateCancel');
        throw abortError();
      }
      try {
        step = await call('apiConsolidateStep', step.jobId);
      } catch (e) {
        if (!retryable(e)) throw e;
        await sleep(timing.retry);
        step = await call('apiConsolidateStep', step.jobId);
      }
      onProgress({ done: step.done, total: step.total, current: step.current });
    }
    if (!step.summary) throw new Error(SHEETS_MESSAGES.jobGone);
    return step.summary;
  }

  async consolidate(
    req: { kind: ReportKind; year: number; asOf: string; files: PickedFile[] },
    onProgress: (p: ConsolidateProgress) => void,
    signal: AbortSignal,
  ): Promise<ConsolidateSummary> {
    const refs = req.files.map(toRef).filter((x): x is PickedRef => x !== null);
    if (!refs.length) throw new Error(SHEETS_MESSAGES.nothingPicked);
    const first = await call('apiConsolidateStart', { kind: req.kind, year: req.year, asOf: req.asOf }, refs);
    return this.runSteps(first, onProgress, signal);
  }

  pendingConsolidation(): Promise<PendingConsolidation | null> {
    return call('apiConsolidatePending');
  }

  async resumeConsolidation(
    onProgress: (p: ConsolidateProgress) => void,
    signal: AbortSignal,
  ): Promise<ConsolidateSummary> {
    const pending = await call('apiConsolidatePending');
    if (!pending) throw new Error(SHEETS_MESSAGES.jobGone);
    const first: StepResult = {
      jobId: pending.jobId,
      done: pending.done,
      total: pending.total,
      current: pending.current,
      finished: false,
    };
    return this.runSteps(first, onProgress, signal);
  }

  async cancelConsolidation(): Promise<void> {
    await call('apiConsolidateCancel');
  }

  async exportSummary(format: 'xlsx' | 'docx' | 'json' | 'csv'): Promise<void> {
    for (const p of await call('apiExport', format)) await download(p);
  }
}
