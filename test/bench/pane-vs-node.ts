/**
 * `npm run bench:pane` (also part of `npm run bench`): the Excel task pane's consolidation of 200
 * report files in headless Chromium against the same code in Node, in one run, repeats interleaved
 * (pane, Node, pane, Node…), min and median, and their ratio (issue 10 goal: pane ≤ 1.3× Node).
 *
 * Both sides run test/bench/pane-harness.ts — `PortBridge.consolidate` (addin/bridge/port-bridge.ts)
 * on files already in memory, as the pane holds them after "Chọn tệp" — bundled by esbuild for the
 * browser. What is not measured: Office.js writing the summary into the workbook (`applyModel`
 * only counts cells here; a real Excel is needed for that round trip).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PickedFile, UiSettings } from '../../addin/ui/host-bridge';
import { hasChromium, launchChromium } from '../helpers/chromium';
import { browserBenchRegistry, pageSettingsFor, writeReports } from './browser-fixtures';
import type { PaneRun } from './pane-harness';
import { runPane } from './pane-harness';

const N = Number(process.argv[2]) || 200;
const REPEATS = Number(process.argv[3]) || 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function bundleHarness(dir: string): Promise<string> {
  const esbuild = await import('esbuild');
  const out = join(dir, 'pane-harness.js');
  await esbuild.build({
    entryPoints: [join(__dirname, 'pane-harness.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    outfile: out,
    logLevel: 'error',
  });
  const html = join(dir, 'pane.html');
  writeFileSync(
    html,
    `<!doctype html><meta charset="utf-8"><input type="file" multiple id="files"><script src="${basename(out)}"></script>`,
  );
  return html;
}

async function main(): Promise<void> {
  if (!hasChromium()) {
    console.log('Bỏ qua so sánh ngăn tác vụ – Node: không có /usr/bin/chromium.');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-bench-pane-'));
  try {
    const registry = browserBenchRegistry(N);
    const settings = JSON.parse(pageSettingsFor(registry)) as UiSettings;
    const paths = await writeReports(join(dir, 'hop-thu'), registry);
    const files: PickedFile[] = paths.map((p) => ({
      name: basename(p),
      bytes: new Uint8Array(readFileSync(p)),
      modified: statSync(p).mtime.toISOString(),
    }));
    const html = await bundleHarness(dir);

    const browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    await page.locator('#files').setInputFiles(paths);
    // The pane reads each picked file into memory when it is picked; so does this, before timing.
    await page.evaluate(async () => {
      const input = document.getElementById('files') as HTMLInputElement;
      const w = window as unknown as { picked: unknown[] };
      w.picked = await Promise.all(
        [...(input.files ?? [])].map(async (f) => ({
          name: f.name,
          bytes: new Uint8Array(await f.arrayBuffer()),
          modified: new Date(f.lastModified).toISOString(),
        })),
      );
    });

    const paneTimes: number[] = [];
    const nodeTimes: number[] = [];
    let pane: PaneRun | null = null;
    let node: PaneRun | null = null;
    for (let r = 0; r < REPEATS; r++) {
      pane = await page.evaluate((st) => {
        const w = window as unknown as {
          picked: PickedFile[];
          runPane: (f: PickedFile[], s: UiSettings) => Promise<PaneRun>;
        };
        return w.runPane(w.picked, st);
      }, settings);
      paneTimes.push(pane.ms);
      node = await runPane(files, settings);
      nodeTimes.push(node.ms);
    }
    await browser.close();
    if (!pane || !node) return;
    // Both sides must have done the same work, or the ratio means nothing.
    if (JSON.stringify(pane.summary) !== JSON.stringify(node.summary) || pane.cells !== node.cells)
      throw new Error('Ngăn tác vụ và Node cho kết quả khác nhau.');
    const ratios = paneTimes.map((p, i) => p / nodeTimes[i]);
    console.log(
      `Ngăn tác vụ (PortBridge.consolidate, Chromium, luồng giao diện) ${N} tệp: min ${s(Math.min(...paneTimes))}, trung vị ${s(median(paneTimes))} | Node: min ${s(Math.min(...nodeTimes))}, trung vị ${s(median(nodeTimes))} | ngăn ÷ Node: min ${(Math.min(...paneTimes) / Math.min(...nodeTimes)).toFixed(2)} (theo thời gian nhỏ nhất), trung vị các cặp ${median(ratios).toFixed(2)} (mục tiêu ≤ 1,3); ${pane.summary.accepted} tệp tiếp nhận, ${pane.cells} ô tổng hợp; không đo lượt ghi vào Excel qua Office.js`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
