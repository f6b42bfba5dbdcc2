import { FINDING_MESSAGES } from '../messages/vi';
import type { FindingCode } from '../messages/vi';

/** A problem found in submitted data: a value, never an exception (SPEC §5). */
export interface Finding {
  code: FindingCode;
  /** `info` tells what was adapted (an extra column ignored); it never blocks and is not a warning. */
  severity: 'error' | 'warning' | 'info';
  sheet: string;
  /** A1 reference of the cell, e.g. `D14`. */
  cell: string;
  /** Column key, indicator code, narrative name or metadata key. */
  field: string;
  message: string;
  value: string | number | null;
}

/** Default severity of each code; the only place severities are decided. */
export const SEVERITY: Record<FindingCode, Finding['severity']> = {
  META_MISSING: 'error',
  UNIT_UNKNOWN: 'error',
  PERIOD_MISMATCH: 'error',
  YEAR_INVALID: 'error',
  HEADER_MISSING: 'warning',
  REQUIRED: 'error',
  LIST_VALUE: 'error',
  NUMBER_INVALID: 'error',
  NUMBER_NEGATIVE: 'error',
  NUMBER_NOT_INTEGER: 'error',
  NUMBER_DECIMALS: 'error',
  DATE_INVALID: 'error',
  DATE_OUT_OF_RANGE: 'error',
  DATE_ORDER: 'error',
  TEXT_TOO_LONG: 'error',
  FORMULA_INPUT: 'warning',
  LEGACY_ENCODING: 'warning',
  INDICATOR_REQUIRES: 'error',
  BUDGET_MISMATCH: 'warning',
  TASK_NOT_IN_PLAN: 'warning',
  DUPLICATE_ROW: 'warning',
  DUPLICATE_CODE: 'warning',
  ROW_BELOW_TABLE: 'warning',
  COLUMN_EXTRA: 'info',
  COLUMN_MISSING: 'error',
  COLUMN_ABSENT: 'info',
  METADATA_LOST: 'warning',
  FORM_EMPTY: 'warning',
};

type MessageArgs<C extends FindingCode> = Parameters<(typeof FINDING_MESSAGES)[C]>;

export function finding<C extends FindingCode>(
  code: C,
  where: { sheet: string; cell: string; field: string; value?: unknown },
  ...args: MessageArgs<C>
): Finding {
  const fn = FINDING_MESSAGES[code] as (...a: MessageArgs<C>) => string;
  // A cell may hold a whole document; findings quote at most a short excerpt of it.
  const quoted = args.map((a) => (typeof a === 'string' ? clip(a) : a)) as MessageArgs<C>;
  return {
    code,
    severity: SEVERITY[code],
    sheet: where.sheet,
    cell: where.cell,
    field: where.field,
    message: fn(...quoted),
    value: displayValue(where.value),
  };
}

/** Longest cell text a finding carries (value or message), so reports stay small. */
export const MAX_FINDING_TEXT = 200;

function clip(s: string): string {
  return s.length > MAX_FINDING_TEXT ? `${s.slice(0, MAX_FINDING_TEXT)}…` : s;
}

function displayValue(v: unknown): string | number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return clip(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return clip(JSON.stringify(v));
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}
