import { formatDmy, jsDateToPlain } from '../calendar/plain-date';
import type { GridScalar } from '../grid/workbook-grid';
import { cleanText } from '../text/normalize';

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
  return v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}
