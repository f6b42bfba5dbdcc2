import { cellRef, columnLetter } from '../grid/a1';
import { StyleSweep } from '../layout/style-sweep';
import type { CellStyle, ModelValue, SheetModel } from '../layout/sheet-model';
import { TEXT_FORMAT, composeLook } from './style-table';
import type { StyleTable } from './style-table';
import { textElement, xmlAttr, xmlText } from './xml-text';

/**
 * One worksheet part, made row by row: only the style boxes crossing the current row are held, and
 * each row's XML is yielded as soon as it is made, so a 60,000-row list never sits in memory as one
 * string. Children in the order CT_Worksheet requires (ECMA-376 §18.3.1.99):
 * sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, autoFilter, mergeCells,
 * printOptions, pageMargins, pageSetup, headerFooter, rowBreaks.
 */

const MM_PER_INCH = 25.4;
/** The last column index, the `max` of a row break that spans the whole row. */
const LAST_COL_INDEX = 16383;

/**
 * The `s` of every column of the current row, for an empty cell and for a cell with a value (which
 * on a document sheet also carries the model's font); recomputed only when a box starts or ends.
 */
class SheetLooks {
  private readonly sweep: StyleSweep;
  private readonly groups: CellStyle[];
  private readonly byKey = new Map<string, number>();
  readonly lastRow: number;
  readonly lastCol: number;
  xfOfCol: Int32Array;
  xfOfValue: Int32Array;
  private readonly base: boolean;

  constructor(
    s: SheetModel,
    private readonly table: StyleTable,
  ) {
    this.base = !s.plainData;
    this.groups = [...s.styles.map((g) => g.style), { numFmt: TEXT_FORMAT }];
    this.sweep = new StyleSweep(s);
    this.lastRow = this.sweep.lastRow;
    this.lastCol = this.sweep.lastCol;
    this.xfOfCol = new Int32Array(this.lastCol + 1);
    this.xfOfValue = new Int32Array(this.lastCol + 1);
    this.xfOfValue.fill(this.xfOf('', this.base));
  }

  /** Moves to row `r` (rows in order). */
  advance(r: number): void {
    if (!this.sweep.advance(r)) return;
    this.xfOfCol.fill(0);
    this.xfOfValue.fill(this.xfOf('', this.base));
    this.sweep.keys.forEach((key, c) => {
      if (key === undefined) return;
      this.xfOfCol[c] = this.xfOf(key, false);
      this.xfOfValue[c] = this.xfOf(key, this.base);
    });
  }

  private xfOf(key: string, base: boolean): number {
    const k = base ? `b${key}` : key;
    let xf = this.byKey.get(k);
    if (xf === undefined) {
      const groups = key ? key.split(',').map((id) => this.groups[Number(id)]) : [];
      xf = this.table.xf(composeLook(groups, base));
      this.byKey.set(k, xf);
    }
    return xf;
  }
}

function cellXml(ref: string, xf: number, v: ModelValue): string {
  const s = xf ? ` s="${xf}"` : '';
  if (typeof v === 'string') return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(v)}</is></c>`;
  if (typeof v === 'number')
    return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s}/>`;
  if (v === null) return `<c r="${ref}"${s}/>`;
  const f = `<f>${xmlAttr(v.formula.replace(/^=/, ''))}</f>`;
  if (typeof v.result === 'string') return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(v.result)}</v></c>`;
  if (typeof v.result === 'number' && Number.isFinite(v.result))
    return `<c r="${ref}"${s}>${f}<v>${v.result}</v></c>`;
  return `<c r="${ref}"${s}>${f}</c>`;
}

function colsXml(widths: readonly number[]): string {
  let out = '';
  for (let i = 0; i < widths.length;) {
    const w = widths[i];
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    if (typeof w === 'number' && w > 0)
      out += `<col min="${i + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`;
    i = j + 1;
  }
  return out ? `<cols>${out}</cols>` : '';
}

function sheetViewXml(s: SheetModel, selected: boolean): string {
  const attrs = `${selected ? ' tabSelected="1"' : ''}${s.state === 'visible' ? ' showGridLines="0"' : ''} workbookViewId="0"`;
  const rows = s.freeze?.rows ?? 0;
  const cols = s.freeze?.cols ?? 0;
  if (!rows && !cols) return `<sheetViews><sheetView${attrs}/></sheetViews>`;
  const pane = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const topLeft = cellRef(rows + 1, cols + 1);
  return (
    `<sheetViews><sheetView${attrs}><pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''}` +
    ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function inches(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 1e6) / 1e6;
}

/** printOptions, pageMargins, pageSetup and headerFooter. */
function printXml(s: SheetModel): string {
  const p = s.print;
  if (!p) return '';
  const m = p.margins;
  let setup = `<pageSetup paperSize="9"${!p.fitToWidth && p.scale ? ` scale="${p.scale}"` : ''}`;
  if (p.fitToWidth) setup += ` fitToWidth="${p.pagesWide ?? 1}" fitToHeight="0"`;
  setup += ` orientation="${p.orientation}"${p.blackAndWhite ? ' blackAndWhite="1"' : ''}/>`;
  const numbersTop = p.pageNumbers === 'top-centre-from-page-2' || s.pageNumbersTop;
  const headerFooter = numbersTop
    ? // NĐ 30/2020: the page number at the top centre, from page 2 (an empty first-page header).
      `<headerFooter differentFirst="1"><oddHeader>${xmlAttr('&C&"Times New Roman,Regular"&13&P')}</oddHeader></headerFooter>`
    : `<headerFooter><oddFooter>${xmlAttr('&C&"Times New Roman"&10Trang &P/&N')}</oddFooter></headerFooter>`;
  return (
    '<printOptions horizontalCentered="1"/>' +
    `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}"` +
    ` bottom="${inches(m.bottom)}" header="${inches(m.header)}" footer="${inches(m.footer)}"/>` +
    setup +
    headerFooter
  );
}

/** Rows after which a new printed page starts (a page starting at row r breaks after r - 1). */
function breakRows(s: SheetModel): number[] {
  const rows = new Set([...(s.print?.rowBreaks ?? []).map((r) => r - 1), ...(s.rowBreaks ?? [])]);
  return [...rows].filter((r) => r >= 1).sort((a, b) => a - b);
}

/** `s` as a worksheet part, in pieces (a row each); `selected` marks the tab Excel opens on. */
export function* sheetXml(s: SheetModel, table: StyleTable, selected: boolean): Generator<string> {
  if (s.protection || s.validations.length)
    throw new Error(`sheet "${s.name}": protection and validations are written by the form writer`);
  const looks = new SheetLooks(s, table);
  const estimated = new Set((s.estimatedRowHeights ?? []).map((h) => h.row));
  const heights = new Map([...(s.estimatedRowHeights ?? []), ...s.rowHeights].map((h) => [h.row, h.height]));
  let lastRow = Math.max(s.values.length, looks.lastRow);
  for (const r of heights.keys()) lastRow = Math.max(lastRow, r);
  const lastCol = s.values.reduce((m, r) => Math.max(m, r.length), Math.max(looks.lastCol, 1));
  const letters = Array.from({ length: lastCol + 1 }, (_, c) => (c ? columnLetter(c) : ''));
  const fit = Boolean(s.print?.fitToWidth);

  yield (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    (fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="${lastRow ? `A1:${letters[lastCol]}${lastRow}` : 'A1'}"/>` +
    sheetViewXml(s, selected) +
    // 15 pt rows grow to their wrapped text when opened; document sheets keep their designed 16 pt.
    (s.plainData
      ? '<sheetFormatPr defaultRowHeight="15"/>'
      : '<sheetFormatPr defaultRowHeight="16" customHeight="1"/>') +
    colsXml(s.columnWidths) +
    '<sheetData>'
  );
  for (let r = 1; r <= lastRow; r++) {
    looks.advance(r);
    const values = s.values[r - 1];
    const empty = looks.xfOfCol;
    const filled = looks.xfOfValue;
    let cells = '';
    for (let c = 1; c <= lastCol; c++) {
      const v = values?.[c - 1] ?? null;
      const xf = c < empty.length ? (v === null ? empty[c] : filled[c]) : v === null ? 0 : filled[0];
      if (v !== null || xf) cells += cellXml(letters[c] + r, xf, v);
    }
    const h = heights.get(r);
    // An estimated height is stored (LibreOffice shows it on opening) but stays automatic.
    const ht = h === undefined ? '' : ` ht="${h}"${estimated.has(r) ? '' : ' customHeight="1"'}`;
    if (cells) yield `<row r="${r}"${ht}>${cells}</row>`;
    else if (ht) yield `<row r="${r}"${ht}/>`;
  }
  let tail = '</sheetData>';
  if (s.autoFilter) tail += `<autoFilter ref="${s.autoFilter}"/>`;
  if (s.merges.length)
    tail += `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  tail += printXml(s);
  const breaks = breakRows(s);
  if (breaks.length)
    tail +=
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
      breaks.map((r) => `<brk id="${r}" max="${LAST_COL_INDEX}" man="1"/>`).join('') +
      '</rowBreaks>';
  yield `${tail}</worksheet>`;
}
