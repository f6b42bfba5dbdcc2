import { crc32Update } from '../../shared/file';
import type { TextZipEntry } from '../../shared/xlsx-write';

/** True where the browser compresses natively ('deflate-raw': Chromium 103+, Firefox 113+, Safari 16.4+). */
export function hasNativeDeflate(): boolean {
  try {
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

const encoder = new TextEncoder();

/**
 * One part of the summary .xlsx, compressed by the browser's own zlib (CompressionStream), several
 * times faster than fflate's JavaScript deflate; the core writer hands it the part's XML text
 * (`writeXlsxWith`). Compressed chunks go to the zip as the stream gives them, the last one once the
 * part is closed; `size` and CRC-32 are counted on the way in, so they are final by then.
 */
export class StreamZipEntry implements TextZipEntry {
  size = 0;
  crc = 0;
  readonly compression = 8;
  mtime?: Date;
  ondata?: TextZipEntry['ondata'];
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;

  constructor(readonly filename: string) {
    const stream = new CompressionStream('deflate-raw');
    this.writer = stream.writable.getWriter();
    void this.forward(stream.readable.getReader());
  }

  private async forward(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        this.ondata?.(null, value as Uint8Array<ArrayBuffer>, false);
      }
      this.ondata?.(null, new Uint8Array(0), true);
    } catch (e) {
      this.ondata?.(
        Object.assign(e instanceof Error ? e : new Error(String(e)), { code: 0 }),
        new Uint8Array(0),
        true,
      );
    }
  }

  /** Resolves once the stream takes more (its backpressure bounds what waits in memory). */
  async push(text: string, final: boolean): Promise<void> {
    const bytes = encoder.encode(text);
    this.crc = crc32Update(this.crc, bytes);
    this.size += bytes.length;
    await this.writer.ready;
    // A failure also errors the readable side, which reports it to the zip (forward).
    this.writer.write(bytes).catch(() => undefined);
    if (final) this.writer.close().catch(() => undefined);
  }
}
