/**
 * A host-neutral, read-only view of a workbook's cell values: what the parser needs and nothing more.
 * Every host (ExcelJS in Node and the browser, Office.js, Apps Script) produces one of these.
 * Rows and columns are 1-based, like A1 notation.
 */

/** A cell's value as a host reports it. Dates arrive either as Date (UTC midnight) or as Excel serials. */
export type GridScalar = string | number | boolean | Date | null;

export interface GridCell {
  /** The value (for a formula: its cached result, or null when the file has none). */
  value: GridScalar;
  /** The formula text without a leading '=', when the cell holds a formula. */
  formula?: string;
  /** The cell's number format, when the host knows it (used to tell a date serial from a number). */
  numFmt?: string;
}

export interface SheetGrid {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** Last row/column that holds anything (0 when the sheet is empty). */
  readonly rowCount: number;
  readonly columnCount: number;
  /**
   * Merged ranges in A1 form (`B12:B14`), when the host reports them. A merged range's value sits
   * in its top-left cell; the parser applies it to every table row the range covers.
   */
  readonly merges?: readonly string[];
  cell(row: number, col: number): GridCell | undefined;
}

/** A workbook-scoped defined name: sheet plus an A1 range such as `$B$12:$M$31` or `$C$5`. */
export interface GridDefinedName {
  name: string;
  sheet: string;
  range: string;
}

export interface WorkbookGrid {
  readonly sheetNames: readonly string[];
  sheet(name: string): SheetGrid | undefined;
  readonly definedNames: readonly GridDefinedName[];
  /**
   * True when the file counts date serials from 1904-01-01 (Excel for Mac's old date system, `workbookPr
   * date1904`). Serials read from such a grid must go through `parseDateValue(v, year, { date1904: true })`.
   */
  readonly date1904?: boolean;
}

/** A simple in-memory SheetGrid, used by tests and by hosts that read a whole region at once. */
export class MapSheetGrid implements SheetGrid {
  private readonly cells = new Map<number, GridCell>();
  rowCount = 0;
  columnCount = 0;
  merges: string[] = [];
  constructor(
    readonly name: string,
    readonly state: SheetGrid['state'] = 'visible',
  ) {}
  set(row: number, col: number, cell: GridCell | GridScalar): this {
    const c: GridCell =
      cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell : { value: cell };
    this.cells.set(row * 16384 + col, c);
    if (row > this.rowCount) this.rowCount = row;
    if (col > this.columnCount) this.columnCount = col;
    return this;
  }
  cell(row: number, col: number): GridCell | undefined {
    return this.cells.get(row * 16384 + col);
  }
}

export class MapWorkbookGrid implements WorkbookGrid {
  constructor(
    private readonly sheets: SheetGrid[],
    readonly definedNames: GridDefinedName[],
  ) {}
  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }
  sheet(name: string): SheetGrid | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}
