/**
 * `npm run bench`: figures, not pass/fail. Whole processes, measured side by side and interleaved
 * (A, B, A, B, …) so a busy machine slows both alike; min and median of each.
 *  - `ttdn consolidate` (the installed command: built CLI, code cache, worker threads when they pay) against a process that merely loads the same
 *    files with ExcelJS, at 200 and 1,000 report files (~40 activities each): ratio, growth, peak RSS;
 *  - `ttdn validate` and `ttdn template` process times.
 * Goals (issue 10): consolidate ≤ 0.5× bare load, linear growth, peak RSS ≤ 350 MB at 1,000 files,
 * validate ≤ 0.25 s. Sizes: `npm run bench -- 200 1000`; repeats: TTDN_BENCH_REPEATS (default 3).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchConsolidateArgs, makeBenchSets } from './fixtures';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'cli/bin.cjs');
const USAGE = join(__dirname, 'usage.cjs');
const REPEATS = Number(process.env.TTDN_BENCH_REPEATS ?? 3);

interface Run {
  ms: number;
  rssMb: number;
  cpuMs: number;
}

function measure(args: string[], work: string): Run {
  const usageFile = join(work, `usage-${process.pid}.json`);
  const t0 = performance.now();
  const r = spawnSync('node', ['-r', USAGE, ...args], {
    cwd: work,
    env: { ...process.env, TTDN_BENCH_USAGE: usageFile },
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} → ${r.status}\n${r.stderr}`);
  const u = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
  return { ms, rssMb: u.maxRssKb / 1024, cpuMs: u.cpuMs };
}

const min = (xs: number[]) => Math.min(...xs);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (xs: number[], unit = 's', scale = 1000) =>
  `min ${(min(xs) / scale).toFixed(2)} / trung vị ${(median(xs) / scale).toFixed(2)} ${unit}`;

function main(): Promise<void> {
  return (async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS
    const { buildCli } = require(join(ROOT, 'cli/build.cjs')) as { buildCli: () => Promise<void> };
    await buildCli();
    const work = mkdtempSync(join(tmpdir(), 'ttdn-bench-'));
    try {
      const sizes = process.argv.slice(2).map(Number).filter(Boolean);
      console.log('Tạo tệp thử…');
      const sets = await makeBenchSets(work, sizes.length ? sizes : [200, 1000]);
      const sample = join(sets[0].dir, readdirSync(sets[0].dir)[0]);

      const validate: number[] = [];
      const template: number[] = [];
      for (let i = 0; i < 5; i++) {
        validate.push(measure([BIN, 'validate', sample], work).ms);
        template.push(
          measure(
            [
              BIN,
              'template',
              '--kind',
              'bao-cao-6-thang',
              '--unit',
              'SO_NGOAI_VU',
              '--year',
              '2026',
              '-o',
              'm.xlsx',
            ],
            work,
          ).ms,
        );
      }
      console.log(`ttdn validate (một tệp, cả tiến trình): ${fmt(validate)} (mục tiêu ≤ 0,25 s)`);
      console.log(`ttdn template (cả tiến trình):          ${fmt(template)}`);

      const perFile: number[] = [];
      for (const s of sets) {
        const cons: Run[] = [];
        const bare: Run[] = [];
        for (let i = 0; i < REPEATS; i++) {
          cons.push(
            measure([BIN, ...benchConsolidateArgs(s.registryFile, `tong-hop-${s.files}.xlsx`, s.dir)], work),
          );
          bare.push(measure([join(__dirname, 'bare-load.cjs'), s.dir], work));
        }
        const c = cons.map((r) => r.ms);
        const b = bare.map((r) => r.ms);
        // Each run beside the bare load that ran right after it: a slow spell of the machine slows both.
        const paired = c.map((x, i) => x / b[i]);
        perFile.push(median(c) / s.files);
        console.log(
          `${String(s.files).padStart(4)} tệp: ttdn consolidate ${fmt(c)} | chỉ nạp bằng ExcelJS ${fmt(b)} | ` +
            `tỉ lệ min ${(min(c) / min(b)).toFixed(2)} / trung vị ${(median(c) / median(b)).toFixed(2)}, ` +
            `theo từng cặp min ${min(paired).toFixed(2)} / trung vị ${median(paired).toFixed(2)} (mục tiêu ≤ 0,5) | ` +
            `CPU ${fmt(cons.map((r) => r.cpuMs))} | RSS đỉnh ${Math.max(...cons.map((r) => r.rssMb)).toFixed(0)} MB (nạp trần ${Math.max(...bare.map((r) => r.rssMb)).toFixed(0)} MB)`,
        );
      }
      if (perFile.length > 1)
        console.log(
          `Tăng trưởng: ${perFile.map((x) => `${x.toFixed(1)} ms/tệp`).join(' → ')} (tuyến tính khi gần bằng nhau)`,
        );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  })();
}

void main();
