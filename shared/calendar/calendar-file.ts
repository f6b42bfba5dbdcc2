import { ConfigFileError } from '../domain/errors';
import { ERROR_MESSAGES, FIELD_PROBLEMS } from '../messages/vi';
import type { Calendar } from './calendar';
import { DEFAULT_CALENDAR, MONTH_DAY_PATTERN } from './calendar';

/** Calendar file (SPEC §3.2): `{"deadlines": {kind: "MM-DD"}, "windows": {kind: {from, to}}}`; missing keys fall back. */
export function parseCalendarJson(text: string, base: Calendar = DEFAULT_CALENDAR): Calendar {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigFileError(
      ERROR_MESSAGES.calendarField('(tệp)', FIELD_PROBLEMS.badJson((e as Error).message)),
    );
  }
  const obj = (data && typeof data === 'object' ? data : {}) as {
    deadlines?: Record<string, unknown>;
    windows?: Record<string, unknown>;
  };
  const out: Calendar = { deadlines: { ...base.deadlines }, windows: { ...base.windows } };
  const md = (field: string, v: unknown): string => {
    if (typeof v !== 'string' || !MONTH_DAY_PATTERN.test(v))
      throw new ConfigFileError(ERROR_MESSAGES.calendarField(field, FIELD_PROBLEMS.badMonthDay));
    return v;
  };
  for (const k of Object.keys(out.deadlines) as (keyof Calendar['deadlines'])[]) {
    if (obj.deadlines && k in obj.deadlines) out.deadlines[k] = md(`deadlines.${k}`, obj.deadlines[k]);
  }
  for (const k of Object.keys(out.windows) as (keyof Calendar['windows'])[]) {
    const w = obj.windows?.[k] as { from?: unknown; to?: unknown } | undefined;
    if (w) out.windows[k] = { from: md(`windows.${k}.from`, w.from), to: md(`windows.${k}.to`, w.to) };
  }
  return out;
}
