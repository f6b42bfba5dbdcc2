/**
 * Worker-thread entry: parses the files the main thread names and posts back plain `ParsedFile`s.
 * Bytes and grids stay in the worker; only the serialisable result crosses threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseFileContext, ParsedFile } from '../../shared';
import type { ParseJob } from './parse-job';
import { parseJob } from './parse-job';

export interface WorkerRequest {
  seq: number;
  job: ParseJob;
}
export type WorkerReply = { seq: number; parsed: ParsedFile } | { seq: number; error: string };

const ctx = workerData as ParseFileContext;
parentPort?.on('message', (m: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq: m.seq, parsed: parseJob(m.job, ctx) };
  } catch (e) {
    reply = { seq: m.seq, error: (e as Error).stack ?? String(e) };
  }
  parentPort?.postMessage(reply);
});
