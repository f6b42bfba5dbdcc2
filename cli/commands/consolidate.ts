import { basename } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import type {
  Calendar,
  ConsolidationResult,
  ExportDocument,
  Registry,
  ReportKind,
  WorkbookGrid,
} from '../../shared';
import { Consolidator, buildSummaryModel, formatDmy, toExportDocument } from '../../shared';
import { GENERATOR } from '../generate';
import { expandInputs, loadReceivedDates, modifiedDate, sha256Hex, writeAtomically } from '../files';
import { gridFromBytes, readBytes } from '../xlsx/load-file';
import { writeModelToFile } from '../xlsx/write-file';

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
}

export interface ConsolidateJson {
  summary: string;
  /** The same records as the export document's `submissions` (SPEC §8.3 shape). */
  submissions: ExportDocument['submissions'];
  missing: string[];
  late: { unit: string; days: number }[];
  totals: Record<string, number>;
}

async function feed(
  files: string[],
  received: Map<string, string>,
  add: (f: { file: string; sha256: string; received: string | null }, g: WorkbookGrid | Error) => void,
  tick: (name: string) => void,
) {
  for (const path of files) {
    const name = basename(path);
    let bytes: Uint8Array | null = null;
    let grid: WorkbookGrid | Error;
    try {
      bytes = await readBytes(path);
      grid = gridFromBytes(bytes);
    } catch (e) {
      grid = e as Error;
    }
    add(
      {
        file: name,
        sha256: bytes ? sha256Hex(bytes) : '0'.repeat(64),
        received: received.get(name) ?? (await modifiedDate(path)),
      },
      grid,
    );
    tick(name);
  }
}

/** The consolidating department's run: read one file at a time, consolidate, write the summary atomically. */
export async function consolidateCommand(
  a: ConsolidateArgs,
  out: (s: string) => void,
): Promise<{ code: number; result: ConsolidationResult; doc: ExportDocument }> {
  const received = a.received ? loadReceivedDates(a.received) : new Map<string, string>();
  const files = await expandInputs(a.inputs, [a.output]);
  const plans = a.plans ? await expandInputs([a.plans]) : [];
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
  await feed(plans, received, (f, g) => c.addPlan(f, g), tick);
  await feed(files, received, (f, g) => c.addFile(f, g), tick);
  bar?.stop();
  const result = c.finish();
  const doc = toExportDocument(result, a.registry, GENERATOR);
  const model = buildSummaryModel(result, doc, a.registry, GENERATOR);
  await writeAtomically(a.output, (tmp) => writeModelToFile(model, tmp));

  const missing = result.completeness.filter((x) => x.status === 'missing').map((x) => x.unit);
  const late = result.completeness
    .filter((x) => x.status === 'late')
    .map((x) => ({ unit: x.unit, days: x.lateDays }));
  if (a.json) {
    const j: ConsolidateJson = {
      summary: a.output,
      submissions: doc.submissions,
      missing,
      late,
      totals: result.totals,
    };
    out(JSON.stringify(j, null, 2));
  } else {
    const count = (st: string) => result.submissions.filter((s) => s.status === st).length;
    out(
      `Tổng hợp ${a.kind} ${a.year} (tính đến ${formatDmy(a.asOf)}): ${files.length} tệp — ${count('accepted')} tiếp nhận, ${count('rejected')} bị loại, ${count('superseded')} đã thay thế, ${count('unreadable')} không đọc được.`,
    );
    const due = a.asOf > result.period.deadline ? '' : ' — chưa đến hạn';
    out(`Chưa nộp (${missing.length}${due}): ${missing.join(', ') || '—'}`);
    out(`Nộp muộn (${late.length}): ${late.map((l) => `${l.unit} (${l.days} ngày)`).join(', ') || '—'}`);
    for (const s of result.submissions.filter((x) => x.status === 'rejected' || x.status === 'unreadable'))
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
