/** Consolidations and export documents for the province report tests, generated from the demo data. */
import type { ConsolidationResult, ExportDocument, Registry } from '../../shared';
import {
  Consolidator,
  DEFAULT_CALENDAR,
  REGISTRY_PRESETS,
  modelToGrid,
  toExportDocument,
} from '../../shared';
import { filledModel } from '../../cli/demo/mailbox';
import { samplePlanRows, sampleReport } from '../../cli/demo/sample-data';

export const registry: Registry = REGISTRY_PRESETS['mau-tu-2025'];

/**
 * A 6-month consolidation of the first `units` registry units (12 activities each); the first
 * `withPlans` of them also sent their annual plan, so plan progress and % done exist.
 */
export function consolidation(
  units = 5,
  withPlans = 2,
): { result: ConsolidationResult; doc: ExportDocument } {
  const c = new Consolidator({
    registry,
    calendar: DEFAULT_CALENDAR,
    kind: 'bao-cao-6-thang',
    year: 2026,
    asOf: '2026-06-30',
  });
  const codes = registry.units.slice(0, units).map((u) => u.code);
  codes.slice(0, withPlans).forEach((unitCode) =>
    c.addPlan(
      { file: `KH-${unitCode}.xlsx`, sha256: 'a'.repeat(64), received: '2026-01-12' },
      modelToGrid(
        filledModel({
          registry,
          calendar: DEFAULT_CALENDAR,
          kind: 'ke-hoach-nam',
          year: 2026,
          unitCode,
          rows: samplePlanRows(unitCode, 2026, 10),
          reportDate: '2026-01-10',
        }),
      ),
    ),
  );
  codes.forEach((unitCode, i) =>
    c.addFile(
      { file: `BC-${unitCode}.xlsx`, sha256: 'b'.repeat(64), received: '2026-06-10' },
      modelToGrid(
        filledModel({
          registry,
          calendar: DEFAULT_CALENDAR,
          kind: 'bao-cao-6-thang',
          year: 2026,
          unitCode,
          ...sampleReport(unitCode, 'bao-cao-6-thang', 2026, 12, i < withPlans ? 7 : 0),
          reportDate: '2026-06-10',
        }),
      ),
    ),
  );
  const result = c.finish();
  return { result, doc: toExportDocument(result, registry, 'test') };
}

/** `n` distinct units, each with a long "hạn chế" text, as the consolidator would hand them over. */
export function manyNarratives(n: number, length: number): ExportDocument['narratives'] {
  return Array.from({ length: n }, (_, i) => ({
    unit: `DV_${i}`,
    unitName: `Đơn vị số ${i + 1}`,
    limits:
      `Hạn chế, khó khăn: đơn vị ${i + 1} ${'thiếu nhân lực chuyên trách, '.repeat(Math.ceil(length / 30))}`.slice(
        0,
        length,
      ),
    proposals: `Đề nghị bổ sung kinh phí cho đơn vị ${i + 1}.`,
  }));
}
