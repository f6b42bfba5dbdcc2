/**
 * Numbers as Vietnamese offices type them: `1.234` (thousands), `1.234,5`, `1,5`, ` 12 `, also
 * `1,234.5`. Rejects `12a`, negatives and anything that is not a finite number.
 */

export type NumberParse = { ok: true; value: number } | { ok: false; reason: 'invalid' | 'negative' };

const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;
const GROUPED_SPACE = /^\d{1,3}( \d{3})+$/;

export function parseNumber(input: unknown): NumberParse {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'invalid' };
    return input < 0 ? { ok: false, reason: 'negative' } : { ok: true, value: input };
  }
  if (typeof input !== 'string') return { ok: false, reason: 'invalid' };
  let s = input.replace(/[\u00A0\u202F\u2007]/g, ' ').trim();
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  const value = parseUnsigned(s);
  if (value === null) return { ok: false, reason: 'invalid' };
  if (negative && value !== 0) return { ok: false, reason: 'negative' };
  return { ok: true, value };
}

function parseUnsigned(s: string): number | null {
  if (s === '') return null;
  if (GROUPED_SPACE.test(s)) return Number(s.replace(/ /g, ''));
  if (/\s/.test(s)) return null;
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  let normalized: string;
  if (dot >= 0 && comma >= 0) {
    // Both present: the later one is the decimal mark, the other groups thousands.
    const [intPart, frac, group] =
      dot > comma ? [s.slice(0, dot), s.slice(dot + 1), ','] : [s.slice(0, comma), s.slice(comma + 1), '.'];
    const groupRe = group === ',' ? GROUPED_COMMA : GROUPED_DOT;
    if (!/^\d+$/.test(frac) || !(groupRe.test(intPart) || /^\d{1,3}$/.test(intPart))) return null;
    normalized = `${intPart.split(group).join('')}.${frac}`;
  } else if (dot >= 0) {
    if (GROUPED_DOT.test(s)) normalized = s.replace(/\./g, '');
    else if (/^\d*\.\d+$/.test(s)) normalized = s;
    else return null;
  } else if (comma >= 0) {
    if ((s.match(/,/g) ?? []).length > 1 && GROUPED_COMMA.test(s)) normalized = s.replace(/,/g, '');
    else if (/^\d*,\d+$/.test(s)) normalized = s.replace(',', '.');
    else return null;
  } else {
    if (!/^\d+$/.test(s)) return null;
    normalized = s;
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/** Number of decimals a value carries, tolerant of binary floating point (1.1 → 1, 0.1 + 0.2 → 1). */
export function decimalPlaces(n: number): number {
  for (let d = 0; d <= 10; d++) {
    const scaled = n * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-7 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 11;
}
