import type { UiSettings } from '../../addin/ui/host-bridge';
import type { FlowSettings } from '../../shared';
import {
  DEFAULT_CALENDAR,
  DEFAULT_PRESET,
  REGISTRY_PRESETS,
  UsageError,
  parseCalendarJson,
  parseRegistryJson,
  parseRegistryRows,
} from '../../shared';
import { readJsonProp, writeJsonProp } from './props';

/** Settings live with the document (DocumentProperties), so every user of the file sees the same registry. */

const SETTINGS_KEY = 'ttdn_settings';
export const GENERATOR = 'ttdn-sheets/0.1.0';

export function loadSettings(): UiSettings {
  return (
    readJsonProp<UiSettings>(PropertiesService.getDocumentProperties(), SETTINGS_KEY) ?? {
      presetId: DEFAULT_PRESET,
    }
  );
}

export function saveSettings(s: UiSettings): void {
  // Parse first: a registry or calendar the core refuses is never stored.
  flowSettings(s);
  writeJsonProp(PropertiesService.getDocumentProperties(), SETTINGS_KEY, s);
}

export function flowSettings(s: UiSettings = loadSettings()): FlowSettings {
  const base = REGISTRY_PRESETS[s.presetId];
  if (!base)
    throw new UsageError(
      `Bộ dữ liệu mẫu "${s.presetId}" không có. Chọn một trong: ${Object.keys(REGISTRY_PRESETS).join(', ')}.`,
    );
  let registry = base;
  if (s.registryText) {
    registry =
      s.registryFormat === 'csv'
        ? parseRegistryRows(Utilities.parseCsv(s.registryText.replace(/^\uFEFF/, '')), base)
        : parseRegistryJson(s.registryText, base);
  }
  const calendar = s.calendarText ? parseCalendarJson(s.calendarText) : DEFAULT_CALENDAR;
  return { registry, calendar, generator: GENERATOR };
}
