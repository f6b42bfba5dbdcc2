import type { ReportKind } from '../domain/types';

/**
 * Templates are data (SPEC §3.4). Layout, parsing, validation and consolidation read these
 * declarations; adding an indicator or a column is an edit here, not a code change.
 */

export type ColumnType =
  /** Row number, filled by the layout. */
  | 'seq'
  /** Task code `KH2026-SNV-007`: generated for plans, optional link for reports. */
  | 'task-code'
  | 'text'
  | 'list'
  /** Non-negative number with at most `decimals` places. */
  | 'number'
  /** A day, month, quarter or year inside the allowed period. */
  | 'date-span';

export interface ColumnSpec {
  key: string;
  header: string;
  type: ColumnType;
  /** Column width in Excel character units. */
  width: number;
  required?: boolean;
  /** Id of a list in `TemplateSpec.lists` for `list` columns. */
  list?: string;
  maxLength?: number;
  decimals?: number;
  integer?: boolean;
  /** For date spans: which end of a typed span to keep, and which window bounds it. */
  spanEnd?: 'from' | 'to';
  window?: 'period';
  /** Summed in the total row when the table has one. */
  total?: boolean;
}

export interface IndicatorSpec {
  code: string;
  name: string;
  unit: string;
  /** Money may have decimals (≤ 3); counts are integers. */
  money?: boolean;
}

export interface TableSection {
  type: 'table';
  /** Workbook-scoped defined name of the body, e.g. `TTDN_KeHoach`. */
  name: string;
  heading?: string;
  columns: ColumnSpec[];
  /** Empty body rows laid out for typing. */
  bodyRows: number;
  totalLabel?: string;
}

export interface IndicatorSection {
  type: 'indicators';
  name: string;
  heading: string;
  indicators: IndicatorSpec[];
}

export interface NarrativeSection {
  type: 'narrative';
  name: string;
  key: string;
  heading: string;
  hint: string;
  maxLength: number;
}

export interface HeadingSection {
  type: 'heading';
  text: string;
}

export type Section = TableSection | IndicatorSection | NarrativeSection | HeadingSection;

/** Cross-field rules, also data. */
export type CrossRule =
  | { type: 'date-order'; from: string; to: string }
  | { type: 'indicator-requires'; indicator: string; requires: string }
  | { type: 'budget-vs-indicator'; column: string; indicator: string; tolerance: number }
  | { type: 'task-in-plan'; column: string }
  | { type: 'duplicate-rows'; columns: string[] }
  | { type: 'unique'; column: string };

export interface TemplateSpec {
  id: string;
  version: string;
  /** Kinds this template serves. */
  kinds: ReportKind[];
  sheetName: string;
  /** Document type in the number line `Số: …/KH-…`. */
  docType: 'KH' | 'BC';
  /** Title per kind; `{year}` is replaced. */
  titles: Partial<Record<ReportKind, string>>;
  sections: Section[];
  lists: Record<string, readonly string[]>;
  rules: CrossRule[];
  /** Header and signature placeholders. */
  signer: { capacity: string; title: string; name: string };
  recipients: string[];
  orientation: 'landscape' | 'portrait';
}

export const META_SHEET = '_ttdn';
export const LISTS_SHEET = '_lists';
export const NAME_DOC_NUMBER = 'TTDN_SoKyHieu';
export const NAME_REPORT_DATE = 'TTDN_NgayBaoCao';
