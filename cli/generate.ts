import type { Calendar, Registry, ReportKind, TemplateSpec } from '../shared';
import {
  ERROR_MESSAGES,
  REPORT_KINDS,
  UsageError,
  buildTemplate,
  findUnit,
  periodOf,
  templateForKind,
} from '../shared';
import { modelToXlsxBytes } from './xlsx/write-workbook';

export const GENERATOR = 'ttdn-cli 0.1.0';

export function checkKind(kind: string | undefined): ReportKind {
  if (!kind || !(REPORT_KINDS as readonly string[]).includes(kind))
    throw new UsageError(ERROR_MESSAGES.unknownKind(kind ?? ''));
  return kind as ReportKind;
}

export function checkYear(year: string | undefined): number {
  const y = Number(year);
  if (!year || !/^\d{4}$/.test(year) || y < 2000 || y > 2100)
    throw new UsageError(ERROR_MESSAGES.badYear(year ?? ''));
  return y;
}

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
