/**
 * Inputs for the browser benches and the page's cancel test: n filled report workbooks (~40
 * activities each), one per unit of a generated registry whose units carry their own distinct
 * abbreviations (a registry typed into the page is checked, and derived abbreviations of
 * DV_0001…DV_0200 would collide).
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_CALENDAR } from '../../shared';
import type { Registry } from '../../shared';
import { filledModel } from '../../cli/demo/mailbox';
import { sampleReport } from '../../cli/demo/sample-data';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';
import { benchRegistry } from './fixtures';

/** The bench's generated registry (distinct abbreviations: the page refuses colliding ones). */
export const browserBenchRegistry = benchRegistry;

/** The page's settings (local storage) that make `registry` the one in use. */
export function pageSettingsFor(registry: Registry): string {
  return JSON.stringify({
    presetId: 'mau-tu-2025',
    registryText: JSON.stringify(registry.units),
    registryFormat: 'json',
  });
}

/** Writes one filled 6-month report of 2026 per unit into `dir`; returns the file paths in unit order. */
export async function writeReports(dir: string, registry: Registry, activities = 40): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const u of registry.units) {
    const model = filledModel({
      registry,
      calendar: DEFAULT_CALENDAR,
      kind: 'bao-cao-6-thang',
      year: 2026,
      unitCode: u.code,
      ...sampleReport(u.code, 'bao-cao-6-thang', 2026, activities),
      reportDate: '2026-06-10',
    });
    const path = join(dir, `${u.code}.xlsx`);
    await writeFile(path, await modelToXlsxBytes(model));
    paths.push(path);
  }
  return paths;
}
