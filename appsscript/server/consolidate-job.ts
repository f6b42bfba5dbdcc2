import type { ConsolidateSummary } from '../../addin/ui/host-bridge';
import type { FlowSettings, ReportKind, WorkbookGrid } from '../../shared';
import { Consolidator, META_SHEET, UsageError, buildSummaryModel, toExportDocument } from '../../shared';
import type { DriveInput, EncodedGrid } from './drive-files';
import { decodeGrid, describeInputs, encodeGrid, loadDriveFile } from './drive-files';
import { SheetsPort } from './sheets-port';

/**
 * Consolidation of picked Drive files in resumable batches (SPEC §6, §8.2). Each
 * `step` reads files until its time budget is spent (well inside Apps Script's 6-minute limit) and
 * stores every file's grid as compact JSON in a hidden `_ttdn_job` sheet of the summary
 * spreadsheet, so the next execution continues where this one stopped. When every file is read,
 * a final step feeds the stored grids to the core's Consolidator and writes the summary sheets.
 *
 * Job sheet layout: A1 = job JSON (id, options, file list), then one row per file:
 * [index, status, sha256, received, json part 1, json part 2, …] (a cell holds ≤ 50,000 characters).
 */

export const JOB_SHEET = '_ttdn_job';
const CELL_CHUNK = 45_000;
export const jobConfig = { stepBudgetMs: 270_000, now: () => Date.now() };

export interface JobOptions {
  kind: ReportKind;
  year: number;
  asOf: string;
  includeRejected?: string[];
}

interface JobHeader {
  id: string;
  options: JobOptions;
  files: DriveInput[];
}

export interface StepResult {
  jobId: string;
  done: number;
  total: number;
  current?: string;
  finished: boolean;
  summary?: ConsolidateSummary;
}

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function startJob(ss: Ss, options: JobOptions, driveIds: readonly string[]): StepResult {
  if (!driveIds.length) throw new UsageError('Chưa chọn tệp nào để tổng hợp.');
  const files = describeInputs(driveIds);
  const header: JobHeader = { id: `job-${jobConfig.now().toString(36)}`, options, files };
  const old = ss.getSheetByName(JOB_SHEET);
  if (old) ss.deleteSheet(old);
  const sheet = ss.insertSheet(JOB_SHEET, ss.getNumSheets());
  sheet.getRange(1, 1).setNumberFormat('@').setValue(JSON.stringify(header));
  sheet.hideSheet();
  return { jobId: header.id, done: 0, total: files.length, finished: false };
}

function readJob(
  ss: Ss,
  jobId: string,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; header: JobHeader; rows: string[][] } {
  const sheet = ss.getSheetByName(JOB_SHEET);
  if (!sheet) throw new UsageError('Phiên tổng hợp đã kết thúc hoặc bị xoá. Hãy bắt đầu lại.');
  const values = sheet.getDataRange().getValues() as unknown[][];
  const header = JSON.parse(String(values[0][0])) as JobHeader;
  if (header.id !== jobId)
    throw new UsageError('Một phiên tổng hợp khác đã bắt đầu trong bảng tính này. Hãy bắt đầu lại.');
  return { sheet, header, rows: values.slice(1).map((r) => r.map((v) => String(v))) };
}

export function stepJob(ss: Ss, settings: FlowSettings, jobId: string): StepResult {
  const started = jobConfig.now();
  const { sheet, header, rows } = readJob(ss, jobId);
  const total = header.files.length;
  let done = rows.filter((r) => r[1] === 'done').length;
  const out: string[][] = [];
  let current: string | undefined;
  // At least one file per step, then as many as fit in the budget.
  while (
    done + out.length < total &&
    (out.length === 0 || jobConfig.now() - started < jobConfig.stepBudgetMs)
  ) {
    const i = done + out.length;
    const input = header.files[i];
    current = input.name;
    const loaded = loadDriveFile(input);
    const payload =
      loaded.grid instanceof Error
        ? JSON.stringify({ error: loaded.grid.message })
        : JSON.stringify(encodeGrid(loaded.grid));
    const row = [String(i), 'done', loaded.sha256, input.modified ?? ''];
    for (let k = 0; k < payload.length; k += CELL_CHUNK) row.push(payload.slice(k, k + CELL_CHUNK));
    out.push(row);
  }
  if (out.length) {
    // One write for the whole batch: rows padded to the same width, every cell as text.
    const width = Math.max(...out.map((r) => r.length));
    const block = out.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
    const range = sheet.getRange(done + 2, 1, block.length, width);
    range.setNumberFormat('@');
    range.setValues(block);
    done += out.length;
    rows.push(...block);
  }
  // Finishing (consolidate + write the summary) gets a step of its own unless this one still has
  // most of its budget; a step that read nothing always finishes, so the loop cannot stall.
  const spent = jobConfig.now() - started > jobConfig.stepBudgetMs * 0.8;
  if (done < total || (out.length > 0 && spent)) return { jobId, done, total, current, finished: false };
  return { jobId, done, total, finished: true, summary: finishJob(ss, settings, header, rows) };
}

/** A key of the hidden `_ttdn` sheet (key in column A, value in column B). */
function metaValue(grid: WorkbookGrid, key: string): string | null {
  const meta = grid.sheet(META_SHEET);
  if (!meta) return null;
  for (let r = 1; r <= meta.rowCount; r++)
    if (meta.cell(r, 1)?.value === key) return String(meta.cell(r, 2)?.value ?? '');
  return null;
}

function finishJob(ss: Ss, settings: FlowSettings, header: JobHeader, rows: string[][]): ConsolidateSummary {
  const o = header.options;
  const c = new Consolidator({
    registry: settings.registry,
    calendar: settings.calendar,
    kind: o.kind,
    year: o.year,
    asOf: o.asOf,
    includeRejected: o.includeRejected,
  });
  const sorted = [...rows].sort((a, b) => Number(a[0]) - Number(b[0]));
  const decoded = sorted.map((r) => {
    const data = JSON.parse(r.slice(4).join('')) as EncodedGrid | { error: string };
    const grid = 'error' in data ? new Error(data.error) : decodeGrid(data);
    return { file: { file: header.files[Number(r[0])].name, sha256: r[2], received: r[3] || null }, grid };
  });
  // Plans picked together with reports feed the plan/result comparison (SPEC §6.5): plans first.
  const isPlan = (g: WorkbookGrid | Error) =>
    o.kind !== 'ke-hoach-nam' && !(g instanceof Error) && metaValue(g, 'kind') === 'ke-hoach-nam';
  for (const d of decoded) if (isPlan(d.grid)) c.addPlan(d.file, d.grid);
  for (const d of decoded) if (!isPlan(d.grid)) c.addFile(d.file, d.grid);
  const result = c.finish();
  const doc = toExportDocument(result, settings.registry, settings.generator);
  // The summary is computed in full before any sheet is replaced; each sheet is then swapped in.
  new SheetsPort(ss).applyModelSync(buildSummaryModel(result, doc, settings.registry, settings.generator));
  const job = ss.getSheetByName(JOB_SHEET);
  if (job) ss.deleteSheet(job);
  const count = (s: string) => result.submissions.filter((x) => x.status === s).length;
  return {
    accepted: count('accepted'),
    rejected: count('rejected'),
    unreadable: count('unreadable'),
    superseded: count('superseded'),
    missing: result.completeness.filter((e) => e.status === 'missing').map((e) => e.unit),
    late: result.completeness
      .filter((e) => e.status === 'late')
      .map((e) => ({ unit: e.unit, days: e.lateDays })),
    totals: { ...result.totals },
  };
}
