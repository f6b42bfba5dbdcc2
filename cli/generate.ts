import type { Calendar, Registry, ReportKind, TemplateSpec } from '../shared';
import { GENERATOR } from './usage';
import { ERROR_MESSAGES, UsageError, buildTemplate, findUnit, periodOf, templateForKind } from '../shared';
import { modelToXlsxBytes } from './xlsx/write-workbook';

export { GENERATOR, checkKind, checkYear } from './usage';

export interface GenerateOptions {
  registry: Registry;
  calendar: Calendar;
  kind: ReportKind;
  unitCode: string;
  year: number;
  now?: Date;
  reportDate?: string;
  prefill?: Record<string, string | number | null>[];
  templates?: readonly TemplateSpec[];
}

/** The whole "generate a form" flow for files: core layout, then ExcelJS. */
export async function generateXlsx(o: GenerateOptions): Promise<Uint8Array> {
  const unit = findUnit(o.registry, o.unitCode);
  if (!unit) throw new UsageError(ERROR_MESSAGES.unknownUnit(o.unitCode));
  const spec = templateForKind(o.kind, o.templates);
  const layout = buildTemplate({
    spec,
    kind: o.kind,
    unit,
    registry: o.registry,
    period: periodOf(o.calendar, o.kind, o.year),
    generatedAt: (o.now ?? new Date()).toISOString(),
    generator: GENERATOR,
    reportDate: o.reportDate,
    prefill: o.prefill,
  });
  return modelToXlsxBytes(layout.model);
}
