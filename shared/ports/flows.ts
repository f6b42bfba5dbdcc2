import type { Calendar } from '../calendar/calendar';
import { periodOf } from '../calendar/calendar';
import { UsageError } from '../domain/errors';
import type { Registry, ReportKind } from '../domain/types';
import { cellRef, parseRange } from '../grid/a1';
import { buildTemplate } from '../layout/build-template';
import { ERROR_MESSAGES } from '../messages/vi';
import type { ParsedWorkbook } from '../parse/parse-workbook';
import { parseWorkbook } from '../parse/parse-workbook';
import { findUnit } from '../presets/registry-presets';
import { templateForKind } from '../templates/catalog';
import type { TableSection } from '../templates/spec-types';
import type { CellWrite, SheetPort } from './sheet-port';

/** The entry flows, written once and driven by every host through a SheetPort (SPEC §2, §4). */

export interface FlowSettings {
  registry: Registry;
  calendar: Calendar;
  generator: string;
}

export async function generateFlow(
  port: SheetPort,
  s: FlowSettings,
  req: {
    kind: ReportKind;
    unitCode: string;
    year: number;
    now?: Date;
    prefill?: Record<string, string | number | null>[];
  },
): Promise<Record<string, string>> {
  const unit = findUnit(s.registry, req.unitCode);
  if (!unit) throw new UsageError(ERROR_MESSAGES.unknownUnit(req.unitCode));
  const layout = buildTemplate({
    spec: templateForKind(req.kind),
    kind: req.kind,
    unit,
    registry: s.registry,
    period: periodOf(s.calendar, req.kind, req.year),
    generatedAt: (req.now ?? new Date()).toISOString(),
    generator: s.generator,
    prefill: req.prefill,
  });
  await port.applyModel(layout.model);
  return layout.names;
}

/** Reads the open form, validates it, and marks every cell with an error or warning. */
export async function validateFlow(
  port: SheetPort,
  s: FlowSettings,
  planCodes?: ReadonlySet<string>,
): Promise<ParsedWorkbook> {
  const grid = await port.readGrid();
  const parsed = parseWorkbook(grid, { registry: s.registry, calendar: s.calendar, planCodes });
  await port.setMarks(parsed.findings.filter((f) => f.cell).map((f) => ({ sheet: f.sheet, cell: f.cell })));
  return parsed;
}

/**
 * Writes one table row (new or existing) from a form. `sheetRow` null appends after the last
 * used row of the table body. Returns the sheet row written.
 */
export function rowWrite(
  parsed: ParsedWorkbook,
  tableName: string,
  bodyRange: string,
  values: Record<string, string | number | null>,
  sheetRow: number | null,
): CellWrite {
  const table = parsed.spec.sections.find(
    (x): x is TableSection => x.type === 'table' && x.name === tableName,
  );
  const box = parseRange(bodyRange);
  if (!table || !box) throw new UsageError(ERROR_MESSAGES.missingName(tableName));
  const used = parsed.submission.rows.map((r) => r.sheetRow);
  const row = sheetRow ?? (used.length ? Math.max(...used) + 1 : box.top);
  const cells = table.columns.map((c) => (c.type === 'seq' ? row - box.top + 1 : (values[c.key] ?? null)));
  return { sheet: parsed.submission.sheet, cell: cellRef(row, box.left), values: [cells] };
}
