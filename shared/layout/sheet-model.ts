import type { PlainDate } from '../domain/types';

/**
 * A neutral description of a workbook that every host can apply with a handful of batched calls:
 * one dense values block per sheet, styles grouped by identical look (one call per style),
 * validations grouped by rule. The ExcelJS, Office.js and Apps Script adapters all read this.
 */

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
}

export interface CellStyle {
  font?: FontStyle;
  h?: 'left' | 'center' | 'right';
  v?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin border: on every edge, or only the top (the short rule under header lines). */
  border?: 'all' | 'top';
  /** Background as RRGGBB. */
  fill?: string;
  numFmt?: string;
  /** Cells are locked unless marked as input. */
  unlocked?: boolean;
}

export type ModelValue = string | number | null | { formula: string; result?: number | string };

export type ValidationRule =
  | { type: 'list'; source: string }
  | { type: 'decimal'; min: number; max?: number }
  | { type: 'whole'; min: number; max?: number }
  | { type: 'date'; from: PlainDate; to: PlainDate }
  | { type: 'textLength'; max: number };

export interface ValidationModel {
  ranges: string[];
  rule: ValidationRule;
  /** `stop` refuses the entry; `warning` lets the user keep it after a message. */
  errorStyle: 'stop' | 'warning';
  errorTitle: string;
  error: string;
  prompt?: string;
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  fitToWidth: boolean;
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Rows repeated at the top of every printed page, e.g. [9, 10]. */
  titleRows?: [number, number];
  printArea?: string;
  /** Print without fills, so the marking of input cells never reaches the paper. */
  blackAndWhite?: boolean;
  /**
   * Page numbers per NĐ 30/2020: Arabic numerals, top centre, from page 2 (a header with a different
   * first page). Hosts that cannot set headers (Apps Script) skip it.
   */
  pageNumbers?: 'top-centre-from-page-2';
  /** Rows that start a new printed page (manual page breaks above them). */
  rowBreaks?: number[];
  /** Print scale in percent when the sheet is not fitted; fitting never enlarges. */
  scale?: number;
  /** With fitToWidth: how many pages across (default 1), for matrices too wide for one. */
  pagesWide?: number;
  /** Columns repeated at the left of every printed page, e.g. ['A', 'B']. */
  titleColumns?: [string, string];
}

export interface SheetModel {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Dense block from A1: values[row - 1][col - 1]. */
  values: ModelValue[][];
  /** Applied in order; a later entry wins where ranges overlap. */
  styles: { style: CellStyle; ranges: string[] }[];
  merges: string[];
  /** Excel character units, index 0 = column A. */
  columnWidths: number[];
  /** Row heights in points. */
  rowHeights: { row: number; height: number }[];
  /**
   * Heights estimated from the content the layout wrote into rows that should stay automatic
   * (table rows): for .xlsx files, which LibreOffice opens without sizing rows. Live hosts skip
   * them — Excel and Google Sheets size such rows to their wrapped text themselves.
   */
  estimatedRowHeights?: { row: number; height: number }[];
  validations: ValidationModel[];
  protection?: {
    allowInsertRows: boolean;
    allowDeleteRows: boolean;
    allowFormatColumns: boolean;
    allowFormatRows: boolean;
  };
  print?: PrintSetup;
  /** Ranges whose cells must hold text even if it starts with `=` (written with the `@` format). */
  textRanges: string[];
  /**
   * A bulk data sheet (the consolidation lists): cells outside style groups keep the host's default
   * look instead of the document font, which on tens of thousands of cells costs more than reading
   * every submission.
   */
  plainData?: boolean;
  /** Rows above and columns left of the frozen panes (the header stays in view while scrolling). */
  freeze?: { rows: number; cols: number };
  /** A range whose first row gets filter dropdowns, e.g. `A3:K120`. */
  autoFilter?: string;
  /** Page numbers top centre from page 2 (NĐ 30/2020), instead of the default footer. */
  pageNumbersTop?: boolean;
  /** Manual page breaks: a new printed page starts after each of these rows. */
  rowBreaks?: number[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  definedNames: { name: string; sheet: string; range: string }[];
  defaultFont: { name: string; size: number };
  title: string;
  creator: string;
}
