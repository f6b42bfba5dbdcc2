import type { ConsolidationResult, Registry } from '../../shared';
import {
  CONSOLIDATION_MESSAGES,
  Consolidator,
  consolidationCounts,
  buildSummaryModel,
  findUnit,
  toExportDocument,
} from '../../shared';
import type { ConsolidateSummary } from '../../addin/ui/host-bridge';
import { GENERATOR } from '../../cli/generate';
import { xlsxBytes, xlsxBytesWith } from '../../shared/xlsx-write';
import { StreamZipEntry, hasNativeDeflate } from './stream-zip-entry';
import type { ConsolidateJob } from '../worker/protocol';

/** The end of a consolidation run (runs in a Web Worker) and what the page shows of its result. */

export interface FileProblem {
  file: string;
  unitName: string | null;
  status: string;
  reason: string;
}

export interface PageSummary extends ConsolidateSummary {
  missingNames: string[];
  lateNames: { name: string; days: number }[];
  problems: FileProblem[];
  notYetDue: boolean;
  checkOk: boolean;
  fileName: string;
}

/**
 * Feeds the parsed files to the core's consolidator in input order (plans first, as the CLI does),
 * then builds the summary workbook and writes it with the core's xlsx writer (shared/xlsx-write).
 */
export async function consolidateParsed(
  job: Omit<ConsolidateJob, 'type' | 'id'>,
): Promise<{ bytes: Uint8Array; summary: PageSummary }> {
  const c = new Consolidator({
    registry: job.registry,
    calendar: job.calendar,
    kind: job.kind,
    year: job.year,
    asOf: job.asOf,
  });
  for (const p of job.plans) c.addParsedPlan(p);
  for (const p of job.reports) c.addParsed(p);
  const result = c.finish();
  const doc = toExportDocument(result, job.registry, GENERATOR);
  const model = buildSummaryModel(result, doc, job.registry, GENERATOR);
  // The browser's own deflate where it has one (compressing in JavaScript was most of the writing).
  const bytes = hasNativeDeflate()
    ? await xlsxBytesWith(model, (path) => new StreamZipEntry(path), 1 << 18)
    : xlsxBytes(model);
  return { bytes, summary: summaryOf(result, job.registry, job.fileName) };
}

function summaryOf(result: ConsolidationResult, registry: Registry, fileName: string): PageSummary {
  const missing = result.completeness.filter((x) => x.status === 'missing');
  const late = result.completeness.filter((x) => x.status === 'late');
  const nameOf = (code: string | null) => (code ? (findUnit(registry, code)?.name ?? code) : null);
  return {
    ...consolidationCounts(result),
    missingNames: missing.map((x) => x.unitName),
    lateNames: late.map((x) => ({ name: x.unitName, days: x.lateDays })),
    problems: result.submissions
      .filter((s) => s.status !== 'accepted')
      .map((s) => ({
        file: s.file,
        unitName: nameOf(s.unit),
        status: CONSOLIDATION_MESSAGES.statusLabels[s.status] ?? s.status,
        reason: s.reason ?? '',
      })),
    notYetDue: result.asOf <= result.period.deadline,
    checkOk: result.check.ok,
    fileName,
  };
}
