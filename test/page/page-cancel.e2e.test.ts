import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page, Worker } from 'playwright-core';
import { DEFAULT_CALENDAR } from '../../shared';
import { consolidateCommand } from '../../cli/commands/consolidate';
import type { ConsolidateJson } from '../../cli/commands/consolidate';
import { readSummary } from '../../cli/commands/export';
import { browserBenchRegistry, pageSettingsFor, writeReports } from '../bench/browser-fixtures';
import { CHROMIUM, hasChromium, launchChromium } from '../helpers/chromium';
import { PAGE_HTML, ensurePageBuild } from './build-page';

/**
 * "Hủy" during a large consolidation on the BUILT page from file:// in headless Chromium: the run
 * stops for real (its Web Workers are terminated, nothing more is reported, no summary is offered)
 * and the page is usable again — a second run completes with the CLI's totals.
 */

const haveChromium = hasChromium();
if (!haveChromium)
  console.warn(`Bỏ qua kiểm thử hủy tổng hợp: không có ${CHROMIUM} (cài gói Debian "chromium").`);
const maybe = haveChromium ? describe : describe.skip;

/** Enough files that parsing takes seconds on any machine, so "Hủy" lands mid-run. */
const N = 160;
const YEAR = 2026;
const AS_OF = '2026-06-30';
const REGISTRY = browserBenchRegistry(N);

let dir: string;
let reports: string;
let browser: Browser;
let page: Page;
const workers: { worker: Worker; closed: boolean }[] = [];
const downloads: string[] = [];

async function startRun(): Promise<void> {
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
}

maybe('offline page: cancelling a consolidation', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ttdn-page-cancel-'));
    ensurePageBuild();
    reports = join(dir, 'hop-thu');
    await writeReports(reports, REGISTRY);
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' });
    await context.addInitScript(
      (v) => localStorage.setItem('ttdn.page.settings', v),
      pageSettingsFor(REGISTRY),
    );
    page = await context.newPage();
    page.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
    page.on('worker', (w) => {
      const entry = { worker: w, closed: false };
      workers.push(entry);
      w.on('close', () => (entry.closed = true));
    });
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.goto(pathToFileURL(PAGE_HTML).href);
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByRole('textbox', { name: 'Năm tổng hợp' }).fill(String(YEAR));
    await page.getByLabel('Tính đến ngày').fill(AS_OF);
    await page.getByTestId('reports-folder').setInputFiles(reports);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  let doneAtCancel: number;

  test('"Hủy" while files are being parsed stops the run and says so', async () => {
    await startRun();
    // Cancel once some files are done but parsing is not over.
    const shown = await page.waitForFunction(
      (n) => {
        const m = /Đã xử lý (\d+)\//.exec(document.body.textContent ?? '');
        return m !== null && Number(m[1]) > 0 && Number(m[1]) < n ? Number(m[1]) : false;
      },
      N,
      { polling: 10, timeout: 120_000 },
    );
    doneAtCancel = (await shown.jsonValue()) as number;
    await page.getByRole('button', { name: 'Hủy' }).click();
    await page.getByText('Đã hủy tổng hợp theo yêu cầu.').waitFor({ timeout: 10_000 });
    expect(doneAtCancel).toBeGreaterThan(0);
    expect(doneAtCancel).toBeLessThan(N);
  }, 180_000);

  test('after "Hủy" the workers are terminated and no progress is reported any more', async () => {
    expect(workers.length).toBeGreaterThan(0);
    // Closing is reported asynchronously: give it up to 5 s.
    for (let t = 0; t < 100 && !workers.every((w) => w.closed); t++)
      await new Promise((r) => setTimeout(r, 50));
    expect(workers.filter((w) => !w.closed).length).toBe(0);
    // Watch the page for a while: no progress line comes back.
    const reappeared = await page.evaluate(
      () =>
        new Promise<boolean>((done) => {
          const seen = () => /Đã xử lý \d+\//.test(document.body.textContent ?? '');
          const obs = new MutationObserver(() => {
            if (seen()) done(true);
          });
          obs.observe(document.body, { subtree: true, childList: true, characterData: true });
          setTimeout(() => {
            obs.disconnect();
            done(seen());
          }, 1500);
        }),
    );
    expect(reappeared).toBe(false);
  });

  test('after "Hủy" no summary is offered and the page is usable again', async () => {
    await expect(page.getByRole('button', { name: /Tải bảng tổng hợp/ }).count()).resolves.toBe(0);
    expect(downloads).toEqual([]);
    await expect(page.getByRole('button', { name: 'Hủy' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Tổng hợp', exact: true }).isEnabled()).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: 'Năm tổng hợp' }).isEnabled()).resolves.toBe(true);
  });

  test('a second run after "Hủy" completes with the totals `ttdn consolidate` gives', async () => {
    const before = workers.length;
    await startRun();
    const d = page.waitForEvent('download');
    await page.getByRole('button', { name: /Tải bảng tổng hợp/ }).click({ timeout: 180_000 });
    const pageSummary = join(dir, 'tong-hop-trang.xlsx');
    writeFileSync(pageSummary, readFileSync(await (await d).path()));
    // The second run started fresh workers (the cancelled ones stay closed).
    expect(workers.length).toBeGreaterThan(before);

    let printed = '';
    await consolidateCommand(
      {
        registry: REGISTRY,
        calendar: DEFAULT_CALENDAR,
        kind: 'bao-cao-6-thang',
        year: YEAR,
        asOf: AS_OF,
        output: join(dir, 'tong-hop-cli.xlsx'),
        inputs: [reports],
        json: true,
        progress: false,
        workers: 0,
      },
      (s) => (printed += s),
    );
    const cli = JSON.parse(printed) as ConsolidateJson;
    const fromPage = await readSummary(pageSummary);
    expect(Object.keys(cli.totals).length).toBeGreaterThan(0);
    expect(Object.fromEntries(fromPage.indicators.map((i) => [i.code, i.total]))).toEqual(
      expect.objectContaining(cli.totals),
    );
    expect(fromPage.submissions.filter((s) => s.status === 'accepted')).toHaveLength(N);
    await expect(page.getByTestId('summary-counts').textContent()).resolves.toContain(`Tiếp nhận ${N} tệp`);
  }, 240_000);
});
