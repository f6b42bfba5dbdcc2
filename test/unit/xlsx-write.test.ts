/** The core's xlsx writer cell by cell: text, formulas, looks, row heights, page setup, streaming. */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { ModelValue, SheetModel, WorkbookModel } from '../../shared';
import { readXlsxGrid } from '../../shared/file';
import { SheetBuilder } from '../../shared/layout/sheet-builder';
import { writeXlsx, xlsxBytes } from '../../shared/xlsx-write';
import { needsPreserve, textElement, xmlText } from '../../shared/xlsx-write/xml-text';
import { testWorkbook } from '../helpers/workbook-model';

const workbook = testWorkbook;

function oneColumn(values: ModelValue[], extra: Partial<SheetModel> = {}): WorkbookModel {
  const b = new SheetBuilder('S', [30]);
  values.forEach((v, i) => b.set(i + 1, 1, v));
  return workbook([b.build({ state: 'visible', plainData: true, ...extra })]);
}

const part = (bytes: Uint8Array, path: string) => strFromU8(unzipSync(bytes)[path]);

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

const FORMULA_LIKE = ['=HYPERLINK("http://x","bấm")', '+1+2', '-3', '@SUM(A1)', '=1/0'];

test('text that looks like a formula is written as inline text, never as a formula', async () => {
  const bytes = xlsxBytes(oneColumn(FORMULA_LIKE));
  expect(part(bytes, 'xl/worksheets/sheet1.xml')).not.toContain('<f>');
  const grid = readXlsxGrid(bytes).sheet('S')!;
  FORMULA_LIKE.forEach((t, i) => expect(grid.cell(i + 1, 1)).toEqual({ value: t }));
  const ws = (await excel(bytes)).getWorksheet('S')!;
  FORMULA_LIKE.forEach((t, i) => {
    expect(ws.getCell(i + 1, 1).type).not.toBe(ExcelJS.ValueType.Formula);
    expect(ws.getCell(i + 1, 1).text).toBe(t);
  });
});

test('characters XML cannot hold are dropped; markup, quotes and literal _xHHHH_ stay as typed', () => {
  const typed = ['a\u0001b\u0000c\u001Fd', '<b>"x" & \'y\'</b>', 'mã _x0041_ giữ nguyên', 'lẻ \uD800 cặp 😀'];
  const grid = readXlsxGrid(xlsxBytes(oneColumn(typed))).sheet('S')!;
  expect([1, 2, 3, 4].map((r) => grid.cell(r, 1)?.value)).toEqual([
    'abcd',
    '<b>"x" & \'y\'</b>',
    'mã _x0041_ giữ nguyên',
    'lẻ  cặp 😀',
  ]);
});

test('leading and trailing spaces and line breaks survive', async () => {
  const typed = ['  thụt lề', 'dòng 1\ndòng 2', 'cuối  '];
  const bytes = xlsxBytes(oneColumn(typed));
  const ws = (await excel(bytes)).getWorksheet('S')!;
  typed.forEach((t, i) => expect(ws.getCell(i + 1, 1).text).toBe(t));
  const grid = readXlsxGrid(bytes).sheet('S')!;
  typed.forEach((t, i) => expect(grid.cell(i + 1, 1)?.value).toBe(t));
});

test('a formula is written with its cached result, numbers as numbers', async () => {
  const bytes = xlsxBytes(
    oneColumn([1.5, 2, { formula: 'SUM(A1:A2)', result: 3.5 }, { formula: '=A1&"x"', result: '1.5x' }]),
  );
  const ws = (await excel(bytes)).getWorksheet('S')!;
  expect(ws.getCell('A1').value).toBe(1.5);
  expect(ws.getCell('A3').value).toEqual({ formula: 'SUM(A1:A2)', result: 3.5 });
  expect(ws.getCell('A4').value).toEqual({ formula: 'A1&"x"', result: '1.5x' });
  const grid = readXlsxGrid(bytes).sheet('S')!;
  expect(grid.cell(3, 1)).toMatchObject({ value: 3.5, formula: 'SUM(A1:A2)' });
});

test('each distinct look is one cell format, however many cells share it', () => {
  const rows = 5_000;
  const b = new SheetBuilder('S', [10, 10, 10]);
  for (let r = 1; r <= rows; r++)
    b.set(r, 1, r)
      .set(r, 2, `dòng ${r}`)
      .set(r, 3, r / 7);
  b.style(`A1:A${rows}`, { numFmt: '#,##0' });
  b.style(`B1:B${rows}`, { wrap: true, v: 'top' });
  b.style(`C1:C${rows}`, { numFmt: '0.0%', font: { bold: true } });
  b.style('A1:C1', { fill: 'E7EEF7', border: 'all' });
  const styles = part(xlsxBytes(workbook([b.build({ state: 'visible', plainData: true })])), 'xl/styles.xml');
  // Default + three column looks + the three header looks (column look + fill and border).
  expect(/<cellXfs count="(\d+)"/.exec(styles)![1]).toBe('7');
  expect(styles).toContain('<numFmt numFmtId="164" formatCode="0.0%"/>');
  expect(styles).toContain('numFmtId="3"'); // #,##0 is a built-in format
});

test('a later style group wins where ranges overlap, as in the model', async () => {
  const b = new SheetBuilder('S', [10]);
  b.set(1, 1, 'x')
    .style('A1', { font: { bold: true }, h: 'center' })
    .style('A1', { font: { italic: true } });
  const ws = (await excel(xlsxBytes(workbook([b.build({ state: 'visible' })])))).getWorksheet('S')!;
  expect(ws.getCell('A1').font).toMatchObject({ italic: true, name: 'Times New Roman' });
  expect(ws.getCell('A1').font.bold).toBeFalsy();
  expect(ws.getCell('A1').alignment.horizontal).toBe('center');
});

test('designed row heights are fixed, estimated ones stay automatic', () => {
  const b = new SheetBuilder('S', [10]);
  b.set(1, 1, 'a').set(2, 1, 'b').height(1, 30);
  b.estimatedRowHeights.push({ row: 2, height: 45 });
  const xml = part(xlsxBytes(workbook([b.build({ state: 'visible' })])), 'xl/worksheets/sheet1.xml');
  expect(xml).toContain('<row r="1" ht="30" customHeight="1">');
  expect(xml).toContain('<row r="2" ht="45">');
});

test('page numbers top centre from page 2, page breaks and print scale reach ExcelJS', async () => {
  const b = new SheetBuilder('S', [10]);
  for (let r = 1; r <= 40; r++) b.set(r, 1, r);
  const sheet = b.build({
    state: 'visible',
    pageNumbersTop: true,
    rowBreaks: [20],
    print: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: false,
      scale: 85,
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
    },
  });
  const bytes = xlsxBytes(workbook([sheet]));
  const ws = (await excel(bytes)).getWorksheet('S')!;
  expect(ws.headerFooter).toMatchObject({ differentFirst: true });
  expect(ws.headerFooter.oddHeader).toContain('&P');
  expect(ws.pageSetup).toMatchObject({ scale: 85, orientation: 'portrait', paperSize: 9 });
  expect(part(bytes, 'xl/worksheets/sheet1.xml')).toContain('<brk id="20" max="16383" man="1"/>');
});

test('bytes reach the sink in bounded chunks while a long sheet is written', () => {
  const rows = 30_000;
  const b = new SheetBuilder('S', [10, 40]);
  for (let r = 1; r <= rows; r++) b.set(r, 1, r).set(r, 2, `Hoạt động ${r} — ${'nội dung '.repeat(8)}`);
  const sizes: number[] = [];
  const finals: boolean[] = [];
  writeXlsx(workbook([b.build({ state: 'visible', plainData: true })]), (chunk, final) => {
    sizes.push(chunk.length);
    finals.push(final);
  });
  const total = sizes.reduce((a, x) => a + x, 0);
  expect(sizes.length).toBeGreaterThan(20);
  expect(Math.max(...sizes)).toBeLessThan(total / 10);
  expect(finals.indexOf(true)).toBe(finals.length - 1);
});

test('a protected or validated sheet is refused (forms go through the form writer)', () => {
  const protectedSheet = oneColumn(['x'], {
    protection: {
      allowInsertRows: true,
      allowDeleteRows: true,
      allowFormatColumns: true,
      allowFormatRows: true,
    },
  });
  expect(() => xlsxBytes(protectedSheet)).toThrow(/protection/);
});

test('xml:space="preserve" is asked for exactly where a space or line break would otherwise be lost', () => {
  const cases = [
    '',
    'a',
    ' a',
    'a ',
    '\ta',
    'a\n',
    'a\nb',
    'a\rb',
    'a\tb',
    'a b',
    '\u00a0x',
    'x\u3000',
    '\ufeffx',
    'x\u2028',
  ];
  cases.push(`${'x'.repeat(30_000)} `, 'x'.repeat(30_000));
  expect(cases.map(needsPreserve)).toEqual(cases.map((s) => /^\s|\s$|[\t\n\r]/.test(s)));
});

test('a <t> element is the escaped text, preserved where it must be, plain text taking the quick way', () => {
  const cases = [
    '',
    'a',
    'Sở Ngoại vụ',
    ' a',
    'a ',
    'a\nb',
    'x & y',
    '<b>',
    'mã _x0041_',
    'lẻ \uD800',
    '\u0007',
    '\u00a0x',
  ];
  cases.push(`{"a":"${'đ'.repeat(30_000)}"}`);
  for (const s of cases)
    expect(textElement(s)).toBe(`<t${needsPreserve(s) ? ' xml:space="preserve"' : ''}>${xmlText(s)}</t>`);
});
