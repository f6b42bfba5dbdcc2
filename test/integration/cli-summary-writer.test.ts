/**
 * The CLI's summary writer (`writeModelToFile`: the core's streaming writer with Node's zlib, one
 * cell format per look, inline strings): its output opens in LibreOffice and in ExcelJS with the
 * same text, numbers and formats, and submitted text that looks like a formula stays text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { SheetBuilder } from '../../shared/layout/sheet-builder';
import type { WorkbookModel } from '../../shared';
import { testWorkbook } from '../helpers/workbook-model';
import { readXlsxGrid } from '../../shared/file/read-xlsx-grid';
import { Deflater, writeModelToFile } from '../../cli/xlsx/write-file';
import { xlsxBytes } from '../../shared/xlsx-write';

const ROWS = 300;
const rowValues = (i: number) => [
  `DV_${i}`,
  `Hoạt động số ${i} — “trích dẫn” & <thẻ>`,
  i * 1000.5,
  '=HYPERLINK("x")',
];

function model(): WorkbookModel {
  const list = new SheetBuilder('Danh sach', [10, 40, 14, 20]);
  list.block(1, 1, 4, 'DANH SÁCH HOẠT ĐỘNG', { font: { bold: true }, h: 'center' });
  for (let i = 1; i <= ROWS; i++) rowValues(i).forEach((v, c) => list.set(i + 1, c + 1, v));
  list.style(`C2:C${ROWS + 1}`, { numFmt: '#,##0.###' });
  list.style(`A2:D${ROWS + 1}`, { border: 'all' });
  const doc = new SheetBuilder('Bao cao', [30, 30]);
  doc.block(1, 1, 2, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { font: { bold: true, size: 13 }, h: 'center' });
  doc.set(2, 1, 'Tổng kinh phí').set(2, 2, 12345);
  return testWorkbook([list.build({ state: 'visible', plainData: true }), doc.build({ state: 'visible' })]);
}

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ttdn-writer-'));
  file = join(dir, 'tong-hop.xlsx');
  await writeModelToFile(model(), file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cellText(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return v;
}

test('ExcelJS reads every value back, text as text, with the column format and borders', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Danh sach')!;
  for (const i of [1, 150, ROWS]) {
    const row = ws.getRow(i + 1);
    expect([1, 2, 3, 4].map((c) => cellText(row.getCell(c).value))).toEqual(rowValues(i));
    expect(row.getCell(4).type).not.toBe(ExcelJS.ValueType.Formula);
  }
  expect(ws.getCell('C2').numFmt).toBe('#,##0.###');
  expect(ws.getCell('A2').border.top?.style).toBe('thin');
  expect(cellText(wb.getWorksheet('Bao cao')!.getCell('A1').value)).toBe(
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  );
  expect(wb.getWorksheet('Bao cao')!.getCell('A1').font.name).toBe('Times New Roman');
});

test('strings are written inline, not in a shared-strings table', () => {
  const grid = readXlsxGrid(new Uint8Array(readFileSync(file)));
  expect(grid.sheet('Danh sach')?.cell(ROWS + 1, 2)?.value).toBe(rowValues(ROWS)[1]);
  const zip = readFileSync(file).toString('latin1');
  expect(zip).not.toContain('xl/sharedStrings.xml');
});

/** 20,000 rows of distinct text: about 3 MB of sheet XML, a dozen separately compressed segments. */
function longModel(): WorkbookModel {
  const list = new SheetBuilder('Dai', [10, 60]);
  for (let i = 1; i <= 20_000; i++)
    list.set(i, 1, i).set(i, 2, `Hoạt động ${i}: ${'đối ngoại '.repeat(i % 7)}`);
  return { ...model(), sheets: [list.build({ state: 'visible', plainData: true })] };
}

test.each<[string, { maxQueuedChars?: number }]>([
  ['on the compressing thread', {}],
  ['waiting for each chunk when too much is queued (bounded memory)', { maxQueuedChars: 0 }],
])(
  'a long sheet compressed in segments %s arrives whole and in order, as the one-thread writer makes it',
  async (_label, o) => {
    const m = longModel();
    const path = join(dir, `dai-${o.maxQueuedChars ?? 'async'}.xlsx`);
    await writeModelToFile(m, path, o);
    const bytes = new Uint8Array(readFileSync(path));
    const part = 'xl/worksheets/sheet1.xml';
    // Same XML as fflate's deflate gives; our reader checks each part's CRC-32 and size.
    expect(strFromU8(unzipSync(bytes)[part])).toBe(strFromU8(unzipSync(xlsxBytes(m))[part]));
    const grid = readXlsxGrid(bytes).sheet('Dai')!;
    for (const i of [1, 9_999, 20_000]) expect(grid.cell(i, 2)?.value).toBe(m.sheets[0].values[i - 1][1]);
  },
);

function hasSoffice(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

(hasSoffice() ? test : test.skip)(
  'LibreOffice opens the summary and reads the same text and numbers on every sheet',
  () => {
    const profile = mkdtempSync(join(tmpdir(), 'lo-ttdn10-'));
    const out = join(dir, 'csv');
    try {
      // Token 12 = -1: one CSV per sheet (LibreOffice ≥ 7.2), named <file>-<sheet>.csv.
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          out,
          file,
        ],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const csv = (sheet: string) => readFileSync(join(out, `tong-hop-${sheet}.csv`), 'utf8').split('\n');
      expect(readdirSync(out).sort()).toEqual(['tong-hop-Bao cao.csv', 'tong-hop-Danh sach.csv']);
      const list = csv('Danh sach');
      expect(list[0]).toContain('DANH SÁCH HOẠT ĐỘNG');
      // Text quoted only where needed; the formula-like text arrives as text, the number as a number.
      expect(list[ROWS]).toBe(
        `DV_${ROWS},Hoạt động số ${ROWS} — “trích dẫn” & <thẻ>,${ROWS * 1000.5},"=HYPERLINK(""x"")"`,
      );
      expect(csv('Bao cao')[1]).toBe('Tổng kinh phí,12345');
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  },
  180_000,
);

test.each([
  ['before the write starts (a thread started ahead that died)', 'process.exit(3)'],
  [
    'while the parts are being sent',
    "require('node:worker_threads').parentPort.on('message', () => { throw new Error('hỏng'); })",
  ],
])(
  'a compressing thread that fails %s makes the write fail, not wait for ever, and leaves no file',
  async (_when, code) => {
    const path = join(dir, 'hong.xlsx');
    const deflater = new Deflater(1 << 20, code);
    if (code.startsWith('process.exit')) await new Promise((r) => setTimeout(r, 500));
    await expect(writeModelToFile(longModel(), path, { deflater })).rejects.toThrow();
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('hong'))).toEqual([]);
  },
);
