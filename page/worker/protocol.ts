import type { Calendar, ParsedFile, Registry, ReportKind } from '../../shared';
import type { PageSummary } from '../host/summary';

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

/** The whole finish of a run: consolidate the parsed files in order, build and write the summary. */
export interface ConsolidateJob {
  type: 'consolidate';
  id: number;
  registry: Registry;
  calendar: Calendar;
  kind: ReportKind;
  year: number;
  asOf: string;
  plans: ParsedFile[];
  reports: ParsedFile[];
  fileName: string;
}

export type WorkerJob = ParseJob | ConsolidateJob;

export type WorkerReply =
  | { id: number; ok: true; parsed: ParsedFile }
  | { id: number; ok: true; bytes: Uint8Array; summary: PageSummary }
  | { id: number; ok: false; message: string };
