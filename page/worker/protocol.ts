import type { Calendar, ParsedFile, Registry, WorkbookModel } from '../../shared';

/** Messages between the page and its Web Workers: plain data only (structured clone). */

export interface ParseJob {
  type: 'parse';
  id: number;
  file: File;
  /** Received date chosen by the page (the file's local modification day). */
  received: string | null;
  registry: Registry;
  calendar: Calendar;
}

export interface WriteJob {
  type: 'write';
  id: number;
  model: WorkbookModel;
}

export type WorkerJob = ParseJob | WriteJob;

export type WorkerReply =
  | { id: number; ok: true; parsed: ParsedFile }
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; message: string };
