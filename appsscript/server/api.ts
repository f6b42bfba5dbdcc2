import type { EntryState, UiSettings } from '../../addin/ui/host-bridge';
import type { Finding, ReportKind, Unit } from '../../shared';
import { TtdnError } from '../../shared';
import type { JobOptions, StepResult } from './consolidate-job';
import { startJob, stepJob } from './consolidate-job';
import { describeInputs, loadDriveFile } from './drive-files';
import {
  deleteRowSync,
  entryState,
  generateSync,
  parseOpen,
  plainFindings,
  prefillFromPlanSync,
  saveIndicatorsSync,
  saveNarrativeSync,
  saveRowSync,
  validateSync,
  convertLegacyTextSync,
} from './entry';
import type { ExportPayload } from './export';
import { exportSummary } from './export';
import { flowSettings, loadSettings, saveSettings } from './settings';
import { SheetsPort } from './sheets-port';

/**
 * Functions the sidebar calls through google.script.run. Each is synchronous and returns plain
 * JSON-able values (no Dates, no class instances). Errors are rethrown as plain Errors whose
 * message is Vietnamese, because that message is what the sidebar's failure handler receives.
 */

function ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function port(): SheetsPort {
  return new SheetsPort(ss());
}

function guard<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof TtdnError) throw new Error(e.message, { cause: e });
      const msg = e instanceof Error ? e.message : String(e);
      throw new Error(`Có lỗi khi xử lý: ${msg}`, { cause: e });
    }
  };
}

export const apiLoadSettings = guard((): UiSettings => loadSettings());

export const apiSaveSettings = guard((s: UiSettings): void => saveSettings(s));

export const apiListUnits = guard((): Unit[] => flowSettings().registry.units.map((u) => ({ ...u })));

export const apiGenerate = guard(
  (req: { kind: ReportKind; unitCode: string; year: number }): Record<string, string> =>
    generateSync(port(), flowSettings(), req),
);

export const apiReadEntry = guard((): EntryState => {
  const p = port();
  return entryState(parseOpen(p, flowSettings()));
});

export const apiSaveRow = guard(
  (row: { sheetRow: number | null; values: Record<string, string | number | null> }): EntryState =>
    saveRowSync(port(), flowSettings(), row),
);

export const apiDeleteRow = guard((sheetRow: number): EntryState =>
  deleteRowSync(port(), flowSettings(), sheetRow),
);

export const apiSaveIndicators = guard((values: Record<string, number | null>): EntryState =>
  saveIndicatorsSync(port(), flowSettings(), values),
);

export const apiSaveNarrative = guard((key: string, text: string): EntryState =>
  saveNarrativeSync(port(), flowSettings(), key, text),
);

export const apiPrefillFromPlan = guard((driveId: string): EntryState => {
  const [input] = describeInputs([driveId]);
  const loaded = loadDriveFile(input);
  if (loaded.grid instanceof Error) throw loaded.grid;
  return prefillFromPlanSync(port(), flowSettings(), loaded.grid);
});

export const apiValidate = guard((): Finding[] =>
  plainFindings(validateSync(port(), flowSettings()).findings),
);

export const apiConvertLegacyText = guard((): Finding[] =>
  plainFindings(convertLegacyTextSync(port(), flowSettings()).findings),
);

export const apiSelectCell = guard((sheet: string, cell: string): void => port().selectSync({ sheet, cell }));

/** The sheet row of the active cell, polled by the sidebar while the entry form is open. */
export const apiActiveRow = guard((): number | null => {
  const r = ss().getActiveRange();
  return r ? r.getRow() : null;
});

/** What the Google Picker needs in the sidebar: an OAuth token and the Cloud project's keys. */
export const apiPickerConfig = guard((): { token: string; apiKey: string; appId: string } => {
  const props = PropertiesService.getScriptProperties();
  const apiKey = props.getProperty('PICKER_API_KEY') ?? '';
  const appId = props.getProperty('PICKER_APP_ID') ?? '';
  if (!apiKey || !appId)
    throw new Error(
      'Chưa cấu hình Google Picker: quản trị viên cần đặt PICKER_API_KEY và PICKER_APP_ID trong Thuộc tính tập lệnh (xem docs/google-sheets.md).',
    );
  return { token: ScriptApp.getOAuthToken(), apiKey, appId };
});

export const apiConsolidateStart = guard((options: JobOptions, driveIds: string[]): StepResult =>
  startJob(ss(), options, driveIds),
);

export const apiConsolidateStep = guard((jobId: string): StepResult => stepJob(ss(), flowSettings(), jobId));

export const apiExport = guard((format: 'xlsx' | 'json' | 'csv'): ExportPayload[] =>
  exportSummary(ss(), format),
);
