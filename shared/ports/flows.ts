import type { Calendar } from '../calendar/calendar';
import { periodOf } from '../calendar/calendar';
import { UsageError } from '../domain/errors';
import type { Registry, ReportKind } from '../domain/types';
import { buildTemplate } from '../layout/build-template';
import { ERROR_MESSAGES } from '../messages/vi';
import type { ParsedWorkbook } from '../parse/parse-workbook';
import { findUnit } from '../presets/registry-presets';
import { templateForKind } from '../templates/catalog';
import type { CellMark, SheetPort } from './sheet-port';
import type { TemplateLayout } from '../layout/build-template';
import { parseOpenForm } from '../entry/entry-ops';

/** The entry flows, written once and driven by every host through a SheetPort (SPEC §2, §4). */

export interface FlowSettings {
  registry: Registry;
  calendar: Calendar;
  generator: string;
}

export interface GenerateRequest {
  kind: ReportKind;
  unitCode: string;
  year: number;
  now?: Date;
  prefill?: Record<string, string | number | null>[];
}

/** The layout of a new form for a unit; synchronous, for hosts that cannot await (Apps Script). */
export function prepareTemplate(s: FlowSettings, req: GenerateRequest): TemplateLayout {
  const unit = findUnit(s.registry, req.unitCode);
  if (!unit) throw new UsageError(ERROR_MESSAGES.unknownUnit(req.unitCode));
  return buildTemplate({
    spec: templateForKind(req.kind),
    kind: req.kind,
    unit,
    registry: s.registry,
    period: periodOf(s.calendar, req.kind, req.year),
    generatedAt: (req.now ?? new Date()).toISOString(),
    generator: s.generator,
    prefill: req.prefill,
  });
}

export async function generateFlow(
  port: SheetPort,
  s: FlowSettings,
  req: GenerateRequest,
): Promise<Record<string, string>> {
  const layout = prepareTemplate(s, req);
  await port.applyModel(layout.model);
  return layout.names;
}

/** Findings as the cells a host marks (one batch). */
export function marksOf(parsed: ParsedWorkbook): CellMark[] {
  // Info findings (an extra column ignored) tell what was adapted; nothing there needs fixing.
  return parsed.findings
    .filter((f) => f.cell && f.severity !== 'info')
    .map((f) => ({ sheet: f.sheet, cell: f.cell }));
}

/** Reads the open form, validates it, and marks every cell with an error or warning. */
export async function validateFlow(
  port: SheetPort,
  s: FlowSettings,
  planCodes?: ReadonlySet<string>,
): Promise<ParsedWorkbook> {
  const parsed = parseOpenForm(await port.readGrid(), {
    registry: s.registry,
    calendar: s.calendar,
    planCodes,
  });
  await port.setMarks(marksOf(parsed));
  return parsed;
}
