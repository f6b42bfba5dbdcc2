import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { WorkbookGrid } from '../../shared';
import { TtdnError } from '../../shared';
import { readWorkbookGrid, UnsafeFileError } from '../../shared/file';
import { nodeZipCodec } from './zip-codec';

/** An input file that cannot be used at all: missing, unreadable, hostile or corrupt. */
export class UnreadableFileError extends TtdnError {
  constructor(message: string) {
    super(message, 'unreadable');
  }
}

function readError(file: string, e: unknown): UnreadableFileError {
  const code = (e as NodeJS.ErrnoException).code;
  return new UnreadableFileError(
    code === 'ENOENT'
      ? `Không tìm thấy tệp "${file}".`
      : `Không đọc được tệp "${file}" (${code ?? (e as Error).message}).`,
  );
}

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    throw readError(file, e);
  }
}

/** Where reading past a file's told size lands (such files are rare, so one buffer serves). */
const probe = new Uint8Array(1 << 16);

/**
 * A whole file and its modification time, read synchronously through one descriptor: for a thread
 * that only parses files (or the CLI while it parses), where each awaited step of `readFile` and a
 * separate `stat` only added round trips through the event loop and libuv's thread pool.
 */
export function readBytesAndTime(file: string): { bytes: Uint8Array; modified: Date } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw readError(file, e);
  }
  try {
    const st = fstatSync(fd);
    const bytes = new Uint8Array(st.size);
    let n = 0;
    for (let r = 1; n < bytes.length && r > 0; n += r) r = readSync(fd, bytes, n, bytes.length - n, null);
    // A file still growing (or one whose size fstat does not know) is read to its end all the same.
    const more: Uint8Array[] = [];
    for (let r; (r = readSync(fd, probe, 0, probe.length, null)) > 0;) more.push(probe.slice(0, r));
    const modified = st.mtime;
    if (!more.length) return { bytes: n === bytes.length ? bytes : bytes.subarray(0, n), modified };
    const all = new Uint8Array(n + more.reduce((a, c) => a + c.length, 0));
    all.set(bytes.subarray(0, n));
    let at = n;
    for (const c of more) {
      all.set(c, at);
      at += c.length;
    }
    return { bytes: all, modified };
  } catch (e) {
    throw readError(file, e);
  } finally {
    closeSync(fd);
  }
}

/**
 * Bytes → grid (.xlsx or .ods, told apart by content), with hostile-file checks first; every failure becomes a
 * typed, Vietnamese error (an .xls is told to be saved again as .xlsx). Inflated by Node's zlib.
 */
export function gridFromBytes(bytes: Uint8Array): WorkbookGrid {
  try {
    return readWorkbookGrid(bytes, { codec: nodeZipCodec });
  } catch (e) {
    if (e instanceof UnsafeFileError || e instanceof TtdnError) throw new UnreadableFileError(e.message);
    throw new UnreadableFileError(`Tệp hỏng hoặc không phải .xlsx/.ods (${(e as Error).message}).`);
  }
}
