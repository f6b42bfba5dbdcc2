import { ConfigFileError } from '../domain/errors';
import type { Authority, Registry, Unit, UnitKind } from '../domain/types';
import { UNIT_KINDS } from '../domain/types';
import { ERROR_MESSAGES, FIELD_PROBLEMS } from '../messages/vi';
import { cleanText } from '../text/normalize';
import { REGISTRY_PRESETS } from './registry-presets';

/**
 * Registry files (SPEC §3.1): JSON `[{code,name,kind,parent?,email?,active?}]` or `{units:[…],
 * consolidator, ministry}`, or CSV rows with the header `code,name,kind,parent,email,active`.
 * CSV text is split into rows by the host (a CSV library); this module checks the fields and
 * names the line and field of the first problem.
 */

export const REGISTRY_CSV_HEADER = ['code', 'name', 'kind', 'parent', 'email', 'active'] as const;
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
  return {
    id: str('id', 'tep-rieng'),
    province: str('province', base.province),
    place: str('place', base.place),
    governingBody: str('governingBody', base.governingBody),
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
  const expected = REGISTRY_CSV_HEADER.join(',');
  if (
    header.slice(0, 3).join(',') !== 'code,name,kind' ||
    header.some((h) => !(REGISTRY_CSV_HEADER as readonly string[]).includes(h))
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
