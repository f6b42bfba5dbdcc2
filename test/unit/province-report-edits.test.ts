/** The officer edits the summary's "Báo cáo tỉnh" sheet; `ttdn export` must send those edits. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import {
  PROVINCE_REPORT_TEXTS,
  REPORT_NAMES,
  SUMMARY_SHEETS,
  buildSummaryModel,
  readProvinceReportEdits,
} from '../../shared';
import { readXlsxGrid } from '../../shared/file';
import { exportCommand } from '../../cli/commands/export';
import { writeModelToFile } from '../../cli/xlsx/write-file';
import { consolidation, registry } from '../helpers/province-fixture';

let dir: string;
let summary: string;
const EDITS = {
  docNumber: 'Số: 321/BC-SVHTTDL',
  date: '05/01/2027',
  chiDao: 'Sở đã tham mưu UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về thông tin đối ngoại.',
  phuongHuong: 'Tăng cường thông tin đối ngoại trên nền tảng số.',
  recipient: '- Bộ Ngoại giao (để biết);',
  signer: 'Nguyễn Văn An',
};

/** The cells a workbook-scoped name points at, read with ExcelJS as a reader independent of ours. */
function namedCells(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell[] {
  const ref = wb.definedNames.getRanges(name).ranges[0];
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref)!;
  const ws = wb.getWorksheet(m[1].replace(/''/g, "'"))!;
  const top = Number(m[3]);
  const bottom = Number(m[5] ?? m[3]);
  return Array.from({ length: bottom - top + 1 }, (_, i) => ws.getCell(`${m[2]}${top + i}`));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ttdn-report-edits-'));
  const { result, doc } = consolidation(4, 1);
  const original = join(dir, 'tong-hop.xlsx');
  await writeModelToFile(buildSummaryModel(result, doc, registry, 'test'), original);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(original);
  namedCells(wb, REPORT_NAMES.docNumber)[0].value = EDITS.docNumber;
  namedCells(wb, REPORT_NAMES.dateLine)[0].value = EDITS.date;
  const chiDao = namedCells(wb, REPORT_NAMES.chiDao);
  chiDao[0].value = EDITS.chiDao;
  chiDao.slice(1).forEach((c) => (c.value = null));
  namedCells(wb, REPORT_NAMES.phuongHuong)[0].value = EDITS.phuongHuong;
  const recipients = namedCells(wb, REPORT_NAMES.recipients);
  recipients.find((c) => !c.value)!.value = EDITS.recipient;
  namedCells(wb, REPORT_NAMES.signerName)[0].value = EDITS.signer;
  summary = join(dir, 'tong-hop-da-sua.xlsx');
  await wb.xlsx.writeFile(summary);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the summary names every editable part of the report sheet', () => {
  const grid = readXlsxGrid(new Uint8Array(readFileSync(summary)));
  const names = new Set(grid.definedNames.map((n) => n.name));
  for (const n of Object.values(REPORT_NAMES).filter((x) => !/MucDich|ToChuc/.test(x)))
    expect(names).toContain(n);
  expect(grid.definedNames.find((n) => n.name === REPORT_NAMES.docNumber)!.sheet).toBe(SUMMARY_SHEETS.report);
});

test('the edits are read back from the named cells', () => {
  const grid = readXlsxGrid(new Uint8Array(readFileSync(summary)));
  const e = readProvinceReportEdits(grid, registry.place);
  expect(e.docNumber).toBe(EDITS.docNumber);
  expect(e.dateLine).toBe(`${registry.place}, ngày 05 tháng 01 năm 2027`);
  expect(e.narratives?.chiDao).toEqual([EDITS.chiDao]);
  expect(e.narratives?.phuongHuong).toEqual([EDITS.phuongHuong]);
  expect(e.recipients).toContain('Bộ Ngoại giao (để biết);');
  expect(e.signerName).toBe(EDITS.signer);
});

test('export --format xlsx carries the officer’s edits', async () => {
  const out = join(dir, 'bao-cao.xlsx');
  await exportCommand(summary, 'xlsx', out, registry, () => undefined);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(PROVINCE_REPORT_TEXTS.sheetReport)!;
  const texts: string[] = [];
  // The streaming writer's inline strings read back as one-run rich text.
  ws.eachRow((r) =>
    r.eachCell((c) => {
      const v = c.value;
      if (typeof v === 'string') texts.push(v);
      else if (v && typeof v === 'object' && 'richText' in v)
        texts.push(v.richText.map((t) => t.text).join(''));
    }),
  );
  const all = texts.join('\n');
  for (const t of [EDITS.docNumber, EDITS.chiDao, EDITS.phuongHuong, EDITS.recipient, EDITS.signer])
    expect(all).toContain(t);
  expect(all).toContain('ngày 05 tháng 01 năm 2027');
});

test('export --format docx carries the officer’s edits', async () => {
  const out = join(dir, 'bao-cao.docx');
  await exportCommand(summary, 'docx', out, registry, () => undefined);
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']);
  const text = xml.replace(/<[^>]+>/g, '');
  for (const t of [EDITS.docNumber, EDITS.chiDao, EDITS.phuongHuong, EDITS.recipient, EDITS.signer])
    expect(text).toContain(t);
});
