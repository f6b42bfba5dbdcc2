import type { WorkbookModel } from '../layout/sheet-model';
import type { WorkbookGrid } from '../grid/workbook-grid';

/**
 * The small interface a spreadsheet host implements (Office.js, Apps Script, ExcelJS).
 * Every method is one batched round trip on the host side: implementations must not loop
 * over rows with a host call per cell (SPEC §8.1, §8.2).
 */
export interface CellWrite {
  sheet: string;
  /** A1 address of the top-left cell. */
  cell: string;
  /** Row-major block of values; strings are always written as text, never as formulas. */
  values: (string | number | null)[][];
}

export interface CellMark {
  sheet: string;
  cell: string;
}

export interface SheetPort {
  /** Creates (or replaces) the model's sheets, names, validations, protection and print setup. */
  applyModel(model: WorkbookModel): Promise<void>;
  /** Reads the named sheets (default: all) as a values grid, with defined names. */
  readGrid(sheetNames?: readonly string[], options?: { valuesOnly?: boolean }): Promise<WorkbookGrid>;
  /** Writes several blocks in one batch. */
  writeCells(writes: readonly CellWrite[]): Promise<void>;
  /** Marks invalid cells and clears marks that are no longer current, in one batch. */
  setMarks(marks: readonly CellMark[]): Promise<void>;
  select(mark: CellMark): Promise<void>;
  /**
   * What the last `applyModel` could not apply on this host (an older requirement set, a rule of
   * the host), in Vietnamese, so the user can be told instead of finding out on paper.
   */
  readonly lastSkipped?: readonly string[];
}
