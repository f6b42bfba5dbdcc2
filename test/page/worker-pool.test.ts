import { WorkerPool } from '../../page/host/worker-pool';
import type { ParseJob, WorkerJob, WorkerProgress, WorkerReply } from '../../page/worker/protocol';

/**
 * The page's worker pool with a stand-in Worker class (jest has none): jobs are matched to replies
 * by id, however the workers order their answers; each worker holds at most DEPTH jobs; a cancel
 * terminates every worker and rejects what is still pending.
 */

class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((ev: MessageEvent<WorkerReply | WorkerProgress>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  readonly jobs: WorkerJob[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(job: WorkerJob): void {
    this.jobs.push(job);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers its job `id` (a parse reply naming the file it was given). */
  answer(id: number): void {
    const job = this.jobs.find((j) => j.id === id) as ParseJob;
    this.jobs.splice(this.jobs.indexOf(job), 1);
    const parsed = {
      file: { file: job.file.name, sha256: '', received: null },
      outcome: 'unreadable',
      reason: '',
    };
    this.onmessage?.({ data: { id, ok: true, parsed } } as MessageEvent<WorkerReply>);
  }
}

const job = (name: string) =>
  ({ type: 'parse', file: { name }, received: null, registry: {}, calendar: {} }) as unknown as Omit<
    ParseJob,
    'id'
  >;
const fileOf = (r: WorkerReply) => ('parsed' in r ? r.parsed.file.file : null);

beforeAll(() => {
  Object.assign(globalThis, { Worker: FakeWorker });
  URL.createObjectURL = () => 'blob:fake';
  URL.revokeObjectURL = () => undefined;
});
beforeEach(() => (FakeWorker.all = []));

test('each job gets its own reply when a worker answers its jobs out of order', async () => {
  const pool = new WorkerPool('', 1);
  const a = pool.run(job('a.xlsx'));
  const b = pool.run(job('b.xlsx'));
  const [w] = FakeWorker.all;
  const [ja, jb] = w.jobs;
  w.answer(jb.id);
  w.answer(ja.id);
  expect([fileOf(await a), fileOf(await b)]).toEqual(['a.xlsx', 'b.xlsx']);
});

test('no worker holds more than DEPTH jobs; the rest wait for a free place', () => {
  const pool = new WorkerPool('', 2);
  for (let i = 0; i < 2 * WorkerPool.DEPTH + 2; i++) void pool.run(job(`${i}.xlsx`));
  expect(FakeWorker.all).toHaveLength(2);
  expect(FakeWorker.all.map((w) => w.jobs.length)).toEqual([WorkerPool.DEPTH, WorkerPool.DEPTH]);
  const [w] = FakeWorker.all;
  w.answer(w.jobs[0].id);
  expect(w.jobs).toHaveLength(WorkerPool.DEPTH);
});

test('warm() starts every worker before any job', () => {
  new WorkerPool('', 3).warm();
  expect(FakeWorker.all).toHaveLength(3);
});

test('terminate() stops every worker and rejects running and queued jobs', async () => {
  const pool = new WorkerPool('', 1);
  const runs = Array.from({ length: 4 }, (_, i) => pool.run(job(`${i}.xlsx`)));
  pool.terminate(new Error('hủy'));
  expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
  for (const r of runs) await expect(r).rejects.toThrow('hủy');
});

test("a job's progress messages reach its callback and leave it running until its reply", async () => {
  const pool = new WorkerPool('', 1);
  const seen: number[] = [];
  let settled = false;
  const a = pool.run(job('a.xlsx'), (p) => seen.push(p.done));
  void a.then(() => (settled = true));
  const [w] = FakeWorker.all;
  const id = w.jobs[0].id;
  for (const done of [3, 7])
    w.onmessage?.({ data: { id, progress: { done, current: 'x' } } } as MessageEvent<WorkerProgress>);
  // Another job's progress is not this job's.
  w.onmessage?.({
    data: { id: id + 99, progress: { done: 1, current: 'y' } },
  } as MessageEvent<WorkerProgress>);
  await Promise.resolve();
  expect(seen).toEqual([3, 7]);
  expect(settled).toBe(false);
  w.answer(id);
  expect(fileOf(await a)).toBe('a.xlsx');
});
