import { excelSerialToDate, jsDateToPlain } from '../calendar/plain-date';
import type { TimeSpan, TimeSpanContext } from './parse-time-span';
import { parseTimeSpanText } from './parse-time-span';

/**
 * Dates and date spans as agencies type them. A day (`15/3/2026`, `15-03-2026`, `2026-03-15`, an
 * Excel serial or a Date cell) is a span of one day; `03/2026` or `Tháng 3/2026` a month;
 * `Quý I/2026` a quarter; `Năm 2026` a year; time words and ranges as in `parse-time-span.ts`.
 * Spans let "from" take the start and "to" the end.
 */

export type DateSpan = TimeSpan;

/** Days between Excel's 1900 and 1904 date systems (a Mac workbook's serial 0 is 1904-01-01). */
const DAYS_1904 = 1462;

/** Parses text typed in a date cell. `defaultYear` completes `Tháng 3` or `Quý II` without a year. */
export function parseDateText(
  input: string,
  defaultYear?: number,
  ctx: TimeSpanContext = {},
): DateSpan | null {
  return parseTimeSpanText(input, { ...ctx, year: defaultYear ?? ctx.year });
}

export interface DateValueOptions extends TimeSpanContext {
  /** The workbook counts serials from 1904 (old Mac Excel). */
  date1904?: boolean;
}

/** Parses any cell value: Date (UTC midnight from a host), Excel serial, or text. */
export function parseDateValue(
  value: unknown,
  defaultYear?: number,
  o: DateValueOptions = {},
): DateSpan | null {
  if (value instanceof Date) {
    const p = jsDateToPlain(value);
    return p ? { from: p, to: p, granularity: 'day' } : null;
  }
  if (typeof value === 'number') {
    // A year typed as a number (2026) is a year: as a serial it would be a day in 1905.
    if (Number.isInteger(value) && value >= 1990 && value <= 2100) return parseTimeSpanText(String(value), o);
    const p = excelSerialToDate(Math.floor(value) + (o.date1904 ? DAYS_1904 : 0));
    return p ? { from: p, to: p, granularity: 'day' } : null;
  }
  if (typeof value === 'string') return parseDateText(value, defaultYear, o);
  return null;
}
