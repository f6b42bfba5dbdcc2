/**
 * Benchmark (not a test): template generation and validation of a typical report, in process.
 * Budget (SPEC §9): < 200 ms each for a typical workbook in Node. Run: npx tsx test/bench/core-bench.ts
 */
import { performance } from 'node:perf_hooks';
import { generateXlsx } from '../../cli/generate';
import { readXlsxGrid } from '../../cli/xlsx/read-xlsx-grid';
import { DEFAULT_CALENDAR, REGISTRY_PRESETS, countBySeverity, parseWorkbook } from '../../shared';
import { FormFiller, cleanReportRows, sumBudget, CLEAN_NARRATIVES } from '../helpers/forms';

const RUNS = 30;
const BUDGET_MS = 200;
const registry = REGISTRY_PRESETS['mau-tu-2025'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function time(label: string, fn: () => unknown): Promise<void> {
  for (let i = 0; i < 3; i++) await fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  const m = median(xs);
  console.log(
    `${label.padEnd(48)} median ${m.toFixed(1).padStart(7)} ms  (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})  ratio to ${BUDGET_MS} ms: ${(m / BUDGET_MS).toFixed(3)}`,
  );
}

async function main(): Promise<void> {
  const gen = () =>
    generateXlsx({
      registry,
      calendar: DEFAULT_CALENDAR,
      kind: 'bao-cao-nam',
      unitCode: 'SO_NGOAI_VU',
      year: 2026,
      now: new Date(Date.UTC(2026, 0, 5)),
    });

  // A typical filled report: ~40 activities (body grows by inserted rows), indicators, narratives.
  const f = await FormFiller.generate('bao-cao-nam');
  const rows = cleanReportRows(40);
  const body = f.region('TTDN_HoatDong');
  f.insertRowsInside(1, rows.length - (body.bottom - body.top + 1));
  f.setRows(rows);
  f.setIndicators({ CT01: 3, CT02: 120, CT03: 450, CT10: 4, CT11: 220, CT17: sumBudget(rows) });
  f.setNarratives(Object.fromEntries(Object.entries(CLEAN_NARRATIVES).map(([k, v]) => [k, v.repeat(20)])));
  f.setNamed('TTDN_SoKyHieu', 'Số: 34/BC-SNV');
  const filled = await f.save();
  const check = parseWorkbook(readXlsxGrid(filled), { registry, calendar: DEFAULT_CALENDAR });
  const { errors, warnings } = countBySeverity(check.findings);
  console.log(
    `typical report: ${check.submission.rows.length} activities, ${(filled.length / 1024).toFixed(1)} KiB, ${errors} errors, ${warnings} warnings`,
  );

  await time('generate report workbook (layout + ExcelJS write)', gen);
  await time('validate filled report (bytes → grid → parse)', () =>
    parseWorkbook(readXlsxGrid(filled), { registry, calendar: DEFAULT_CALENDAR }),
  );
}

void main();
