import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import type { WorkbookModel } from '../../shared';
import { isStreamable, writeXlsx } from '../../shared/xlsx-write';
import type { RawDeflate } from '../../shared/xlsx-write';
import { writeAtomically } from '../files';

/** Bytes gathered before one write call: the writer hands over small deflated chunks. */
const WRITE_BYTES = 1 << 20;
/** XML characters per compressed segment: large enough that a fresh dictionary costs little. */
const CHUNK_CHARS = 1 << 18;
/** zlib level: within a few per cent of level 6's size at about half its time on sheet XML. */
const LEVEL = 3;

/**
 * Node's zlib instead of fflate's JavaScript deflate (several times faster; compressing was most of
 * the writing time). Each chunk is deflated on its own and ends on a sync flush (no final block),
 * the last with a final block: the concatenation is one valid DEFLATE stream (RFC 1951 §3.2.3:
 * only the last block has BFINAL set; no back-reference crosses a segment).
 */
const nativeDeflate = (): RawDeflate => (chunk, final) =>
  deflateRawSync(chunk, { level: LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });

/**
 * Writes a model to a file, through a temporary file beside it that is renamed only when complete
 * (a failure never leaves a half file). The summary and the province report stream through the
 * core's own writer (`shared/xlsx-write`: one format per look, inline strings, row by row, bounded
 * memory); forms (protected, validated, small) keep ExcelJS's in-memory writer.
 */
export async function writeModelToFile(model: WorkbookModel, path: string): Promise<void> {
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
      writeXlsx(
        model,
        (chunk, final) => {
          pending.push(chunk);
          size += chunk.length;
          if (final || size >= WRITE_BYTES) flush();
        },
        { deflate: nativeDeflate, chunkChars: CHUNK_CHARS },
      );
      flush();
    } finally {
      closeSync(fd);
    }
  });
}
