import { closeSync, openSync, writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { WorkbookModel } from '../../shared';
import { isStreamable, writeXlsxWith } from '../../shared/xlsx-write';
import type { TextZipEntry } from '../../shared/xlsx-write';
import { writeAtomically } from '../files';

/** Bytes gathered before one write call: the writer hands over small deflated chunks. */
const WRITE_BYTES = 1 << 20;
/** XML characters per compressed segment: large enough that a fresh dictionary costs little. */
const CHUNK_CHARS = 1 << 18;
/** zlib level: within a few per cent of level 6's size at about half its time on sheet XML. */
const LEVEL = 3;
/** XML characters handed to the compressing thread and not yet back; past this the writer waits (bounded memory). */
const MAX_QUEUED_CHARS = 8 << 20;

/**
 * The compressing thread (plain Node, nothing to bundle, so started from this text): each chunk of
 * a part is encoded to UTF-8, added to the part's CRC-32 and size, and deflated on its own, ending
 * on a sync flush (no final block), the part's last chunk with a final block. The concatenation is
 * one valid DEFLATE stream (RFC 1951 §3.2.3: only the last block has BFINAL set; no back-reference
 * crosses a segment). Replies come back in the order the chunks were sent.
 */
const DEFLATE_THREAD = `
const { parentPort } = require('node:worker_threads');
const { constants, crc32, deflateRawSync } = require('node:zlib');
const sums = new Map();
parentPort.on('message', ({ id, text, final }) => {
  const sum = sums.get(id) || { crc: 0, size: 0 };
  try {
    const bytes = Buffer.from(text, 'utf8');
    sum.crc = crc32(bytes, sum.crc);
    sum.size += bytes.length;
    const finishFlush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    const data = new Uint8Array(deflateRawSync(bytes, { level: ${LEVEL}, finishFlush }));
    if (final) sums.delete(id);
    else sums.set(id, sum);
    parentPort.postMessage({ id, chars: text.length, final, data, crc: sum.crc, size: sum.size }, [data.buffer]);
  } catch (e) {
    parentPort.postMessage({ id, chars: text.length, final, error: String((e && e.message) || e) });
  }
});`;

type DeflateReply = { id: number; chars: number; final: boolean } & (
  { data: Uint8Array; crc: number; size: number } | { error: string }
);

/**
 * Hands the writer's text to the compressing thread, so this thread goes on turning rows into XML
 * meanwhile (encoding and compressing were half of the writing time), and routes the replies to
 * their zip entries.
 */
export class Deflater {
  private readonly thread: Worker;
  private readonly entries = new Map<number, NodeZipEntry>();
  private queued = 0;
  private waiting: (() => void)[] = [];
  private nextId = 0;
  private failure: Error | null = null;

  /** `threadCode`: the compressing thread's code (a test gives a failing one). */
  constructor(
    private readonly maxQueuedChars: number,
    threadCode = DEFLATE_THREAD,
  ) {
    this.thread = new Worker(threadCode, { eval: true });
    this.thread.on('message', (m: DeflateReply) => {
      this.queued -= m.chars;
      if (this.queued <= this.maxQueuedChars) this.release();
      const entry = this.entries.get(m.id);
      if (m.final) this.entries.delete(m.id);
      if ('error' in m) this.fail(new Error(m.error));
      else entry?.receive(m.data, m.final, m.crc, m.size);
    });
    this.thread.on('error', (e) => this.fail(e));
    this.thread.on('exit', (code) => this.fail(new Error(`compressing thread stopped (exit ${code})`)));
    // Started ahead (prepareSummaryWriter), it must not keep the process alive while it waits.
    this.thread.unref();
  }

  /** Keeps the process alive while a write waits for this thread. */
  hold(): void {
    this.thread.ref();
  }

  entry(path: string): NodeZipEntry {
    const id = this.nextId++;
    const e = new NodeZipEntry(path, (text, final) => this.send(id, text, final));
    this.entries.set(id, e);
    return e;
  }

  get failed(): boolean {
    return this.failure !== null;
  }

  private send(id: number, text: string, final: boolean): Promise<void> | undefined {
    if (this.failure) {
      // A part opened after the thread failed fails at once (else its zip would wait for ever).
      const entry = this.entries.get(id);
      this.entries.delete(id);
      entry?.fail(this.failure);
      return undefined;
    }
    this.queued += text.length;
    this.thread.postMessage({ id, text, final });
    return this.queued > this.maxQueuedChars ? new Promise((go) => this.waiting.push(go)) : undefined;
  }

  private release(): void {
    for (const go of this.waiting.splice(0)) go();
  }

  /** Every open part fails (the zip then stops and the writer rejects); nothing waits any more. */
  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    for (const entry of this.entries.values()) entry.fail(e);
    this.entries.clear();
    this.release();
  }

  async close(): Promise<void> {
    this.thread.removeAllListeners('exit');
    await this.thread.terminate();
  }
}

/** The thread started ahead by prepareSummaryWriter, taken by the next write. */
let prepared: Deflater | undefined;

/** Starts the compressing thread ahead of writing the summary: its start-up overlaps building it. */
export function prepareSummaryWriter(): void {
  prepared ??= new Deflater(MAX_QUEUED_CHARS);
}

/** One part of the package (the core writer's TextZipEntry), compressed by the Deflater's thread. */
class NodeZipEntry implements TextZipEntry {
  size = 0;
  crc = 0;
  readonly compression = 8;
  mtime?: Date;
  ondata?: TextZipEntry['ondata'];

  constructor(
    readonly filename: string,
    readonly push: (text: string, final: boolean) => Promise<void> | undefined,
  ) {}

  receive(data: Uint8Array, final: boolean, crc: number, size: number): void {
    if (final) {
      this.crc = crc;
      this.size = size;
    }
    this.ondata?.(null, data as Uint8Array<ArrayBuffer>, final);
  }

  fail(e: Error): void {
    this.ondata?.(Object.assign(e, { code: 0 }), new Uint8Array(), true);
  }
}

/**
 * Writes a model to a file, through a temporary file beside it that is renamed only when complete
 * (a failure never leaves a half file). The summary and the province report stream through the
 * core's own writer (`shared/xlsx-write`: one format per look, inline strings, row by row, bounded
 * memory); forms (protected, validated, small) keep ExcelJS's in-memory writer.
 */
export async function writeModelToFile(
  model: WorkbookModel,
  path: string,
  o: { maxQueuedChars?: number; deflater?: Deflater } = {},
): Promise<void> {
  await writeAtomically(path, async (tmp) => {
    if (!isStreamable(model)) {
      // Loaded only here: writing the summary never loads ExcelJS (about 0.3 s of start-up).
      const { modelToExcelJs } = await import('./write-workbook');
      await modelToExcelJs(model).xlsx.writeFile(tmp);
      return;
    }
    const fd = openSync(tmp, 'w');
    try {
      let pending: Uint8Array[] = [];
      let size = 0;
      const flush = () => {
        if (size) writeSync(fd, Buffer.concat(pending, size));
        pending = [];
        size = 0;
      };
      // The thread started ahead, unless it failed meanwhile (then a fresh one).
      const ahead = prepared;
      prepared = undefined;
      if (ahead?.failed) void ahead.close();
      const deflater =
        o.deflater ??
        (o.maxQueuedChars === undefined && ahead && !ahead.failed
          ? ahead
          : new Deflater(o.maxQueuedChars ?? MAX_QUEUED_CHARS));
      deflater.hold();
      try {
        await writeXlsxWith(
          model,
          (chunk, final) => {
            pending.push(chunk);
            size += chunk.length;
            if (final || size >= WRITE_BYTES) flush();
          },
          (path) => deflater.entry(path),
          CHUNK_CHARS,
        );
      } finally {
        await deflater.close();
      }
    } finally {
      closeSync(fd);
    }
  });
}
