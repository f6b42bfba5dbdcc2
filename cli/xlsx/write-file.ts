import { closeSync, openSync, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';
import type { ZlibOptions } from 'node:zlib';
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
/** Uncompressed bytes waiting for zlib's threads; past this, chunks are compressed on this thread (bounded memory). */
const MAX_QUEUED_BYTES = 32 << 20;

const deflateRawAsync = promisify<Buffer, ZlibOptions, Buffer>(deflateRaw);

/**
 * Compression for one package on libuv's thread pool (zlib's asynchronous API), so the main thread
 * goes on turning rows into XML meanwhile. At most `maxQueuedBytes` of text wait for it: past that,
 * the writer is told to wait (bounded memory).
 */
class Compressor {
  private queued = 0;
  private waiting: (() => void)[] = [];
  constructor(private readonly maxQueuedBytes: number) {}

  compress(bytes: Buffer, final: boolean): Promise<Buffer> {
    this.queued += bytes.length;
    const opts: ZlibOptions = {
      level: LEVEL,
      finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    };
    return deflateRawAsync(bytes, opts).finally(() => {
      this.queued -= bytes.length;
      if (this.queued <= this.maxQueuedBytes) for (const go of this.waiting.splice(0)) go();
    });
  }

  /** A promise while too much waits for compression, resolved once enough is done. */
  backlog(): Promise<void> | undefined {
    return this.queued > this.maxQueuedBytes ? new Promise((go) => this.waiting.push(go)) : undefined;
  }
}

/**
 * One part of the package (the core writer's TextZipEntry): UTF-8, size and CRC-32 natively on this
 * thread, then each chunk deflated on its own, ending on a sync flush (no final block), the last with
 * a final block: the concatenation is one valid DEFLATE stream (RFC 1951 §3.2.3: only the last block
 * has BFINAL set; no back-reference crosses a segment). Compressed chunks reach the zip in order,
 * whatever order zlib's threads finish in; a failure goes to the zip, which stops.
 */
class NodeZipEntry implements TextZipEntry {
  size = 0;
  crc = 0;
  readonly compression = 8;
  mtime?: Date;
  ondata?: TextZipEntry['ondata'];
  private delivered: Promise<void> = Promise.resolve();

  constructor(
    readonly filename: string,
    private readonly compressor: Compressor,
  ) {}

  push(text: string, final: boolean): Promise<void> | undefined {
    const bytes = Buffer.from(text, 'utf8');
    this.size += bytes.length;
    this.crc = crc32(bytes, this.crc);
    const compressed = this.compressor.compress(bytes, final);
    this.delivered = this.delivered.then(() =>
      compressed.then(
        (out) => this.ondata?.(null, out as Uint8Array<ArrayBuffer>, final),
        (e: Error) => this.ondata?.(Object.assign(e, { code: 0 }), new Uint8Array(), true),
      ),
    );
    return this.compressor.backlog();
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
  o: { maxQueuedBytes?: number } = {},
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
      const compressor = new Compressor(o.maxQueuedBytes ?? MAX_QUEUED_BYTES);
      await writeXlsxWith(
        model,
        (chunk, final) => {
          pending.push(chunk);
          size += chunk.length;
          if (final || size >= WRITE_BYTES) flush();
        },
        (path) => new NodeZipEntry(path, compressor),
        CHUNK_CHARS,
      );
    } finally {
      closeSync(fd);
    }
  });
}
