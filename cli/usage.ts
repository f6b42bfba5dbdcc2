import type { ReportKind } from '../shared';
import { ERROR_MESSAGES, REPORT_KINDS, UsageError } from '../shared';

/** Usage checks and the generator tag, apart from generate.ts so that commands which never write
 * .xlsx do not load ExcelJS. */
export const GENERATOR = 'ttdn-cli 0.1.0';

export function checkKind(kind: string | undefined): ReportKind {
  if (!kind || !(REPORT_KINDS as readonly string[]).includes(kind))
    throw new UsageError(ERROR_MESSAGES.unknownKind(kind ?? ''));
  return kind as ReportKind;
}

export function checkYear(year: string | undefined): number {
  const y = Number(year);
  if (!year || !/^\d{4}$/.test(year) || y < 2000 || y > 2100)
    throw new UsageError(ERROR_MESSAGES.badYear(year ?? ''));
  return y;
}
