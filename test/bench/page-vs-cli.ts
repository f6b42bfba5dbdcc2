/**
 * `npm run bench:page` (also the last part of `npm run bench`): the offline page against the CLI on
 * the same 200 report files in one run, repeats interleaved (page, CLI, page, CLI…), min and median.
 *  - page: built dist/ttdn.html from file:// in headless Chromium, from clicking "Tổng hợp" on a
 *    picked folder to the summary being ready (Web Workers parse, the summary is written in a worker);
 *  - CLI: `consolidateCommand` in-process on the folder (no Node start-up counted);
 *  - the page's load size (the one HTML file, raw and gzipped) and its longest main-thread task
 *    during a run (what the user would feel as a freeze).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEFAULT_CALENDAR, REGISTRY_PRESETS } from '../../shared';
import type { Registry, Unit } from '../../shared';
import { consolidateCommand } from '../../cli/commands/consolidate';
import { filledModel } from '../../cli/demo/mailbox';
import { sampleReport } from '../../cli/demo/sample-data';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';
import { hasChromium, launchChromium } from '../helpers/chromium';
import { PAGE_HTML, ensurePageBuild } from '../page/build-page';

const N = Number(process.argv[2]) || 200;
const REPEATS = Number(process.argv[3]) || 3;
const calendar = DEFAULT_CALENDAR;

function registryOf(n: number): Registry {
  const units: Unit[] = Array.from({ length: n }, (_, i) => ({
    code: `DV_${String(i + 1).padStart(4, '0')}`,
    name: `Đơn vị thử ${i + 1}`,
    abbr: `DV${i + 1}`, // distinct: the registry refuses colliding task-code abbreviations
    kind: 'khac',
    active: true,
  }));
  return { ...REGISTRY_PRESETS['mau-tu-2025'], id: 'bench', units };
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
  const registry = registryOf(N);
  try {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(reports);
    for (const u of registry.units) {
      const model = filledModel({
        registry,
        calendar,
        kind: 'bao-cao-6-thang',
        year: 2026,
        unitCode: u.code,
        ...sampleReport(u.code, 'bao-cao-6-thang', 2026, 40),
        reportDate: '2026-06-10',
      });
      await writeFile(join(reports, `${u.code}.xlsx`), await modelToXlsxBytes(model));
    }
    const browser = await launchChromium();
    const context = await browser.newContext();
    const settings = JSON.stringify({
      presetId: 'mau-tu-2025',
      registryText: JSON.stringify(registry.units),
      registryFormat: 'json',
    });
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
      pageTimes.push(performance.now() - t0);
      longest = Math.max(
        longest,
        await page.evaluate(() => (window as unknown as { __longest: number }).__longest),
      );

      t0 = performance.now();
      await consolidateCommand(
        {
          registry,
          calendar,
          kind: 'bao-cao-6-thang',
          year: 2026,
          asOf: '2026-06-30',
          output: join(dir, 'tong-hop-cli.xlsx'),
          inputs: [reports],
          json: true,
          progress: false,
        },
        () => undefined,
      );
      cliTimes.push(performance.now() - t0);
    }
    await browser.close();
    const ratios = pageTimes.map((p, i) => p / cliTimes[i]);
    console.log(
      `Tổng hợp ${N} tệp — trang: min ${s(Math.min(...pageTimes))}, trung vị ${s(median(pageTimes))} | CLI: min ${s(Math.min(...cliTimes))}, trung vị ${s(median(cliTimes))} | trang ÷ CLI: min ${Math.min(...ratios).toFixed(2)}, trung vị ${median(ratios).toFixed(2)} (mục tiêu ≤ 1,3)`,
    );
    console.log(
      `Trang: mở đến khi dùng được trung vị ${s(median(loads))}; tác vụ dài nhất trên luồng giao diện khi tổng hợp ${longest.toFixed(0)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
