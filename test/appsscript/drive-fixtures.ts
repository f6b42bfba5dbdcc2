/**
 * Submissions on the fake Drive: real .xlsx bytes of generated forms (made by the CLI's writer), as
 * an uploaded .xlsx or as a Google Sheet whose Drive export is those bytes. Generated per test run;
 * nothing is committed.
 */
import { DEFAULT_CALENDAR, DEFAULT_PRESET, REGISTRY_PRESETS, prepareTemplate } from '../../shared';
import type { FlowSettings, ReportKind } from '../../shared';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';
import type { PickedRef } from '../../appsscript/server/drive-files';
import { MIME_SHEETS, MIME_XLSX } from '../../appsscript/server/drive-files';
import { drive, pick } from './fake-gas';

export const registry = REGISTRY_PRESETS[DEFAULT_PRESET];
export const settings: FlowSettings = { registry, calendar: DEFAULT_CALENDAR, generator: 'test' };

const cache = new Map<string, Promise<Uint8Array>>();

/**
 * The form of one unit as .xlsx bytes, with `rows` activity rows half filled (name and budget:
 * blocking errors), or with `complete` one valid report row. No rows at all is an untouched
 * template ("mẫu trống"), which consolidation does not count as submitted.
 */
export function formBytes(
  kind: ReportKind,
  unitCode: string,
  year: number,
  rows = 0,
  complete = false,
): Promise<Uint8Array> {
  const key = `${kind}|${unitCode}|${year}|${rows}|${complete}`;
  let p = cache.get(key);
  if (!p) {
    const prefill = complete
      ? [{ tenHoatDong: 'Hoạt động đã hoàn thành', nhomNhiemVu: 'Khác', tinhTrang: 'Hoàn thành', kinhPhi: 1 }]
      : Array.from({ length: rows }, (_, i): Record<string, string | number> =>
          kind === 'ke-hoach-nam'
            ? { tenNhiemVu: `Nhiệm vụ ${i + 1}`, chuTri: 'Sở Ngoại vụ', kinhPhi: i + 1 }
            : { tenHoatDong: `Hoạt động ${i + 1}`, kinhPhi: i + 1 },
        );
    const model = prepareTemplate(settings, {
      kind,
      unitCode,
      year,
      now: new Date('2026-06-01T00:00:00Z'),
      prefill,
    }).model;
    p = modelToXlsxBytes(model);
    cache.set(key, p);
  }
  return p;
}

/** Puts a file on the fake Drive; `picked` grants it as the Picker would (drive.file). */
export function putFile(
  id: string,
  name: string,
  as: 'sheets' | 'xlsx',
  bytes: Uint8Array,
  opts: { updated?: Date; picked?: boolean } = {},
): PickedRef {
  const mimeType = as === 'sheets' ? MIME_SHEETS : MIME_XLSX;
  drive.set(id, {
    id,
    name,
    mimeType,
    ...(as === 'sheets' ? { exported: bytes } : { bytes }),
    updated: opts.updated ?? new Date('2026-06-10T03:00:00Z'),
  });
  if (opts.picked !== false) pick(id);
  return { id, name, mimeType };
}
