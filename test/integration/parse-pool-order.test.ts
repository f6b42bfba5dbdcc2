/**
 * Worker threads hand back parsed files in input order, whichever finishes first, and the results
 * are those of a one-thread run (two files queued per worker).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CALENDAR } from '../../shared';
import type { ParsedFile } from '../../shared';
import { filledModel } from '../../cli/demo/mailbox';
import { sampleReport } from '../../cli/demo/sample-data';
import type { ParseJob } from '../../cli/parallel/parse-job';
import { defaultWorkers, parseInOrder } from '../../cli/parallel/parse-pool';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';
import { benchRegistry } from '../bench/fixtures';

const FILES = 12;
const registry = benchRegistry(FILES);
let dir: string;
let jobs: ParseJob[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ttdn-pool-'));
  jobs = [];
  for (let i = 0; i < FILES; i++) {
    const code = registry.units[i].code;
    // Sizes differ (5 to 60 activities), so workers finish out of order.
    const model = filledModel({
      registry,
      calendar: DEFAULT_CALENDAR,
      kind: 'bao-cao-6-thang',
      year: 2026,
      unitCode: code,
      ...sampleReport(code, 'bao-cao-6-thang', 2026, i % 2 ? 60 : 5),
      reportDate: '2026-06-10',
    });
    const path = join(dir, `${code}.xlsx`);
    writeFileSync(path, await modelToXlsxBytes(model));
    jobs.push({ path, name: `${code}.xlsx`, received: '2026-06-10' });
  }
  // A file that cannot be read still takes its turn.
  jobs.splice(3, 0, { path: join(dir, 'khong-co.xlsx'), name: 'khong-co.xlsx' });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(workers: number): Promise<{ order: number[]; parsed: ParsedFile[] }> {
  const order: number[] = [];
  const parsed: ParsedFile[] = [];
  await parseInOrder(
    jobs,
    { registry, calendar: DEFAULT_CALENDAR },
    (p, i) => {
      order.push(i);
      parsed.push(p);
    },
    { workers },
  );
  return { order, parsed };
}

test('two worker threads deliver every file in input order, as one thread parses them', async () => {
  const threads = await run(2);
  const single = await run(0);
  expect(threads.order).toEqual(jobs.map((_, i) => i));
  expect(threads.parsed.map((p) => p.file.file)).toEqual(jobs.map((j) => j.name));
  expect(threads.parsed).toEqual(single.parsed);
}, 120_000);

describe('the default number of worker threads', () => {
  const saved = process.env.TTDN_WORKERS;
  beforeEach(() => delete process.env.TTDN_WORKERS);
  afterAll(() => {
    if (saved === undefined) delete process.env.TTDN_WORKERS;
    else process.env.TTDN_WORKERS = saved;
  });

  test('on two cores, a few hundred files are parsed in this thread and more by two workers', () => {
    expect(defaultWorkers(9, 2)).toBe(0);
    expect(defaultWorkers(200, 2)).toBe(0);
    expect(defaultWorkers(400, 2)).toBe(2);
    expect(defaultWorkers(1000, 2)).toBe(2);
  });

  test('more cores take workers sooner, one fewer than the cores, at most eight', () => {
    expect(defaultWorkers(100, 8)).toBe(7);
    expect(defaultWorkers(50, 8)).toBe(0);
    expect(defaultWorkers(1000, 16)).toBe(8);
  });

  test('TTDN_WORKERS overrides the choice', () => {
    process.env.TTDN_WORKERS = '3';
    expect(defaultWorkers(9, 2)).toBe(3);
    process.env.TTDN_WORKERS = '0';
    expect(defaultWorkers(1000, 8)).toBe(0);
  });
});
