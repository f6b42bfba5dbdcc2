import type { ConsolidateJob, ParseJob, WorkerJob, WorkerReply } from '../worker/protocol';

type Job = Omit<ParseJob, 'id'> | Omit<ConsolidateJob, 'id'>;

interface Pending {
  job: WorkerJob;
  resolve: (r: WorkerReply) => void;
  reject: (e: Error) => void;
}

/**
 * A few Web Workers running this very page's script (see page/index.tsx): a file:// page cannot
 * load a worker from a file, but it may start one from a blob: URL it made itself. Jobs queue here
 * and go to whichever worker is free; each job's promise settles with that job's reply.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, Pending>();
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

  run(job: Job): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker now; queued and running jobs reject with `reason`. */
  terminate(reason: Error): void {
    for (const w of this.workers) w.terminate();
    for (const p of [...this.running.values(), ...this.queue]) p.reject(reason);
    this.workers.length = 0;
    this.idle.length = 0;
    this.queue.length = 0;
    this.running.clear();
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
  }

  private spawn(): Worker {
    this.url ??= URL.createObjectURL(new Blob([this.source], { type: 'text/javascript' }));
    const w = new Worker(this.url, { name: 'ttdn-worker' });
    w.onmessage = (ev: MessageEvent<WorkerReply>) => {
      const p = this.running.get(w);
      this.running.delete(w);
      this.idle.push(w);
      p?.resolve(ev.data);
      this.pump();
    };
    w.onerror = (ev) => {
      ev.preventDefault();
      const p = this.running.get(w);
      this.running.delete(w);
      this.idle.push(w);
      p?.reject(new Error(`Luồng xử lý gặp lỗi: ${ev.message}`));
      this.pump();
    };
    this.workers.push(w);
    return w;
  }

  private pump(): void {
    while (this.queue.length) {
      const w = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : null);
      if (!w) return;
      const p = this.queue.shift()!;
      this.running.set(w, p);
      w.postMessage(p.job);
    }
  }
}
