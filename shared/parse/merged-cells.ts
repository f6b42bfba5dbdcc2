import { parseRange } from '../grid/a1';
import type { GridCell, SheetGrid } from '../grid/workbook-grid';

/**
 * Merged ranges seen from a table (issue 9): a value merged down over rows (a group cell spanning
 * three activities) applies to each row it covers, in its own column only — a heading merged
 * across the columns is a heading, not a value for every column.
 */
export class MergedCells {
  /** row * 16384 + col of a covered cell → its anchor (top row of the merge, same column). */
  private readonly down = new Map<number, number>();
  /** row → widest merge (in columns) covering that row. */
  private readonly widths = new Map<number, number>();

  /** Only merges meeting `rows` × `cols` are indexed, and at most `maxCells` covered cells. */
  constructor(
    merges: readonly string[] | undefined,
    rows: [number, number],
    cols: [number, number],
    maxCells = 200_000,
  ) {
    let budget = maxCells;
    for (const ref of merges ?? []) {
      const box = parseRange(ref);
      if (!box || box.bottom < rows[0] || box.top > rows[1] || box.right < cols[0] || box.left > cols[1])
        continue;
      const width = box.right - box.left + 1;
      const r0 = Math.max(box.top, rows[0]);
      const r1 = Math.min(box.bottom, rows[1]);
      for (let r = r0; r <= r1; r++) this.widths.set(r, Math.max(this.widths.get(r) ?? 0, width));
      if (box.bottom === box.top) continue;
      for (let r = Math.max(box.top + 1, rows[0]); r <= r1 && budget > 0; r++, budget--)
        this.down.set(r * 16384 + box.left, box.top);
    }
  }

  /** The cell as the table sees it: a covered cell shows its merge's value. */
  cell(sheet: SheetGrid, row: number, col: number): GridCell | undefined {
    const anchor = this.down.get(row * 16384 + col);
    return anchor === undefined ? sheet.cell(row, col) : sheet.cell(anchor, col);
  }

  /** True when the cell's value comes from a merge anchored above it. */
  covered(row: number, col: number): boolean {
    return this.down.has(row * 16384 + col);
  }

  /** Width of the widest merge covering the row (0 when none). */
  widthAt(row: number): number {
    return this.widths.get(row) ?? 0;
  }
}
