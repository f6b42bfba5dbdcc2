import type { EntryState, PickedFile, UiSettings } from '../../addin/ui/host-bridge';
import type { Finding, ReportKind, Unit } from '../../shared';
import { UsageError } from '../../shared';
import type { JobOptions, PendingJob, StepResult } from './consolidate-job';
import { cancelJob, pendingJob, startJob, stepJob } from './consolidate-job';
import type { PickedRef } from './drive-files';
import { readPickedFile } from './drive-files';
import { userMessage } from './errors';
import { openPickerDialog, storePicked, takePicked } from './picker';
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
 * message is Vietnamese with a next step (errors.ts), because that message is what the sidebar's
 * failure handler receives.
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
      throw new Error(userMessage(e), { cause: e });
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

/** The plan picked in the Picker: a Google Sheet or an .xlsx, read like a submission (drive-files.ts). */
export const apiPrefillFromPlan = guard((plan: PickedRef): EntryState => {
  const read = readPickedFile(plan, ss().getSpreadsheetTimeZone());
  if (read.grid instanceof Error) throw new UsageError(read.grid.message);
  return prefillFromPlanSync(port(), flowSettings(), read.grid, read.file.file);
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

/** Opens the Google Picker in a modal dialog; the sidebar then polls `apiPickerResult`. */
export const apiOpenPicker = guard((requestId: string, multiselect: boolean): void =>
  openPickerDialog(requestId, multiselect),
);

/** Called by the Picker dialog with the picked files ([] when cancelled). */
export const apiPickerDone = guard((requestId: string, files: PickedFile[]): void =>
  storePicked(requestId, files),
);

export const apiPickerResult = guard((requestId: string): PickedFile[] | null => takePicked(requestId));

export const apiConsolidateStart = guard((options: JobOptions, files: PickedRef[]): StepResult =>
  startJob(ss(), options, files),
);

export const apiConsolidateStep = guard((jobId: string): StepResult => stepJob(ss(), flowSettings(), jobId));

/** A job left unfinished, so a reopened sidebar can offer "Tiếp tục". */
export const apiConsolidatePending = guard((): PendingJob | null => pendingJob(ss()));

/** Removes the job's state (hidden sheet and property); the summary stays as it was. */
export const apiConsolidateCancel = guard((): void => cancelJob(ss()));

export const apiExport = guard((format: 'xlsx' | 'docx' | 'json' | 'csv'): ExportPayload[] => {
  if (format !== 'docx') return exportSummary(ss(), format);
  // Only the Word report needs the registry (header blocks, recipients, the province's name).
  const settings = flowSettings();
  return exportSummary(ss(), format, settings.registry, settings.generator);
});
