/**
 * Forms as agencies really send them (issue 9): generated forms edited inside LibreOffice
 * (test/fixtures/make-agency-edits.py) — a column inserted, moved or deleted, a group cell merged
 * down, heading and total rows, empty rows deleted, the sheet renamed, the form pasted into a new
 * workbook, time in words, a blank template — validated and consolidated. Every expectation is
 * computed from the values the bases were filled with (test/fixtures/agency-edits-cases.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ParsedWorkbook, SheetGrid, WorkbookGrid } from '../../shared';
import { Consolidator, columnNumber, parseRange, toExportDocument } from '../../shared';
import * as fileLayer from '../../shared/file';
import { readXlsxGrid } from '../../shared/file/read-xlsx-grid';
import { run } from '../../cli/main';
import type { EditCase } from '../fixtures/agency-edits-cases';
import {
  EDIT_CASES,
  EDIT_YEAR,
  REPORT_KIND,
  TIME_WORDS,
  caseBudget,
  caseRows,
} from '../fixtures/agency-edits-cases';
import { CALENDAR, REGISTRY, validateGrid } from '../helpers/forms';

const DIR = join(__dirname, '..', 'fixtures', 'agency-edits');
const byId = (id: string): EditCase => EDIT_CASES.find((c) => c.id === id)!;
const bytesOf = (id: string, ext: 'xlsx' | 'ods') => new Uint8Array(readFileSync(join(DIR, `${id}.${ext}`)));

/**
 * The guarded reader fills `SheetGrid.merges` once helper 9b's change lands; until then the merged
 * ranges LibreOffice wrote are taken from the file with ExcelJS, so the parser's merge handling is
 * tested on LibreOffice's real merges either way.
 */
async function xlsxGrid(id: string): Promise<WorkbookGrid> {
  const bytes = bytesOf(id, 'xlsx');
  const grid = readXlsxGrid(bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const merges = new Map(wb.worksheets.map((ws) => [ws.name, [...ws.model.merges]]));
  const sheets = new Map<string, SheetGrid>();
  const withMerges = (s: SheetGrid): SheetGrid =>
    s.merges?.length
      ? s
      : {
          name: s.name,
          state: s.state,
          rowCount: s.rowCount,
          columnCount: s.columnCount,
          merges: merges.get(s.name) ?? [],
          cell: (r, c) => s.cell(r, c),
        };
  return {
    sheetNames: grid.sheetNames,
    definedNames: grid.definedNames,
    sheet(name) {
      const s = grid.sheet(name);
      if (!s) return undefined;
      if (!sheets.has(name)) sheets.set(name, withMerges(s));
      return sheets.get(name);
    },
  };
}

const blocking = (p: ParsedWorkbook) => p.findings.filter((f) => f.severity === 'error');
const budget = (p: ParsedWorkbook) =>
  Math.round(p.submission.rows.reduce((s, r) => s + (Number(r.values.kinhPhi) || 0), 0) * 1000) / 1000;
const names = (p: ParsedWorkbook) =>
  p.submission.rows.map((r) => r.values.tenHoatDong ?? r.values.tenNhiemVu);
const expectedNames = (c: EditCase) => caseRows(c).map((r) => r.tenHoatDong ?? r.tenNhiemVu);

describe('forms edited in LibreOffice (.xlsx) are read by their labels', () => {
  const parsed = new Map<string, ParsedWorkbook>();
  beforeAll(async () => {
    for (const c of EDIT_CASES) parsed.set(c.id, validateGrid(await xlsxGrid(c.id)));
  });

  test.each(EDIT_CASES.filter((c) => c.rows > 0).map((c) => [c.id]))(
    '%s: every activity, its budget and no blocking error',
    (id) => {
      const c = byId(id);
      const p = parsed.get(id)!;
      expect(blocking(p)).toEqual([]);
      expect(names(p)).toEqual(expectedNames(c));
      expect(budget(p)).toBe(caseBudget(c));
      expect(p.submission.unit).toBe(c.unit);
      expect(p.submission.kind).toBe(c.kind);
    },
  );

  test('LibreOffice widens the defined name when a column is inserted inside the table', async () => {
    const grid = await xlsxGrid('bc-insert-column');
    const name = grid.definedNames.find((n) => n.name === 'TTDN_HoatDong')!;
    const box = parseRange(name.range)!;
    const spec = parsed.get('bc-insert-column')!.spec;
    const table = spec.sections.find((s) => s.type === 'table')!;
    expect(box.right - box.left + 1).toBe('columns' in table ? table.columns.length + 1 : 0);
  });

  test('an inserted "Địa điểm" column is ignored with one info finding naming it', () => {
    const p = parsed.get('bc-insert-column')!;
    const extra = p.findings.filter((f) => f.code === 'COLUMN_EXTRA');
    expect(extra.map((f) => [f.severity, f.value])).toEqual([['info', 'Địa điểm']]);
  });

  test('budgets are read from the column headed "Kinh phí", wherever it moved', async () => {
    const p = parsed.get('bc-insert-column')!;
    const sheet = (await xlsxGrid('bc-insert-column')).sheet(p.submission.sheet)!;
    const col = columnNumber(p.submission.rows[0].cells.kinhPhi.replace(/\d+$/, ''));
    const headerRow = parseRange(p.findings.find((f) => f.code === 'COLUMN_EXTRA')!.cell)!.top;
    expect(String(sheet.cell(headerRow, col)?.value)).toMatch(/^Kinh phí/);
    expect(p.submission.rows.map((r) => r.values.kinhPhi)).toEqual(
      caseRows(byId('bc-insert-column')).map((r) => r.kinhPhi),
    );
  });

  test('a moved status column and a deleted optional column are followed', () => {
    const c = byId('bc-reorder-delete');
    const p = parsed.get(c.id)!;
    expect(p.submission.rows.map((r) => r.values.tinhTrang)).toEqual(caseRows(c).map((r) => r.tinhTrang));
    expect(p.submission.rows.map((r) => r.values.ketQua)).toEqual(caseRows(c).map((r) => r.ketQua));
    expect(p.findings.filter((f) => f.code === 'COLUMN_ABSENT').map((f) => f.field)).toEqual(['phoiHop']);
  });

  test('a group cell merged down over three activities applies to each of them', () => {
    const c = byId('bc-merge-group');
    const groups = parsed.get(c.id)!.submission.rows.map((r) => r.values.nhomNhiemVu);
    const want = caseRows(c).map((r) => r.nhomNhiemVu);
    expect(groups).toEqual([want[0], want[0], want[0], ...want.slice(3)]);
  });

  test('heading rows and a "Tổng cộng" =SUM row are not activities; a heading fills the blank group below it', () => {
    const c = byId('bc-headings-total');
    const p = parsed.get(c.id)!;
    expect(p.submission.rows).toHaveLength(c.rows);
    const want = caseRows(c).map((r) => r.nhomNhiemVu);
    expect(p.submission.rows.map((r) => r.values.nhomNhiemVu)).toEqual([
      'Tập huấn, bồi dưỡng nghiệp vụ',
      ...want.slice(1),
    ]);
  });

  test('deleted empty rows and a renamed sheet change nothing read', () => {
    const p = parsed.get('bc-delete-rows-rename')!;
    expect(p.submission.sheet).toBe('Báo cáo 2026');
    expect(p.findings).toEqual([]);
  });

  test('time typed in words is kept as typed and read as an interval inside the year', () => {
    const c = byId('bc-time-words');
    const p = parsed.get(c.id)!;
    expect(p.submission.rows.map((r) => r.values.thoiGian)).toEqual(TIME_WORDS.slice(0, c.rows));
    const { from, to } = p.period;
    for (const r of p.submission.rows) {
      const span = r.spans.thoiGian;
      expect(span.from <= span.to && span.from <= to && span.to >= from).toBe(true);
    }
    // "Thường xuyên" is the whole reporting window (an annual report runs 15/12 to 14/12).
    expect(p.submission.rows[0].spans.thoiGian).toMatchObject({ from, to });
    expect(p.findings.filter((f) => f.field === 'thoiGian')).toEqual([]);
  });

  test('a form pasted into a new workbook is recognised by title and headers, with one warning', () => {
    const c = byId('bc-pasted');
    const p = parsed.get(c.id)!;
    expect(p.findings.map((f) => f.code)).toEqual(['METADATA_LOST']);
    expect([p.submission.unit, p.submission.kind, p.submission.year]).toEqual([c.unit, c.kind, EDIT_YEAR]);
    expect(p.submission.indicators.CT17).toBe(caseBudget(c));
  });

  test('all edits at once: column, merge, heading, total, deleted rows, renamed sheet, time words', () => {
    const c = byId('bc-all-edits');
    const p = parsed.get(c.id)!;
    const want = caseRows(c).map((r) => r.nhomNhiemVu);
    expect(p.submission.rows.map((r) => r.values.nhomNhiemVu)).toEqual([
      want[0],
      want[0],
      want[0],
      ...want.slice(3),
    ]);
    expect(p.submission.rows.map((r) => r.values.thoiGian)).toEqual(TIME_WORDS.slice(0, c.rows));
  });

  test('the plan with an inserted column and deleted rows keeps its tasks and codes', () => {
    const c = byId('kh-insert-delete');
    const p = parsed.get(c.id)!;
    const codes = p.submission.rows.map((r) => r.values.maNhiemVu);
    expect(new Set(codes).size).toBe(c.rows);
    expect(p.submission.rows.map((r) => r.values.tuNgay)).toEqual(caseRows(c).map((r) => r.tuNgay));
  });

  test('an untouched template says it is empty', () => {
    expect(parsed.get('bc-blank')!.findings.map((f) => f.code)).toContain('FORM_EMPTY');
  });
});

describe('consolidating the edited reports', () => {
  const reports = EDIT_CASES.filter((c) => c.kind === REPORT_KIND);
  let result: ReturnType<Consolidator['finish']>;
  beforeAll(async () => {
    const con = new Consolidator({
      registry: REGISTRY,
      calendar: CALENDAR,
      kind: REPORT_KIND,
      year: EDIT_YEAR,
      asOf: `${EDIT_YEAR}-12-31`,
    });
    for (const c of reports)
      con.addFile(
        { file: `${c.id}.xlsx`, sha256: '0'.repeat(64), received: `${EDIT_YEAR}-12-10` },
        await xlsxGrid(c.id),
      );
    result = con.finish();
  });

  test('every filled report is accepted and the blank template is "empty", not submitted', () => {
    const status = Object.fromEntries(result.submissions.map((s) => [s.file.replace('.xlsx', ''), s.status]));
    expect(status).toEqual(Object.fromEntries(reports.map((c) => [c.id, c.rows ? 'accepted' : 'empty'])));
    const blank = result.completeness.find((x) => x.unit === byId('bc-blank').unit)!;
    expect([blank.state, blank.status, blank.submitted]).toEqual(['empty', 'missing', false]);
  });

  test('totals, activity count and budgets add up over the edited files', () => {
    const filled = reports.filter((c) => c.rows);
    expect(result.activities).toHaveLength(filled.reduce((n, c) => n + c.rows, 0));
    expect(result.totals.CT17).toBe(filled.reduce((s, c) => s + caseBudget(c), 0));
    expect(result.totals.CT02).toBe(40 * filled.length);
    expect(result.check).toEqual({ ok: true, mismatches: [] });
  });

  test("the JSON export carries each unit's submission state", () => {
    const doc = toExportDocument(result, REGISTRY, 'test');
    const blank = doc.completeness.find((x) => x.unit === byId('bc-blank').unit)!;
    expect([blank.state, blank.reason]).toEqual(['empty', expect.stringContaining('Mẫu trống')]);
    expect(doc.completeness.filter((x) => x.state === 'accepted')).toHaveLength(
      reports.filter((c) => c.rows).length,
    );
  });
});

describe('the CLI on an edited form', () => {
  test('`ttdn validate` accepts the form with an inserted column (exit 0)', async () => {
    let stdout = '';
    const spy = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
    try {
      const code = await run(['validate', join(DIR, 'bc-insert-column.xlsx'), '--json']);
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as { findings: { code: string }[] };
      expect(out.findings.map((f) => f.code)).toEqual(['COLUMN_EXTRA']);
    } finally {
      spy.mockRestore();
    }
  });
});

/**
 * .ods needs the OpenDocument reader of helper 9b (shared/file). Whichever `read…Grid` function of
 * the file layer reads the .ods is used; until one does, these are skipped with a note.
 */
type GridReader = (bytes: Uint8Array) => WorkbookGrid;
function odsReader(): GridReader | null {
  const sample = bytesOf('bc-blank', 'ods');
  for (const [name, fn] of Object.entries(fileLayer)) {
    if (typeof fn !== 'function' || !/^read\w*Grid$/.test(name)) continue;
    try {
      const g = (fn as GridReader)(sample);
      if (g && Array.isArray(g.sheetNames) && g.sheetNames.length) return fn as GridReader;
    } catch {
      // not this reader
    }
  }
  return null;
}
const readOds = odsReader();
if (!readOds)
  console.warn(
    'agency-edits: .ods fixtures skipped — the file layer does not read OpenDocument yet (issue 9, helper 9b).',
  );
(readOds ? describe : describe.skip)('the same edits saved as .ods', () => {
  test.each(EDIT_CASES.map((c) => [c.id]))('%s reads like its .xlsx twin', async (id) => {
    const a = validateGrid(readOds!(bytesOf(id, 'ods')));
    const b = validateGrid(await xlsxGrid(id));
    expect(a.submission.rows.map((r) => r.values)).toEqual(b.submission.rows.map((r) => r.values));
    expect(a.submission.indicators).toEqual(b.submission.indicators);
    expect(a.submission.unit).toBe(byId(id).unit);
  });
});
