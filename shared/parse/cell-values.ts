import { formatDmy, jsDateToPlain } from '../calendar/plain-date';
import type { GridScalar } from '../grid/workbook-grid';
import { cleanText, isVisible } from '../text/normalize';

/** A cell value as text, the way a user would read it. */
export function cellText(v: GridScalar): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return cleanText(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const p = jsDateToPlain(v);
  return p ? formatDmy(p) : '';
}

export function isBlank(v: GridScalar | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // Told at once for most filled cells: a visible first character survives cleaning.
  if (v.length && isVisible(v.charCodeAt(0))) return false;
  return cleanText(v) === '';
}
