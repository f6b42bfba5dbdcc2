/**
 * The core's own xlsx writer (`shared/xlsx-write`) on the real summary of a consolidation: ExcelJS,
 * LibreOffice and our reader all open it and find what the model says — values, formats, merges,
 * frozen panes, filters, print titles, defined names, hidden sheets — and LibreOffice prints it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import type { ModelValue, SheetModel, WorkbookModel } from '../../shared';
import { SUMMARY_SHEETS, buildSummaryModel } from '../../shared';
import { readXlsxGrid } from '../../shared/file';
import { parseRange } from '../../shared/grid/a1';
import { xlsxBytes } from '../../shared/xlsx-write';
import { hasCommand } from '../helpers/has-command';
import { consolidation, registry } from '../helpers/province-fixture';

let dir: string;
let file: string;
let model: WorkbookModel;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ttdn-xlsx-write-'));
  const { result, doc } = consolidation(12, 4);
  model = buildSummaryModel(result, doc, registry, 'test');
  bytes = xlsxBytes(model);
  file = join(dir, 'tong-hop.xlsx');
  writeFileSync(file, bytes);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every non-null model cell as [row, col, value]. */
function modelCells(s: SheetModel): [number, number, Exclude<ModelValue, null>][] {
  return s.values.flatMap((row, r) =>
    row.flatMap((v, c) =>
      v === null ? [] : [[r + 1, c + 1, v] as [number, number, Exclude<ModelValue, null>]],
    ),
  );
}

const MS_PER_DAY = 86_400_000;
/** Excel's serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** A cell as the model holds it: ExcelJS hands date-formatted numbers back as Dates. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return v;
}

/**
 * LibreOffice's CSV shows date-formatted cells as dates in its locale's order even with raw values
 * (MM/DD/YYYY in a fresh en-US profile): the serials of both readings, day first and month first.
 * Percentages come as whole percents (`20%`).
 */
function csvNumbers(shown: string | undefined): number[] {
  const percent = /^(-?[\d.]+)%$/.exec(shown ?? '');
  if (percent) return [Number(percent[1]) / 100];
  const m = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::\d{2})?)?$/.exec(shown ?? '');
  if (!m) return [Number(shown)];
  const [a, b, y, h, mi] = m.slice(1).map((x) => Number(x ?? 0));
  const serial = (month: number, day: number) =>
    Date.UTC(y, month - 1, day, h, mi) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return [serial(b, a), serial(a, b)];
}

describe('ExcelJS reads back what the model says', () => {
  test('the same sheets in the same order, the data sheet hidden', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual(model.sheets.map((s) => [s.name, s.state]));
  });

  test('every value of every sheet, text as text', () => {
    for (const s of model.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      for (const [r, c, v] of modelCells(s)) {
        const cell = ws.getCell(r, c);
        const got = plain(cell.value);
        if (typeof v === 'number' && typeof got === 'number') expect(got).toBeCloseTo(v, 6);
        else expect([s.name, r, c, got]).toEqual([s.name, r, c, v]);
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      }
    }
  });

  test('each style group’s number format, font and border on the cells it covers', () => {
    for (const s of model.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      for (const g of s.styles) {
        const box = parseRange(g.ranges[g.ranges.length - 1])!;
        const cell = ws.getCell(box.bottom, box.right);
        // A later group may override a property; check only what the last group covering the cell sets.
        const later = s.styles.slice(s.styles.indexOf(g) + 1).some((o) =>
          o.ranges.some((r) => {
            const b = parseRange(r)!;
            return (
              b.top <= box.bottom && b.bottom >= box.bottom && b.left <= box.right && b.right >= box.right
            );
          }),
        );
        if (later) continue;
        if (g.style.numFmt) expect(cell.numFmt).toBe(g.style.numFmt);
        if (g.style.font?.bold) expect(cell.font.bold).toBe(true);
        if (g.style.font?.size) expect(cell.font.size).toBe(g.style.font.size);
        if (g.style.border === 'all') expect(cell.border.left?.style).toBe('thin');
        if (g.style.fill) expect(cell.fill).toMatchObject({ fgColor: { argb: `FF${g.style.fill}` } });
        if (g.style.wrap) expect(cell.alignment.wrapText).toBe(true);
      }
    }
  });

  test('merges, frozen panes and filters of every sheet', () => {
    for (const s of model.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      expect([s.name, [...ws.model.merges].sort()]).toEqual([s.name, [...s.merges].sort()]);
      if (s.freeze)
        expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: s.freeze.cols, ySplit: s.freeze.rows });
      expect([s.name, ws.autoFilter ?? undefined]).toEqual([s.name, s.autoFilter]);
    }
  });

  test('column widths and the designed row heights', () => {
    const report = model.sheets.find((s) => s.name === SUMMARY_SHEETS.report)!;
    const ws = wb.getWorksheet(report.name)!;
    report.columnWidths.forEach((w, i) => w && expect(ws.getColumn(i + 1).width).toBe(w));
    for (const h of report.rowHeights) expect(ws.getRow(h.row).height).toBe(h.height);
  });

  test('Normal stays Calibri 11 (the layout’s width unit); every value of a document sheet has the model’s font', () => {
    const styles = strFromU8(unzipSync(bytes)['xl/styles.xml']);
    expect(/<fonts[^>]*><font>(.*?)<\/font>/.exec(styles)![1]).toContain('<name val="Calibri"/>');
    for (const s of model.sheets.filter((x) => !x.plainData)) {
      const ws = wb.getWorksheet(s.name)!;
      for (const [r, c] of modelCells(s))
        expect([s.name, r, c, ws.getCell(r, c).font?.name]).toEqual([s.name, r, c, model.defaultFont.name]);
    }
  });

  test('the officer’s input cells under their workbook-scoped names', () => {
    expect(model.definedNames.length).toBeGreaterThan(5);
    for (const n of model.definedNames) {
      const ranges = wb.definedNames.getRanges(n.name).ranges;
      expect(ranges).toEqual([`'${n.sheet}'!${n.range}`]);
    }
  });

  test('print setup: paper, orientation, fit to width, margins, print titles and area', () => {
    for (const s of model.sheets.filter((x) => x.print)) {
      const p = s.print!;
      const ps = wb.getWorksheet(s.name)!.pageSetup;
      const abs = (x: string | undefined) => x?.replace(/\$/g, '');
      expect(ps).toMatchObject({ paperSize: 9, orientation: p.orientation, fitToPage: p.fitToWidth });
      expect(ps.margins!.left).toBeCloseTo(p.margins.left / 25.4, 4);
      expect(ps.margins!.top).toBeCloseTo(p.margins.top / 25.4, 4);
      if (p.titleRows) expect(abs(ps.printTitlesRow)).toBe(`${p.titleRows[0]}:${p.titleRows[1]}`);
      if (p.titleColumns) expect(abs(ps.printTitlesColumn)).toBe(`${p.titleColumns[0]}:${p.titleColumns[1]}`);
      if (p.printArea) expect(abs(ps.printArea)).toBe(p.printArea);
    }
  });
});

describe('our reader reads it', () => {
  test('every value, the defined names and the merges', () => {
    const grid = readXlsxGrid(bytes);
    for (const s of model.sheets) {
      const sheet = grid.sheet(s.name)!;
      for (const [r, c, v] of modelCells(s))
        expect([s.name, r, c, sheet.cell(r, c)?.value]).toEqual([s.name, r, c, v]);
      expect([...(sheet.merges ?? [])].sort()).toEqual([...s.merges].sort());
    }
    for (const n of model.definedNames)
      expect(grid.definedNames).toContainEqual(expect.objectContaining({ name: n.name, sheet: n.sheet }));
  });
});

test('the same model gives the same bytes', () => {
  expect(Buffer.from(xlsxBytes(model)).equals(Buffer.from(bytes))).toBe(true);
});

const soffice = hasCommand('soffice');
if (!soffice) console.warn('soffice không có: bỏ qua phần LibreOffice của xlsx-write-summary');

function convert(to: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-ttdn-h10-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, file],
      { timeout: 180_000, stdio: 'pipe' },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

(soffice ? test : test.skip)(
  'LibreOffice opens it and shows the same values on sampled cells of every sheet',
  () => {
    const out = join(dir, 'csv');
    // Token 12 = -1: one CSV per sheet, raw values (not as shown), named <file>-<sheet>.csv.
    convert('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', out);
    expect(readdirSync(out).length).toBe(model.sheets.length);
    for (const s of model.sheets) {
      const rows: string[][] = parseCsv(readFileSync(join(out, `tong-hop-${s.name}.csv`), 'utf8'), {
        relax_column_count: true,
      });
      const cells = modelCells(s);
      // Every 7th cell and the last one: a sample across rows and columns.
      for (const [r, c, v] of cells.filter((_, i) => i % 7 === 0 || i === cells.length - 1)) {
        const shown = rows[r - 1]?.[c - 1];
        if (typeof v === 'number') {
          const tolerance = shown?.endsWith('%') ? 0.005 : 1e-4;
          const near = csvNumbers(shown).some((n) => Math.abs(n - v) < tolerance);
          expect([s.name, r, c, shown, near]).toEqual([s.name, r, c, shown, true]);
        } else if (typeof v === 'string')
          expect([s.name, r, c, shown]).toEqual([s.name, r, c, v.replace(/\r\n?/g, '\n')]);
      }
    }
  },
  240_000,
);

(soffice && hasCommand('pdftotext') ? test : test.skip)(
  'LibreOffice prints it to PDF, the report with its title',
  () => {
    const out = join(dir, 'pdf');
    convert('pdf', out);
    const text = execFileSync('pdftotext', ['-layout', join(out, 'tong-hop.pdf'), '-'], { encoding: 'utf8' });
    // pdftotext breaks words where the PDF places glyphs apart: compare without spaces.
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('BÁOCÁOKẾTQUẢHOẠTĐỘNGTHÔNGTINĐỐINGOẠI');
    expect(flat).toContain('DANHSÁCHHOẠTĐỘNG');
    expect(flat).toContain('Nơinhận:');
  },
  240_000,
);
