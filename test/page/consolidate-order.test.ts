import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CALENDAR, REGISTRY_PRESETS } from '../../shared';
import { buildDemoMailbox } from '../../cli/demo/mailbox';
import type { Mailbox } from '../../cli/demo/mailbox';
import { FileBridge } from '../../page/host/file-bridge';
import type { PageSummary } from '../../page/host/file-bridge';
import { localSettingsStore } from '../../page/host/settings';
import type { WorkerPool } from '../../page/host/worker-pool';
import { runJob } from '../../page/worker/worker-main';
import type { WorkerJob, WorkerProgress, WorkerReply } from '../../page/worker/protocol';

/**
 * The page's consolidation with the workers' own job code run in-process, replies arriving in a
 * scrambled order (as several workers finish when they finish): the result must not depend on it.
 */

const REGISTRY = REGISTRY_PRESETS['mau-tu-2025'];
let dir: string;
let mailbox: Mailbox;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ttdn-page-order-'));
  mailbox = await buildDemoMailbox(dir, REGISTRY, DEFAULT_CALENDAR);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function filesIn(folder: string): File[] {
  return readdirSync(folder)
    .sort()
    .map(
      (n) =>
        new File([readFileSync(join(folder, n))], n, { lastModified: statSync(join(folder, n)).mtimeMs }),
    );
}

/**
 * A pool whose replies come back after a delay chosen by `delay(job number)`. `size`: its workers
 * (cores); the demo mailbox is small, so only very many cores make the page parse it in parallel.
 */
function scrambledPool(delay: (n: number) => number, size = 64): WorkerPool {
  let n = 0;
  const jobs: string[] = [];
  const run = (
    job: Omit<WorkerJob, 'id'>,
    progress?: (p: WorkerProgress['progress']) => void,
  ): Promise<WorkerReply> => {
    const wait = delay(n++);
    jobs.push(job.type);
    return new Promise((ok) => setTimeout(ok, wait)).then(() =>
      runJob({ ...job, id: n } as WorkerJob, (p) => progress?.(p.progress)),
    );
  };
  return { run, size, jobs, terminate: () => undefined } as unknown as WorkerPool;
}

async function consolidate(
  delay: (n: number) => number,
  size?: number,
  reports: File[] = filesIn(mailbox.reports),
): Promise<{ summary: PageSummary; ticks: number; jobs: string[] }> {
  const storage = new Map<string, string>();
  const store = localSettingsStore({
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
  } as Storage);
  const pool = scrambledPool(delay, size);
  const bridge = new FileBridge(
    store,
    () => undefined,
    () => pool,
  );
  let ticks = 0;
  const summary = await bridge.consolidateFiles(
    {
      kind: mailbox.kind,
      year: mailbox.year,
      asOf: mailbox.asOf,
      reports,
      plans: filesIn(mailbox.plans),
    },
    () => ticks++,
    new AbortController().signal,
  );
  return { summary, ticks, jobs: (pool as unknown as { jobs: string[] }).jobs };
}

test('replies arriving out of order give the same result as replies in order', async () => {
  const inOrder = await consolidate(() => 0);
  const reversed = await consolidate((n) => Math.max(0, 60 - 2 * n));
  expect(reversed.summary).toEqual(inOrder.summary);
  expect(inOrder.summary.superseded).toBe(mailbox.expected.superseded.length);
  expect(inOrder.summary.unreadable).toBe(mailbox.expected.unreadable.length);
}, 60_000);

test('progress repaints on a time budget, not once per file', async () => {
  const files = readdirSync(mailbox.reports).length + readdirSync(mailbox.plans).length;
  // Every reply at once: a per-file repaint would tick once per file.
  const { ticks } = await consolidate(() => 0);
  expect(ticks).toBeLessThan(files);
}, 60_000);

test('a run too small for several workers is parsed and consolidated by one worker, with the same result', async () => {
  const parallel = await consolidate(() => 0);
  const single = await consolidate(() => 0, 2);
  expect(single.jobs).toEqual(['parse-consolidate']);
  expect(parallel.jobs).toContain('parse');
  expect(single.summary).toEqual(parallel.summary);
}, 60_000);

test('in a one-worker run, a file that cannot be read is listed as unreadable and the run goes on', async () => {
  const reports = filesIn(mailbox.reports);
  const broken = reports[0];
  Object.defineProperty(broken, 'arrayBuffer', { value: () => Promise.reject(new Error('ổ đĩa lỗi')) });
  const { summary, jobs } = await consolidate(() => 0, 2, reports);
  expect(jobs).toEqual(['parse-consolidate']);
  expect(summary.unreadable).toBe(mailbox.expected.unreadable.length + 1);
  expect(summary.problems.some((p) => p.file === broken.name && p.reason.includes('ổ đĩa lỗi'))).toBe(true);
}, 60_000);
