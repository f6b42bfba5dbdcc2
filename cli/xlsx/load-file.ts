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

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(
      code === 'ENOENT'
        ? `Không tìm thấy tệp "${file}".`
        : `Không đọc được tệp "${file}" (${code ?? (e as Error).message}).`,
    );
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
