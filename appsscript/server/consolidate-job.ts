import type { ConsolidateSummary } from '../../addin/ui/host-bridge';
import type { FlowSettings, ParsedFile, ReportKind } from '../../shared';
import {
  Consolidator,
  addPickedFiles,
  consolidationCounts,
  SHEETS_MESSAGES,
  UsageError,
  buildSummaryModel,
  parseReceivedFile,
  toExportDocument,
} from '../../shared';
import type { PickedRef } from './drive-files';
import { MIME_FOLDER, readPickedFile } from './drive-files';
import { SheetsPort, cellInput } from './sheets-port';

/**
 * Consolidation of picked Drive files as a job that survives (SPEC §6, §8.2). Apps Script stops an
 * execution after 6 minutes and the sidebar may be closed at any time, so the job lives in the
 * spreadsheet, not in the sidebar:
 *  - DocumentProperties `ttdn_job`: a small pointer {id, options, total, done} (≪ 9 KB);
 *  - hidden sheet `_ttdn_job`: A1 the job id; one row per picked file from row 2:
 *    [drive id, name, mime type, status, chunk count, chunk 1, chunk 2, …], where the chunks are the
 *    core's `ParsedFile` for that file (plain JSON, not the grid) cut into ≤ 45,000 characters — a
 *    cell holds 50,000. Every chunk starts with a marker character, so no chunk is ever read by
 *    Sheets as a formula, number or date, and user text (names) gets the apostrophe guard.
 * Each `stepJob` execution reads files from the first one not done until its time budget (4 minutes,
 * well inside 6) is spent, writes that batch in one `setValues`, and returns files done / total with
 * the next file's name. When every file is done, the job feeds the stored ParsedFiles to the core's
 * Consolidator and only then replaces the summary sheets; then the job state is removed.
 * `cancelJob` removes the state (sheet and property) and leaves the summary untouched.
 */

export const JOB_SHEET = '_ttdn_job';
export const JOB_KEY = 'ttdn_job';
const CHUNK = 45_000;
/** Prefixed to every stored chunk; see the module comment. */
const MARK = '~';
const FIXED_COLS = 5;
export const jobConfig = { stepBudgetMs: 240_000, now: () => Date.now() };

export interface JobOptions {
  kind: ReportKind;
  year: number;
  asOf: string;
  includeRejected?: string[];
}

interface JobPointer {
  id: string;
  options: JobOptions;
  total: number;
  done: number;
  /** Name of the next file to read. */
  next?: string;
}

export interface StepResult {
  jobId: string;
  done: number;
  total: number;
  /** The file the next step starts with (or the one just read when the job is finishing). */
  current?: string;
  finished: boolean;
  summary?: ConsolidateSummary;
}

export interface PendingJob {
  jobId: string;
  done: number;
  total: number;
  current?: string;
  kind: ReportKind;
  year: number;
  asOf: string;
}

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Props = GoogleAppsScript.Properties.Properties;

function props(): Props {
  return PropertiesService.getDocumentProperties();
}

function readPointer(p: Props): JobPointer | null {
  const raw = p.getProperty(JOB_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as JobPointer;
  } catch {
    return null;
  }
}

/** Removes every trace of a job: the hidden sheet and the property. */
export function cancelJob(ss: Ss): void {
  const sheet = ss.getSheetByName(JOB_SHEET);
  if (sheet) ss.deleteSheet(sheet);
  props().deleteProperty(JOB_KEY);
}

/** A job left unfinished (sidebar closed, execution stopped), so the sidebar can offer "Tiếp tục". */
export function pendingJob(ss: Ss): PendingJob | null {
  const p = readPointer(props());
  if (!p || !ss.getSheetByName(JOB_SHEET)) return null;
  return {
    jobId: p.id,
    done: p.done,
    total: p.total,
    current: p.next,
    kind: p.options.kind,
    year: p.options.year,
    asOf: p.options.asOf,
  };
}

export function startJob(ss: Ss, options: JobOptions, picked: readonly PickedRef[]): StepResult {
  if (!picked.length) throw new UsageError(SHEETS_MESSAGES.nothingPicked);
  // Under drive.file a picked folder does not grant its files: they cannot be listed or read.
  const files = picked.filter((f) => f.mimeType !== MIME_FOLDER);
  if (!files.length)
    throw new UsageError(SHEETS_MESSAGES.folderNotReadable(picked.map((f) => f.name).join(', ')));
  cancelJob(ss);
  const id = `job-${jobConfig.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  const sheet = ss.insertSheet(JOB_SHEET, ss.getNumSheets());
  const block = [
    [id, String(files.length), '', '', ''],
    ...files.map((f) => [cellInput(f.id), cellInput(f.name), f.mimeType ?? '', '', '']),
  ];
  const range = sheet.getRange(1, 1, block.length, FIXED_COLS);
  range.setNumberFormat('@');
  range.setValues(block);
  sheet.hideSheet();
  const pointer: JobPointer = { id, options, total: files.length, done: 0, next: files[0].name };
  props().setProperty(JOB_KEY, JSON.stringify(pointer));
  return { jobId: id, done: 0, total: files.length, current: files[0].name, finished: false };
}

function openJob(ss: Ss, jobId: string): { sheet: GoogleAppsScript.Spreadsheet.Sheet; pointer: JobPointer } {
  const pointer = readPointer(props());
  const sheet = ss.getSheetByName(JOB_SHEET);
  if (!pointer || !sheet) throw new UsageError(SHEETS_MESSAGES.jobGone);
  if (pointer.id !== jobId) throw new UsageError(SHEETS_MESSAGES.jobReplaced);
  return { sheet, pointer };
}

function chunks(p: ParsedFile): string[] {
  const text = JSON.stringify(p);
  const out: string[] = [];
  for (let k = 0; k < text.length; k += CHUNK) out.push(MARK + text.slice(k, k + CHUNK));
  return out;
}

export function stepJob(ss: Ss, settings: FlowSettings, jobId: string): StepResult {
  const started = jobConfig.now();
  const { sheet, pointer } = openJob(ss, jobId);
  const total = pointer.total;
  const list = sheet.getRange(2, 1, total, 4).getValues() as unknown[][];
  const status = list.map((r) => String(r[3]));
  let first = status.findIndex((s) => s !== 'done');
  if (first < 0) first = total;
  const tz = ss.getSpreadsheetTimeZone();
  const ctx = { registry: settings.registry, calendar: settings.calendar };
  const out: string[][] = [];
  // At least one file per step, then as many as fit in the budget.
  while (
    first + out.length < total &&
    (out.length === 0 || jobConfig.now() - started < jobConfig.stepBudgetMs)
  ) {
    const row = list[first + out.length];
    const ref = { id: String(row[0]), name: String(row[1]), mimeType: String(row[2]) || undefined };
    const read = readPickedFile(ref, tz);
    const parsed = parseReceivedFile(read.file, read.grid, ctx);
    const c = chunks(parsed);
    out.push(['done', String(c.length), ...c]);
  }
  let done = first;
  if (out.length) {
    const width = Math.max(...out.map((r) => r.length));
    const block = out.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
    const range = sheet.getRange(first + 2, 4, block.length, width);
    range.setNumberFormat('@');
    range.setValues(block);
    done += out.length;
  }
  const next = done < total ? String(list[done][1]) : undefined;
  if (out.length) props().setProperty(JOB_KEY, JSON.stringify({ ...pointer, done, next }));
  // Finishing (summary written) gets a step of its own unless this one has most of its budget left.
  const spent = jobConfig.now() - started > jobConfig.stepBudgetMs / 2;
  if (done < total || (out.length > 0 && spent))
    return { jobId, done, total, current: next, finished: false };
  return { jobId, done, total, finished: true, summary: finishJob(ss, settings, sheet, pointer) };
}

function readParsed(sheet: GoogleAppsScript.Spreadsheet.Sheet, total: number): ParsedFile[] {
  const rows = sheet.getDataRange().getValues() as (string | number)[][];
  const out: ParsedFile[] = [];
  for (let i = 1; i <= total; i++) {
    const r = rows[i] ?? [];
    const n = Number(r[4]);
    let text = '';
    for (let k = 0; k < n; k++) {
      const part = String(r[FIXED_COLS + k] ?? '');
      if (!part.startsWith(MARK)) throw new UsageError(SHEETS_MESSAGES.jobCorrupt);
      text += part.slice(MARK.length);
    }
    try {
      out.push(JSON.parse(text) as ParsedFile);
    } catch {
      throw new UsageError(SHEETS_MESSAGES.jobCorrupt);
    }
  }
  return out;
}

function finishJob(
  ss: Ss,
  settings: FlowSettings,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  pointer: JobPointer,
): ConsolidateSummary {
  const o = pointer.options;
  const parsed = readParsed(sheet, pointer.total);
  // An empty or unreadable selection never replaces a summary (the old one stays).
  if (!parsed.some((p) => p.outcome === 'parsed')) {
    cancelJob(ss);
    throw new UsageError(SHEETS_MESSAGES.nothingReadable);
  }
  const c = new Consolidator({
    registry: settings.registry,
    calendar: settings.calendar,
    kind: o.kind,
    year: o.year,
    asOf: o.asOf,
    includeRejected: o.includeRejected,
  });
  addPickedFiles(c, o.kind, parsed);
  const result = c.finish();
  const doc = toExportDocument(result, settings.registry, settings.generator);
  // The summary is computed in full before any sheet is replaced; each sheet is then swapped in.
  new SheetsPort(ss).applyModelSync(buildSummaryModel(result, doc, settings.registry, settings.generator));
  cancelJob(ss);
  return consolidationCounts(result);
}
