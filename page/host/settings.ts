import { stringify } from 'csv-stringify/sync';
import type { Calendar, Registry } from '../../shared';
import {
  DEFAULT_CALENDAR,
  DEFAULT_PRESET,
  REGISTRY_PRESETS,
  SUMMARY_SHEETS,
  cellText,
  parseCalendarJson,
  parseRegistryJson,
  parseRegistryRows,
} from '../../shared';
import { readXlsxGrid } from '../../shared/file';
import { parseCsv } from '../../addin/bridge/csv';
import type { UiSettings } from '../../addin/ui/host-bridge';
import { PAGE_MESSAGES } from '../../shared/messages/vi';

/** Settings of the offline page, kept in the browser's local storage (per computer and browser). */

export const SETTINGS_KEY = 'ttdn.page.settings';

export interface SettingsStore {
  load(): UiSettings;
  save(s: UiSettings): void;
}

export function localSettingsStore(storage: Storage = localStorage): SettingsStore {
  return {
    load() {
      try {
        const raw = storage.getItem(SETTINGS_KEY);
        const s = raw ? (JSON.parse(raw) as Partial<UiSettings>) : {};
        return { ...s, presetId: s.presetId ?? DEFAULT_PRESET };
      } catch {
        return { presetId: DEFAULT_PRESET };
      }
    },
    save(s) {
      try {
        storage.setItem(SETTINGS_KEY, JSON.stringify(s));
      } catch {
        throw new Error(PAGE_MESSAGES.storageFull);
      }
    },
  };
}

/** Registry and calendar the core runs with; throws the core's Vietnamese error for a bad file. */
export function resolveSettings(s: UiSettings): { registry: Registry; calendar: Calendar } {
  const base = REGISTRY_PRESETS[s.presetId] ?? REGISTRY_PRESETS[DEFAULT_PRESET];
  let registry = base;
  if (s.registryText)
    registry =
      s.registryFormat === 'csv'
        ? parseRegistryRows(parseCsv(s.registryText), base)
        : parseRegistryJson(s.registryText, base);
  const calendar = s.calendarText ? parseCalendarJson(s.calendarText) : DEFAULT_CALENDAR;
  return { registry, calendar };
}

/**
 * A summary workbook's editable "Don vi" sheet as registry CSV text, so it is stored like a CSV
 * registry (the same sheet `ttdn --registry summary.xlsx` reads).
 */
export function registryCsvFromWorkbook(bytes: Uint8Array, name: string): string {
  let sheet;
  try {
    sheet = readXlsxGrid(bytes, { sheets: () => [SUMMARY_SHEETS.registry] }).sheet(SUMMARY_SHEETS.registry);
  } catch (e) {
    throw new Error(PAGE_MESSAGES.unreadable(name, e instanceof Error ? e.message : String(e)), { cause: e });
  }
  if (!sheet) throw new Error(PAGE_MESSAGES.noRegistrySheet(name, SUMMARY_SHEETS.registry));
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++)
    rows.push(Array.from({ length: 6 }, (_, c) => cellText(sheet.cell(r, c + 1)?.value ?? null)));
  return stringify(rows);
}
