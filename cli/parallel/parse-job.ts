import type { ParseFileContext, ParsedFile, PlainDate, WorkbookGrid } from '../../shared';
import { parseReceivedFile } from '../../shared';
import { modifiedDate, sha256Hex } from '../files';
import { gridFromBytes, readBytes } from '../xlsx/load-file';

/** One file to parse: where it is, the name it was received under, and its received date. */
export interface ParseJob {
  path: string;
  name: string;
  /** From the received-dates list; else the file's modification date, read where the file is read. */
  received?: PlainDate;
}

/** Bytes → grid → `ParsedFile`, in whichever thread runs it. Never throws for a bad file. */
export async function parseJob(job: ParseJob, ctx: ParseFileContext): Promise<ParsedFile> {
  let bytes: Uint8Array | null = null;
  let grid: WorkbookGrid | Error;
  try {
    bytes = await readBytes(job.path);
    grid = gridFromBytes(bytes);
  } catch (e) {
    grid = e as Error;
  }
  const sha256 = bytes ? sha256Hex(bytes) : '0'.repeat(64);
  const received = job.received ?? (await modifiedDate(job.path));
  return parseReceivedFile({ file: job.name, sha256, received }, grid, ctx);
}
