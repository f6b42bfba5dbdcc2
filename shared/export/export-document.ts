import type { Registry } from '../domain/types';
import type { CompletenessEntry, ConsolidationResult } from '../consolidate/types';
import { indicatorSection, tableSection, templateForKind } from '../templates/catalog';

/**
 * The ministry export as one documented, versioned JSON document (SPEC §7). Its JSON Schema is
 * `shared/export/ttdn-export.schema.json`; the summary workbook stores this document in a hidden
 * sheet so that `ttdn export` needs nothing else.
 */
export const EXPORT_SCHEMA_ID = 'ttdn-export/1';

export interface ExportDocument {
  schema: typeof EXPORT_SCHEMA_ID;
  generator: string;
  province: string;
  consolidator: string;
  ministry: string;
  kind: string;
  year: number;
  period: { label: string; from: string; to: string; deadline: string };
  asOf: string;
  indicators: {
    code: string;
    name: string;
    unit: string;
    total: number;
    values: { unit: string; value: number; file: string; cell: string }[];
  }[];
  columns: { key: string; header: string }[];
  activities: {
    unit: string;
    unitName: string;
    file: string;
    cell: string;
    values: Record<string, string | number | null>;
  }[];
  completeness: {
    unit: string;
    unitName: string;
    status: 'on-time' | 'late' | 'missing';
    lateDays: number;
    file: string | null;
    received: string | null;
    reportDate: string | null;
    errors: number;
    warnings: number;
    version: number;
    /** accepted / rejected / superseded / unreadable / empty / missing (issue 9). */
    state: CompletenessEntry['state'];
    reason: string | null;
  }[];
  submissions: {
    file: string;
    unit: string | null;
    status: string;
    errors: number;
    warnings: number;
    reason: string | null;
  }[];
  lineage: {
    file: string;
    sha256: string;
    template: string | null;
    version: string | null;
    unit: string | null;
    status: string;
    importedAt: string;
  }[];
  planProgress: ConsolidationResult['planProgress'];
  narratives: ConsolidationResult['narratives'];
  /**
   * The plans' narratives (kind `ke-hoach-nam`). Added within ttdn-export/1 as an optional property:
   * documents written before it lack it and still validate; readers take it as empty.
   */
  planNarratives?: ConsolidationResult['planNarratives'];
  totalsCheck: ConsolidationResult['check'];
}

/** An activity's values in column order (a loop: this runs for every activity of every unit). */
function columnValues(
  columns: readonly { key: string }[],
  values: Readonly<Record<string, unknown>>,
): ExportDocument['activities'][number]['values'] {
  const out: ExportDocument['activities'][number]['values'] = {};
  for (const c of columns) out[c.key] = (values[c.key] ?? null) as (typeof out)[string];
  return out;
}

export function toExportDocument(
  r: ConsolidationResult,
  registry: Registry,
  generator: string,
): ExportDocument {
  const spec = templateForKind(r.kind);
  const table = tableSection(spec);
  const columns = (table?.columns ?? [])
    .filter((c) => c.type !== 'seq')
    .map((c) => ({ key: c.key, header: c.header }));
  return {
    schema: EXPORT_SCHEMA_ID,
    generator,
    province: registry.province,
    consolidator: registry.consolidator.name,
    ministry: registry.ministry.name,
    kind: r.kind,
    year: r.year,
    period: { label: r.period.label, from: r.period.from, to: r.period.to, deadline: r.period.deadline },
    asOf: r.asOf,
    indicators: (indicatorSection(spec)?.indicators ?? []).map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      total: r.totals[i.code] ?? 0,
      values: Object.entries(r.indicators[i.code] ?? {}).map(([unit, v]) => ({
        unit,
        value: v.value,
        file: v.file,
        cell: `${v.sheet}!${v.cell}`,
      })),
    })),
    columns,
    activities: r.activities.map((a) => ({
      unit: a.unit,
      unitName: a.unitName,
      file: a.file,
      cell: `${a.sheet}!${a.row.cells[columns[0]?.key ?? ''] ?? ''}`,
      values: columnValues(columns, a.row.values),
    })),
    completeness: r.completeness.map((c) => ({
      unit: c.unit,
      unitName: c.unitName,
      status: c.status,
      lateDays: c.lateDays,
      file: c.file,
      received: c.received,
      reportDate: c.reportDate,
      errors: c.errors,
      warnings: c.warnings,
      version: c.version,
      state: c.state,
      reason: c.reason,
    })),
    submissions: r.submissions.map((s) => ({
      file: s.file,
      unit: s.unit,
      status: s.status,
      errors: s.errors,
      warnings: s.warnings,
      reason: s.reason,
    })),
    lineage: r.submissions.map((s) => ({
      file: s.file,
      sha256: s.sha256,
      template: s.template?.id ?? null,
      version: s.template?.version ?? null,
      unit: s.unit,
      status: s.status,
      importedAt: s.importedAt,
    })),
    planProgress: r.planProgress,
    narratives: r.narratives.map((n) => ({ ...n })),
    planNarratives: r.planNarratives.map((n) => ({ ...n })),
    totalsCheck: r.check,
  };
}
