import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readXlsxGrid } from '../shared/file';
import type { Calendar, Registry } from '../shared';
import {
  ConfigFileError,
  SUMMARY_SHEETS,
  summarySheetNames,
  cellText,
  DEFAULT_CALENDAR,
  DEFAULT_PRESET,
  ERROR_MESSAGES,
  REGISTRY_PRESETS,
  UsageError,
  parseCalendarJson,
  parseRegistryJson,
  parseRegistryRows,
  presetIds,
} from '../shared';

export interface GlobalOptions {
  preset?: string;
  registry?: string;
  calendar?: string;
  debug?: boolean;
  json?: boolean;
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigFileError(
      `Không đọc được ${what} "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

/** Registry from `--registry` (JSON or CSV) over the `--preset` (default mau-tu-2025). */
export function loadRegistry(opts: GlobalOptions): Registry {
  const presetId = opts.preset ?? DEFAULT_PRESET;
  const base = REGISTRY_PRESETS[presetId];
  if (!base) throw new UsageError(ERROR_MESSAGES.unknownPreset(presetId, presetIds().join(', ')));
  if (!opts.registry) return base;
  if (extname(opts.registry).toLowerCase() === '.xlsx') return registryFromWorkbook(opts.registry, base);
  const text = readText(opts.registry, 'danh sách đơn vị');
  if (extname(opts.registry).toLowerCase() === '.csv') {
    let rows: string[][];
    try {
      // csv-parse's generic overloads cannot express rows of strings without a column map.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
      rows = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    } catch (e) {
      const line = (e as { lines?: number }).lines ?? 1;
      throw new ConfigFileError(ERROR_MESSAGES.registryLine(line, '(CSV)', (e as Error).message));
    }
    return parseRegistryRows(rows, base);
  }
  return parseRegistryJson(text, base);
}

export function loadCalendar(opts: GlobalOptions): Calendar {
  return opts.calendar ? parseCalendarJson(readText(opts.calendar, 'lịch báo cáo')) : DEFAULT_CALENDAR;
}

/** The "Don vi" sheet of a summary workbook, edited by the department, as the registry. */
function registryFromWorkbook(file: string, base: Registry): Registry {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new ConfigFileError(
      `Không đọc được danh sách đơn vị "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  let sheet;
  try {
    // Summaries written before the sheet names had diacritics call it "Don vi".
    const names = summarySheetNames('registry');
    const grid = readXlsxGrid(bytes, { sheets: () => names });
    sheet = names.map((n) => grid.sheet(n)).find(Boolean);
  } catch (e) {
    throw new ConfigFileError(`Không đọc được danh sách đơn vị "${file}": ${(e as Error).message}`);
  }
  if (!sheet)
    throw new ConfigFileError(`"${file}" không có trang "${SUMMARY_SHEETS.registry}" (danh sách đơn vị).`);
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++)
    rows.push(Array.from({ length: 8 }, (_, c) => cellText(sheet.cell(r, c + 1)?.value ?? null)));
  return parseRegistryRows(rows, base);
}
