/**
 * Bench inputs: n filled report workbooks (~40 activities each, one per unit of a generated
 * registry) and that registry as a JSON file, so a separate `ttdn` process can consolidate them.
 */
import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_CALENDAR, REGISTRY_PRESETS } from '../../shared';
import type { Registry, Unit } from '../../shared';
import { filledModel } from '../../cli/demo/mailbox';
import { sampleReport } from '../../cli/demo/sample-data';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';

export function benchRegistry(n: number): Registry {
  const units: Unit[] = Array.from({ length: n }, (_, i) => ({
    code: `DV_${String(i + 1).padStart(4, '0')}`,
    name: `Đơn vị thử ${i + 1}`,
    // Distinct abbreviations: the registry refuses two units whose task codes would collide.
    abbr: `DV${i + 1}`,
    kind: 'khac',
    active: true,
  }));
  return { ...REGISTRY_PRESETS['mau-tu-2025'], id: 'bench', units };
}

/** `ttdn consolidate` of the bench's reports in `dir` (6-month reports of 2026, as of 30/06) into `output`. */
export function benchConsolidateArgs(registryFile: string, output: string, dir: string): string[] {
  return [
    'consolidate',
    '--registry',
    registryFile,
    '--kind',
    'bao-cao-6-thang',
    '--year',
    '2026',
    '--as-of',
    '2026-06-30',
    '--json',
    '-o',
    output,
    dir,
  ];
}

export interface BenchSet {
  dir: string;
  registryFile: string;
  files: number;
}

/** Writes `max` report files under `root/all`, and for each size a folder of hard links to the first n. */
export async function makeBenchSets(root: string, sizes: readonly number[]): Promise<BenchSet[]> {
  const max = Math.max(...sizes);
  const reg = benchRegistry(max);
  const all = join(root, 'all');
  mkdirSync(all, { recursive: true });
  for (let i = 0; i < max; i++) {
    const code = reg.units[i].code;
    const model = filledModel({
      registry: reg,
      calendar: DEFAULT_CALENDAR,
      kind: 'bao-cao-6-thang',
      year: 2026,
      unitCode: code,
      ...sampleReport(code, 'bao-cao-6-thang', 2026, 40),
      reportDate: '2026-06-10',
    });
    await writeFile(join(all, `${code}.xlsx`), await modelToXlsxBytes(model));
  }
  return sizes.map((n) => {
    const dir = join(root, `n${n}`);
    mkdirSync(dir, { recursive: true });
    for (const u of reg.units.slice(0, n)) linkSync(join(all, `${u.code}.xlsx`), join(dir, `${u.code}.xlsx`));
    const registryFile = join(root, `units-${n}.json`);
    writeFileSync(registryFile, JSON.stringify(reg.units.slice(0, n)));
    return { dir, registryFile, files: n };
  });
}
