import { UsageError, NotTtdnWorkbookError } from '../domain/errors';
import type { ReportKind } from '../domain/types';
import { cellRef, parseRange } from '../grid/a1';
import type { WorkbookGrid } from '../grid/workbook-grid';
import { ENTRY_MESSAGES } from '../messages/vi';
import type { ParseContext, ParsedWorkbook } from '../parse/parse-workbook';
import { parseWorkbook } from '../parse/parse-workbook';
import type { FieldValue } from '../parse/submission';
import { indicatorSection, narrativeSections, tableSection } from '../templates/catalog';
import type { TableSection } from '../templates/spec-types';
import { META_SHEET } from '../templates/spec-types';
import type { CellWrite } from '../ports/sheet-port';
import { convertLegacyText, detectLegacyEncoding } from '../text/legacy-encoding';

/**
 * Entry operations on an open form (SPEC §4), synchronous and host-free: each turns the parsed
 * form plus a user action into the cell writes a host applies in one batch. The Excel task pane
 * (async Office.js) and the Sheets sidebar (synchronous google.script.run) both call these.
 */

/** What the entry form shows: plain values only, so it crosses google.script.run unchanged. */
export interface EntryState {
  kind: ReportKind;
  unit: string;
  year: number;
  columns: { key: string; header: string; type: string; list?: readonly string[]; required?: boolean }[];
  rows: { sheetRow: number; values: Record<string, FieldValue> }[];
  indicators: { code: string; name: string; unit: string; value: number | null }[];
  narratives: { key: string; heading: string; text: string }[];
}

export type RowValues = Record<string, string | number | null>;

/** Parses the open workbook, with a helpful message when no form has been generated yet. */
export function parseOpenForm(grid: WorkbookGrid, ctx: ParseContext): ParsedWorkbook {
  if (!grid.sheet(META_SHEET)) throw new NotTtdnWorkbookError(ENTRY_MESSAGES.noForm);
  return parseWorkbook(grid, ctx);
}

export function entryState(parsed: ParsedWorkbook): EntryState {
  const { spec, submission } = parsed;
  const table = tableSection(spec);
  return {
    kind: submission.kind,
    unit: submission.unit,
    year: submission.year,
    columns: (table?.columns ?? []).map((c) => ({
      key: c.key,
      header: c.header,
      type: c.type,
      ...(c.list && spec.lists[c.list] ? { list: [...spec.lists[c.list]] } : {}),
      ...(c.required ? { required: true } : {}),
    })),
    rows: submission.rows.map((r) => ({ sheetRow: r.sheetRow, values: { ...r.values } })),
    indicators: (indicatorSection(spec)?.indicators ?? []).map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      value: submission.indicators[i.code] ?? null,
    })),
    narratives: narrativeSections(spec).map((n) => ({
      key: n.key,
      heading: n.heading,
      text: submission.narratives[n.key] ?? '',
    })),
  };
}

interface Body {
  table: TableSection;
  top: number;
  left: number;
}

function bodyOf(parsed: ParsedWorkbook, grid: WorkbookGrid): Body {
  const table = tableSection(parsed.spec);
  const name = table ? grid.definedNames.find((n) => n.name === table.name) : undefined;
  const box = name ? parseRange(name.range) : null;
  if (!table || !box) throw new NotTtdnWorkbookError(ENTRY_MESSAGES.noTable);
  return { table, top: box.top, left: box.left };
}

/** Columns the layout fills (STT, plan task codes): never overwritten by the form. */
function layoutFilled(parsed: ParsedWorkbook, type: string): boolean {
  return type === 'seq' || (type === 'task-code' && parsed.submission.kind === 'ke-hoach-nam');
}

function rowBlock(
  parsed: ParsedWorkbook,
  grid: WorkbookGrid,
  body: Body,
  sheetRow: number,
  values: RowValues,
): (string | number | null)[] {
  const sheet = grid.sheet(parsed.submission.sheet);
  return body.table.columns.map((c, i) => {
    if (c.type === 'seq') return sheetRow - body.top + 1;
    if (layoutFilled(parsed, c.type)) {
      // Keep the pre-printed code; a row appended below the body gets none and is numbered on read.
      const v = sheet?.cell(sheetRow, body.left + i)?.value;
      return typeof v === 'string' || typeof v === 'number' ? v : (values[c.key] ?? null);
    }
    return values[c.key] ?? null;
  });
}

function nextFreeRow(parsed: ParsedWorkbook, body: Body): number {
  const used = parsed.submission.rows.map((r) => r.sheetRow);
  return used.length ? Math.max(...used) + 1 : body.top;
}

/** Writes one row from the form (`sheetRow` null appends after the last used row). */
export function saveRowWrites(
  parsed: ParsedWorkbook,
  grid: WorkbookGrid,
  row: { sheetRow: number | null; values: RowValues },
): CellWrite[] {
  const body = bodyOf(parsed, grid);
  const sheetRow = row.sheetRow ?? nextFreeRow(parsed, body);
  return [
    {
      sheet: parsed.submission.sheet,
      cell: cellRef(sheetRow, body.left),
      values: [rowBlock(parsed, grid, body, sheetRow, row.values)],
    },
  ];
}

/** Clears a row's input cells; sheet rows are not deleted, so names, totals and protection stay intact. */
export function deleteRowWrites(parsed: ParsedWorkbook, grid: WorkbookGrid, sheetRow: number): CellWrite[] {
  const body = bodyOf(parsed, grid);
  return [
    {
      sheet: parsed.submission.sheet,
      cell: cellRef(sheetRow, body.left),
      values: [rowBlock(parsed, grid, body, sheetRow, {})],
    },
  ];
}

/** Indicator values as one block down the value column (codes the user did not touch keep theirs). */
export function indicatorWrites(parsed: ParsedWorkbook, values: Record<string, number | null>): CellWrite[] {
  const s = parsed.submission;
  const cells = Object.entries(s.indicatorCells)
    .map(([code, cell]) => ({ code, box: parseRange(cell) }))
    .filter((x): x is { code: string; box: NonNullable<typeof x.box> } => x.box !== null);
  if (!cells.length) throw new UsageError(ENTRY_MESSAGES.noIndicators);
  const top = Math.min(...cells.map((c) => c.box.top));
  const bottom = Math.max(...cells.map((c) => c.box.top));
  const byRow = new Map(cells.map((c) => [c.box.top, c.code]));
  const block: (string | number | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const code = byRow.get(r);
    block.push([code === undefined ? null : code in values ? values[code] : (s.indicators[code] ?? null)]);
  }
  return [{ sheet: s.sheet, cell: cellRef(top, cells[0].box.left), values: block }];
}

export function narrativeWrites(parsed: ParsedWorkbook, key: string, text: string): CellWrite[] {
  const cell = parsed.submission.narrativeCells[key];
  if (!cell) throw new UsageError(ENTRY_MESSAGES.noNarrative(key));
  return [{ sheet: parsed.submission.sheet, cell, values: [[text]] }];
}

/** Plan columns carried into a report row. */
const REPORT_FROM_PLAN: Record<string, string> = {
  maNhiemVu: 'maNhiemVu',
  nhomNhiemVu: 'nhomNhiemVu',
  tenNhiemVu: 'tenHoatDong',
};

/**
 * Pre-fills a report with the tasks of the unit's plan that it does not list yet (task code, group,
 * name), as one block after the last used row. Returns the writes and the plan's task codes.
 */
export function planPrefillWrites(
  parsed: ParsedWorkbook,
  grid: WorkbookGrid,
  plan: ParsedWorkbook,
  planFile: string,
): { writes: CellWrite[]; planCodes: Set<string> } {
  if (plan.submission.kind !== 'ke-hoach-nam') throw new UsageError(ENTRY_MESSAGES.notAPlan(planFile));
  if (parsed.submission.kind === 'ke-hoach-nam') throw new UsageError(ENTRY_MESSAGES.prefillOnlyReports);
  if (plan.submission.unit !== parsed.submission.unit)
    throw new UsageError(ENTRY_MESSAGES.planOfOtherUnit(plan.submission.unit, parsed.submission.unit));
  const code = (v: FieldValue | undefined) => String(v ?? '').toUpperCase();
  const planCodes = new Set(plan.submission.rows.map((r) => code(r.values.maNhiemVu)).filter(Boolean));
  const have = new Set(parsed.submission.rows.map((r) => code(r.values.maNhiemVu)));
  const rows = plan.submission.rows.filter((r) => !have.has(code(r.values.maNhiemVu)));
  if (!rows.length) return { writes: [], planCodes };
  const body = bodyOf(parsed, grid);
  const start = nextFreeRow(parsed, body);
  const block = rows.map((r, i) => {
    const values: RowValues = {};
    for (const [from, to] of Object.entries(REPORT_FROM_PLAN)) values[to] = r.values[from] ?? null;
    return rowBlock(parsed, grid, body, start + i, values);
  });
  return {
    writes: [{ sheet: parsed.submission.sheet, cell: cellRef(start, body.left), values: block }],
    planCodes,
  };
}

/**
 * Rewrites every cell reported as typed in a legacy encoding (TCVN3/ABC, VNI) with its Unicode
 * text (SPEC §5: "detected and reported, and convertible to Unicode").
 */
export function legacyTextWrites(parsed: ParsedWorkbook, grid: WorkbookGrid): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const f of parsed.findings) {
    if (f.code !== 'LEGACY_ENCODING' || !f.cell) continue;
    const box = parseRange(f.cell);
    const raw = box ? grid.sheet(f.sheet)?.cell(box.top, box.left)?.value : null;
    if (typeof raw !== 'string') continue;
    const encoding = detectLegacyEncoding(raw);
    if (encoding) writes.push({ sheet: f.sheet, cell: f.cell, values: [[convertLegacyText(raw, encoding)]] });
  }
  return writes;
}
