import type { ReportKind } from '../domain/types';
import type { Consolidator } from './consolidator';
import type { ParsedFile } from './parsed-file';
import type { ConsolidationResult } from './types';

/**
 * What every host does with the files a user picked together, written once: plans among reports
 * feed the plan/result comparison (SPEC §6.5), and the outcome is counted the same way everywhere.
 */

/** A parsed plan picked together with the reports of a report consolidation. */
export function isPlanAmongReports(kind: ReportKind, p: ParsedFile): boolean {
  return kind !== 'ke-hoach-nam' && p.outcome === 'parsed' && p.submission.kind === 'ke-hoach-nam';
}

/** Feeds files picked together: plans first (their task codes feed the reports' checks), then the rest. */
export function addPickedFiles(c: Consolidator, kind: ReportKind, parsed: readonly ParsedFile[]): void {
  for (const p of parsed) if (isPlanAmongReports(kind, p)) c.addParsedPlan(p);
  for (const p of parsed) if (!isPlanAmongReports(kind, p)) c.addParsed(p);
}

/** The outcome a host shows after a run: files per status, who is missing or late, the totals. */
export interface ConsolidationCounts {
  accepted: number;
  rejected: number;
  unreadable: number;
  /** Untouched templates ("mẫu trống"): received, but not counted as submitted. */
  empty: number;
  superseded: number;
  missing: string[];
  late: { unit: string; days: number }[];
  totals: Record<string, number>;
}

export function consolidationCounts(result: ConsolidationResult): ConsolidationCounts {
  const count = (status: string) => result.submissions.filter((x) => x.status === status).length;
  return {
    accepted: count('accepted'),
    rejected: count('rejected'),
    unreadable: count('unreadable'),
    empty: count('empty'),
    superseded: count('superseded'),
    missing: result.completeness.filter((x) => x.status === 'missing').map((x) => x.unit),
    late: result.completeness
      .filter((x) => x.status === 'late')
      .map((x) => ({ unit: x.unit, days: x.lateDays })),
    totals: { ...result.totals },
  };
}
