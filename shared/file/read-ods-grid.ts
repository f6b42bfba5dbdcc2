/**
 * OpenDocument spreadsheet (.ods) → WorkbookGrid. Synchronous, pure TypeScript; the zip goes through the same guard
 * as .xlsx (size, entry count, ratios, actual-bytes budget, CRC-32). Only content.xml is read: cell values carry
 * their own types (`office:value-type` float / percentage / currency / date / time / boolean / string), so the
 * number styles in styles.xml are not needed to tell a date from a number.
 *
 * ODF compresses runs of equal cells and rows (`table:number-columns-repeated`, `table:number-rows-repeated`;
 * LibreOffice writes a million-row repeat after the last used row). Empty repeats only move the position; repeats
 * of cells with content are materialised against a cell budget, so a crafted repeat cannot cost memory or time.
 * Merged cells (`table:number-columns-spanned` / `number-rows-spanned`) come back as `SheetGrid.merges`; covered
 * cells are skipped; a table style with `table:display="false"` makes the sheet hidden; spreadsheet-level
 * `table:named-range`s become defined names with `$'Ke hoach'.$B$12:.$M$31` converted to `$B$12:$M$31`.
 */
import { MapSheetGrid } from '../grid/workbook-grid';
import type { GridCell, GridDefinedName, GridScalar, SheetGrid, WorkbookGrid } from '../grid/workbook-grid';
import { FILE_READER_MESSAGES } from '../messages/vi';
import { Tag, XmlScanner, decodeXml } from './xml-scanner';
import { UnsafeFileError, openGuardedOds } from './zip-guard';
import type { GuardedZip, XlsxLimits, ZipCodec } from './zip-guard';

export interface ReadOdsGridOptions {
  /** Picks the sheets to keep (default: all); the others are listed in `sheetNames` but not returned. */
  sheets?: (names: string[], definedNames: GridDefinedName[]) => string[];
  limits?: Partial<XlsxLimits>;
  /** The host's native inflater (default: fflate's). */
  codec?: ZipCodec;
  /** Most cells with content (repeats included) the whole file may materialise. */
  maxCells?: number;
}

/** Far above any form (a 1,000-row, 30-column table is 30,000 cells), far below what exhausts memory. */
export const DEFAULT_MAX_ODS_CELLS = 1_000_000;
const MAX_ROW = 1048576;
const MAX_COL = 16384;
/** `<text:s text:c="…"/>` run of spaces: a cell never needs more, and a crafted count cannot inflate text. */
const MAX_SPACE_RUN = 64;

export class OdsWorkbookGrid implements WorkbookGrid {
  /** ODF stores dates as dates, never as serials. */
  readonly date1904 = false;
  constructor(
    readonly sheetNames: readonly string[],
    private readonly sheets: ReadonlyMap<string, SheetGrid>,
    readonly definedNames: readonly GridDefinedName[],
  ) {}
  sheet(name: string): SheetGrid | undefined {
    return this.sheets.get(name);
  }
}

const corrupt = (detail: string): UnsafeFileError =>
  new UnsafeFileError('corrupt', FILE_READER_MESSAGES.odsCorrupt(detail));

/** Reads an .ods into a WorkbookGrid. Throws UnsafeFileError only (never a raw parser or inflate error). */
export function readOdsGrid(bytes: Uint8Array, options: ReadOdsGridOptions = {}): OdsWorkbookGrid {
  return readOdsZip(openGuardedOds(bytes, options.limits, options.codec), options);
}

/** readOdsGrid on a zip that already passed openGuardedOds (or openGuardedZip + checkOdsPackage). */
export function readOdsZip(zip: GuardedZip, options: ReadOdsGridOptions = {}): OdsWorkbookGrid {
  const bytes = zip.read('content.xml');
  if (!bytes) throw corrupt('thiếu phần content.xml');
  try {
    return new OdsContentReader(decodeXml(bytes), options).read();
  } catch (err) {
    if (err instanceof UnsafeFileError) throw err;
    throw corrupt(err instanceof Error ? err.message : String(err));
  }
}

interface CellRun {
  col: number;
  repeat: number;
  cell: GridCell;
  colSpan: number;
  rowSpan: number;
}

class OdsContentReader {
  private readonly sc: XmlScanner;
  private readonly hiddenStyles = new Set<string>();
  private readonly tables: { name: string; grid: MapSheetGrid }[] = [];
  private readonly definedNames: GridDefinedName[] = [];
  private readonly maxCells: number;
  private cells = 0;

  constructor(
    xml: string,
    private readonly options: ReadOdsGridOptions,
  ) {
    this.sc = new XmlScanner(xml);
    this.maxCells = options.maxCells ?? DEFAULT_MAX_ODS_CELLS;
  }

  read(): OdsWorkbookGrid {
    const sc = this.sc;
    let tableStyle: string | undefined;
    const seen = new Set<string>();
    while (sc.next() !== Tag.Eof) {
      if (sc.kind === Tag.Close) {
        if (sc.name === 'style') tableStyle = undefined;
        continue;
      }
      switch (sc.name) {
        case 'style':
          tableStyle =
            sc.attr('family', true) === 'table' && !sc.selfClosing ? sc.attr('name', true) : undefined;
          break;
        case 'table-properties':
          if (tableStyle !== undefined && sc.attr('display', true) === 'false')
            this.hiddenStyles.add(tableStyle);
          break;
        case 'table': {
          const name = sc.attr('name', true) ?? '';
          const hidden = this.hiddenStyles.has(sc.attr('style-name', true) ?? '');
          const grid = new MapSheetGrid(name, hidden ? 'hidden' : 'visible');
          if (!sc.selfClosing) this.readTable(grid);
          // Duplicate or nameless tables cannot be addressed by name; LibreOffice never writes them.
          if (name && !seen.has(name)) {
            seen.add(name);
            this.tables.push({ name, grid });
          }
          break;
        }
        case 'named-range': {
          const name = sc.attr('name', true);
          // Excel's built-in names (print area…) carry no form data, as in the .xlsx reader.
          const ref =
            name && !name.startsWith('_xlnm.')
              ? parseOdsRangeAddress(sc.attr('cell-range-address', true) ?? '')
              : null;
          if (name && ref) this.definedNames.push({ name, ...ref });
          break;
        }
        // Content that is not cells: skipped whole so its text never reaches a table.
        case 'annotation':
        case 'forms':
        case 'shapes':
        case 'scripts':
        case 'font-face-decls':
          sc.skipElement();
          break;
      }
    }
    const names = this.tables.map((t) => t.name);
    const wanted = new Set(
      this.options.sheets
        ? this.options.sheets(
            [...names],
            this.definedNames.map((d) => ({ ...d })),
          )
        : names,
    );
    const sheets = new Map<string, SheetGrid>();
    for (const t of this.tables) if (wanted.has(t.name)) sheets.set(t.name, t.grid);
    return new OdsWorkbookGrid(names, sheets, this.definedNames);
  }

  /** Reads rows up to the table's end tag. Row groups and header rows are transparent wrappers. */
  private readTable(grid: MapSheetGrid): void {
    const sc = this.sc;
    let row = 1;
    while (sc.next() !== Tag.Eof) {
      if (sc.kind === Tag.Close) {
        if (sc.name === 'table') return;
        continue;
      }
      switch (sc.name) {
        case 'table-row': {
          const repeat = positiveInt(sc.attr('number-rows-repeated', true));
          if (!sc.selfClosing) {
            const runs = this.readRow();
            if (runs.length > 0) this.placeRow(grid, row, repeat, runs);
          }
          row += repeat;
          break;
        }
        case 'table-header-rows':
        case 'table-row-group':
        case 'table-rows':
          break;
        default:
          // Columns, sheet-local named ranges, shapes, forms, scenarios…: nothing for the grid.
          sc.skipElement();
      }
    }
  }

  /** The row's cells with content, as runs (position, repeat, value, spans). Empty cells only move the column. */
  private readRow(): CellRun[] {
    const sc = this.sc;
    const runs: CellRun[] = [];
    let col = 1;
    while (sc.next() !== Tag.Eof) {
      if (sc.kind === Tag.Close) {
        if (sc.name === 'table-row') break;
        continue;
      }
      const covered = sc.name === 'covered-table-cell';
      if (!covered && sc.name !== 'table-cell') {
        sc.skipElement();
        continue;
      }
      const repeat = positiveInt(sc.attr('number-columns-repeated', true));
      const colSpan = positiveInt(sc.attr('number-columns-spanned', true));
      const rowSpan = positiveInt(sc.attr('number-rows-spanned', true));
      const valueType = sc.attr('office:value-type') ?? sc.attr('value-type', true);
      const formula = sc.attr('formula', true);
      const attrs = {
        value: sc.attr('value', true),
        date: sc.attr('date-value', true),
        time: sc.attr('time-value', true),
        bool: sc.attr('boolean-value', true),
        str: sc.attr('string-value', true),
      };
      const text = sc.selfClosing ? undefined : this.readCellText();
      if (!covered && col <= MAX_COL) {
        const value = cellValue(valueType, attrs, text);
        const f = formula === undefined ? undefined : odsFormulaToA1(formula);
        if (value !== null || f !== undefined || colSpan > 1 || rowSpan > 1) {
          const cell: GridCell = { value };
          if (f !== undefined) cell.formula = f;
          if (valueType === 'percentage') cell.numFmt = '0%';
          runs.push({ col, repeat, cell, colSpan, rowSpan });
        }
      }
      col += repeat;
    }
    return runs;
  }

  /** Text paragraphs of the current cell, joined by line breaks; undefined when it has none. */
  private readCellText(): string | undefined {
    const sc = this.sc;
    const paragraphs: string[] = [];
    let current: string | undefined;
    let depth = 1;
    while (depth > 0 && sc.next() !== Tag.Eof) {
      if (sc.kind === Tag.Close) {
        depth--;
        if ((sc.name === 'p' || sc.name === 'h') && current !== undefined) {
          paragraphs.push(current);
          current = undefined;
        } else if (current !== undefined) current += sc.textHere();
        continue;
      }
      const name = sc.name;
      if (SKIPPED_IN_CELL.has(name)) {
        sc.skipElement(); // comments, drawings anchored to the cell and nested tables are not its value
        continue;
      }
      if (name === 'p' || name === 'h') {
        if (sc.selfClosing) paragraphs.push('');
        else {
          depth++;
          current = sc.textHere();
        }
        continue;
      }
      if (!sc.selfClosing) depth++;
      if (current === undefined) continue;
      if (name === 's') current += ' '.repeat(Math.min(positiveInt(sc.attr('c', true)), MAX_SPACE_RUN));
      else if (name === 'tab') current += '\t';
      else if (name === 'line-break') current += '\n';
      current += sc.textHere();
    }
    return paragraphs.length ? paragraphs.join('\n') : undefined;
  }

  /** Writes a row's runs `repeat` times from `row`, within the sheet bounds and the cell budget. */
  private placeRow(grid: MapSheetGrid, row: number, repeat: number, runs: CellRun[]): void {
    const lastRow = Math.min(row + repeat - 1, MAX_ROW);
    for (let r = row; r <= lastRow; r++)
      for (const run of runs) {
        const lastCol = Math.min(run.col + run.repeat - 1, MAX_COL);
        for (let c = run.col; c <= lastCol; c++) {
          if (++this.cells > this.maxCells)
            throw new UnsafeFileError('too-many-cells', FILE_READER_MESSAGES.tooManyCells(this.maxCells));
          if (run.cell.value !== null || run.cell.formula !== undefined) grid.set(r, c, run.cell);
          if (run.colSpan > 1 || run.rowSpan > 1)
            grid.merges.push(
              `${columnLetters(c)}${r}:${columnLetters(Math.min(c + run.colSpan - 1, MAX_COL))}${Math.min(
                r + run.rowSpan - 1,
                MAX_ROW,
              )}`,
            );
        }
      }
  }
}

const SKIPPED_IN_CELL = new Set([
  'annotation',
  'note',
  'table',
  'frame',
  'custom-shape',
  'g',
  'rect',
  'line',
  'ellipse',
  'connector',
  'control',
]);

function positiveInt(text: string | undefined): number {
  if (text === undefined) return 1;
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface ValueAttrs {
  value?: string;
  date?: string;
  time?: string;
  bool?: string;
  str?: string;
}

function cellValue(type: string | undefined, a: ValueAttrs, text: string | undefined): GridScalar {
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = a.value === undefined ? NaN : Number(a.value.trim());
      return Number.isFinite(n) ? n : (text ?? null);
    }
    case 'date':
      return a.date === undefined ? (text ?? null) : isoDate(a.date);
    case 'time': {
      const d = a.time === undefined ? null : isoDurationDays(a.time);
      return d ?? text ?? null;
    }
    case 'boolean':
      return a.bool === undefined ? (text ?? null) : a.bool.trim() === 'true';
    case 'string':
      return a.str ?? text ?? null;
    default:
      // No type: an empty cell, or text (an error value such as #DIV/0! is shown as text).
      return text ?? null;
  }
}

/** `2024-06-30` or `2024-06-30T10:00:00` → a Date in UTC (the grid convention); unreadable text stays text. */
function isoDate(text: string): Date | string {
  const s = text.trim();
  if (!/^-?\d{4,}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(s)) return text;
  const d = new Date(s.includes('T') ? `${s}Z` : `${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? text : d;
}

/** `PT12H30M00S` (or `P1DT…`) → fraction of a day, as a time serial. */
function isoDurationDays(text: string): number | null {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text.trim());
  if (!m) return null;
  const [d, h, mi, s] = [m[1], m[2], m[3], m[4]].map((x) => (x === undefined ? 0 : Number(x)));
  const days = d + (h + (mi + s / 60) / 60) / 24;
  return text.trim().startsWith('-') ? -days : days;
}

/** One end of an ODF cell address: `$'Ke hoach'.$B$2`, `Sheet1.B2` or `.B2` (no sheet). */
function parseOdsCellAddress(part: string): { sheet: string | undefined; cell: string } | null {
  let s = part.trim();
  if (s.startsWith('$')) s = s.slice(1);
  let sheet: string | undefined;
  if (s.startsWith("'")) {
    let i = 1;
    for (; i < s.length; i++) {
      if (s[i] !== "'") continue;
      if (s[i + 1] === "'") i++;
      else break;
    }
    if (i >= s.length) return null;
    sheet = s.slice(1, i).replace(/''/g, "'");
    s = s.slice(i + 1);
  } else {
    const dot = s.lastIndexOf('.');
    if (dot < 0) return null;
    sheet = dot === 0 ? undefined : s.slice(0, dot);
    s = s.slice(dot);
  }
  if (!s.startsWith('.')) return null;
  const cell = s.slice(1);
  return /^\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/.test(cell) ? { sheet, cell: cell.toUpperCase() } : null;
}

/**
 * An ODF range address (`$'Ke hoach'.$B$12:.$M$31`, `$Sheet1.$A$1:$Sheet1.$B$2`) as a defined name's sheet and A1
 * range; null for a multi-area, 3-D or unreadable address (as for .xlsx defined names).
 */
export function parseOdsRangeAddress(address: string): { sheet: string; range: string } | null {
  const text = address.trim();
  // Split at the ':' outside quotes.
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (!quoted && text[i] === ':') {
      if (colon >= 0) return null;
      colon = i;
    } else if (!quoted && (text[i] === ' ' || text[i] === ';')) return null;
  }
  const first = parseOdsCellAddress(colon < 0 ? text : text.slice(0, colon));
  if (!first?.sheet) return null;
  if (colon < 0) return { sheet: first.sheet, range: first.cell };
  const second = parseOdsCellAddress(text.slice(colon + 1));
  if (!second || (second.sheet !== undefined && second.sheet !== first.sheet)) return null;
  return { sheet: first.sheet, range: `${first.cell}:${second.cell}` };
}

/**
 * OpenFormula (`of:=SUM([.C2:.C3];[$'Ke hoach'.B2])`) → the A1 form the grid carries (`SUM(C2:C3,'Ke hoach'!B2)`).
 * Enough for what the parser looks at (that a cell is a formula, and SUM over which cells); string literals kept.
 */
export function odsFormulaToA1(formula: string): string {
  const f = formula.replace(/^[a-z]+:/i, '').replace(/^=/, '');
  let out = '';
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch === '"') {
      let end = i + 1;
      while (end < f.length && (f[end] !== '"' || f[end + 1] === '"')) end += f[end] === '"' ? 2 : 1;
      out += f.slice(i, end + 1);
      i = end;
    } else if (ch === '[') {
      const end = f.indexOf(']', i);
      if (end < 0) return out + f.slice(i);
      out += odsReferenceToA1(f.slice(i + 1, end));
      i = end;
    } else out += ch === ';' ? ',' : ch;
  }
  return out;
}

function odsReferenceToA1(ref: string): string {
  const parts = ref.split(':');
  const conv = parts.map((p) => {
    const a = parseOdsCellAddress(p);
    if (!a) return p.replace(/^\./, '');
    return a.sheet === undefined ? a.cell : `${quoteSheet(a.sheet)}!${a.cell}`;
  });
  return conv.join(':');
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
