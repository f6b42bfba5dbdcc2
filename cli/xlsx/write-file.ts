import { closeSync, openSync, writeSync } from 'node:fs';
import type { WorkbookModel } from '../../shared';
import { isStreamable, writeXlsx } from '../../shared/xlsx-write';
import { writeAtomically } from '../files';
import { modelToExcelJs } from './write-workbook';

/** Bytes gathered before one write call: the writer hands over small deflated chunks. */
const WRITE_BYTES = 1 << 20;

/**
 * Writes a model to a file, through a temporary file beside it that is renamed only when complete
 * (a failure never leaves a half file). The summary and the province report stream through the
 * core's own writer (`shared/xlsx-write`: one format per look, inline strings, row by row, bounded
 * memory); forms (protected, validated, small) keep ExcelJS's in-memory writer.
 */
export async function writeModelToFile(model: WorkbookModel, path: string): Promise<void> {
  await writeAtomically(path, async (tmp) => {
    if (!isStreamable(model)) {
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
      writeXlsx(model, (chunk, final) => {
        pending.push(chunk);
        size += chunk.length;
        if (final || size >= WRITE_BYTES) flush();
      });
      flush();
    } finally {
      closeSync(fd);
    }
  });
}
