/** A1-notation helpers (1-based rows and columns). */

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function absRef(row: number, col: number): string {
  return `$${columnLetter(col)}$${row}`;
}

export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rangeRef(box: RangeBox, absolute = false): string {
  const f = absolute ? absRef : cellRef;
  const a = f(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? a : `${a}:${f(box.bottom, box.right)}`;
}

/** Parses `B12`, `$B$12:$M$31`, `'Ke hoach'!$B$12:$M$31` (sheet part ignored). */
export function parseRange(ref: string): RangeBox | null {
  const bang = ref.lastIndexOf('!');
  const body = (bang >= 0 ? ref.slice(bang + 1) : ref).replace(/\$/g, '');
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(body);
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** Quotes a sheet name for use in a reference when needed: `'Ke hoach'`. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
