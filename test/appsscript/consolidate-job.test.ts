import { SHEETS_MESSAGES, SUMMARY_SHEETS } from '../../shared';
import type { StepResult } from '../../appsscript/server/consolidate-job';
import {
  JOB_KEY,
  JOB_SHEET,
  cancelJob,
  jobConfig,
  pendingJob,
  startJob,
  stepJob,
} from '../../appsscript/server/consolidate-job';
import type { PickedRef } from '../../appsscript/server/drive-files';
import { MIME_FOLDER } from '../../appsscript/server/drive-files';
import { decodeUtf8 } from '../../appsscript/server/text-decoder-polyfill';
import type { FakeSheet, FakeSpreadsheet } from './fake-gas';
import {
  CELL_LIMIT,
  EXECUTION_LIMIT_MS,
  beginExecution,
  drive,
  env,
  fakeProps,
  installFakeGas,
  log,
} from './fake-gas';
import { formBytes, putFile, registry, settings } from './drive-fixtures';

type Api = GoogleAppsScript.Spreadsheet.Spreadsheet;
const OPTIONS = { kind: 'bao-cao-6-thang' as const, year: 2026, asOf: '2026-07-01' };

/** The job reads time from the fake's execution clock, like Date.now() inside Apps Script. */
const realNow = jobConfig.now;
beforeEach(() => {
  jobConfig.now = () => env.clock;
});
afterEach(() => {
  jobConfig.now = realNow;
  jobConfig.stepBudgetMs = 240_000;
});

/** One google.script.run call: a fresh execution with its own 6-minute clock. */
function execution<T>(fn: () => T): T {
  beginExecution();
  return fn();
}

function jobSheet(ss: FakeSpreadsheet): FakeSheet | null {
  return ss.getSheetByName(JOB_SHEET);
}

/** A summary already in the spreadsheet, so a test can see whether it was replaced. */
function oldSummary(ss: FakeSpreadsheet): FakeSheet {
  const s = ss.insertSheet(SUMMARY_SHEETS.report);
  s._put('A1', 'tổng hợp kỳ trước');
  return s;
}

describe('consolidation job that survives executions and a closed sidebar', () => {
  it('consolidates 300 Google Sheets and .xlsx files in resumable steps, each well inside 6 minutes', async () => {
    const { ss } = installFakeGas();
    const api = ss as unknown as Api;
    const units = registry.units;
    const picked: PickedRef[] = [];
    for (let i = 0; i < 300; i++) {
      const unit = units[i % units.length];
      const bytes = await formBytes('bao-cao-6-thang', unit.code, 2026, i % 3, i % 3 === 0);
      picked.push(
        putFile(`f${i}`, `${unit.code}-${i}${i % 2 ? '.xlsx' : ''}`, i % 2 ? 'xlsx' : 'sheets', bytes, {
          updated: new Date(Date.UTC(2026, 5, 1 + (i % 20), 20)),
        }),
      );
    }
    const first = execution(() => startJob(api, OPTIONS, picked));
    expect(first).toMatchObject({ done: 0, total: 300, finished: false });
    // The file list is one row per file, never one cell.
    expect(jobSheet(ss)!._used().rows).toBe(301);

    const progress: number[] = [];
    const elapsed: number[] = [];
    let step: StepResult = first;
    for (let guard = 0; !step.finished && guard < 50; guard++) {
      // The sidebar was closed: a reopened one finds the job from the spreadsheet alone.
      const pending = execution(() => pendingJob(api));
      expect(pending).not.toBeNull();
      const before = env.clock;
      step = execution(() => stepJob(api, settings, pending!.jobId));
      elapsed.push(env.clock - before);
      progress.push(step.done);
      if (!step.finished) expect(step.current).toBe(picked[step.done].name);
    }
    expect(step.finished).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(Math.max(...elapsed)).toBeLessThan(EXECUTION_LIMIT_MS * 0.75);
    const s = step.summary!;
    expect(s.accepted + s.superseded + s.rejected + s.unreadable).toBe(300);
    expect(s.unreadable).toBe(0);
    // Complete forms are accepted, the latest per unit; half-filled rows are rejected with reasons.
    expect(s.accepted).toBe(units.length);
    expect(s.rejected).toBeGreaterThan(0);
    expect(s.missing).toEqual([]);
    // Completed: job state gone, summary written.
    expect(jobSheet(ss)).toBeNull();
    expect(fakeProps.document.getProperty(JOB_KEY)).toBeNull();
    expect(ss.getSheetByName(SUMMARY_SHEETS.report)).not.toBeNull();
  }, 180_000);

  it('stores parsed submissions compactly: chunks under the cell limit, never read as formulas', async () => {
    const { ss } = installFakeGas();
    const api = ss as unknown as Api;
    const unit = registry.units[0].code;
    const bytes = await formBytes('bao-cao-6-thang', unit, 2026, 400);
    const picked = [putFile('big', "'=tên lạ", 'xlsx', bytes), putFile('x2', '=SUM(1)', 'sheets', bytes)];
    const job = execution(() => startJob(api, OPTIONS, picked));
    jobConfig.stepBudgetMs = 1; // one file per step
    execution(() => stepJob(api, settings, job.jobId));
    execution(() => stepJob(api, settings, job.jobId));
    const rows = jobSheet(ss)!.getDataRange().getValues();
    expect(rows[1].slice(0, 2)).toEqual(['big', "'=tên lạ"]);
    expect(rows[2][1]).toBe('=SUM(1)');
    const chunks = rows[1].slice(5).filter((v) => v !== '') as string[];
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(CELL_LIMIT);
    expect(jobSheet(ss)!.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    const done = execution(() => stepJob(api, settings, job.jobId));
    expect(done.finished).toBe(true);
    const sum = done.summary!;
    expect(sum.accepted + sum.rejected + sum.superseded).toBe(2);
    expect(sum.unreadable).toBe(0);
  }, 60_000);

  it('resumes after an execution was stopped by the 6-minute limit, without reading a file twice', async () => {
    const { ss } = installFakeGas();
    const api = ss as unknown as Api;
    const bytes = await formBytes('bao-cao-6-thang', registry.units[0].code, 2026, 1, true);
    const picked = [0, 1, 2].map((i) => putFile(`s${i}`, `s${i}`, 'sheets', bytes));
    const job = execution(() => startJob(api, OPTIONS, picked));
    env.costs['Drive.Files.export'] = EXECUTION_LIMIT_MS; // Google stops this execution mid-read
    expect(() => execution(() => stepJob(api, settings, job.jobId))).toThrow(
      /Exceeded maximum execution time/,
    );
    env.costs['Drive.Files.export'] = 1500;
    log.reset();
    let step = execution(() => stepJob(api, settings, job.jobId));
    while (!step.finished) step = execution(() => stepJob(api, settings, job.jobId));
    expect(log.get('Drive.Files.export')).toBe(3);
    expect(step.summary?.accepted).toBe(1);
  });

  it('cancel removes the hidden sheet and the property, and keeps the old summary', async () => {
    const { ss } = installFakeGas();
    const api = ss as unknown as Api;
    const old = oldSummary(ss);
    const bytes = await formBytes('bao-cao-6-thang', registry.units[0].code, 2026, 1, true);
    const picked = [0, 1, 2].map((i) => putFile(`c${i}`, `c${i}.xlsx`, 'xlsx', bytes));
    const job = execution(() => startJob(api, OPTIONS, picked));
    jobConfig.stepBudgetMs = 1;
    execution(() => stepJob(api, settings, job.jobId));
    execution(() => cancelJob(api));
    expect(jobSheet(ss)).toBeNull();
    expect(fakeProps.document.getProperties()).toEqual({});
    expect(execution(() => pendingJob(api))).toBeNull();
    expect(ss.getSheetByName(SUMMARY_SHEETS.report)).toBe(old);
    expect(old.getRange('A1').getValue()).toBe('tổng hợp kỳ trước');
    expect(() => execution(() => stepJob(api, settings, job.jobId))).toThrow(SHEETS_MESSAGES.jobGone);
  });

  it('a picked folder is refused up front: its files are not granted under drive.file', () => {
    const { ss } = installFakeGas();
    const api = ss as unknown as Api;
    const old = oldSummary(ss);
    drive.set('folder', { id: 'folder', name: 'Báo cáo 2026', mimeType: MIME_FOLDER, updated: new Date() });
    expect(() =>
      execution(() =>
        startJob(api, OPTIONS, [{ id: 'folder', name: 'Báo cáo 2026', mimeType: MIME_FOLDER }]),
      ),
    ).toThrow(/là thư mục/);
    expect(jobSheet(ss)).toBeNull();
    expect(ss.getSheetByName(SUMMARY_SHEETS.report)).toBe(old);
  });

  it('a selection with nothing readable never replaces the summary', async () => {
    const { ss } = installFakeGas();
    const api = ss as unknown as Api;
    const old = oldSummary(ss);
    const bytes = await formBytes('bao-cao-6-thang', registry.units[0].code, 2026, 1, true);
    // A folder whose type the Picker did not report, and a file the user never picked.
    drive.set('folder', { id: 'folder', name: 'Thư mục', mimeType: MIME_FOLDER, updated: new Date() });
    env.granted.add('folder');
    putFile('folder/a', 'a.xlsx', 'xlsx', bytes, { picked: false });
    const job = execution(() =>
      startJob(api, OPTIONS, [
        { id: 'folder', name: 'Thư mục' },
        { id: 'folder/a', name: 'a.xlsx' },
      ]),
    );
    expect(() => {
      let step = execution(() => stepJob(api, settings, job.jobId));
      while (!step.finished) step = execution(() => stepJob(api, settings, job.jobId));
    }).toThrow(SHEETS_MESSAGES.nothingReadable);
    expect(ss.getSheetByName(SUMMARY_SHEETS.report)).toBe(old);
    expect(jobSheet(ss)).toBeNull();
    expect(fakeProps.document.getProperty(JOB_KEY)).toBeNull();
  });

  it('reads a file with a fixed number of service calls, however many rows it has', async () => {
    const calls = async (rows: number) => {
      const { ss } = installFakeGas();
      const api = ss as unknown as Api;
      const bytes = await formBytes('bao-cao-6-thang', registry.units[0].code, 2026, rows);
      const picked = [
        putFile('a', 'a', 'sheets', bytes),
        putFile('b', 'b.xlsx', 'xlsx', bytes),
        putFile('c', 'c.xlsx', 'xlsx', bytes),
      ];
      const job = execution(() => startJob(api, OPTIONS, picked));
      jobConfig.stepBudgetMs = 1; // one file per step
      log.reset();
      execution(() => stepJob(api, settings, job.jobId));
      execution(() => stepJob(api, settings, job.jobId));
      return log.snapshot();
    };
    const small = await calls(5);
    const large = await calls(500);
    expect(large).toEqual(small);
    expect(small['Drive.Files.get']).toBe(3); // metadata ×2, download of the .xlsx
    expect(small['Drive.Files.export']).toBe(1);
    expect(small['Range.setValues']).toBe(2); // one per step
  }, 60_000);

  it('refuses a stale job id', async () => {
    const { ss } = installFakeGas();
    const api = ss as unknown as Api;
    const bytes = await formBytes('bao-cao-6-thang', registry.units[0].code, 2026, 1, true);
    execution(() => startJob(api, OPTIONS, [putFile('a', 'a.xlsx', 'xlsx', bytes)]));
    expect(() => execution(() => stepJob(api, settings, 'job-old'))).toThrow(SHEETS_MESSAGES.jobReplaced);
  });
});

describe('TextDecoder shim for Apps Script', () => {
  it('decodes UTF-8 like the platform decoder, including malformed input', () => {
    const samples = [
      '',
      'abc',
      'Báo cáo thông tin đối ngoại',
      '😀 emoji ✓',
      '\uFEFFbom',
      'x'.repeat(20000) + 'ế',
    ];
    for (const s of samples) {
      const bytes = new TextEncoder().encode(s);
      expect(decodeUtf8(bytes)).toBe(new TextDecoder().decode(bytes));
    }
    const bad = Uint8Array.from([0x61, 0xc3, 0x28, 0xe2, 0x82, 0x62, 0xf0, 0x9f, 0x98, 0x80, 0xff]);
    expect(decodeUtf8(bad)).toBe(new TextDecoder().decode(bad));
  });
});
