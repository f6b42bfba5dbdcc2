import { isValid, parse } from 'date-fns';
import type { PlainDate } from '../domain/types';
import { excelSerialToDate, jsDateToPlain, makeDate } from '../calendar/plain-date';

/**
 * Dates and date spans as agencies type them. A day (`15/3/2026`, `15-03-2026`, `2026-03-15`, an
 * Excel serial or a Date cell) is a span of one day; `03/2026` or `Tháng 3/2026` a month;
 * `Quý I/2026` a quarter; `Năm 2026` a year. Spans let "from" take the start and "to" the end.
 */

export interface DateSpan {
  from: PlainDate;
  to: PlainDate;
  granularity: 'day' | 'month' | 'quarter' | 'year';
}

const DAY_FORMATS = ['d/M/yyyy', 'd-M-yyyy', 'd.M.yyyy', 'yyyy-M-d'];
const REFERENCE = new Date(2000, 0, 1);

function dayFromLocalDate(d: Date): PlainDate | null {
  return makeDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

function monthSpan(year: number, month: number): DateSpan | null {
  const from = makeDate(year, month, 1);
  if (!from) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from, to: makeDate(year, month, last)!, granularity: 'month' };
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Parses text typed in a date cell. `defaultYear` completes `Tháng 3` or `Quý II` without a year. */
export function parseDateText(input: string, defaultYear?: number): DateSpan | null {
  const s = input.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!s) return null;
  // Day: four-digit year required so that `5/3/26` is not silently read as year 26.
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(s) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(s)) {
    for (const f of DAY_FORMATS) {
      const d = parse(s, f, REFERENCE);
      if (isValid(d)) {
        const p = dayFromLocalDate(d);
        if (p) return { from: p, to: p, granularity: 'day' };
      }
    }
    return null;
  }
  const iso = /^(\d{4}-\d{2}-\d{2})t[\d:.]+z?$/.exec(s);
  if (iso) return parseDateText(iso[1]);
  let m = /^(?:tháng|thang|t)?\s*(\d{1,2})\s*(?:[/.-]|năm|nam)\s*(\d{4})$/.exec(s);
  if (m) return monthSpan(Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return monthSpan(Number(m[1]), Number(m[2]));
  m = /^(?:tháng|thang)\s*(\d{1,2})$/.exec(s);
  if (m && defaultYear) return monthSpan(defaultYear, Number(m[1]));
  m = /^(?:quý|quy|q)\s*(iv|iii|ii|i|[1-4])(?:\s*(?:[/.-]|năm|nam)\s*(\d{4}))?$/.exec(s);
  if (m) {
    const q = ROMAN[m[1]];
    const year = m[2] ? Number(m[2]) : defaultYear;
    if (!q || !year) return null;
    const a = monthSpan(year, q * 3 - 2);
    const b = monthSpan(year, q * 3);
    return a && b ? { from: a.from, to: b.to, granularity: 'quarter' } : null;
  }
  m = /^(?:năm|nam|cả năm|ca nam)\s*(\d{4})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    return { from: makeDate(y, 1, 1)!, to: makeDate(y, 12, 31)!, granularity: 'year' };
  }
  if ((s === 'cả năm' || s === 'ca nam') && defaultYear) return parseDateText(`năm ${defaultYear}`);
  return null;
}

/** Days from 1900-system day 0 to 1904-01-01, the 1904 system's day 0 (`WorkbookGrid.date1904`). */
export const DATE1904_OFFSET_DAYS = 1462;

/**
 * Parses any cell value: Date (UTC midnight from a host), Excel serial, or text. Pass `{ date1904: grid.date1904 }`
 * so serials from a workbook in the 1904 date system land on the right day.
 */
export function parseDateValue(
  value: unknown,
  defaultYear?: number,
  opts: { date1904?: boolean } = {},
): DateSpan | null {
  if (value instanceof Date) {
    const p = jsDateToPlain(value);
    return p ? { from: p, to: p, granularity: 'day' } : null;
  }
  if (typeof value === 'number' && opts.date1904 && Number.isFinite(value) && value >= 0)
    return parseDateValue(value + DATE1904_OFFSET_DAYS, defaultYear);
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) {
      const p = excelSerialToDate(Math.floor(value));
      return p ? { from: p, to: p, granularity: 'day' } : null;
    }
    const p = excelSerialToDate(value);
    return p ? { from: p, to: p, granularity: 'day' } : null;
  }
  if (typeof value === 'string') return parseDateText(value, defaultYear);
  return null;
}
