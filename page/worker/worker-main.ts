import { TtdnError, parseReceivedFile } from '../../shared';
import type { ParsedFile, WorkbookGrid } from '../../shared';
import { UnsafeFileError, readXlsxGrid } from '../../shared/file';
import { consolidateParsed } from '../host/summary';
import { sha256Hex } from '../host/sha256';
import type { ParseJob, WorkerJob, WorkerReply } from './protocol';

/**
 * Runs inside a Web Worker: reads and parses one received file (the same core path as the CLI:
 * guarded reader → `parseReceivedFile`), or consolidates the parsed files and writes the summary .xlsx, so the page's
 * thread only feeds the consolidator and repaints.
 */

interface WorkerScope {
  onmessage: ((ev: MessageEvent<WorkerJob>) => void) | null;
  postMessage(msg: WorkerReply, transfer?: Transferable[]): void;
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

async function parse(job: ParseJob): Promise<ParsedFile> {
  let bytes: Uint8Array | null = null;
  let grid: WorkbookGrid | Error;
  try {
    bytes = new Uint8Array(await job.file.arrayBuffer());
    grid = gridFromBytes(bytes);
  } catch (e) {
    grid = e instanceof Error ? e : new Error(String(e));
  }
  return parseReceivedFile(
    {
      file: job.file.name,
      // Same placeholder as the CLI for a file that cannot even be read.
      sha256: bytes ? await sha256Hex(bytes) : '0'.repeat(64),
      received: job.received,
    },
    grid,
    { registry: job.registry, calendar: job.calendar },
  );
}

/** One job → its reply; never rejects (a failure is a reply the page maps to the file). */
export function runJob(job: WorkerJob): Promise<WorkerReply> {
  const reply =
    job.type === 'parse'
      ? parse(job).then((parsed): WorkerReply => ({ id: job.id, ok: true, parsed }))
      : consolidateParsed(job).then((r): WorkerReply => ({ id: job.id, ok: true, ...r }));
  return reply.catch((e: unknown): WorkerReply => ({
    id: job.id,
    ok: false,
    message: e instanceof Error ? e.message : String(e),
  }));
}

export function startWorker(scope: WorkerScope): void {
  scope.onmessage = (ev) =>
    void runJob(ev.data).then((r) => scope.postMessage(r, 'bytes' in r ? [r.bytes.buffer] : []));
}
