import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParseFileContext, ParsedFile } from '../../shared';
import { parseThreadsFor } from '../../shared';
import type { ParseJob } from './parse-job';
import { parseJob } from './parse-job';
import type { WorkerReply, WorkerRequest } from './parse-worker';

export interface PoolOptions {
  /** Worker threads; 0 parses in this thread. Default: cores − 1, at least 2, at most 8. */
  workers?: number;
  /** Files handed out but not yet delivered (bounds memory: parsed files wait for their turn). */
  maxInFlight?: number;
}

/**
 * Files queued per worker: with two, a worker starts its next file while the main thread is still
 * taking in the one it just finished (with one, each worker waited for that round trip).
 */
const QUEUE_PER_WORKER = 2;

/** Worker threads for `files` files on `cores` cores (TTDN_WORKERS overrides: 0 means none). */
export function defaultWorkers(files: number, cores = availableParallelism()): number {
  const env = process.env.TTDN_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Number(env);
  return parseThreadsFor(files, cores);
}

/**
 * How a worker is started. Built CLI (cli/dist/ttdn.cjs): the sibling bundle parse-worker.cjs,
 * through the code-cache loader (cli/code-cache.cjs). From source (tsx, jest): a bootstrap that
 * registers tsx in the worker, then loads parse-worker.ts.
 */
function startWorker(ctx: ParseFileContext): Worker {
  const built = join(__dirname, 'parse-worker.cjs');
  const loader = join(__dirname, '..', 'code-cache.cjs');
  if (!__filename.endsWith('.ts') && existsSync(built))
    return existsSync(loader)
      ? new Worker(loader, { argv: [built], workerData: ctx })
      : new Worker(built, { workerData: ctx });
  const source = join(__dirname, 'parse-worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, {
    eval: true,
    workerData: ctx,
  });
}

/**
 * Parses `jobs` and calls `deliver` with each result in input order, whatever order the workers
 * finish in, so the consolidation is the same as a one-thread run.
 */
export async function parseInOrder(
  jobs: readonly ParseJob[],
  ctx: ParseFileContext,
  deliver: (p: ParsedFile, index: number) => void,
  o: PoolOptions = {},
): Promise<void> {
  const workers = o.workers ?? defaultWorkers(jobs.length);
  if (workers <= 0 || jobs.length === 0) {
    for (let i = 0; i < jobs.length; i++) deliver(parseJob(jobs[i], ctx), i);
    return;
  }
  const plainCtx: ParseFileContext = {
    registry: ctx.registry,
    calendar: ctx.calendar,
    templates: ctx.templates,
  };
  const pool = Array.from({ length: workers }, () => startWorker(plainCtx));
  const maxInFlight = o.maxInFlight ?? workers * 4;
  const done = new Map<number, ParsedFile>();
  let next = 0; // next job to hand out
  let turn = 0; // next result to deliver
  try {
    await new Promise<void>((resolve, reject) => {
      const queued = new Map<Worker, number>(pool.map((w) => [w, 0]));
      const dispatch = () => {
        while (next < jobs.length && next - turn < maxInFlight) {
          // The least busy worker, if it has room.
          let w: Worker | undefined;
          for (const [x, n] of queued) if (n < QUEUE_PER_WORKER && (!w || n < queued.get(w)!)) w = x;
          if (!w) break;
          queued.set(w, queued.get(w)! + 1);
          w.postMessage({ seq: next, job: jobs[next] } satisfies WorkerRequest);
          next++;
        }
        if (turn === jobs.length) resolve();
      };
      for (const w of pool) {
        w.on('message', (m: WorkerReply) => {
          if ('error' in m) return reject(new Error(m.error));
          done.set(m.seq, m.parsed);
          queued.set(w, queued.get(w)! - 1);
          try {
            for (let p = done.get(turn); p; p = done.get(turn)) {
              done.delete(turn);
              deliver(p, turn++);
            }
          } catch (e) {
            return reject(e instanceof Error ? e : new Error(String(e)));
          }
          dispatch();
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (turn < jobs.length) reject(new Error(`worker stopped (exit ${code})`));
        });
      }
      dispatch();
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
