import type { Period, PlainDate, ReportKind } from '../domain/types';
import type { SubmittedRow } from '../parse/submission';
import type { Finding } from '../validate/finding';

/** One received file, as the host describes it before parsing. */
export interface ReceivedFile {
  /** File name as received (no directories needed). */
  file: string;
  /** Hex SHA-256 of the bytes, computed by the host (Node crypto, WebCrypto, Utilities). */
  sha256: string;
  /** Received date (from the received-dates list, else the file's modification date). */
  received: PlainDate | null;
}

/** `empty`: an untouched template (mẫu trống) — received, but not a submission. */
export type SubmissionStatus = 'accepted' | 'rejected' | 'superseded' | 'unreadable' | 'empty';

/** What a unit has sent, as the officer chasing reports needs to know it. */
export type SubmissionState = SubmissionStatus | 'missing';

export interface SubmissionRecord extends ReceivedFile {
  unit: string | null;
  kind: ReportKind | null;
  template: { id: string; version: string } | null;
  reportDate: PlainDate | null;
  status: SubmissionStatus;
  errors: number;
  warnings: number;
  /** Why rejected, unreadable or superseded (Vietnamese). */
  reason: string | null;
  /** 1 for the first file of a unit, 2 for its first resubmission… */
  version: number;
  importedAt: string;
}

export interface ConsolidatedActivity {
  unit: string;
  unitName: string;
  file: string;
  sheet: string;
  row: SubmittedRow;
}

export interface IndicatorCell {
  value: number;
  file: string;
  sheet: string;
  cell: string;
}

export interface CompletenessEntry {
  unit: string;
  unitName: string;
  submitted: boolean;
  file: string | null;
  received: PlainDate | null;
  reportDate: PlainDate | null;
  status: 'on-time' | 'late' | 'missing';
  lateDays: number;
  /** Received after the as-of date; status and lateDays are as they stood on that date. */
  afterAsOf?: true;
  errors: number;
  warnings: number;
  version: number;
  /**
   * The state of the unit's deciding file: only `accepted` counts as submitted. `rejected` keeps
   * the timeliness of the file received; `unreadable` and `empty` (a blank template) have
   * `status: 'missing'`, so the unit is chased. `reason` says why.
   */
  state: SubmissionState;
  reason: string | null;
}

export interface PlanProgress {
  unit: string;
  unitName: string;
  planned: number;
  done: number;
  inProgress: number;
  notDone: number;
  unplanned: number;
  /** Planned tasks with no report row at all. */
  notReported: number;
  percentDone: number | null;
}

export interface PlanNarrative {
  unit: string;
  unitName: string;
  purpose: string;
  implementation: string;
}

export interface ConsolidationResult {
  kind: ReportKind;
  year: number;
  period: Period;
  asOf: PlainDate;
  province: string;
  submissions: SubmissionRecord[];
  /** Findings of every readable file, with the file they belong to. */
  findings: (Finding & { file: string; unit: string | null })[];
  completeness: CompletenessEntry[];
  /** indicator code → unit code → value with lineage. */
  indicators: Record<string, Record<string, IndicatorCell>>;
  totals: Record<string, number>;
  activities: ConsolidatedActivity[];
  planProgress: PlanProgress[];
  narratives: { unit: string; unitName: string; limits: string; proposals: string }[];
  /**
   * Each accepted plan's optional narratives (Phụ lục 01: "Mục đích, yêu cầu" as `purpose`, "Tổ
   * chức thực hiện" as `implementation`), in registry order; empty for reports.
   */
  planNarratives: PlanNarrative[];
  /** Sum of accepted inputs, computed independently of `totals`, for the totals check. */
  check: { ok: boolean; mismatches: string[] };
}
