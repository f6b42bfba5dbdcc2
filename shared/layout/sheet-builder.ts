import { cellRef, columnLetter } from '../grid/a1';
import type { CellStyle, ModelValue, SheetModel, ValidationModel } from './sheet-model';

/** Accumulates a SheetModel cell by cell, then groups styles so hosts apply each look once. */
export class SheetBuilder {
  private readonly rows: ModelValue[][] = [];
  private readonly styleRanges = new Map<string, { style: CellStyle; ranges: string[] }>();
  readonly merges: string[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  private readonly heightIndex = new Map<number, number>();
  readonly estimatedRowHeights: { row: number; height: number }[] = [];
  readonly validations: ValidationModel[] = [];
  readonly textRanges: string[] = [];
  width = 0;

  constructor(
    readonly name: string,
    readonly columnWidths: number[],
  ) {
    this.width = columnWidths.length;
  }

  get lastRow(): number {
    return this.rows.length;
  }

  set(row: number, col: number, value: ModelValue): this {
    while (this.rows.length < row) this.rows.push([]);
    this.rows[row - 1][col - 1] = value;
    if (col > this.width) this.width = col;
    return this;
  }

  /**
   * Puts a whole row of values from column 1, keeping the array itself (no copy, so the caller
   * must not change it afterwards): list sheets hold tens of thousands of rows.
   */
  setRow(row: number, values: ModelValue[]): this {
    while (this.rows.length < row - 1) this.rows.push([]);
    if (this.rows.length < row) this.rows.push(values);
    else values.forEach((v, c) => (this.rows[row - 1][c] = v));
    if (values.length > this.width) this.width = values.length;
    return this;
  }

  /** Styles a rectangle; identical styles share one entry. */
  style(range: string, style: CellStyle): this {
    const key = JSON.stringify(style);
    const entry = this.styleRanges.get(key);
    if (entry) entry.ranges.push(range);
    else this.styleRanges.set(key, { style, ranges: [range] });
    return this;
  }

  /** Writes a value into the top-left cell of a merged block and styles the whole block. */
  block(row: number, fromCol: number, toCol: number, value: ModelValue, style: CellStyle, toRow = row): this {
    this.set(row, fromCol, value);
    const range = `${cellRef(row, fromCol)}:${cellRef(toRow, toCol)}`;
    if (toCol > fromCol || toRow > row) this.merges.push(range);
    else while (this.rows.length < toRow) this.rows.push([]);
    return this.style(toCol > fromCol || toRow > row ? range : cellRef(row, fromCol), style);
  }

  /** Sets a row's height; a later call for the same row replaces the earlier one. */
  height(row: number, height: number): this {
    const i = this.heightIndex.get(row);
    const entry = { row, height };
    if (i !== undefined) this.rowHeights[i] = entry;
    else {
      this.heightIndex.set(row, this.rowHeights.length);
      this.rowHeights.push(entry);
    }
    return this;
  }

  heightOf(row: number): number | undefined {
    const i = this.heightIndex.get(row);
    return i === undefined ? undefined : this.rowHeights[i].height;
  }

  build(extra: Pick<SheetModel, 'state'> & Partial<SheetModel>): SheetModel {
    const width = Math.max(this.width, 1);
    // Rows already full (setRow's) are kept; the others are filled out with nulls.
    const values = this.rows.map((r) =>
      r.length === width && isFull(r) ? r : Array.from({ length: width }, (_, i) => r[i] ?? null),
    );
    return {
      name: this.name,
      values,
      styles: [...this.styleRanges.values()],
      merges: this.merges,
      columnWidths: this.columnWidths,
      rowHeights: this.rowHeights,
      ...(this.estimatedRowHeights.length ? { estimatedRowHeights: this.estimatedRowHeights } : {}),
      validations: this.validations,
      textRanges: this.textRanges,
      ...extra,
    };
  }
}

/** No holes and no undefined: every cell a value or null. */
function isFull(r: ModelValue[]): boolean {
  for (let i = 0; i < r.length; i++) if (r[i] === undefined) return false;
  return true;
}

export function colRange(col: number, top: number, bottom: number): string {
  return `${columnLetter(col)}${top}:${columnLetter(col)}${bottom}`;
}
