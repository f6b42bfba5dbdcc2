/**
 * `npm run bench:page` (also the last part of `npm run bench`): the offline page against the CLI on
 * the same 200 report files in one run, repeats interleaved (page, CLI, page, CLI…), min and median.
 *  - page: built dist/ttdn.html from file:// in headless Chromium, "Tổng hợp" clicked on a picked
 *    folder; timed inside the page from the run's start to the summary being ready (User Timing,
 *    RUN_MEASURE), and also from Playwright's click to the download button seen (Web Workers parse,
 *    the summary is written in a worker);
 *  - CLI: the built command in a fresh process each time (a cold start, as the page's fresh workers
 *    have), timed inside it from the command's start to the summary written: no Node start-up or
 *    bundle loading counted, as the page's load is not counted either. (Timed in this process, a
 *    run after the first found the parser already compiled and optimised, and was no longer a run
 *    a user makes.)
 *  - the page's load size (the one HTML file, raw and gzipped) and its longest main-thread task
 *    during a run (what the user would feel as a freeze).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../page/build-page';
import { RUN_MEASURE } from '../../page/host/file-bridge';
import { hasChromium, launchChromium } from '../helpers/chromium';
import { PAGE_HTML, ensurePageBuild } from '../page/build-page';
import { browserBenchRegistry, pageSettingsFor, writeReports } from './browser-fixtures';
import { benchConsolidateArgs } from './fixtures';

const N = Number(process.argv[2]) || 200;
const REPEATS = Number(process.argv[3]) || 3;

/** The built CLI, loaded in a fresh process; prints how long `consolidate` took once loaded. */
function cliRun(args: string[]): number {
  const bundle = join(ROOT, 'cli', 'dist', 'ttdn.cjs');
  const script = `const { run } = require(${JSON.stringify(bundle)});
    const t = performance.now();
    run(${JSON.stringify(args)}).then((code) => { process.stderr.write('\\nms=' + (performance.now() - t)); process.exit(code); });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ttdn consolidate → ${r.status}\n${r.stderr}`);
  return Number(/\nms=([\d.]+)$/.exec(r.stderr)?.[1]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  if (!hasChromium()) {
    console.log('Bỏ qua so sánh trang ngoại tuyến – CLI: không có /usr/bin/chromium.');
    return;
  }
  ensurePageBuild();
  const html = readFileSync(PAGE_HTML);
  console.log(
    `Trang ngoại tuyến dist/ttdn.html: ${(statSync(PAGE_HTML).size / 2 ** 20).toFixed(2)} MB (gzip ${(gzipSync(html).length / 2 ** 20).toFixed(2)} MB), một tệp, không tải gì thêm`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-bench-page-'));
  const reports = join(dir, 'hop-thu');
  const registry = browserBenchRegistry(N);
  try {
    await writeReports(reports, registry);
    const registryFile = join(dir, 'don-vi.json');
    writeFileSync(registryFile, JSON.stringify(registry.units));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS
    await (require(join(ROOT, 'cli/build.cjs')) as { buildCli: () => Promise<void> }).buildCli();
    const browser = await launchChromium();
    const context = await browser.newContext();
    const settings = pageSettingsFor(registry);
    await context.addInitScript((v) => {
      localStorage.setItem('ttdn.page.settings', v);
      // The longest main-thread task while the page works: what a user would feel as a freeze.
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask' });
    }, settings);
    const page = await context.newPage();
    const pageTimes: number[] = [];
    const outside: number[] = [];
    const cliTimes: number[] = [];
    const loads: number[] = [];
    let longest = 0;
    for (let r = 0; r < REPEATS; r++) {
      let t0 = performance.now();
      await page.goto(pathToFileURL(PAGE_HTML).href);
      await page.getByRole('tab', { name: 'Tổng hợp' }).click();
      loads.push(performance.now() - t0);
      await page.getByRole('textbox', { name: 'Năm tổng hợp' }).fill('2026');
      await page.getByLabel('Tính đến ngày').fill('2026-06-30');
      await page.getByTestId('reports-folder').setInputFiles(reports);
      await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
      t0 = performance.now();
      await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
      await page.getByRole('button', { name: /Tải bảng tổng hợp/ }).waitFor({ timeout: 300_000 });
      outside.push(performance.now() - t0);
      // The page's own time, from the run's start to the summary ready: as the CLI's is timed
      // inside its process, without the harness's latency in clicking and in seeing the result.
      pageTimes.push(
        await page.evaluate(
          (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? NaN,
          RUN_MEASURE,
        ),
      );
      longest = Math.max(
        longest,
        await page.evaluate(() => (window as unknown as { __longest: number }).__longest),
      );

      cliTimes.push(cliRun(benchConsolidateArgs(registryFile, join(dir, 'tong-hop-cli.xlsx'), reports)));
    }
    await browser.close();
    const ratios = pageTimes.map((p, i) => p / cliTimes[i]);
    console.log(
      `Tổng hợp ${N} tệp — trang: min ${s(Math.min(...pageTimes))}, trung vị ${s(median(pageTimes))} | CLI: min ${s(Math.min(...cliTimes))}, trung vị ${s(median(cliTimes))} | trang ÷ CLI: min ${Math.min(...ratios).toFixed(2)}, trung vị ${median(ratios).toFixed(2)} (mục tiêu ≤ 1,3)`,
    );
    console.log(
      `Trang: từ cú bấm của Playwright đến khi thấy nút tải: trung vị ${s(median(outside))}; mở đến khi dùng được trung vị ${s(median(loads))}; tác vụ dài nhất trên luồng giao diện khi tổng hợp ${longest.toFixed(0)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
