import {
  Consolidator,
  buildSummaryModel,
  toExportDocument,
  DEFAULT_CALENDAR,
  REGISTRY_PRESETS,
  SUMMARY_SHEETS,
  modelToGrid,
  findUnit,
  taskCode,
  taskCodeUnit,
  addPickedFiles,
  consolidationCounts,
  parseReceivedFile,
} from '../../shared';
import { filledModel } from '../../cli/demo/mailbox';
import { setModelCell, namedBox } from '../../cli/demo/model-edit';

const registry = REGISTRY_PRESETS['mau-tu-2025'];
const calendar = DEFAULT_CALENDAR;
const UNIT = 'SO_NGOAI_VU';
const code = (n: number) => taskCode(2026, taskCodeUnit(findUnit(registry, UNIT)!), n);

function report(
  rows: Record<string, string | number | null>[],
  indicators: Record<string, number> = {},
  edit?: Parameters<typeof filledModel>[0]['edit'],
) {
  return modelToGrid(
    filledModel({
      registry,
      calendar,
      kind: 'bao-cao-nam',
      year: 2026,
      unitCode: UNIT,
      rows,
      indicators,
      reportDate: '2026-11-10',
      edit,
    }),
  );
}

function plan(n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({
    maNhiemVu: code(i + 1),
    nhomNhiemVu: 'Khác',
    tenNhiemVu: `Nhiệm vụ ${i + 1}`,
    chuTri: 'Phòng',
  }));
  return modelToGrid(
    filledModel({
      registry,
      calendar,
      kind: 'ke-hoach-nam',
      year: 2026,
      unitCode: UNIT,
      rows,
      reportDate: '2026-01-10',
    }),
  );
}

const row = (maNhiemVu: string | null, tinhTrang: string, name = 'Hoạt động') => ({
  maNhiemVu,
  nhomNhiemVu: 'Khác',
  tenHoatDong: `${name} ${maNhiemVu ?? ''}`,
  tinhTrang,
});

function consolidator(extra: Partial<ConstructorParameters<typeof Consolidator>[0]> = {}) {
  return new Consolidator({
    registry,
    calendar,
    kind: 'bao-cao-nam',
    year: 2026,
    asOf: '2026-12-01',
    ...extra,
  });
}

test('plan versus result counts done, in progress, not done, unplanned and unreported tasks', () => {
  const c = consolidator();
  c.addPlan({ file: 'kh.xlsx', sha256: 'a'.repeat(64), received: '2026-01-12' }, plan(5));
  c.addFile(
    { file: 'bc.xlsx', sha256: 'b'.repeat(64), received: '2026-11-15' },
    report([
      row(code(1), 'Hoàn thành'),
      row(code(2), 'Đang thực hiện'),
      row(code(3), 'Chưa thực hiện'),
      row(null, 'Phát sinh ngoài kế hoạch'),
    ]),
  );
  const [p] = c.finish().planProgress;
  expect(p).toMatchObject({
    unit: UNIT,
    planned: 5,
    done: 1,
    inProgress: 1,
    notDone: 1,
    unplanned: 1,
    notReported: 2,
    percentDone: 20,
  });
});

test('a report row citing a task code that is not in the unit plan is a warning at its cell', () => {
  const c = consolidator();
  c.addPlan({ file: 'kh.xlsx', sha256: 'a'.repeat(64), received: '2026-01-12' }, plan(2));
  c.addFile(
    { file: 'bc.xlsx', sha256: 'b'.repeat(64), received: '2026-11-15' },
    report([row(code(9), 'Hoàn thành')]),
  );
  const r = c.finish();
  const f = r.findings.find((x) => x.code === 'TASK_NOT_IN_PLAN');
  expect(f).toMatchObject({ severity: 'warning', file: 'bc.xlsx', value: code(9) });
  expect(r.submissions[0].status).toBe('accepted');
});

test('a plan picked after the reports it covers still feeds their plan check, and is not counted as a report', () => {
  const ctx = { registry, calendar };
  const picked = [
    parseReceivedFile(
      { file: 'bc.xlsx', sha256: 'b'.repeat(64), received: '2026-11-15' },
      report([row(code(1), 'Hoàn thành')]),
      ctx,
    ),
    parseReceivedFile({ file: 'kh.xlsx', sha256: 'a'.repeat(64), received: '2026-01-12' }, plan(3), ctx),
  ];
  const c = consolidator();
  addPickedFiles(c, 'bao-cao-nam', picked);
  const r = c.finish();
  expect(r.planProgress[0]).toMatchObject({ unit: UNIT, planned: 3, done: 1, notReported: 2 });
  expect(consolidationCounts(r)).toMatchObject({ accepted: 1, rejected: 0, unreadable: 0, empty: 0 });
  expect(r.submissions.map((s) => s.file)).toEqual(['bc.xlsx']);
});

test('a file with blocking errors is accepted when the user includes it explicitly', () => {
  const bad = () =>
    report([row(null, 'Hoàn thành')], {}, (m) => {
      const t = namedBox(m, 'TTDN_HoatDong');
      setModelCell(m, t.sheet, `C${t.top}`, 'Không có trong danh sách');
    });
  const strict = consolidator();
  strict.addFile({ file: 'bc.xlsx', sha256: 'b'.repeat(64), received: '2026-11-15' }, bad());
  expect(strict.finish().submissions[0].status).toBe('rejected');
  const lenient = consolidator({ includeRejected: ['bc.xlsx'] });
  lenient.addFile({ file: 'bc.xlsx', sha256: 'b'.repeat(64), received: '2026-11-15' }, bad());
  const s = lenient.finish().submissions[0];
  expect(s.status).toBe('accepted');
  expect(s.reason).toMatch(/theo yêu cầu/);
});

test('lateness counts from the first submission; the later correction supersedes it', () => {
  const c = consolidator();
  c.addFile(
    { file: 'v1.xlsx', sha256: 'a'.repeat(64), received: '2026-11-18' },
    report([row(null, 'Hoàn thành', 'Cũ')], { CT01: 1 }),
  );
  c.addFile(
    { file: 'v2.xlsx', sha256: 'b'.repeat(64), received: '2026-11-25' },
    report([row(null, 'Hoàn thành', 'Mới')], { CT01: 4 }),
  );
  const r = c.finish();
  expect(r.submissions.map((s) => [s.file, s.status, s.version])).toEqual([
    ['v1.xlsx', 'superseded', 1],
    ['v2.xlsx', 'accepted', 2],
  ]);
  expect(r.totals.CT01).toBe(4);
  expect(r.completeness.find((x) => x.unit === UNIT)).toMatchObject({
    status: 'on-time',
    version: 2,
    file: 'v2.xlsx',
  });
});

test('a report of another period is rejected with a reason, not consolidated', () => {
  const c = new Consolidator({ registry, calendar, kind: 'bao-cao-6-thang', year: 2026, asOf: '2026-07-01' });
  c.addFile(
    { file: 'nam.xlsx', sha256: 'a'.repeat(64), received: '2026-06-10' },
    report([row(null, 'Hoàn thành')], { CT01: 2 }),
  );
  const r = c.finish();
  expect(r.submissions[0]).toMatchObject({ status: 'rejected' });
  expect(r.submissions[0].reason).toMatch(/Sai loại\/kỳ báo cáo/);
  expect(r.totals.CT01).toBe(0);
});

test('before the deadline, units that sent nothing are shown as not yet due rather than missing', () => {
  const early = new Consolidator({ registry, calendar, kind: 'bao-cao-nam', year: 2026, asOf: '2026-11-01' });
  const r = early.finish();
  const doc = toExportDocument(r, registry, 'test');
  const sheet = buildSummaryModel(r, doc, registry, 'test').sheets.find(
    (s) => s.name === SUMMARY_SHEETS.completeness,
  )!;
  const statuses = sheet.values.slice(3).map((row) => row[3]);
  expect(statuses.length).toBe(registry.units.length);
  expect(new Set(statuses)).toEqual(new Set(['Chưa nộp (chưa đến hạn)']));
});

describe('submission state tells the truth (issue 9)', () => {
  const file = (name: string, received = '2026-11-15') => ({ file: name, sha256: 'c'.repeat(64), received });
  const stateOf = (r: ReturnType<Consolidator['finish']>, unit = UNIT) => {
    const e = r.completeness.find((x) => x.unit === unit)!;
    return { state: e.state, status: e.status, submitted: e.submitted };
  };

  test('an untouched template is "empty": not submitted, chased as missing, and the reason says so', () => {
    const c = consolidator();
    c.addFile(file('bc.xlsx'), report([]));
    const r = c.finish();
    expect(r.submissions[0].status).toBe('empty');
    expect(stateOf(r)).toEqual({ state: 'empty', status: 'missing', submitted: false });
    expect(r.completeness.find((x) => x.unit === UNIT)!.reason).toMatch(/Mẫu trống/);
  });

  test('a rejected file is not "submitted"; its state and reason say why', () => {
    const c = new Consolidator({
      registry,
      calendar,
      kind: 'bao-cao-6-thang',
      year: 2026,
      asOf: '2026-07-01',
    });
    c.addFile(file('nam.xlsx', '2026-06-10'), report([row(null, 'Hoàn thành')], { CT01: 2 }));
    const r = c.finish();
    // A report of another period does not belong to this consolidation at all: the unit is missing.
    expect(stateOf(r).state).toBe('missing');
    const strict = consolidator();
    strict.addFile(
      file('bc.xlsx'),
      report([row(null, 'Hoàn thành')], {}, (m) => {
        const t = namedBox(m, 'TTDN_HoatDong');
        setModelCell(m, t.sheet, `C${t.top}`, 'Không có trong danh sách');
      }),
    );
    const s = strict.finish();
    expect(stateOf(s)).toMatchObject({ state: 'rejected', submitted: false });
    expect(s.completeness.find((x) => x.unit === UNIT)!.reason).toMatch(/Bị loại/);
    const doc = toExportDocument(s, registry, 'test');
    const sheet = buildSummaryModel(s, doc, registry, 'test').sheets.find(
      (x) => x.name === SUMMARY_SHEETS.completeness,
    )!;
    const line = sheet.values.find((v) => v[0] === UNIT)!;
    expect([line[2], line[3]]).toEqual(['Chưa', expect.stringMatching(/^Bị loại: \d+ lỗi/)]);
  });

  test('an unreadable file named after a unit shows that unit as unreadable, not plainly missing', () => {
    const c = consolidator();
    c.addFile(file(`BCN-2026-${UNIT}.xlsx`), new Error('Tệp bị hỏng'));
    const r = c.finish();
    expect(stateOf(r)).toEqual({ state: 'unreadable', status: 'missing', submitted: false });
    expect(r.completeness.find((x) => x.unit === UNIT)!.reason).toBe('Tệp bị hỏng');
  });

  test('a later good file wins over an earlier blank template and is on time', () => {
    const c = consolidator();
    c.addFile(file('v1.xlsx', '2026-11-10'), report([]));
    c.addFile(file('v2.xlsx', '2026-11-18'), report([row(null, 'Hoàn thành')], { CT01: 1 }));
    const r = c.finish();
    expect(stateOf(r)).toEqual({ state: 'accepted', status: 'on-time', submitted: true });
  });

  test('"Tình hình nộp" shows the state and its reason instead of "Đã nộp / Đúng hạn"', () => {
    const c = consolidator();
    c.addFile(file('bc.xlsx'), report([]));
    const r = c.finish();
    const doc = toExportDocument(r, registry, 'test');
    const sheet = buildSummaryModel(r, doc, registry, 'test').sheets.find(
      (s) => s.name === SUMMARY_SHEETS.completeness,
    )!;
    const line = sheet.values.find((v) => v[0] === UNIT)!;
    expect([line[2], line[3]]).toEqual(['Chưa', expect.stringMatching(/^Mẫu trống/)]);
  });
});
