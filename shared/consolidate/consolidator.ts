import type { Calendar } from '../calendar/calendar';
import { periodOf, timeliness } from '../calendar/calendar';
import type { Period, PlainDate, Registry, ReportKind } from '../domain/types';
import type { WorkbookGrid } from '../grid/workbook-grid';
import { CONSOLIDATION_MESSAGES, EMPTY_FORM_REASON } from '../messages/vi';
import type { ParsedWorkbook } from '../parse/parse-workbook';
import type { Submission } from '../parse/submission';
import { isEmptySubmission } from '../parse/submission';
import { findUnit } from '../presets/registry-presets';
import { unitFromFileName } from './unit-from-file-name';
import { foldKey } from '../text/normalize';
import { BUILT_IN_TEMPLATES, findTemplate, indicatorSection, templateForKind } from '../templates/catalog';
import type { TemplateSpec } from '../templates/spec-types';
import { applyPlanLinkRules } from '../validate/cross-rules';
import { countBySeverity } from '../validate/finding';
import type { ParsedFile } from './parsed-file';
import { parseReceivedFile } from './parsed-file';
import type {
  ConsolidatedActivity,
  ConsolidationResult,
  PlanProgress,
  ReceivedFile,
  SubmissionRecord,
} from './types';

export interface ConsolidateOptions {
  registry: Registry;
  calendar: Calendar;
  kind: ReportKind;
  year: number;
  asOf: PlainDate;
  /** File names whose blocking errors the user chose to accept. */
  includeRejected?: readonly string[];
  /** Timestamp recorded in lineage; defaults to the as-of date so reruns are identical. */
  importedAt?: string;
  templates?: readonly TemplateSpec[];
}

interface Entry {
  record: SubmissionRecord;
  submission?: Submission;
  findings: ParsedWorkbook['findings'];
  order: number;
}

interface PlanTasks {
  file: string;
  received: PlainDate | null;
  codes: Set<string>;
}

/**
 * Consolidation (SPEC §6), fed one file at a time so memory holds parsed values, never workbooks.
 * Call `addParsedPlan` for plans first (their task codes feed the report checks), then `addParsed`
 * for each submission, then `finish`. Files may be parsed elsewhere (`parseReceivedFile`, plain
 * JSON in and out); `addPlan`/`addFile` parse in this thread. No input can make it throw: bad files
 * become records.
 */
export class Consolidator {
  private readonly entries: Entry[] = [];
  private readonly plans = new Map<string, PlanTasks>();
  private readonly period: Period;
  private readonly importedAt: string;

  constructor(private readonly opts: ConsolidateOptions) {
    this.period = periodOf(opts.calendar, opts.kind, opts.year);
    this.importedAt = opts.importedAt ?? `${opts.asOf}T00:00:00.000Z`;
  }

  /** Convenience for hosts that parse in the same thread: parse, then `addParsedPlan`. */
  addPlan(file: ReceivedFile, grid: WorkbookGrid | Error): void {
    this.addParsedPlan(parseReceivedFile(file, grid, this.opts));
  }

  /** Convenience for hosts that parse in the same thread: parse, then `addParsed`. */
  addFile(file: ReceivedFile, grid: WorkbookGrid | Error): void {
    this.addParsed(parseReceivedFile(file, grid, this.opts));
  }

  /** A plan of this year (its task codes feed the reports' plan link checks and plan vs result). */
  addParsedPlan(p: ParsedFile): void {
    if (p.outcome !== 'parsed') return;
    const s = p.submission;
    if (s.kind !== 'ke-hoach-nam' || s.year !== this.opts.year) return;
    const prev = this.plans.get(s.unit);
    if (prev && (prev.received ?? '') > (p.file.received ?? '')) return;
    const codes = new Set<string>();
    for (const r of s.rows)
      if (typeof r.values.maNhiemVu === 'string') codes.add(r.values.maNhiemVu.toUpperCase());
    this.plans.set(s.unit, { file: p.file.file, received: p.file.received, codes });
  }

  /**
   * One submitted file, parsed anywhere (see `ParsedFile`). Plans must all be added first: the
   * plan link findings are computed here from the unit's plan.
   */
  addParsed(p: ParsedFile): void {
    const order = this.entries.length;
    const base: SubmissionRecord = {
      ...p.file,
      unit: null,
      kind: null,
      template: null,
      reportDate: null,
      status: 'unreadable',
      errors: 0,
      warnings: 0,
      reason: null,
      version: 0,
      importedAt: this.importedAt,
    };
    if (p.outcome === 'unreadable') {
      // The file name often names the unit; then the unit shows "unreadable", not "missing".
      const unit = unitFromFileName(this.opts.registry, p.file.file) ?? null;
      this.entries.push({ record: { ...base, unit, reason: p.reason }, findings: [], order });
      return;
    }
    const s = p.submission;
    const findings = [...p.findings];
    const planCodes = this.plans.get(s.unit.toUpperCase())?.codes ?? this.plans.get(s.unit)?.codes;
    const spec = findTemplate(s.template.id, s.template.version, this.opts.templates ?? BUILT_IN_TEMPLATES);
    if (planCodes && spec) findings.push(...applyPlanLinkRules(spec, s, planCodes));
    const { errors, warnings } = countBySeverity(findings);
    const record: SubmissionRecord = {
      ...base,
      unit: s.unit,
      kind: s.kind,
      template: s.template,
      reportDate: s.reportDate,
      errors,
      warnings,
      status: 'accepted',
    };
    const file = p.file;
    if (isEmptySubmission(s)) {
      record.status = 'empty';
      record.reason = EMPTY_FORM_REASON;
    } else if (s.kind !== this.opts.kind || s.year !== this.opts.year) {
      record.status = 'rejected';
      record.reason = CONSOLIDATION_MESSAGES.wrongPeriod(s.kind, s.year, this.opts.kind, this.opts.year);
    } else if (errors > 0) {
      if (this.opts.includeRejected?.includes(file.file))
        record.reason = CONSOLIDATION_MESSAGES.includedDespiteErrors(errors);
      else {
        record.status = 'rejected';
        record.reason = CONSOLIDATION_MESSAGES.blockingErrors(
          errors,
          findings.find((f) => f.severity === 'error')?.message ?? '',
        );
      }
    }
    this.entries.push({ record, submission: s, findings, order });
  }

  finish(): ConsolidationResult {
    const { registry } = this.opts;
    const entries = [...this.entries].sort((a, b) => cmp(a.record.file, b.record.file) || a.order - b.order);
    // Versions and supersession per unit: later received (then later report date, then name) wins.
    const byUnit = new Map<string, Entry[]>();
    for (const e of entries) {
      const unreadable = e.record.status === 'unreadable';
      if (
        !e.record.unit ||
        (!unreadable && (e.record.kind !== this.opts.kind || e.submission?.year !== this.opts.year))
      )
        continue;
      const list = byUnit.get(e.record.unit) ?? [];
      list.push(e);
      byUnit.set(e.record.unit, list);
    }
    const chosen = new Map<string, Entry>();
    const firstReceived = new Map<string, PlainDate | null>();
    for (const [unit, list] of byUnit) {
      list.sort(
        (a, b) =>
          cmp(a.record.received ?? '', b.record.received ?? '') ||
          cmp(a.record.reportDate ?? '', b.record.reportDate ?? '') ||
          cmp(a.record.file, b.record.file),
      );
      list.forEach((e, i) => (e.record.version = i + 1));
      const accepted = list.filter((e) => e.record.status === 'accepted');
      // Lateness counts from the first file that was accepted (or the first file at all).
      firstReceived.set(unit, (accepted[0] ?? list[0]).record.received);
      const winner = accepted[accepted.length - 1];
      for (const e of accepted) {
        if (e === winner) continue;
        e.record.status = 'superseded';
        e.record.reason = CONSOLIDATION_MESSAGES.supersededBy(winner.record.file);
      }
      chosen.set(unit, winner ?? list[list.length - 1]);
    }

    const spec = templateForKind(this.opts.kind, this.opts.templates ?? BUILT_IN_TEMPLATES);
    const names = new Map(registry.units.map((u) => [u.code, u.name]));
    const unitName = (code: string) => names.get(code) ?? findUnit(registry, code)?.name ?? code;
    const indicators: ConsolidationResult['indicators'] = {};
    const totals: Record<string, number> = {};
    const codes = indicatorSection(spec)?.indicators.map((i) => i.code) ?? [];
    for (const c of codes) {
      indicators[c] = {};
      totals[c] = 0;
    }
    const activities: ConsolidatedActivity[] = [];
    const narratives: ConsolidationResult['narratives'] = [];
    const planNarratives: ConsolidationResult['planNarratives'] = [];
    const accepted = entries.filter((e) => e.record.status === 'accepted' && e.submission);
    const unitOrder = new Map(registry.units.map((u, i) => [u.code, i]));
    accepted.sort(
      (a, b) =>
        (unitOrder.get(a.record.unit!) ?? 1e9) - (unitOrder.get(b.record.unit!) ?? 1e9) ||
        cmp(a.record.file, b.record.file),
    );
    for (const e of accepted) {
      const s = e.submission!;
      for (const c of codes) {
        const v = s.indicators[c];
        if (v === null || v === undefined) continue;
        indicators[c][s.unit] = { value: v, file: e.record.file, sheet: s.sheet, cell: s.indicatorCells[c] };
        totals[c] = round3(totals[c] + v);
      }
      for (const row of s.rows)
        activities.push({
          unit: s.unit,
          unitName: unitName(s.unit),
          file: e.record.file,
          sheet: s.sheet,
          row,
        });
      if (s.kind !== 'ke-hoach-nam')
        narratives.push({
          unit: s.unit,
          unitName: unitName(s.unit),
          limits: limitsPart(s.narratives.danhGia ?? ''),
          proposals: s.narratives.kienNghi ?? '',
        });
      else
        planNarratives.push({
          unit: s.unit,
          unitName: unitName(s.unit),
          purpose: s.narratives.mucDich ?? '',
          implementation: s.narratives.toChuc ?? '',
        });
    }
    // Group by activity group in list order. Activities arrive already in unit order then row
    // order, so bucketing keeps that order within each group (linear, no comparison sort).
    const groups = spec.lists.nhomNhiemVu ?? [];
    const groupOf = new Map(groups.map((g, i) => [g, i]));
    const buckets: ConsolidatedActivity[][] = Array.from({ length: groups.length + 1 }, () => []);
    for (const a of activities) {
      const g = a.row.values.nhomNhiemVu;
      buckets[(typeof g === 'string' ? groupOf.get(g) : undefined) ?? groups.length].push(a);
    }
    activities.length = 0;
    for (const b of buckets) for (const a of b) activities.push(a);

    const completeness = registry.units
      .filter((u) => u.active || chosen.has(u.code))
      .map((u) => {
        const e = chosen.get(u.code);
        if (e && e.record.status !== 'accepted' && e.record.status !== 'rejected')
          // Nothing usable came (a blank template, an unreadable file): chased as missing, with why.
          return {
            unit: u.code,
            unitName: u.name,
            submitted: false,
            file: e.record.file,
            received: e.record.received,
            reportDate: e.record.reportDate,
            status: 'missing' as const,
            lateDays: 0,
            errors: e.record.errors,
            warnings: e.record.warnings,
            version: e.record.version,
            state: e.record.status,
            reason: e.record.reason,
          };
        if (!e)
          return {
            unit: u.code,
            unitName: u.name,
            submitted: false,
            file: null,
            received: null,
            reportDate: null,
            status: 'missing' as const,
            lateDays: 0,
            errors: 0,
            warnings: 0,
            version: 0,
            state: 'missing' as const,
            reason: null,
          };
        const t = timeliness(
          this.period.deadline,
          firstReceived.get(u.code) ?? e.record.received,
          this.opts.asOf,
        );
        return {
          unit: u.code,
          unitName: u.name,
          submitted: e.record.status === 'accepted',
          file: e.record.file,
          received: e.record.received,
          reportDate: e.record.reportDate,
          status:
            t.status === 'late'
              ? ('late' as const)
              : t.status === 'on-time'
                ? ('on-time' as const)
                : ('missing' as const),
          lateDays: t.status === 'late' ? t.days : 0,
          ...(t.afterAsOf ? { afterAsOf: true as const } : {}),
          errors: e.record.errors,
          warnings: e.record.warnings,
          version: e.record.version,
          // A rejected file was received on time or late, but it is not a submission.
          state: e.record.status,
          reason: e.record.reason,
        };
      });

    const findings = entries.flatMap((e) =>
      e.findings.map((f) => ({ ...f, file: e.record.file, unit: e.record.unit })),
    );
    const planProgress = this.planProgress(accepted, unitName);
    const check = totalsCheck(accepted, codes, totals, activities.length);
    return {
      kind: this.opts.kind,
      year: this.opts.year,
      period: this.period,
      asOf: this.opts.asOf,
      province: registry.province,
      submissions: entries.map((e) => e.record),
      findings,
      completeness,
      indicators,
      totals,
      activities,
      planProgress,
      narratives,
      planNarratives,
      check,
    };
  }

  private planProgress(accepted: Entry[], unitName: (c: string) => string): PlanProgress[] {
    if (this.opts.kind === 'ke-hoach-nam') return [];
    const out: PlanProgress[] = [];
    const reports = new Map(accepted.map((e) => [e.record.unit!, e.submission!]));
    const units = [...this.plans.keys()].sort((a, b) => cmp(a, b));
    for (const unit of units) {
      const plan = this.plans.get(unit)!;
      const p: PlanProgress = {
        unit,
        unitName: unitName(unit),
        planned: plan.codes.size,
        done: 0,
        inProgress: 0,
        notDone: 0,
        unplanned: 0,
        notReported: 0,
        percentDone: null,
      };
      const seen = new Set<string>();
      for (const r of reports.get(unit)?.rows ?? []) {
        const code = typeof r.values.maNhiemVu === 'string' ? r.values.maNhiemVu.toUpperCase() : '';
        const status = foldKey(String(r.values.tinhTrang ?? ''));
        if (!code || !plan.codes.has(code) || status === foldKey('Phát sinh ngoài kế hoạch')) {
          p.unplanned++;
          continue;
        }
        if (seen.has(code)) continue;
        seen.add(code);
        if (status === foldKey('Hoàn thành')) p.done++;
        else if (status === foldKey('Đang thực hiện')) p.inProgress++;
        else p.notDone++;
      }
      p.notReported = plan.codes.size - seen.size;
      p.percentDone = plan.codes.size ? Math.round((p.done / plan.codes.size) * 1000) / 10 : null;
      out.push(p);
    }
    return out;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The "hạn chế, khó khăn" part of the assessment when the unit marked it, else the whole text. */
function limitsPart(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
  const start = folded.indexOf('han che');
  if (start < 0) return text;
  const end = folded.indexOf('nguyen nhan', start);
  return text.slice(start, end < 0 ? undefined : end).trim();
}

/** Recomputes every total from the accepted submissions by a separate path and compares. */
function totalsCheck(
  accepted: Entry[],
  codes: string[],
  totals: Record<string, number>,
  activityCount: number,
): ConsolidationResult['check'] {
  const mismatches: string[] = [];
  for (const c of codes) {
    const cents = accepted.reduce((sum, e) => sum + Math.round((e.submission!.indicators[c] ?? 0) * 1000), 0);
    if (cents !== Math.round(totals[c] * 1000)) mismatches.push(`${c}: ${cents / 1000} ≠ ${totals[c]}`);
  }
  const rows = accepted.reduce((n, e) => n + e.submission!.rows.length, 0);
  if (rows !== activityCount) mismatches.push(`hoạt động: ${rows} ≠ ${activityCount}`);
  return { ok: mismatches.length === 0, mismatches };
}
