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

/**
 * A run too small for several workers (see `parseThreadsFor`): one worker reads and parses every
 * file in order, then does what ConsolidateJob does, so the parsed files never cross threads and
 * one copy of the parser warms up. Progress comes back as `WorkerProgress` messages.
 */
export interface ParseConsolidateJob extends Omit<ConsolidateJob, 'type' | 'plans' | 'reports'> {
  type: 'parse-consolidate';
  /** Plans first, then reports, each with the received date chosen by the page. */
  files: { file: File; received: string | null }[];
  /** How many of `files` are plans. */
  plans: number;
}

export type WorkerJob = ParseJob | ConsolidateJob | ParseConsolidateJob;

/** Files parsed so far by a ParseConsolidateJob, sent on a time budget; the job's reply comes later. */
export interface WorkerProgress {
  id: number;
  progress: { done: number; current: string };
}

export type WorkerReply =
  | { id: number; ok: true; parsed: ParsedFile }
  | { id: number; ok: true; bytes: Uint8Array; summary: PageSummary }
  | { id: number; ok: false; message: string };
