import type { SheetGrid } from '../grid/workbook-grid';
import { foldKey } from '../text/normalize';
import { cellText } from './cell-values';

/**
 * Finds a table's columns by their header labels, not by position (issue 9): agencies insert
 * ("Địa điểm"), reorder and delete columns. Labels are compared folded (case, diacritics,
 * spacing and punctuation ignored); a label that starts the template's label or the other way
 * round also counts ("Kinh phí thực hiện" for "Kinh phí thực hiện (triệu đồng)").
 */

export interface HeaderLabel {
  key: string;
  header: string;
}

export interface HeaderMatch {
  row: number;
  /** key → sheet column. */
  cols: Map<string, number>;
  /** Labelled cells of the header row that match no template column (the caller decides which count). */
  unmatched: { col: number; text: string }[];
  /** Leftmost and rightmost matched column. */
  left: number;
  right: number;
}

/** Short alternatives agencies use for a label (folded). */
const ALIASES: Record<string, string[]> = {
  stt: ['tt', 'so tt', 'so thu tu'],
};

/** Shortest folded label that may match by prefix (so "Tên" alone does not). */
const MIN_PREFIX = 6;

/** A folded label with its words, split once (every cell of a candidate row meets every label). */
interface Folded {
  f: string;
  words: string[];
}

const folded = (text: string): Folded => {
  const f = foldKey(text);
  return { f, words: f.split(' ') };
};

function labelScore(text: Folded, header: Folded): number {
  if (!text.f) return 0;
  if (text.f === header.f) return 3;
  if ((ALIASES[header.f] ?? []).includes(text.f)) return 3;
  const short = text.f.length < header.f.length ? text : header;
  const long = short === text ? header : text;
  if (short.f.length >= MIN_PREFIX && long.f.startsWith(short.f)) return 2;
  // Every word of a shortened label, in order: "Kinh phí (triệu đồng)" for "Kinh phí thực hiện (triệu đồng)".
  if (short.words.length < 2) return 0;
  let at = 0;
  for (const w of short.words) {
    at = long.words.indexOf(w, at);
    if (at < 0) return 0;
    at++;
  }
  return 1;
}

/**
 * The best header row among `rows` scanning columns `cols`: the row that matches the most labels,
 * at least `minMatches`. Each label goes to its best-scoring cell; each cell to one label.
 */
export function findHeaderRow(
  sheet: SheetGrid,
  labels: readonly HeaderLabel[],
  rows: [number, number],
  cols: [number, number],
  minMatches: number,
): HeaderMatch | null {
  const keys = labels.map((l) => ({ key: l.key, label: folded(l.header) }));
  let best: HeaderMatch | null = null;
  const [c0, c1] = [Math.max(1, cols[0]), Math.max(1, cols[1])];
  for (let r = Math.max(1, rows[0]); r <= rows[1]; r++) {
    const texts: { col: number; label: Folded; text: string }[] = [];
    for (let c = c0; c <= c1; c++) {
      const text = cellText(sheet.cell(r, c)?.value ?? null);
      if (text) texts.push({ col: c, label: folded(text), text });
    }
    if (texts.length < minMatches) continue;
    const pairs: { key: string; col: number; score: number }[] = [];
    for (const l of keys)
      for (const t of texts) {
        const score = labelScore(t.label, l.label);
        if (score) pairs.push({ key: l.key, col: t.col, score });
      }
    pairs.sort((a, b) => b.score - a.score || a.col - b.col);
    const colsOf = new Map<string, number>();
    const used = new Set<number>();
    for (const p of pairs) {
      if (colsOf.has(p.key) || used.has(p.col)) continue;
      colsOf.set(p.key, p.col);
      used.add(p.col);
    }
    if (colsOf.size < minMatches || (best && colsOf.size <= best.cols.size)) continue;
    const matched = [...colsOf.values()];
    const left = Math.min(...matched);
    const right = Math.max(...matched);
    const unmatched = texts.filter((t) => !used.has(t.col)).map((t) => ({ col: t.col, text: t.text }));
    best = { row: r, cols: colsOf, unmatched, left, right };
  }
  return best;
}

/** True for the "(1) (2) (3)…" row under a header. */
export function isIndexRow(sheet: SheetGrid, row: number, left: number, right: number): boolean {
  let n = 0;
  for (let c = left; c <= right; c++) {
    const t = cellText(sheet.cell(row, c)?.value ?? null);
    if (!t) continue;
    if (!/^\(?\d{1,2}\)?$/.test(t)) return false;
    n++;
  }
  return n >= 2;
}
