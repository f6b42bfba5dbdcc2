import type { PlainDate } from '../domain/types';

/** Calendar arithmetic on `YYYY-MM-DD` strings in UTC, so no time zone ever shifts a date. */

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 is accounted for. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function makeDate(year: number, month: number, day: number): PlainDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  // The Gregorian month lengths, without a Date: every date typed in a report passes here.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function toUtcMs(d: PlainDate): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}

export function fromUtcMs(ms: number): PlainDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function addDays(d: PlainDate, n: number): PlainDate {
  return fromUtcMs(toUtcMs(d) + n * DAY_MS);
}

export function excelSerialToDate(serial: number): PlainDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return fromUtcMs(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

export function dateToExcelSerial(d: PlainDate): number {
  return Math.round((toUtcMs(d) - EXCEL_EPOCH_MS) / DAY_MS);
}

/** A JS Date a host handed us (ExcelJS gives UTC midnight) as a plain date. */
export function jsDateToPlain(d: Date): PlainDate | null {
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** `2026-01-05` → `05/01/2026`. */
export function formatDmy(d: PlainDate): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

/** ND 30/2020 date line: leading zero for day < 10 and for months 1–2. */
export function formatDocumentDate(place: string, d: PlainDate): string {
  const day = d.slice(8, 10);
  const month = Number(d.slice(5, 7));
  const mm = month < 3 ? `0${month}` : String(month);
  return `${place}, ngày ${day} tháng ${mm} năm ${d.slice(0, 4)}`;
}

/** The calendar day of a moment in the runtime's own time zone (a received date is local). */
export function localPlainDate(d: Date): PlainDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
