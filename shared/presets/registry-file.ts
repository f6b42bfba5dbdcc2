import { ConfigFileError } from '../domain/errors';
import type { Authority, Registry, Unit, UnitKind } from '../domain/types';
import { UNIT_KINDS } from '../domain/types';
import { ERROR_MESSAGES, FIELD_PROBLEMS } from '../messages/vi';
import { cleanText } from '../text/normalize';
import { REGISTRY_PRESETS, taskCodeUnit, unitAbbr } from './registry-presets';

/**
 * Registry files (SPEC §3.1): JSON `[{code,name,abbr?,kind,parent?,parentBody?,email?,active?}]` or
 * `{units:[…], consolidator, ministry, province?, place?, governingBody?}`, or CSV rows with the header
 * `code,name,abbr,kind,parent,email,active` (columns in any order; `abbr`, `parent_body` and the
 * rest optional, so files written before `abbr` still load).
 * CSV text is split into rows by the host (a CSV library); this module checks the fields and
 * names the line and field of the first problem.
 */

export const REGISTRY_CSV_HEADER = ['code', 'name', 'abbr', 'kind', 'parent', 'email', 'active'] as const;
/** Optional columns beyond the SPEC header. */
const REGISTRY_CSV_EXTRA = ['parent_body'] as const;
const REQUIRED_COLUMNS = ['code', 'name', 'kind'];
/** Letters (with Vietnamese ones such as Đ), digits and `&`: `SNgV`, `SKHĐT`, `UBND`. */
const ABBR = /^[\p{L}\p{N}&]{1,20}$/u;
const CODE = /^[A-Z0-9_]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function fail(line: number, field: string, problem: string): never {
  throw new ConfigFileError(ERROR_MESSAGES.registryLine(line, field, problem));
}

function parseActive(v: unknown, line: number): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (typeof v === 'boolean') return v;
  const s = typeof v === 'string' || typeof v === 'number' ? cleanText(String(v)).toLowerCase() : '?';
  if (['true', '1', 'có', 'co', 'x', 'yes'].includes(s)) return true;
  if (['false', '0', 'không', 'khong', 'no'].includes(s)) return false;
  return fail(line, 'active', FIELD_PROBLEMS.badBoolean);
}

function toUnit(raw: Record<string, unknown>, line: number): Unit {
  const str = (k: string) => {
    const v = raw[k];
    return typeof v === 'string' || typeof v === 'number' ? cleanText(String(v)) : '';
  };
  const code = str('code').toUpperCase();
  if (!code) fail(line, 'code', FIELD_PROBLEMS.required);
  if (!CODE.test(code)) fail(line, 'code', FIELD_PROBLEMS.badCode);
  const name = str('name');
  if (!name) fail(line, 'name', FIELD_PROBLEMS.required);
  const kind = str('kind');
  if (!(UNIT_KINDS as readonly string[]).includes(kind))
    fail(line, 'kind', FIELD_PROBLEMS.badKind(UNIT_KINDS));
  const unit: Unit = { code, name, kind: kind as UnitKind, active: parseActive(raw.active, line) };
  const abbr = str('abbr');
  if (abbr) {
    if (!ABBR.test(abbr)) fail(line, 'abbr', FIELD_PROBLEMS.badAbbr);
    unit.abbr = abbr;
  }
  const parentBody = str('parentBody') || str('parent_body');
  if (parentBody) unit.parentBody = parentBody;
  const parent = str('parent').toUpperCase();
  if (parent) unit.parent = parent;
  const email = str('email');
  if (email) {
    if (!EMAIL.test(email)) fail(line, 'email', FIELD_PROBLEMS.badEmail);
    unit.email = email;
  }
  return unit;
}

function checkUnits(units: Unit[], lines: number[]): void {
  const seen = new Map<string, number>();
  units.forEach((u, i) => {
    const prev = seen.get(u.code);
    if (prev !== undefined) fail(lines[i], 'code', FIELD_PROBLEMS.duplicate(prev));
    seen.set(u.code, lines[i]);
  });
  // Task codes fold the abbreviation to A–Z/0–9, so `SNgV` and `SNGV` (or a unit without `abbr`
  // whose derived short form is the same) would share codes: they collide here.
  const abbrs = new Map<string, number>();
  units.forEach((u, i) => {
    const key = taskCodeUnit(u);
    const prev = abbrs.get(key);
    if (prev !== undefined) fail(lines[i], 'abbr', FIELD_PROBLEMS.duplicateAbbr(unitAbbr(u), prev));
    abbrs.set(key, lines[i]);
  });
  units.forEach((u, i) => {
    if (u.parent && !seen.has(u.parent)) fail(lines[i], 'parent', FIELD_PROBLEMS.unknownParent(u.parent));
  });
}

function authority(v: unknown, fallback: Authority): Authority {
  if (typeof v === 'string' && v.trim()) return { name: cleanText(v) };
  if (v && typeof v === 'object' && typeof (v as Authority).name === 'string')
    return { name: cleanText((v as Authority).name), short: (v as Authority).short };
  return fallback;
}

/** A registry from JSON text; settings not in the file come from `base` (a preset). */
export function parseRegistryJson(text: string, base: Registry = REGISTRY_PRESETS['mau-tu-2025']): Registry {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(1, '(tệp)', FIELD_PROBLEMS.badJson((e as Error).message));
  }
  const obj = Array.isArray(data) ? { units: data } : (data as Record<string, unknown>);
  if (!obj || typeof obj !== 'object' || !Array.isArray(obj.units))
    return fail(1, 'units', FIELD_PROBLEMS.badShape);
  const rawUnits = obj.units as unknown[];
  // JSON has no line numbers after parsing: report the element's position, counting from 1.
  const units = rawUnits.map((u, i) =>
    u && typeof u === 'object'
      ? toUnit(u as Record<string, unknown>, i + 1)
      : fail(i + 1, 'units', FIELD_PROBLEMS.badShape),
  );
  checkUnits(
    units,
    units.map((_, i) => i + 1),
  );
  const str = (k: string, d: string) => (typeof obj[k] === 'string' && obj[k].trim() ? cleanText(obj[k]) : d);
  const province = str('province', base.province);
  // A province (or one of the six "thành phố") named without its governing body gets "UBND <PROVINCE>".
  const governingBody = str(
    'governingBody',
    province === base.province ? base.governingBody : `UBND ${province.toUpperCase()}`,
  );
  const funding = Array.isArray(obj.fundingSources)
    ? obj.fundingSources.filter((x): x is string => typeof x === 'string').map(cleanText)
    : base.fundingSources;
  return {
    id: str('id', 'tep-rieng'),
    province,
    place: str('place', province === base.province ? base.place : placeOf(province)),
    governingBody,
    ...(funding ? { fundingSources: funding } : {}),
    consolidator: authority(obj.consolidator, base.consolidator),
    ministry: authority(obj.ministry, base.ministry),
    units,
  };
}

/** A registry from CSV rows (first row the header); line numbers count the header as line 1. */
export function parseRegistryRows(
  rows: string[][],
  base: Registry = REGISTRY_PRESETS['mau-tu-2025'],
): Registry {
  const header = (rows[0] ?? []).map((h, i) =>
    cleanText(i === 0 ? h.replace(/^\uFEFF/, '') : h).toLowerCase(),
  );
  // Empty cells after the last column (a sheet read wider than its table) are not columns.
  while (header.length && !header[header.length - 1]) header.pop();
  const expected = REGISTRY_CSV_HEADER.join(',');
  const known: readonly string[] = [...REGISTRY_CSV_HEADER, ...REGISTRY_CSV_EXTRA];
  if (
    REQUIRED_COLUMNS.some((c) => !header.includes(c)) ||
    header.some((h) => !known.includes(h)) ||
    new Set(header).size !== header.length
  )
    return fail(1, header.join(',') || '(trống)', FIELD_PROBLEMS.badHeader(expected));
  const units: Unit[] = [];
  const lines: number[] = [];
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const raw: Record<string, unknown> = {};
    header.forEach((h, j) => (raw[h] = cells[j] ?? ''));
    units.push(toUnit(raw, i + 2));
    lines.push(i + 2);
  });
  checkUnits(units, lines);
  return { ...base, id: 'tep-rieng', units };
}

/** "thành phố Hải Phòng" → "Hải Phòng", "tỉnh Mẫu" → "Mẫu": the place in the date line. */
function placeOf(province: string): string {
  return province.replace(/^(tỉnh|thành phố)\s+/i, '');
}
