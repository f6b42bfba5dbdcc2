import type { ConsolidationCounts, EntryState, Finding, ReportKind, Unit } from '../../shared';

/**
 * What the task pane / sidebar needs from its host. One React UI, two implementations:
 * `addin/office/office-bridge.ts` (Office.js, runs in the task pane) and
 * `appsscript/client/gas-bridge.ts` (a typed promise wrapper over google.script.run).
 * Every method rejects with an Error whose message is Vietnamese and shown to the user as is.
 */

export interface UiSettings {
  presetId: string;
  /** Registry and calendar files as text, when the user loaded their own. */
  registryText?: string;
  registryFormat?: 'json' | 'csv';
  calendarText?: string;
  /** This office consolidates the province's reports: shows the "Tổng hợp" and "Xuất" tabs. */
  consolidator?: boolean;
}

/** The entry form's state; defined in the core so both hosts build it the same way. */
export type { EntryState } from '../../shared';

export interface PickedFile {
  name: string;
  /** Host-specific handle: raw bytes in Excel, a Drive file id in Google Sheets. */
  bytes?: Uint8Array;
  driveId?: string;
  modified?: string;
  /** Drive MIME type as the Picker reported it (Google Sheets host). */
  mimeType?: string;
}

/** The host's words for its documents, for UI text (Excel: "sổ làm việc"; Google: "bảng tính"). */
export interface HostTerms {
  /** The open document, lower case: "sổ làm việc" / "bảng tính". */
  workbook: string;
  /** One tab of it: "trang tính". */
  sheet: string;
}

/** A consolidation left unfinished in the document (Google Sheets keeps its job between executions). */
export interface PendingConsolidation {
  done: number;
  total: number;
  kind: ReportKind;
  year: number;
  asOf: string;
}

export interface ConsolidateProgress {
  done: number;
  total: number;
  current?: string;
}

/** Files per status, who is missing or late, the totals (the core's `ConsolidationCounts`). */
export interface ConsolidateSummary extends Omit<ConsolidationCounts, 'empty'> {
  /** Untouched templates ("mẫu trống"): received, but not counted as submitted. */
  empty?: number;
  /**
   * Set when the result looks wrong (no file accepted, or most files of another kind/year): the
   * summary was NOT written and the previous one is kept until the user confirms through
   * `writePendingSummary`. Absent (or `written` undefined) on hosts that always write.
   */
  warning?: string;
  written?: boolean;
}

/** Parts of a generated form's layout the host could not apply, in Vietnamese (e.g. print setup). */
export interface GenerateOutcome {
  skipped: string[];
}

/** What an export produced when the host cannot save a file itself (Excel for Mac: office-js#2700). */
export interface ExportOutcome {
  name: string;
  text: string;
  note: string;
}

export interface HostBridge {
  readonly host: 'excel' | 'sheets' | 'preview' | 'page';
  /** 'files' for the offline page (page/): forms are downloaded and checked as files, no sheet is open. */
  readonly worksOn?: 'sheet' | 'files';
  loadSettings(): Promise<UiSettings>;
  saveSettings(s: UiSettings): Promise<void>;
  listUnits(): Promise<Unit[]>;
  /** Resolves with what this host could not apply to the new form (absent when all was applied). */
  generate(req: { kind: ReportKind; unitCode: string; year: number }): Promise<void | GenerateOutcome>;
  readEntry(): Promise<EntryState>;
  /** Writes one row (sheetRow null = append); returns the fresh state. */
  saveRow(row: {
    sheetRow: number | null;
    values: Record<string, string | number | null>;
  }): Promise<EntryState>;
  deleteRow(sheetRow: number): Promise<EntryState>;
  saveIndicators(values: Record<string, number | null>): Promise<EntryState>;
  saveNarrative(key: string, text: string): Promise<EntryState>;
  /** Pre-fills report rows from the unit's plan workbook. */
  prefillFromPlan(file: PickedFile): Promise<EntryState>;
  /** Runs all checks and highlights the cells; marks clear when fixed. */
  validate(): Promise<Finding[]>;
  /** Rewrites text typed in TCVN3/VNI as Unicode, then checks again. */
  convertLegacyText(): Promise<Finding[]>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Calls back with the sheet row when the user selects a row of the table. */
  /** `onError` hears (once) when the host cannot follow the selection, so the user is told. */
  onRowSelected(cb: (sheetRow: number) => void, onError?: (e: Error) => void): () => void;
  pickFiles(): Promise<PickedFile[]>;
  consolidate(
    req: { kind: ReportKind; year: number; asOf: string; files: PickedFile[] },
    onProgress: (p: ConsolidateProgress) => void,
    signal: AbortSignal,
  ): Promise<ConsolidateSummary>;
  /** Resolves with text to copy where the host cannot save files (see ExportOutcome). */
  exportSummary(format: 'xlsx' | 'docx' | 'json' | 'csv'): Promise<void | ExportOutcome[]>;
  /** Writes a consolidation held back by a warning (see ConsolidateSummary.warning). */
  writePendingSummary?(): Promise<void>;
  /** The host's colour theme (Office's theme in Excel); the UI follows the system when absent. */
  theme?(): 'light' | 'dark' | null;
  /** Rows the open form already holds (to confirm before replacing it); null when there is no form. */
  countFilledRows?(): Promise<number | null>;
  /** Optional: the host's vocabulary; the UI falls back to Excel's words when absent. */
  readonly terms?: HostTerms;
  /** Optional (hosts whose jobs survive the pane): an unfinished consolidation to offer "Tiếp tục". */
  pendingConsolidation?(): Promise<PendingConsolidation | null>;
  /** Optional: continues the pending consolidation from where it stopped. */
  resumeConsolidation?(
    onProgress: (p: ConsolidateProgress) => void,
    signal: AbortSignal,
  ): Promise<ConsolidateSummary>;
  /** Optional: discards the pending consolidation's state; the summary stays as it was. */
  cancelConsolidation?(): Promise<void>;
}
