import { TtdnError, parseReceivedFile } from '../../shared';
import type { ParsedFile, WorkbookGrid } from '../../shared';
import { UnsafeFileError, readXlsxGrid } from '../../shared/file';
import { PAGE_MESSAGES } from '../../shared/messages/vi';
import { consolidateParsed } from '../host/summary';
import type { PageSummary } from '../host/summary';
import { sha256Hex } from '../host/sha256';
import type { ParseConsolidateJob, ParseJob, WorkerJob, WorkerProgress, WorkerReply } from './protocol';

/**
 * Runs inside a Web Worker: reads and parses one received file (the same core path as the CLI:
 * guarded reader → `parseReceivedFile`), or consolidates the parsed files and writes the summary .xlsx, so the page's
 * thread only feeds the consolidator and repaints.
 */

interface WorkerScope {
  onmessage: ((ev: MessageEvent<WorkerJob>) => void) | null;
  postMessage(msg: WorkerReply | WorkerProgress, transfer?: Transferable[]): void;
}

/** The same reasons as the CLI's reader (cli/xlsx/load-file.ts `gridFromBytes`, which needs Node). */
function gridFromBytes(bytes: Uint8Array): WorkbookGrid {
  try {
    return readXlsxGrid(bytes);
  } catch (e) {
    if (e instanceof UnsafeFileError || e instanceof TtdnError) throw new Error(e.message, { cause: e });
    throw new Error(`Tệp hỏng hoặc không phải .xlsx (${(e as Error).message}).`, { cause: e });
  }
}

/** A file's bytes (or why they could not be read) → its parsed form, as the CLI's parse job does. */
async function parseBytes(
  name: string,
  read: Uint8Array | Error,
  received: string | null,
  ctx: Pick<ParseJob, 'registry' | 'calendar'>,
): Promise<ParsedFile> {
  // The digest runs off this thread while the file is parsed; its hex fills the record after.
  const digest = read instanceof Error ? null : sha256Hex(read);
  let grid: WorkbookGrid | Error;
  try {
    if (read instanceof Error) throw read;
    grid = gridFromBytes(read);
  } catch (e) {
    grid = e instanceof Error ? e : new Error(String(e));
  }
  // Same placeholder as the CLI for a file that cannot even be read.
  const record = { file: name, sha256: '0'.repeat(64), received };
  const parsed = parseReceivedFile(record, grid, { registry: ctx.registry, calendar: ctx.calendar });
  if (digest) record.sha256 = await digest;
  return parsed;
}

const readFile = (file: File): Promise<Uint8Array | Error> =>
  file.arrayBuffer().then(
    (b) => new Uint8Array(b),
    (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
  );

function parse(job: ParseJob): Promise<ParsedFile> {
  return readFile(job.file).then((read) => parseBytes(job.file.name, read, job.received, job));
}

/** Files read ahead of the one being parsed: reading a picked file outlasts parsing it. */
const READ_AHEAD = 8;
/** Progress messages at most this often (the page repaints on each). */
const PROGRESS_EVERY_MS = 100;

/** Every file read and parsed in order on this thread, then consolidated and written. */
async function parseConsolidate(
  job: ParseConsolidateJob,
  progress: (p: WorkerProgress) => void,
): Promise<{ bytes: Uint8Array; summary: PageSummary }> {
  const reads = job.files.slice(0, READ_AHEAD).map((f) => readFile(f.file));
  const parsed: ParsedFile[] = [];
  let shown = performance.now();
  for (let i = 0; i < job.files.length; i++) {
    const read = await reads[i];
    if (i + READ_AHEAD < job.files.length) reads.push(readFile(job.files[i + READ_AHEAD].file));
    const { file, received } = job.files[i];
    parsed.push(
      // A failure is the file's, never the run's (as with a parse job's failed reply).
      await parseBytes(file.name, read, received, job).catch((e: unknown): ParsedFile => ({
        file: { file: file.name, sha256: '0'.repeat(64), received },
        outcome: 'unreadable',
        reason: e instanceof Error ? e.message : String(e),
      })),
    );
    const t = performance.now();
    if (t - shown >= PROGRESS_EVERY_MS) {
      shown = t;
      progress({ id: job.id, progress: { done: i + 1, current: file.name } });
    }
  }
  const n = job.files.length;
  progress({ id: job.id, progress: { done: n, current: PAGE_MESSAGES.writingSummary } });
  return consolidateParsed({
    ...job,
    plans: parsed.slice(0, job.plans),
    reports: parsed.slice(job.plans),
  });
}

/** One job → its reply; never rejects (a failure is a reply the page maps to the file). */
export function runJob(
  job: WorkerJob,
  progress: (p: WorkerProgress) => void = () => undefined,
): Promise<WorkerReply> {
  const reply =
    job.type === 'parse'
      ? parse(job).then((parsed): WorkerReply => ({ id: job.id, ok: true, parsed }))
      : (job.type === 'consolidate' ? consolidateParsed(job) : parseConsolidate(job, progress)).then(
          (r): WorkerReply => ({ id: job.id, ok: true, ...r }),
        );
  return reply.catch((e: unknown): WorkerReply => ({
    id: job.id,
    ok: false,
    message: e instanceof Error ? e.message : String(e),
  }));
}

export function startWorker(scope: WorkerScope): void {
  scope.onmessage = (ev) =>
    void runJob(ev.data, (p) => scope.postMessage(p)).then((r) =>
      scope.postMessage(r, 'bytes' in r ? [r.bytes.buffer] : []),
    );
}
