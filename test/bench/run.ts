/**
 * `npm run bench`: figures, not pass/fail (the reader alone: test/bench/read-grid-vs-exceljs.ts). Prints
 *  - generating and validating one typical report workbook in-process (budget 200 ms each);
 *  - consolidating 200 and 1000 report workbooks (~40 activities each) against a bare ExcelJS
 *    load of the same files in the same run: the ratio, files/s and peak memory.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_CALENDAR, REGISTRY_PRESETS, parseWorkbook } from '../../shared';
import type { Registry, Unit } from '../../shared';
import { consolidateCommand } from '../../cli/commands/consolidate';
import { filledModel } from '../../cli/demo/mailbox';
import { sampleReport } from '../../cli/demo/sample-data';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';
import { readXlsxGrid } from '../../shared/file/read-xlsx-grid';

const calendar = DEFAULT_CALENDAR;
const base = REGISTRY_PRESETS['mau-tu-2025'];

function bigRegistry(n: number): Registry {
  const units: Unit[] = Array.from({ length: n }, (_, i) => ({
    code: `DV_${String(i + 1).padStart(4, '0')}`,
    name: `Đơn vị thử ${i + 1}`,
    kind: 'khac',
    active: true,
  }));
  return { ...base, id: 'bench', units };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

async function coreTimings(): Promise<void> {
  const reg = bigRegistry(1);
  const gen: number[] = [];
  const val: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    const model = filledModel({
      registry: reg,
      calendar,
      kind: 'bao-cao-6-thang',
      year: 2026,
      unitCode: 'DV_0001',
      ...sampleReport('DV_0001', 'bao-cao-6-thang', 2026, 40),
      reportDate: '2026-06-10',
    });
    bytes = await modelToXlsxBytes(model);
    gen.push(performance.now() - t0);
  }
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    parseWorkbook(readXlsxGrid(bytes), { registry: reg, calendar });
    val.push(performance.now() - t0);
  }
  console.log(
    `Tạo biểu mẫu báo cáo (40 hoạt động, bố cục + ghi .xlsx): trung vị ${median(gen).toFixed(1)} ms (${(median(gen) / 200).toFixed(2)} × ngân sách 200 ms)`,
  );
  console.log(
    `Kiểm tra một tệp đã điền (đọc + phân tích + kiểm tra):   trung vị ${median(val).toFixed(1)} ms (${(median(val) / 200).toFixed(2)} × ngân sách 200 ms)`,
  );
}

async function makeFiles(dir: string, reg: Registry, n: number): Promise<void> {
  // One template filled per unit; the sample data differs per unit code.
  for (let i = 0; i < n; i++) {
    const code = reg.units[i].code;
    const model = filledModel({
      registry: reg,
      calendar,
      kind: 'bao-cao-6-thang',
      year: 2026,
      unitCode: code,
      ...sampleReport(code, 'bao-cao-6-thang', 2026, 40),
      reportDate: '2026-06-10',
    });
    await writeFile(join(dir, `${code}.xlsx`), await modelToXlsxBytes(model));
  }
}

async function consolidationBench(n: number): Promise<{ ratio: number; perSecond: number }> {
  const dir = mkdtempSync(join(tmpdir(), `ttdn-bench-${n}-`));
  try {
    const reg = bigRegistry(n);
    await makeFiles(dir, reg, n);
    const files = readdirSync(dir).map((f) => join(dir, f));
    // Consolidation first, so its peak memory is not inflated by ExcelJS's garbage.
    global.gc?.();
    peakRss = process.memoryUsage().rss;
    const timer = setInterval(sample, 20);
    let t0 = performance.now();
    await consolidateCommand(
      {
        registry: reg,
        calendar,
        kind: 'bao-cao-6-thang',
        year: 2026,
        asOf: '2026-06-30',
        output: join(tmpdir(), `ttdn-bench-summary-${n}.xlsx`),
        inputs: [dir],
        json: true,
        progress: false,
      },
      () => undefined,
    );
    const full = performance.now() - t0;
    clearInterval(timer);
    sample();
    const consolidationPeak = peakRss;
    global.gc?.();
    t0 = performance.now();
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(f)) as unknown as ExcelJS.Buffer);
    }
    const bare = performance.now() - t0;
    peakRss = consolidationPeak;
    const ratio = full / bare;
    console.log(
      `Tổng hợp ${String(n).padStart(4)} tệp: ${(full / 1000).toFixed(2)} s (${(n / (full / 1000)).toFixed(0)} tệp/s) | chỉ nạp bằng ExcelJS: ${(bare / 1000).toFixed(2)} s | tỉ lệ ${ratio.toFixed(2)} | RSS đỉnh ${(peakRss / 2 ** 20).toFixed(0)} MB`,
    );
    return { ratio, perSecond: n / (full / 1000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await coreTimings();
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const results = [];
  for (const n of sizes.length ? sizes : [200, 1000]) results.push(await consolidationBench(n));
  if (results.length > 1)
    console.log(
      `Tăng trưởng: tốc độ ${results[0].perSecond.toFixed(0)} → ${results[results.length - 1].perSecond.toFixed(0)} tệp/s (tuyến tính khi gần bằng nhau)`,
    );
}

void main();
