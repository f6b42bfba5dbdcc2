import type { Period, PlainDate, ReportKind } from '../domain/types';
import { addDays, daysBetween, makeDate } from './plain-date';

/** `MM-DD` within a year. */
export type MonthDay = string;

export interface WindowSpec {
  /** Start month-day; when it falls after `to` it is taken in the previous year. */
  from: MonthDay;
  to: MonthDay;
}

export interface Calendar {
  deadlines: Record<Exclude<ReportKind, 'bao-cao-dot-xuat'>, MonthDay>;
  windows: Record<'bao-cao-6-thang' | 'bao-cao-nam', WindowSpec>;
}

/** Deadlines seen in the seeds (Đắk Lắk: 15/01, 15/06, 20/11); windows per Nghị định 09/2019/NĐ-CP. */
export const DEFAULT_CALENDAR: Calendar = {
  deadlines: { 'ke-hoach-nam': '01-15', 'bao-cao-6-thang': '06-15', 'bao-cao-nam': '11-20' },
  windows: {
    'bao-cao-6-thang': { from: '12-15', to: '06-14' },
    'bao-cao-nam': { from: '12-15', to: '12-14' },
  },
};

export const MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function at(year: number, md: MonthDay): PlainDate {
  const d = makeDate(year, Number(md.slice(0, 2)), Number(md.slice(3, 5)));
  if (!d) throw new RangeError(`Ngày tháng không hợp lệ: ${md}`);
  return d;
}

export interface AdHocDates {
  from: PlainDate;
  to: PlainDate;
  deadline: PlainDate;
}

/** The period of a kind and year: data window and deadline. Ad hoc reports need explicit dates. */
export function periodOf(calendar: Calendar, kind: ReportKind, year: number, adHoc?: AdHocDates): Period {
  switch (kind) {
    case 'ke-hoach-nam':
      return {
        kind,
        year,
        from: at(year, '01-01'),
        to: at(year, '12-31'),
        deadline: at(year, calendar.deadlines[kind]),
        label: `KH-${year}`,
      };
    case 'bao-cao-6-thang':
    case 'bao-cao-nam': {
      const w = calendar.windows[kind];
      const fromYear = w.from > w.to ? year - 1 : year;
      return {
        kind,
        year,
        from: at(fromYear, w.from),
        to: at(year, w.to),
        deadline: at(year, calendar.deadlines[kind]),
        label: `${kind === 'bao-cao-nam' ? 'N' : '6T'}-${year}`,
      };
    }
    case 'bao-cao-dot-xuat': {
      const from = adHoc?.from ?? at(year, '01-01');
      const to = adHoc?.to ?? at(year, '12-31');
      return {
        kind,
        year,
        from,
        to,
        deadline: adHoc?.deadline ?? addDays(to, 7),
        label: `DX-${year}-${from.replace(/-/g, '')}-${to.replace(/-/g, '')}`,
      };
    }
  }
}

export type Timeliness = (
  { status: 'on-time' } | { status: 'late'; days: number } | { status: 'missing' }
) & {
  /** Received after the as-of date: judged as it stood on that date, not by the later receipt. */
  afterAsOf?: true;
};

/**
 * Late = received after the deadline, counted in calendar days (SPEC §6). With `asOf`, a file
 * received after it (typically a file copied later, dated by its modification time) is judged as of
 * that date: overdue by the days from the deadline to `asOf` if any, else on time — never "late by
 * months" for a day the report does not cover.
 */
export function timeliness(deadline: PlainDate, received: PlainDate | null, asOf?: PlainDate): Timeliness {
  if (!received) return { status: 'missing' };
  const afterAsOf = asOf !== undefined && received > asOf;
  const days = daysBetween(deadline, afterAsOf ? asOf : received);
  const t: Timeliness = days > 0 ? { status: 'late', days } : { status: 'on-time' };
  return afterAsOf ? { ...t, afterAsOf } : t;
}
