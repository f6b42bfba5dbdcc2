import { parseRange } from '../grid/a1';
import type { SheetModel } from './sheet-model';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Index of the style group (the text format last, `styles.length`), so overlaps keep model order. */
  id: number;
}

/**
 * A sheet's style groups swept row by row, top to bottom, for the writers that give each distinct
 * combination of groups one shared look: only the ranges crossing the current row are held, so a
 * 60,000-row list costs no more than the row being written.
 */
export class StyleSweep {
  private readonly boxes: Box[] = [];
  private active: Box[] = [];
  private next = 0;
  readonly lastRow: number;
  readonly lastCol: number;
  /** For each column of the current row, the ids of the groups over it in model order ("0,3"). */
  keys: (string | undefined)[] = [];

  constructor(s: SheetModel) {
    const add = (range: string, id: number) => {
      const box = parseRange(range);
      if (!box) throw new Error(`bad range ${range}`);
      this.boxes.push({ ...box, id });
    };
    s.styles.forEach((g, id) => g.ranges.forEach((range) => add(range, id)));
    s.textRanges.forEach((range) => add(range, s.styles.length));
    this.boxes.sort((x, y) => x.top - y.top || x.id - y.id);
    this.lastRow = this.boxes.reduce((m, b) => Math.max(m, b.bottom), 0);
    this.lastCol = this.boxes.reduce((m, b) => Math.max(m, b.right), 0);
  }

  /** Moves to row `r` (rows in order); true when `keys` changed. */
  advance(r: number): boolean {
    let changed = false;
    while (this.next < this.boxes.length && this.boxes[this.next].top <= r) {
      this.active.push(this.boxes[this.next++]);
      changed = true;
    }
    if (this.active.some((b) => b.bottom < r)) {
      this.active = this.active.filter((b) => b.bottom >= r);
      changed = true;
    }
    if (!changed) return false;
    this.active.sort((x, y) => x.id - y.id);
    const keys: (string | undefined)[] = [];
    for (const b of this.active)
      for (let c = b.left; c <= b.right; c++)
        keys[c] = keys[c] === undefined ? `${b.id}` : `${keys[c]},${b.id}`;
    this.keys = keys;
    return true;
  }
}
