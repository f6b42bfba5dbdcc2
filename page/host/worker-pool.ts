import type {
  ConsolidateJob,
  ParseConsolidateJob,
  ParseJob,
  WorkerJob,
  WorkerProgress,
  WorkerReply,
} from '../worker/protocol';

type Job = Omit<ParseJob, 'id'> | Omit<ConsolidateJob, 'id'> | Omit<ParseConsolidateJob, 'id'>;

interface Pending {
  job: WorkerJob;
  resolve: (r: WorkerReply) => void;
  reject: (e: Error) => void;
  progress?: (p: WorkerProgress['progress']) => void;
}

/**
 * A few Web Workers running this very page's script (see page/index.tsx): a file:// page cannot
 * load a worker from a file, but it may start one from a blob: URL it made itself. Jobs queue here
 * and go to the least busy worker; each job's promise settles with that job's reply (matched by id).
 */
export class WorkerPool {
  /**
   * Jobs in flight per worker: reading a picked file (`File.arrayBuffer`, answered by the browser
   * process) takes longer than parsing one, so each worker keeps several reads going while it
   * parses. Measured on 200 reports on the 2-core bench machine: 3.2 s with two in flight, 2.8 s
   * with four, 2.7 s with eight.
   */
  static readonly DEPTH = 8;

  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly queue: Pending[] = [];
  private readonly running = new Map<number, { worker: Worker; pending: Pending }>();
  private nextId = 1;
  private url: string | null = null;

  constructor(
    private readonly source: string,
    readonly size = WorkerPool.defaultSize(),
  ) {}

  /**
   * One worker per core: the page's own thread only dispatches files and repaints (consolidating and
   * writing the summary run in a worker too), so it needs no core of its own.
   */
  static defaultSize(): number {
    return Math.max(1, navigator.hardwareConcurrency || 2);
  }

  /** Starts every worker now (each evaluates the page's script once), so a run does not wait for it. */
  warm(): void {
    while (this.workers.length < this.size) this.spawn();
  }

  /** Queues `job`; `progress` gets the job's progress messages until its reply settles it. */
  run(job: Job, progress?: (p: WorkerProgress['progress']) => void): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve, reject, progress });
      this.pump();
    });
  }

  /** Stops every worker now; queued and running jobs reject with `reason`. */
  terminate(reason: Error): void {
    for (const w of this.workers) w.terminate();
    for (const p of [...[...this.running.values()].map((r) => r.pending), ...this.queue]) p.reject(reason);
    this.workers.length = 0;
    this.load.clear();
    this.queue.length = 0;
    this.running.clear();
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
  }

  private settle(w: Worker, id: number): Pending | undefined {
    const r = this.running.get(id);
    if (!r || r.worker !== w) return undefined;
    this.running.delete(id);
    this.load.set(w, (this.load.get(w) ?? 1) - 1);
    return r.pending;
  }

  private spawn(): Worker {
    this.url ??= URL.createObjectURL(new Blob([this.source], { type: 'text/javascript' }));
    const w = new Worker(this.url, { name: 'ttdn-worker' });
    w.onmessage = (ev: MessageEvent<WorkerReply | WorkerProgress>) => {
      const m = ev.data;
      if ('progress' in m) {
        const r = this.running.get(m.id);
        if (r?.worker === w) r.pending.progress?.(m.progress);
        return;
      }
      this.settle(w, m.id)?.resolve(m);
      this.pump();
    };
    w.onerror = (ev) => {
      // Jobs never throw inside a worker (a failure is a reply), so this is the worker itself
      // failing: every job it holds fails with it.
      ev.preventDefault();
      const err = new Error(`Luồng xử lý gặp lỗi: ${ev.message}`);
      for (const [id, r] of [...this.running]) if (r.worker === w) this.settle(w, id)?.reject(err);
      this.pump();
    };
    this.workers.push(w);
    this.load.set(w, 0);
    return w;
  }

  /** An idle worker, else a new one while under `size`, else the least busy one with room. */
  private pick(): Worker | null {
    let best: Worker | null = null;
    for (const w of this.workers) {
      const n = this.load.get(w) ?? 0;
      if (n === 0) return w;
      if (n < WorkerPool.DEPTH && (!best || n < (this.load.get(best) ?? 0))) best = w;
    }
    if (this.workers.length < this.size) return this.spawn();
    return best;
  }

  private pump(): void {
    while (this.queue.length) {
      const w = this.pick();
      if (!w) return;
      const p = this.queue.shift()!;
      this.running.set(p.job.id, { worker: w, pending: p });
      this.load.set(w, (this.load.get(w) ?? 0) + 1);
      w.postMessage(p.job);
    }
  }
}
