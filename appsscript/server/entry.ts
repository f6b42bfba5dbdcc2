import type {
  CellWrite,
  EntryState,
  Finding,
  FlowSettings,
  ParsedWorkbook,
  ReportKind,
  WorkbookGrid,
} from '../../shared';
import {
  deleteRowWrites,
  entryState,
  indicatorWrites,
  legacyTextWrites,
  marksOf,
  narrativeWrites,
  parseOpenForm,
  parseWorkbook,
  planPrefillWrites,
  prepareTemplate,
  saveRowWrites,
} from '../../shared';
import type { SheetsPort } from './sheets-port';

/**
 * The sidebar's entry operations on the open form. An Apps Script server function cannot await,
 * so these drive the core's synchronous pieces (`prepareTemplate`, `parseOpenForm`, the entry
 * writes of shared/entry/entry-ops.ts) through the port's synchronous methods; the Excel task pane
 * drives the very same pieces asynchronously (addin/bridge/port-bridge.ts).
 */

export function generateSync(
  port: SheetsPort,
  s: FlowSettings,
  req: {
    kind: ReportKind;
    unitCode: string;
    year: number;
    prefill?: Record<string, string | number | null>[];
  },
): Record<string, string> {
  const layout = prepareTemplate(s, req);
  port.applyModelSync(layout.model);
  return layout.names;
}

export function validateSync(
  port: SheetsPort,
  s: FlowSettings,
  planCodes?: ReadonlySet<string>,
): ParsedWorkbook {
  const parsed = parseOpen(port, s, planCodes);
  port.setMarksSync(marksOf(parsed));
  return parsed;
}

export function parseOpen(
  port: SheetsPort,
  s: FlowSettings,
  planCodes?: ReadonlySet<string>,
): ParsedWorkbook {
  return parseGrid(port.readGridSync(), s, planCodes);
}

export function parseGrid(
  grid: WorkbookGrid,
  s: FlowSettings,
  planCodes?: ReadonlySet<string>,
): ParsedWorkbook {
  return parseOpenForm(grid, { registry: s.registry, calendar: s.calendar, planCodes });
}

export { entryState };

/** Parses the open form, applies the core's writes for one sidebar action, returns the new state. */
function edit(
  port: SheetsPort,
  s: FlowSettings,
  writes: (parsed: ParsedWorkbook, grid: WorkbookGrid) => CellWrite[],
): EntryState {
  const grid = port.readGridSync();
  const w = writes(parseGrid(grid, s), grid);
  if (w.length) port.writeCellsSync(w);
  return entryState(parseOpen(port, s));
}

export function saveRowSync(
  port: SheetsPort,
  s: FlowSettings,
  row: { sheetRow: number | null; values: Record<string, string | number | null> },
): EntryState {
  return edit(port, s, (parsed, grid) => saveRowWrites(parsed, grid, row));
}

/** Clears the row's input cells (sheet rows are not deleted, so names and totals keep their ranges). */
export function deleteRowSync(port: SheetsPort, s: FlowSettings, sheetRow: number): EntryState {
  return edit(port, s, (parsed, grid) => deleteRowWrites(parsed, grid, sheetRow));
}

export function saveIndicatorsSync(
  port: SheetsPort,
  s: FlowSettings,
  values: Record<string, number | null>,
): EntryState {
  return edit(port, s, (parsed) => indicatorWrites(parsed, values));
}

export function saveNarrativeSync(port: SheetsPort, s: FlowSettings, key: string, text: string): EntryState {
  return edit(port, s, (parsed) => narrativeWrites(parsed, key, text));
}

/** Rewrites TCVN3/VNI text as Unicode, then validates again (marks refreshed). */
export function convertLegacyTextSync(port: SheetsPort, s: FlowSettings): ParsedWorkbook {
  const grid = port.readGridSync();
  const writes = legacyTextWrites(parseGrid(grid, s), grid);
  if (writes.length) port.writeCellsSync(writes);
  return validateSync(port, s);
}

/** Report rows pre-filled from the unit's plan: task code, group and name, written as one block. */
export function prefillFromPlanSync(
  port: SheetsPort,
  s: FlowSettings,
  planGrid: WorkbookGrid,
  planFile = 'kế hoạch',
): EntryState {
  const plan = parseWorkbook(planGrid, { registry: s.registry, calendar: s.calendar });
  return edit(port, s, (parsed, grid) => planPrefillWrites(parsed, grid, plan, planFile).writes);
}

/** Findings as plain objects for the sidebar. */
export function plainFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => ({
    ...f,
    value: f.value === null || typeof f.value === 'number' ? f.value : String(f.value),
  }));
}
