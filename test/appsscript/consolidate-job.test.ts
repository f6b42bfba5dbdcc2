import {
  DEFAULT_CALENDAR,
  DEFAULT_PRESET,
  REGISTRY_PRESETS,
  buildTemplate,
  periodOf,
  templateForKind,
} from '../../shared';
import type { FlowSettings } from '../../shared';
import { JOB_SHEET, jobConfig, startJob, stepJob } from '../../appsscript/server/consolidate-job';
import { SheetsPort } from '../../appsscript/server/sheets-port';
import { decodeUtf8 } from '../../appsscript/server/text-decoder-polyfill';
import type { FakeSheet } from './fake-gas';
import { FakeSpreadsheet, drive, fakeProps, installFakeGas, log, spreadsheets } from './fake-gas';

const registry = REGISTRY_PRESETS[DEFAULT_PRESET];
const settings: FlowSettings = { registry, calendar: DEFAULT_CALENDAR, generator: 'test' };

function addSubmission(i: number): string {
  const unit = registry.units[i];
  const model = buildTemplate({
    spec: templateForKind('bao-cao-6-thang'),
    kind: 'bao-cao-6-thang',
    unit,
    registry,
    period: periodOf(DEFAULT_CALENDAR, 'bao-cao-6-thang', 2026),
    generatedAt: '2026-06-01T00:00:00.000Z',
    generator: 'test',
    // One value, so the form is a submission and not an untouched template ("mẫu trống").
    indicatorValues: { CT01: 1 },
  }).model;
  const ss = new FakeSpreadsheet(unit.code, `f${i}`);
  spreadsheets.set(ss.getId(), ss);
  new SheetsPort(
    ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    fakeProps.document as unknown as GoogleAppsScript.Properties.Properties,
  ).applyModelSync(model);
  drive.set(ss.getId(), {
    id: ss.getId(),
    name: `${unit.code}`,
    mimeType: 'application/vnd.google-apps.spreadsheet',
    spreadsheet: ss,
    updated: new Date(2026, 5, 10),
  });
  return ss.getId();
}

describe('resumable consolidation job', () => {
  const realNow = jobConfig.now;
  afterEach(() => {
    jobConfig.stepBudgetMs = 270_000;
    jobConfig.now = realNow;
  });

  it('keeps per-file results in a hidden sheet between executions and finishes in a later step', () => {
    const { ss } = installFakeGas();
    const ids = [0, 1, 2, 3].map(addSubmission);
    const api = ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    // A clock that advances a second per reading: every step has spent its budget after one file.
    let clock = 0;
    jobConfig.now = () => (clock += 1000);
    jobConfig.stepBudgetMs = 500;
    let step = startJob(api, { kind: 'bao-cao-6-thang', year: 2026, asOf: '2026-07-01' }, ids);
    const progress: number[] = [];
    while (!step.finished) {
      step = stepJob(api, settings, step.jobId);
      progress.push(step.done);
      if (!step.finished) expect((ss.getSheetByName(JOB_SHEET) as unknown as FakeSheet)._hidden).toBe(true);
    }
    expect(progress).toEqual([1, 2, 3, 4, 4]);
    expect(step.summary?.accepted).toBe(4);
    expect(ss.getSheetByName(JOB_SHEET)).toBeNull();
  });

  it('finishes in a step that had nothing left to read, however slow the clock', () => {
    const { ss } = installFakeGas();
    const api = ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    let clock = 0;
    jobConfig.now = () => (clock += 1_000_000);
    let step = startJob(api, { kind: 'bao-cao-6-thang', year: 2026, asOf: '2026-07-01' }, [addSubmission(0)]);
    let steps = 0;
    while (!step.finished && steps < 5) {
      step = stepJob(api, settings, step.jobId);
      steps++;
    }
    expect(step.finished).toBe(true);
    expect(steps).toBe(2);
  });

  it('reads a batch of files with a fixed number of writes to the job sheet', () => {
    const { ss } = installFakeGas();
    const ids = [0, 1, 2, 3, 4, 5].map(addSubmission);
    const api = ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const step = startJob(api, { kind: 'bao-cao-6-thang', year: 2026, asOf: '2026-07-01' }, ids);
    log.reset();
    const done = stepJob(api, settings, step.jobId);
    expect(done.finished).toBe(true);
    expect(log.get('Range.setValues')).toBeGreaterThan(0);
    // One setValues for the whole batch in the job sheet; the rest are the summary sheets.
    expect(log.get('SpreadsheetApp.flush')).toBe(0);
  });

  it('refuses a stale job id', () => {
    const { ss } = installFakeGas();
    const api = ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    startJob(api, { kind: 'bao-cao-6-thang', year: 2026, asOf: '2026-07-01' }, [addSubmission(0)]);
    expect(() => stepJob(api, settings, 'job-old')).toThrow(/phiên tổng hợp khác/);
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
