import { CanonicalList, parseDateText, parseNumber } from '../../shared';
import type { EntryState } from './host-bridge';

/** Live checks of the task-pane form, using the same parsers the sheet validation uses. */

export type Column = EntryState['columns'][number];

/** A number as the form shows it: comma decimal, no grouping, so parseNumber reads it back exactly. */
export function numberText(v: number): string {
  return String(v).replace('.', ',');
}

export function toFormText(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? numberText(v) : v;
}

export function checkValue(col: Column, text: string, year: number): string | undefined {
  const t = text.trim();
  if (!t) return col.required ? 'Trường bắt buộc.' : undefined;
  if (col.type === 'number') {
    const n = parseNumber(t);
    if (!n.ok)
      return n.reason === 'negative'
        ? 'Không được là số âm.'
        : 'Không phải số hợp lệ (ví dụ 12 hoặc 1.234,5).';
  }
  if (col.type === 'date-span' && !parseDateText(t, year))
    return 'Thời gian không hợp lệ (ví dụ 15/03/2026, 03/2026, quý II/2026).';
  if (col.list && !new CanonicalList(col.list).match(t)) return 'Giá trị không có trong danh sách.';
  return undefined;
}

/** Form text → the value written to the sheet: numbers as numbers, list values in canonical spelling. */
export function toCellValue(col: Column, text: string): string | number | null {
  const t = text.trim();
  if (!t) return null;
  if (col.type === 'number') {
    const n = parseNumber(t);
    return n.ok ? n.value : t;
  }
  if (col.list) return new CanonicalList(col.list).match(t) ?? t;
  return t;
}
