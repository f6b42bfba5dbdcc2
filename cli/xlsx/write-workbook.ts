import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseRange, rangeRef } from '../../shared/grid/a1';
import { StyleSweep } from '../../shared/layout/style-sweep';
import type {
  CellStyle,
  ModelValue,
  SheetModel,
  ValidationModel,
  WorkbookModel,
} from '../../shared/layout/sheet-model';

/**
 * Applies a neutral WorkbookModel to an ExcelJS workbook. Browser-safe (no Node imports), so the
 * Excel add-in reuses it for downloads. Text is always written as text: ExcelJS only makes a
 * formula from a `{ formula }` object, never from a string that starts with `=`.
 */

const MM_PER_INCH = 25.4;

export function modelToExcelJs(model: WorkbookModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.creator;
  wb.title = model.title;
  wb.created = new Date(0);
  wb.modified = new Date(0);
  for (const sheet of model.sheets) writeSheet(wb, sheet, model);
  for (const n of model.definedNames) {
    const sheetRef = `'${n.sheet.replace(/'/g, "''")}'`;
    wb.definedNames.add(`${sheetRef}!${n.range}`, n.name);
  }
  return wb;
}

export async function modelToXlsxBytes(model: WorkbookModel): Promise<Uint8Array> {
  const buf = await modelToExcelJs(model).xlsx.writeBuffer();
  return finishXlsx(new Uint8Array(buf), model);
}

/**
 * Two things ExcelJS has no option for, done on the written parts:
 * - the Normal style's font becomes the model's default font (Times New Roman 12): column widths
 *   are counted in digits of that font, so the widths the layout designed for the printed page hold
 *   in Excel and in LibreOffice alike (with ExcelJS's Calibri 11, a machine without Calibri, as Linux
 *   usually is, lays every column out about 16 % wider and the page shrinks to fit);
 * - rows whose height was estimated from their content lose `customHeight` (see releaseAutoHeights).
 */
function finishXlsx(bytes: Uint8Array, model: WorkbookModel): Uint8Array {
  const files = unzipSync(bytes);
  const styles = files['xl/styles.xml'];
  if (styles) {
    const f = model.defaultFont;
    const normal = `<font><sz val="${f.size}"/><color theme="1"/><name val="${f.name}"/><family val="1"/></font>`;
    files['xl/styles.xml'] = strToU8(strFromU8(styles).replace(/<font>.*?<\/font>/, normal));
  }
  releaseAutoHeights(files, model);
  return zipSync(files);
}

/**
 * ExcelJS marks every row it gives a height as `customHeight="1"` (a height set by hand), which
 * stops Excel and LibreOffice from re-fitting the row when its text is edited. Rows whose height the
 * layout only estimated from their content (`estimatedRowHeights`) lose that mark, keeping the estimate as the
 * stored height (what LibreOffice shows on opening) while staying automatic. ExcelJS has no option
 * for this, so the one attribute is removed from the written sheet XML.
 */
function releaseAutoHeights(files: Record<string, Uint8Array>, model: WorkbookModel): void {
  const autoRows = model.sheets.map((s) => new Set((s.estimatedRowHeights ?? []).map((h) => h.row)));
  autoRows.forEach((rows, i) => {
    // ExcelJS writes the sheets in model order as sheet1.xml, sheet2.xml, …
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    if (!rows.size || !files[path]) return;
    const xml = strFromU8(files[path]).replace(/<row r="(\d+)"[^>]*>/g, (tag, r: string) =>
      rows.has(Number(r)) ? tag.replace(' customHeight="1"', '') : tag,
    );
    files[path] = strToU8(xml);
  });
}

export function sheetOptions(s: SheetModel): Partial<ExcelJS.AddWorksheetOptions> {
  const frozen = s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0);
  return {
    state: s.state,
    // 15 is ExcelJS's "not custom" height: list rows then grow to their wrapped text when opened.
    properties: { defaultRowHeight: s.plainData ? 15 : 16 },
    views: [
      frozen
        ? {
            state: 'frozen',
            xSplit: s.freeze!.cols,
            ySplit: s.freeze!.rows,
            showGridLines: s.state !== 'visible',
          }
        : { showGridLines: s.state !== 'visible' },
    ],
    ...(s.print ? { pageSetup: pageSetupOf(s) } : {}),
    ...(s.autoFilter ? { autoFilter: s.autoFilter } : {}),
  };
}

function pageSetupOf(s: SheetModel): Partial<ExcelJS.PageSetup> {
  const p = s.print!;
  const m = p.margins;
  return {
    paperSize: 9,
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    fitToWidth: p.pagesWide ?? 1,
    fitToHeight: 0,
    horizontalCentered: true,
    blackAndWhite: p.blackAndWhite ?? false,
    margins: {
      top: m.top / MM_PER_INCH,
      bottom: m.bottom / MM_PER_INCH,
      left: m.left / MM_PER_INCH,
      right: m.right / MM_PER_INCH,
      header: m.header / MM_PER_INCH,
      footer: m.footer / MM_PER_INCH,
    },
    // ExcelJS writes `$A1:$I72` from `A1:I72`, which LibreOffice misreads (it then prints every
    // column); giving it `A$1:I$72` yields the fully absolute `$A$1:$I$72`.
    printArea: p.printArea?.replace(/([A-Z]+)(\d+)/g, '$1$$$2'),
    printTitlesRow: p.titleRows ? `${p.titleRows[0]}:${p.titleRows[1]}` : undefined,
    printTitlesColumn: p.titleColumns ? `${p.titleColumns[0]}:${p.titleColumns[1]}` : undefined,
    ...(p.scale ? { scale: p.scale } : {}),
  };
}

/**
 * Writes one sheet model into a new worksheet, row by row. Forms only: the summary and the province
 * report go through the core's own streaming writer (`shared/xlsx-write`).
 */
export function writeSheet(wb: ExcelJS.Workbook, s: SheetModel, model: WorkbookModel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(s.name, sheetOptions(s));
  ws.columns = s.columnWidths.map((width) => ({ width }));
  const baseFont = { name: model.defaultFont.name, size: model.defaultFont.size };
  for (const m of s.merges) ws.mergeCells(m);
  const heights = new Map([...(s.estimatedRowHeights ?? []), ...s.rowHeights].map((h) => [h.row, h.height]));
  const pageStarts = new Set(s.print?.rowBreaks ?? []);
  const breaks = new Set(s.rowBreaks ?? []);
  const looks = new LookCache(s, baseFont);
  const lastRow = Math.max(s.values.length, looks.lastRow, ...heights.keys(), 0);
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    const values = s.values[r - 1] ?? [];
    values.forEach((v, c) => {
      if (v !== null)
        row.getCell(c + 1).value = typeof v === 'object' ? { formula: v.formula, result: v.result } : v;
    });
    // Every used cell of a document sheet gets the document font; style groups refine it.
    for (const [c, style] of looks.row(r, values, !s.plainData)) row.getCell(c).style = style;
    const h = heights.get(r);
    if (h !== undefined) row.height = h;
    // A page starting at row r + 1 is ExcelJS's page break after row r.
    if (pageStarts.has(r + 1) || breaks.has(r)) row.addPageBreak();
  }
  for (const v of s.validations) applyValidation(ws, v);
  if (s.print) {
    ws.pageSetup = pageSetupOf(s);
    ws.headerFooter =
      s.print.pageNumbers === 'top-centre-from-page-2' || s.pageNumbersTop
        ? // NĐ 30/2020: the page number at the top centre, from page 2 (an empty first-page header).
          { differentFirst: true, firstHeader: '', oddHeader: '&C&"Times New Roman,Regular"&13&P' }
        : { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' };
  }
  if (s.autoFilter) ws.autoFilter = s.autoFilter;
  if (s.protection) {
    // No password: protection only keeps the layout from being broken by accident (SPEC §4).
    void ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      insertRows: s.protection.allowInsertRows,
      deleteRows: s.protection.allowDeleteRows,
      formatColumns: s.protection.allowFormatColumns,
      formatRows: s.protection.allowFormatRows,
      formatCells: true,
    });
  }
  return ws;
}

type Style = Partial<ExcelJS.Style>;

/** Adds one model style onto an ExcelJS style object (later groups win, as in the model). */
function styleComposer(st: CellStyle, baseFont: { name: string; size: number }): (target: Style) => void {
  const font: Partial<ExcelJS.Font> = { ...baseFont };
  if (st.font?.size) font.size = st.font.size;
  if (st.font?.bold) font.bold = true;
  if (st.font?.italic) font.italic = true;
  if (st.font?.underline) font.underline = true;
  if (st.font?.color) font.color = { argb: `FF${st.font.color}` };
  const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
  const alignment =
    st.h || st.v || st.wrap ? { horizontal: st.h, vertical: st.v, wrapText: st.wrap } : undefined;
  return (t) => {
    if (st.font) t.font = font;
    if (alignment) t.alignment = alignment;
    if (st.border === 'all') t.border = { top: thin, left: thin, bottom: thin, right: thin };
    if (st.border === 'top') t.border = { top: thin };
    if (st.fill) t.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${st.fill}` } };
    if (st.numFmt) t.numFmt = st.numFmt;
    if (st.unlocked) t.protection = { locked: false };
  };
}

/**
 * One shared ExcelJS style object per distinct look. ExcelJS serialises a style once per object
 * (its styles writer keeps a WeakMap from style object to id), so a fresh object on every cell — what
 * `cell.font = …` makes — costs a style lookup per cell; tens of thousands of cells share a few
 * looks. Ranges are walked row by row, so only the boxes crossing the current row are held.
 */
class LookCache {
  private readonly composers: ((t: Style) => void)[] = [];
  private readonly sweep: StyleSweep;
  private readonly cache = new Map<string, Style>();
  readonly lastRow: number;

  constructor(
    s: SheetModel,
    private readonly baseFont: { name: string; size: number },
  ) {
    // Composer i is style group i; the text format is the last group (StyleSweep's numbering).
    for (const g of s.styles) this.composers.push(styleComposer(g.style, baseFont));
    this.composers.push((t) => (t.numFmt = '@'));
    this.sweep = new StyleSweep(s);
    this.lastRow = this.sweep.lastRow;
  }

  /** The style of every used cell of row `r` (rows must be asked in order); with `base`, values get the base font. */
  row(r: number, values: readonly ModelValue[], base: boolean): Map<number, Style> {
    this.sweep.advance(r);
    const keys = new Map<number, string>();
    // Unstyled cells too: ExcelJS gives each new cell its own empty style object otherwise.
    values.forEach((v, i) => v !== null && keys.set(i + 1, base ? 'b' : ''));
    this.sweep.keys.forEach((ids, c) => {
      if (ids !== undefined) keys.set(c, `${keys.get(c) ?? ''},${ids}`);
    });
    const out = new Map<number, Style>();
    for (const [c, key] of keys) out.set(c, this.look(key));
    return out;
  }

  private look(key: string): Style {
    let st = this.cache.get(key);
    if (!st) {
      st = key.startsWith('b') ? { font: this.baseFont } : {};
      for (const id of key.split(',').slice(1)) this.composers[Number(id)](st);
      this.cache.set(key, st);
    }
    return st;
  }
}

function excelDate(d: string): Date {
  return new Date(`${d}T00:00:00Z`);
}

function applyValidation(ws: ExcelJS.Worksheet, v: ValidationModel): void {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.errorStyle,
    errorTitle: v.errorTitle,
    error: v.error,
    showInputMessage: Boolean(v.prompt),
    prompt: v.prompt,
  };
  let dv: ExcelJS.DataValidation;
  switch (v.rule.type) {
    case 'list':
      dv = { ...base, type: 'list', formulae: [v.rule.source] };
      break;
    case 'decimal':
    case 'whole':
      dv =
        v.rule.max === undefined
          ? { ...base, type: v.rule.type, operator: 'greaterThanOrEqual', formulae: [v.rule.min] }
          : { ...base, type: v.rule.type, operator: 'between', formulae: [v.rule.min, v.rule.max] };
      break;
    case 'date':
      dv = {
        ...base,
        type: 'date',
        operator: 'between',
        formulae: [excelDate(v.rule.from), excelDate(v.rule.to)],
      };
      break;
    case 'textLength':
      dv = { ...base, type: 'textLength', operator: 'lessThanOrEqual', formulae: [v.rule.max] };
      break;
  }
  // ExcelJS accepts a range address directly, so a whole column block is one validation entry.
  for (const range of v.ranges) {
    const box = parseRange(range);
    if (!box) continue;
    (
      ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }
    ).dataValidations.add(rangeRef(box), dv);
  }
}
