import { formatDmy } from '../calendar/plain-date';
import type { Period } from '../domain/types';
import type { GridCell } from '../grid/workbook-grid';
import { cellText, isBlank } from '../parse/cell-values';
import type { FieldValue } from '../parse/submission';
import { detectLegacyEncoding, convertLegacyText } from '../text/legacy-encoding';
import { CanonicalList } from '../text/normalize';
import type { ColumnSpec } from '../templates/spec-types';
import { decimalPlaces, parseNumber } from '../values/parse-number';
import type { DateSpan } from '../values/parse-date';
import { parseDateValue } from '../values/parse-date';
import type { Finding } from './finding';
import { finding } from './finding';

/** Where a value sits, for findings. */
export interface Where {
  sheet: string;
  cell: string;
  field: string;
}

export interface FieldResult {
  value: FieldValue;
  span?: DateSpan;
  findings: Finding[];
}

const LEGACY_LABEL = { tcvn3: 'TCVN3/ABC', vni: 'VNI' } as const;

/** Text with NFC, legacy encodings converted (and reported), length limit. */
export function checkText(
  cell: GridCell | undefined,
  where: Where,
  label: string,
  maxLength?: number,
): FieldResult {
  const findings: Finding[] = [];
  const raw = cellText(cell?.value ?? null);
  let text = raw;
  const legacy = raw ? detectLegacyEncoding(raw) : null;
  if (legacy) {
    text = convertLegacyText(raw, legacy);
    findings.push(finding('LEGACY_ENCODING', { ...where, value: raw }, LEGACY_LABEL[legacy]));
  }
  if (maxLength && text.length > maxLength)
    findings.push(finding('TEXT_TOO_LONG', { ...where, value: text.slice(0, 80) }, label, maxLength));
  return { value: text || null, findings };
}

export interface FieldContext {
  period: Period;
  lists: Record<string, readonly string[]>;
  listCache: Map<string, CanonicalList>;
  /** The workbook counts date serials from 1904. */
  date1904?: boolean;
}

export function checkField(
  column: ColumnSpec,
  cell: GridCell | undefined,
  where: Where,
  ctx: FieldContext,
): FieldResult {
  const findings: Finding[] = [];
  if (cell?.formula !== undefined)
    findings.push(finding('FORMULA_INPUT', { ...where, value: `=${cell.formula}` }, column.header));
  const raw = cell?.value ?? null;
  if (isBlank(raw)) {
    if (column.required) findings.push(finding('REQUIRED', { ...where, value: null }, column.header));
    return { value: null, findings };
  }
  const at = (extra: Finding[]) => findings.concat(extra);
  switch (column.type) {
    case 'seq':
      return { value: typeof raw === 'number' ? raw : cellText(raw), findings };
    case 'text':
    case 'task-code': {
      const r = checkText(cell, where, column.header, column.maxLength);
      const value =
        column.type === 'task-code' && typeof r.value === 'string' ? r.value.toUpperCase() : r.value;
      return { value, findings: at(r.findings) };
    }
    case 'list': {
      const listId = column.list ?? '';
      let list = ctx.listCache.get(listId);
      if (!list) {
        list = new CanonicalList(ctx.lists[listId] ?? []);
        ctx.listCache.set(listId, list);
      }
      const text = cellText(raw);
      const canonical = list.match(text);
      if (!canonical)
        return {
          value: text,
          findings: at([finding('LIST_VALUE', { ...where, value: text }, column.header, text)]),
        };
      return { value: canonical, findings };
    }
    case 'number': {
      const n = parseNumber(raw);
      if (!n.ok) {
        const code = n.reason === 'negative' ? 'NUMBER_NEGATIVE' : 'NUMBER_INVALID';
        return {
          value: null,
          findings: at([
            code === 'NUMBER_NEGATIVE'
              ? finding('NUMBER_NEGATIVE', { ...where, value: raw }, column.header)
              : finding('NUMBER_INVALID', { ...where, value: raw }, column.header, cellText(raw)),
          ]),
        };
      }
      if (column.integer && !Number.isInteger(n.value))
        return {
          value: n.value,
          findings: at([finding('NUMBER_NOT_INTEGER', { ...where, value: n.value }, column.header)]),
        };
      if (column.decimals !== undefined && decimalPlaces(n.value) > column.decimals)
        return {
          value: n.value,
          findings: at([
            finding('NUMBER_DECIMALS', { ...where, value: n.value }, column.header, column.decimals),
          ]),
        };
      return { value: n.value, findings };
    }
    case 'date-span': {
      const window = column.window === 'period' ? { from: ctx.period.from, to: ctx.period.to } : undefined;
      const span = parseDateValue(raw, ctx.period.year, { periodSpan: window, date1904: ctx.date1904 });
      if (!span)
        return {
          value: cellText(raw),
          findings: at([finding('DATE_INVALID', { ...where, value: raw }, column.header, cellText(raw))]),
        };
      const display = span.granularity === 'day' ? formatDmy(span.from) : cellText(raw);
      if (column.window === 'period') {
        // A month or quarter counts when it overlaps the window; a day must lie inside it.
        if (span.to < ctx.period.from || span.from > ctx.period.to)
          return {
            value: display,
            span,
            findings: at([
              finding(
                'DATE_OUT_OF_RANGE',
                { ...where, value: display },
                column.header,
                formatDmy(ctx.period.from),
                formatDmy(ctx.period.to),
              ),
            ]),
          };
      }
      return { value: display, span, findings };
    }
  }
}
