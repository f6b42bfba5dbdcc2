import type { PlainDate } from '../domain/types';
import { makeDate } from '../calendar/plain-date';

/**
 * Time in words, the way Vietnamese offices write "Thời gian thực hiện": `Thường xuyên`, `Cả năm`,
 * `Năm 2026`, `Quý I`, `Quý I, II/2026`, `Quý I - Quý II`, `Tháng 3`, `Tháng 3, 4/2026`,
 * `Tháng 3-5/2026`, `6 tháng đầu năm`, `15/3/2026`, `15/3 - 20/3/2026`… Each becomes one interval
 * (first day to last day). A missing year is taken from the other end of a range, else from the
 * period's year. Hand-written because no date library reads Vietnamese period words; the grammar
 * is small and every form has a unit test (test/unit/time-span.test.ts).
 */

export type SpanGranularity = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'range';

export interface TimeSpan {
  from: PlainDate;
  to: PlainDate;
  granularity: SpanGranularity;
}

export interface TimeSpanContext {
  /** Completes `Tháng 3`, `Quý II`, `15/3` without a year. */
  year?: number;
  /** What "Thường xuyên" / "Cả kỳ" mean: the reporting window (else the whole `year`). */
  periodSpan?: { from: PlainDate; to: PlainDate };
}

const PLAIN_DAY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Longer text is not a time expression (and would cost needless work). */
const MAX_LENGTH = 80;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Lower case, no diacritics, đ → d, dashes unified, spaces collapsed. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/\s*([/,;.])\s*/g, '$1')
    .replace(/[.;,]+$/, '')
    .trim();
}

function monthStart(y: number, m: number): PlainDate | null {
  return makeDate(y, m, 1);
}

function monthEnd(y: number, m: number): PlainDate | null {
  if (!Number.isInteger(m) || m < 1 || m > 12) return null;
  return makeDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
}

function months(y: number, first: number, last: number, g: SpanGranularity): TimeSpan | null {
  const from = monthStart(y, first);
  const to = monthEnd(y, last);
  return from && to && from <= to ? { from, to, granularity: g } : null;
}

function yearSpan(y: number): TimeSpan | null {
  return months(y, 1, 12, 'year');
}

const ONGOING = /^(?:thuong xuyen|ca ky|trong ky|lien tuc|quanh nam|hang thang|hang quy|dinh ky)$/;
/** `/2026`, `-2026`, ` nam 2026`, ` 2026` after a month or quarter list. */
const YEAR_SUFFIX = String.raw`(?:(?:/|-| ?nam | )\s*(\d{4}))?`;

const QUARTERS = new RegExp(
  String.raw`^(?:quy|q) ?((?:iv|iii|ii|i|[1-4])(?:(?:,|-| - | va | den |, ?quy |- ?quy | - quy | va quy | den quy )(?:iv|iii|ii|i|[1-4]))*)${YEAR_SUFFIX}$`,
);
const MONTHS = new RegExp(
  String.raw`^(?:thang|t) ?(\d{1,2}(?:(?:,|-| - | va | den |, ?thang |- ?thang | - thang | va thang | den thang )\d{1,2})*)${YEAR_SUFFIX}$`,
);

/** One expression that is not a range of two others. */
function parseItem(s: string, ctx: TimeSpanContext): TimeSpan | null {
  const y0 = ctx.year;
  if (ONGOING.test(s) || /^thuong xuyen (?:trong|ca) (?:nam|ky)$/.test(s)) {
    if (ctx.periodSpan) return { from: ctx.periodSpan.from, to: ctx.periodSpan.to, granularity: 'range' };
    return y0 ? yearSpan(y0) : null;
  }
  let m = /^(?:(?:ca |trong )?nam ?|ca nam ?)?(\d{4})$/.exec(s);
  if (m) return yearSpan(Number(m[1]));
  if (/^(?:ca|trong) nam$/.test(s)) return y0 ? yearSpan(y0) : null;
  m =
    /^(?:6|sau) thang (dau|cuoi)(?: nam)?(?: ?(\d{4}))?$/.exec(s) ??
    /^nua (dau|cuoi) nam(?: ?(\d{4}))?$/.exec(s);
  if (m) {
    const y = m[2] ? Number(m[2]) : y0;
    if (!y) return null;
    return m[1] === 'dau' ? months(y, 1, 6, 'half') : months(y, 7, 12, 'half');
  }
  // Quarters: `quy i`, `q1/2026`, `quy i,ii nam 2026`, `quy i-quy ii`, `quy i va ii`.
  m = QUARTERS.exec(s);
  if (m) {
    const qs = (m[1].match(/\b(?:iv|iii|ii|i|[1-4])\b/g) ?? []).map((q) => ROMAN[q]);
    const y = m[2] ? Number(m[2]) : y0;
    if (!y || qs.some((q) => !q)) return null;
    const first = Math.min(...qs);
    const last = Math.max(...qs);
    return months(y, first * 3 - 2, last * 3, qs.length === 1 ? 'quarter' : 'range');
  }
  // Months: `thang 3`, `t3/2026`, `thang 3,4/2026`, `thang 3-5/2026`, `thang 3 - thang 5 nam 2026`.
  m = MONTHS.exec(s);
  if (m) {
    const ms = m[1].split(/\D+/).filter(Boolean).map(Number);
    const y = m[2] ? Number(m[2]) : y0;
    if (!y || ms.some((n) => n < 1 || n > 12)) return null;
    return months(y, Math.min(...ms), Math.max(...ms), ms.length === 1 ? 'month' : 'range');
  }
  // Days and bare months: `15/3/2026`, `15-03-2026`, `15.3.2026`, `2026-03-15`, `03/2026`, `15/3`.
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) return day(Number(m[4]), Number(m[3]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+z?)?$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s) ?? /^(\d{1,2}) nam (\d{4})$/.exec(s);
  if (m) return months(Number(m[2]), Number(m[1]), Number(m[1]), 'month');
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return months(Number(m[1]), Number(m[2]), Number(m[2]), 'month');
  m = /^(?:ngay )?(\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (m && y0) return day(y0, Number(m[2]), Number(m[1]));
  return null;
}

function day(y: number, m: number, d: number): TimeSpan | null {
  const p = makeDate(y, m, d);
  return p ? { from: p, to: p, granularity: 'day' } : null;
}

function yearOf(span: TimeSpan): number {
  return Number(span.to.slice(0, 4));
}

/**
 * A range `A - B`, `A đến B`, `từ A đến B`, `15-20/3/2026`. B is read first so A can borrow its
 * year. Every split point is tried (the input is short), so `15-03-2026` stays one day.
 */
function parseRange(s: string, ctx: TimeSpanContext): TimeSpan | null {
  const body = s.replace(/^tu (?:ngay )?/, '');
  const seps = /\s*(?:-|\bden\b|\btoi\b)\s*/g;
  let sep: RegExpExecArray | null;
  while ((sep = seps.exec(body))) {
    const left = body.slice(0, sep.index).trim();
    const right = body
      .slice(sep.index + sep[0].length)
      .replace(/^(?:ngay )/, '')
      .trim();
    if (!left || !right) continue;
    const b = parseItem(right, ctx);
    if (!b) continue;
    const a =
      parseItem(left, { ...ctx, year: yearOf(b) }) ??
      // `15-20/3/2026`: the left end is a bare day of the right end's month.
      (/^\d{1,2}$/.test(left) && b.granularity === 'day'
        ? day(yearOf(b), Number(b.from.slice(5, 7)), Number(left))
        : null);
    if (a && a.from <= b.to) return { from: a.from, to: b.to, granularity: 'range' };
  }
  return null;
}

/** Text typed in a time cell → interval, or null when it is not a time expression. */
export function parseTimeSpanText(input: string, ctx: TimeSpanContext = {}): TimeSpan | null {
  if (input.length > MAX_LENGTH) return null;
  // Most cells hold a plain day (`15/03/2026`): folding leaves it as it is and parseItem reads it as
  // below, so read it without folding (an impossible day still goes the whole way).
  const plain = PLAIN_DAY.exec(input);
  const span = plain && day(Number(plain[4]), Number(plain[3]), Number(plain[1]));
  if (span) return span;
  const s = fold(input).replace(/^(?:thoi gian(?: thuc hien)?|thuc hien) ?:? ?/, '');
  if (!s) return null;
  return parseItem(s, ctx) ?? parseRange(s, ctx);
}
