/** The summary workbook people work in: sheet names, frozen headers, filters, print setup, typed cells. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { SheetModel } from '../../shared';
import {
  LEGACY_SUMMARY_SHEETS,
  SUMMARY_SHEETS,
  buildSummaryModel,
  excelSerialToDate,
  toExportDocument,
} from '../../shared';
import { loadRegistry } from '../../cli/config';
import { writeModelToFile } from '../../cli/xlsx/write-file';
import { consolidation, registry } from '../helpers/province-fixture';

const { result, doc } = consolidation(4, 2);
const model = buildSummaryModel(result, doc, registry, 'test');
const sheet = (name: string): SheetModel => model.sheets.find((s) => s.name === name)!;
const LISTS = [
  SUMMARY_SHEETS.indicators,
  SUMMARY_SHEETS.activities,
  SUMMARY_SHEETS.completeness,
  SUMMARY_SHEETS.findings,
  SUMMARY_SHEETS.plan,
  SUMMARY_SHEETS.lineage,
];
/** Header row of the list sheets (title, note, header). */
const HEAD = 3;
const column = (s: SheetModel, header: string) => s.values[HEAD - 1].indexOf(header);
const numFmtOf = (s: SheetModel, col: number) =>
  s.styles.find(
    (g) =>
      g.style.numFmt && g.ranges.some((r) => r.startsWith(`${String.fromCharCode(65 + col)}${HEAD + 1}:`)),
  )?.style.numFmt;

test('sheet names are Vietnamese with diacritics and valid in Excel (≤ 31 characters, no []:*?/\\)', () => {
  const names = model.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(Object.values(SUMMARY_SHEETS)));
  expect(names).toContain('Tình hình nộp');
  expect(new Set(names).size).toBe(names.length);
  for (const n of names) {
    expect(n.length).toBeLessThanOrEqual(31);
    expect(n).not.toMatch(/[[\]:*?/\\]/);
    expect(n).not.toMatch(/^'|'$/);
  }
});

test.each(LISTS)('"%s" freezes its header, filters it and prints it on every page', (name) => {
  const s = sheet(name);
  expect(s.freeze?.rows).toBe(HEAD);
  expect(s.autoFilter).toMatch(new RegExp(`^A${HEAD}:[A-Z]+\\d+$`));
  expect(s.print?.titleRows).toEqual([HEAD, HEAD]);
  expect(s.print?.fitToWidth).toBe(true);
});

test('the indicator matrix keeps codes and names on every page across', () => {
  const s = sheet(SUMMARY_SHEETS.indicators);
  expect(s.print?.titleColumns).toEqual(['A', 'D']);
  expect(s.freeze?.cols).toBe(4);
  expect(s.values[HEAD][1]).toBe(doc.indicators[0].name);
});

test('received dates are dates, not text', () => {
  const s = sheet(SUMMARY_SHEETS.completeness);
  const col = column(s, 'Ngày nhận');
  const first = s.values.slice(HEAD).find((r) => r[col] !== null)![col];
  expect(typeof first).toBe('number');
  expect(excelSerialToDate(first as number)).toBe('2026-06-10');
  expect(numFmtOf(s, col)).toBe('dd/mm/yyyy');
});

test('the import time is a date-time, not ISO text', () => {
  const s = sheet(SUMMARY_SHEETS.lineage);
  const col = column(s, 'Thời điểm nhập (giờ Việt Nam)');
  const v = s.values[HEAD][col];
  expect(typeof v).toBe('number');
  expect(numFmtOf(s, col)).toBe('dd/mm/yyyy hh:mm');
});

test('% done is a fraction shown as a percentage', () => {
  const s = sheet(SUMMARY_SHEETS.plan);
  const col = column(s, '% hoàn thành');
  const v = s.values[HEAD][col] as number;
  expect(v).toBeCloseTo((result.planProgress[0].percentDone ?? 0) / 100, 6);
  expect(v).toBeLessThanOrEqual(1);
  expect(numFmtOf(s, col)).toBe('0.0%');
});

test('findings and lineage show the unit name beside its code', () => {
  const s = sheet(SUMMARY_SHEETS.lineage);
  const code = column(s, 'Mã đơn vị');
  const name = column(s, 'Đơn vị');
  const row = s.values[HEAD];
  expect(row[name]).toBe(registry.units.find((u) => u.code === row[code])!.name);
  expect(column(sheet(SUMMARY_SHEETS.findings), 'Đơn vị')).toBe(
    column(sheet(SUMMARY_SHEETS.findings), 'Mã đơn vị') + 1,
  );
});

test('"Tình hình nộp" shows the counted file’s status and reason', () => {
  const rejected = toExportDocument(
    {
      ...result,
      submissions: result.submissions.map((x, i) =>
        i === 0 ? { ...x, status: 'empty', reason: 'Tệp không có số liệu.' } : x,
      ),
    },
    registry,
    'test',
  );
  const s = buildSummaryModel(result, rejected, registry, 'test').sheets.find(
    (x) => x.name === SUMMARY_SHEETS.completeness,
  )!;
  const file = rejected.submissions[0].file;
  const row = s.values.find((r) => r[column(s, 'Tệp')] === file)!;
  expect(row[column(s, 'Trạng thái tệp')]).toBe('Mẫu trống');
  expect(row[column(s, 'Lý do')]).toBe('Tệp không có số liệu.');
});

test('the title of each list sheet shows the "as of" date', () => {
  for (const name of LISTS) expect(sheet(name).values[0][0] as string).toContain('tính đến 30/06/2026');
});

describe('written by the streaming writer', () => {
  let dir: string;
  let files: Record<string, Uint8Array>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ttdn-summary-'));
    await writeModelToFile(model, join(dir, 's.xlsx'));
    files = unzipSync(new Uint8Array(readFileSync(join(dir, 's.xlsx'))));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sheetXml = (i: number) => strFromU8(files[`xl/worksheets/sheet${i}.xml`]);

  test('list sheets keep fit-to-page, the frozen pane and the filter', () => {
    const xml = sheetXml(model.sheets.findIndex((s) => s.name === SUMMARY_SHEETS.activities) + 1);
    expect(xml).toMatch(/<sheetPr>\s*<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).toMatch(/<pane [^>]*ySplit="3"[^>]*state="frozen"/);
    expect(xml).toMatch(/<autoFilter ref="A3:/);
  });

  test('the workbook repeats each list header on every printed page', () => {
    const wb = strFromU8(files['xl/workbook.xml']);
    expect(wb).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;${SUMMARY_SHEETS.activities}&apos;!$3:$3</definedName>`,
    );
  });
});

test('`--registry` still reads the "Don vi" sheet of an older summary', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-legacy-'));
  try {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(LEGACY_SUMMARY_SHEETS.registry);
    ws.addRow(['code', 'name', 'kind', 'parent', 'email', 'active']);
    ws.addRow(['SO_CU', 'Sở Cũ', 'so_nganh', '', '', 'true']);
    const file = join(dir, 'tong-hop-cu.xlsx');
    await wb.xlsx.writeFile(file);
    expect(loadRegistry({ registry: file }).units.map((u) => u.code)).toContain('SO_CU');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
