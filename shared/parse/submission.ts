import type { PlainDate, ReportKind } from '../domain/types';
import type { DateSpan } from '../values/parse-date';

/** A workbook's content after parsing: canonical values plus the cell each came from (lineage). */

export type FieldValue = string | number | null;

export interface SubmittedRow {
  /** 1-based order among the rows found. */
  index: number;
  sheetRow: number;
  values: Record<string, FieldValue>;
  spans: Record<string, DateSpan>;
  cells: Record<string, string>;
  belowTable: boolean;
}

export interface Submission {
  template: { id: string; version: string };
  kind: ReportKind;
  unit: string;
  year: number;
  period: string;
  meta: Record<string, string>;
  sheet: string;
  docNumber: string | null;
  reportDate: PlainDate | null;
  rows: SubmittedRow[];
  indicators: Record<string, number | null>;
  indicatorCells: Record<string, string>;
  narratives: Record<string, string>;
  narrativeCells: Record<string, string>;
}

/** An untouched template: no row, no indicator value, no narrative text (issue 9: "mẫu trống"). */
export function isEmptySubmission(s: Submission): boolean {
  return (
    s.rows.length === 0 &&
    Object.values(s.indicators).every((v) => v === null || v === undefined) &&
    Object.values(s.narratives).every((t) => !t || !t.trim())
  );
}
