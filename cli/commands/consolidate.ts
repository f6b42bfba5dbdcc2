import { basename } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import type { Calendar, ConsolidationResult, ExportDocument, Registry, ReportKind } from '../../shared';
import { Consolidator, buildSummaryModel, formatDmy, toExportDocument } from '../../shared';
import { GENERATOR } from '../usage';
import type { SkippedPath } from '../files';
import { expandInputs, loadReceivedDates } from '../files';
import type { ParseJob } from '../parallel/parse-job';
import { parseInOrder } from '../parallel/parse-pool';
import { prepareSummaryWriter, writeModelToFile } from '../xlsx/write-file';

export interface ConsolidateArgs {
  registry: Registry;
  calendar: Calendar;
  kind: ReportKind;
  year: number;
  asOf: string;
  plans?: string;
  received?: string;
  includeRejected?: string[];
  output: string;
  inputs: string[];
  json: boolean;
  progress?: boolean;
  /** Parsing threads (default: see parse-pool); 0 parses in this thread. */
  workers?: number;
}

export interface ConsolidateJson {
  summary: string;
  /** The same records as the export document's `submissions` (SPEC §8.3 shape). */
  submissions: ExportDocument['submissions'];
  missing: string[];
  late: { unit: string; days: number }[];
  /** Received after --as-of (usually a later copy dated by its modification time): not counted late. */
  afterAsOf: { unit: string; received: string | null }[];
  /** Paths found in input folders but not read, with the reason. */
  skipped: SkippedPath[];
  totals: Record<string, number>;
}

/** The consolidating department's run: parse files in worker threads, consolidate in input order, write the summary atomically. */
export async function consolidateCommand(
  a: ConsolidateArgs,
  out: (s: string) => void,
): Promise<{ code: number; result: ConsolidationResult; doc: ExportDocument }> {
  const received = a.received ? loadReceivedDates(a.received) : new Map<string, string>();
  const skipped: SkippedPath[] = [];
  const files = await expandInputs(a.inputs, [a.output], skipped);
  const plans = a.plans ? await expandInputs([a.plans], [a.output], skipped) : [];
  const c = new Consolidator({
    registry: a.registry,
    calendar: a.calendar,
    kind: a.kind,
    year: a.year,
    asOf: a.asOf,
    includeRejected: a.includeRejected,
  });
  const showBar = (a.progress ?? process.stderr.isTTY) && !a.json && files.length + plans.length > 5;
  const bar = showBar
    ? new SingleBar(
        { format: 'Đang đọc [{bar}] {value}/{total} tệp  {file}', stream: process.stderr, hideCursor: true },
        Presets.shades_classic,
      )
    : null;
  bar?.start(files.length + plans.length, 0, { file: '' });
  const tick = (file: string) => bar?.increment(1, { file });
  // Plans first (their task codes feed the report checks); parsed in parallel, added in input order.
  // A file's received date: the list's, else its modification date (read by the thread parsing it).
  const jobs: ParseJob[] = [...plans, ...files].map((path) => ({
    path,
    name: basename(path),
    received: received.get(basename(path)),
  }));
  await parseInOrder(
    jobs,
    { registry: a.registry, calendar: a.calendar },
    (p, i) => {
      if (i < plans.length) c.addParsedPlan(p);
      else c.addParsed(p);
      tick(p.file.file);
    },
    { workers: a.workers },
  );
  bar?.stop();
  prepareSummaryWriter();
  const result = c.finish();
  const doc = toExportDocument(result, a.registry, GENERATOR);
  const model = buildSummaryModel(result, doc, a.registry, GENERATOR);
  await writeModelToFile(model, a.output);

  const missing = result.completeness.filter((x) => x.status === 'missing').map((x) => x.unit);
  const late = result.completeness
    .filter((x) => x.status === 'late' && !x.afterAsOf)
    .map((x) => ({ unit: x.unit, days: x.lateDays }));
  const afterAsOf = result.completeness
    .filter((x) => x.afterAsOf)
    .map((x) => ({ unit: x.unit, received: x.received }));
  if (a.json) {
    const j: ConsolidateJson = {
      summary: a.output,
      submissions: doc.submissions,
      missing,
      late,
      afterAsOf,
      skipped,
      totals: result.totals,
    };
    out(JSON.stringify(j, null, 2));
  } else {
    const count = (st: string) => result.submissions.filter((s) => s.status === st).length;
    out(
      `Tổng hợp ${a.kind} ${a.year} (tính đến ${formatDmy(a.asOf)}): ${files.length} tệp — ${count('accepted')} tiếp nhận, ${count('rejected')} bị loại, ${count('superseded')} đã thay thế, ${count('unreadable')} không đọc được, ${count('empty')} mẫu trống (chưa điền, không tính là đã nộp).`,
    );
    const due = a.asOf > result.period.deadline ? '' : ' — chưa đến hạn';
    out(`Chưa nộp (${missing.length}${due}): ${missing.join(', ') || '—'}`);
    out(`Nộp muộn (${late.length}): ${late.map((l) => `${l.unit} (${l.days} ngày)`).join(', ') || '—'}`);
    if (afterAsOf.length)
      out(
        `Nhận sau ngày tính ${formatDmy(a.asOf)} (${afterAsOf.length}, không tính là muộn; ghi ngày nhận thật bằng --received): ${afterAsOf.map((x) => `${x.unit} (${x.received ? formatDmy(x.received) : '?'})`).join(', ')}`,
      );
    for (const s of skipped) out(`  – bỏ qua ${s.path}: ${s.reason}`);
    for (const s of result.submissions.filter((x) => ['rejected', 'unreadable', 'empty'].includes(x.status)))
      out(`  ✗ ${s.file}: ${s.reason}`);
    out(
      result.check.ok
        ? '✓ Kiểm tra tổng: mọi số liệu được tiếp nhận đều có trong bảng tổng hợp.'
        : `✗ Kiểm tra tổng lệch: ${result.check.mismatches.join('; ')}`,
    );
    out(`Đã ghi bảng tổng hợp: ${a.output}`);
  }
  return { code: result.check.ok ? 0 : 2, result, doc };
}
