import type { ParseFileContext, ParsedFile, PlainDate, WorkbookGrid } from '../../shared';
import { jsDateToPlain, parseReceivedFile } from '../../shared';
import { sha256Hex } from '../files';
import { gridFromBytes, readBytesAndTime } from '../xlsx/load-file';

/** One file to parse: where it is, the name it was received under, and its received date. */
export interface ParseJob {
  path: string;
  name: string;
  /** From the received-dates list; else the file's modification date, read where the file is read. */
  received?: PlainDate;
}

/** Local calendar date of a modification time (files saved from e-mail keep it). */
const localDay = (m: Date): PlainDate | null =>
  jsDateToPlain(new Date(Date.UTC(m.getFullYear(), m.getMonth(), m.getDate())));

/**
 * Bytes → grid → `ParsedFile`, in whichever thread runs it; synchronous (its thread does nothing
 * else meanwhile). Never throws for a bad file.
 */
export function parseJob(job: ParseJob, ctx: ParseFileContext): ParsedFile {
  let bytes: Uint8Array | null = null;
  let modified: Date | null = null;
  let grid: WorkbookGrid | Error;
  try {
    ({ bytes, modified } = readBytesAndTime(job.path));
    grid = gridFromBytes(bytes);
  } catch (e) {
    grid = e as Error;
  }
  const sha256 = bytes ? sha256Hex(bytes) : '0'.repeat(64);
  const received = job.received ?? (modified ? localDay(modified) : null);
  return parseReceivedFile({ file: job.name, sha256, received }, grid, ctx);
}
