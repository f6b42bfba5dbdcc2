import type { EntryState, Finding, ReportKind, Unit } from '../../shared';

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
}

/** The entry form's state; defined in the core so both hosts build it the same way. */
export type { EntryState } from '../../shared';

export interface PickedFile {
  name: string;
  /** Host-specific handle: raw bytes in Excel, a Drive file id in Google Sheets. */
  bytes?: Uint8Array;
  driveId?: string;
  modified?: string;
}

export interface ConsolidateProgress {
  done: number;
  total: number;
  current?: string;
}

export interface ConsolidateSummary {
  accepted: number;
  rejected: number;
  unreadable: number;
  superseded: number;
  missing: string[];
  late: { unit: string; days: number }[];
  totals: Record<string, number>;
}

export interface HostBridge {
  readonly host: 'excel' | 'sheets' | 'preview' | 'page';
  /** 'files' for the offline page (page/): forms are downloaded and checked as files, no sheet is open. */
  readonly worksOn?: 'sheet' | 'files';
  loadSettings(): Promise<UiSettings>;
  saveSettings(s: UiSettings): Promise<void>;
  listUnits(): Promise<Unit[]>;
  generate(req: { kind: ReportKind; unitCode: string; year: number }): Promise<void>;
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
  exportSummary(format: 'xlsx' | 'json' | 'csv'): Promise<void>;
}
