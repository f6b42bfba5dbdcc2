import type { Calendar } from '../calendar/calendar';
import { periodOf } from '../calendar/calendar';
import { NotTtdnWorkbookError } from '../domain/errors';
import type { Period, Registry, ReportKind } from '../domain/types';
import { REPORT_KINDS } from '../domain/types';
import { makeDate } from '../calendar/plain-date';
import { cellRef, parseRange } from '../grid/a1';
import type { RangeBox } from '../grid/a1';
import type { SheetGrid, WorkbookGrid } from '../grid/workbook-grid';
import { ERROR_MESSAGES, KIND_LABELS, READ_ERROR_MESSAGES } from '../messages/vi';
import { findUnit, unitShort } from '../presets/registry-presets';
import { CanonicalList, foldKey } from '../text/normalize';
import { BUILT_IN_TEMPLATES } from '../templates/catalog';
import type { IndicatorSection, NarrativeSection, TableSection, TemplateSpec } from '../templates/spec-types';
import { META_SHEET, NAME_DOC_NUMBER, NAME_REPORT_DATE } from '../templates/spec-types';
import { taskCode, parseTaskCode } from '../layout/task-code';
import { applyCrossRules } from '../validate/cross-rules';
import type { Finding } from '../validate/finding';
import { finding } from '../validate/finding';
import type { FieldContext } from '../validate/field-rules';
import { checkField, checkText } from '../validate/field-rules';
import { parseDateValue } from '../values/parse-date';
import { cellText, isBlank } from './cell-values';
import { MergedCells } from './merged-cells';
import { readMeta } from './read-meta';
import type { MetaInfo } from './read-meta';
import { recogniseForm } from './recognise-form';
import { groupOfHeading, isSumFormula, isTotalLabel, looksLikeHeading } from './row-kinds';
import { findHeaderRow, isIndexRow } from './table-columns';
import type { HeaderMatch } from './table-columns';
import type { Submission, SubmittedRow } from './submission';
import { isEmptySubmission } from './submission';

export interface ParseContext {
  calendar: Calendar;
  /** When given, the unit code must be in it. */
  registry?: Registry;
  templates?: readonly TemplateSpec[];
  /** Task codes of the unit's plan, for the report's plan link check. */
  planCodes?: ReadonlySet<string>;
  /** The workbook counts date serials from 1904; else taken from the grid's `date1904` when it has one. */
  date1904?: boolean;
}

export interface ParsedWorkbook {
  submission: Submission;
  findings: Finding[];
  spec: TemplateSpec;
  period: Period;
}

/** How far below a table body we look for rows an agency typed there. */
const MAX_BLANK_RUN_BELOW = 3;

/** Grid → submission + findings. Throws only for workbooks that are not TTĐN forms at all. */
export function parseWorkbook(grid: WorkbookGrid, ctx: ParseContext): ParsedWorkbook {
  const templates = ctx.templates ?? BUILT_IN_TEMPLATES;
  const findings: Finding[] = [];
  let info: MetaInfo;
  let recognised: ReturnType<typeof recogniseForm> | undefined;
  try {
    info = readMeta(grid, templates);
  } catch (e) {
    // No `_ttdn` (pasted into a new workbook): recognise the form by its title and headers.
    if (!(e instanceof NotTtdnWorkbookError)) throw e;
    recognised = recogniseForm(grid, templates, ctx.registry);
    info = {
      spec: recognised.spec,
      rows: {},
      meta: {
        template: recognised.spec.id,
        version: recognised.spec.version,
        kind: recognised.kind,
        unit: recognised.unit,
        year: String(recognised.year),
      },
    };
  }
  const { meta, rows: metaRows, spec } = info;
  const metaWhere = (key: string) => ({
    sheet: META_SHEET,
    cell: cellRef(metaRows[key] ?? 1, 2),
    field: key,
  });
  if (!recognised)
    for (const key of ['template', 'version', 'kind', 'unit', 'year', 'period']) {
      if (!meta[key]) findings.push(finding('META_MISSING', { ...metaWhere(key), value: null }, key));
    }
  const kind =
    (REPORT_KINDS as readonly string[]).includes(meta.kind) && spec.kinds.includes(meta.kind as ReportKind)
      ? (meta.kind as ReportKind)
      : spec.kinds[0];
  let year = Number(meta.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    if (meta.year)
      findings.push(finding('YEAR_INVALID', { ...metaWhere('year'), value: meta.year }, meta.year));
    year = new Date().getUTCFullYear();
  }
  const adHoc =
    kind === 'bao-cao-dot-xuat' && meta.period_from && meta.period_to
      ? { from: meta.period_from, to: meta.period_to, deadline: meta.deadline || meta.period_to }
      : undefined;
  const period = periodOf(ctx.calendar, kind, year, adHoc);
  if (recognised) {
    meta.period = period.label;
    findings.push(
      finding(
        'METADATA_LOST',
        { sheet: recognised.sheet.name, cell: 'A1', field: 'meta', value: null },
        KIND_LABELS[kind] ?? kind,
        year,
        recognised.unit || '?',
      ),
    );
  }
  if (meta.period && meta.period !== period.label)
    findings.push(
      finding('PERIOD_MISMATCH', { ...metaWhere('period'), value: meta.period }, meta.period, period.label),
    );
  if (ctx.registry && meta.unit && !findUnit(ctx.registry, meta.unit))
    findings.push(finding('UNIT_UNKNOWN', { ...metaWhere('unit'), value: meta.unit }, meta.unit));

  const names = new Map(grid.definedNames.map((n) => [n.name, n]));
  const mainSheet = recognised?.sheet ?? grid.sheet(spec.sheetName) ?? firstVisibleSheet(grid);
  const need = (name: string): Region => {
    const n = names.get(name);
    const sheet = n ? grid.sheet(n.sheet) : undefined;
    const box = n ? parseRange(n.range) : null;
    if (n && sheet && box) return { sheet, box, named: true };
    // Names lost (a pasted form): find the region by its labels on the form's sheet.
    const found = mainSheet ? locateByLabel(spec, name, mainSheet) : null;
    if (found) return found;
    throw new NotTtdnWorkbookError(
      recognised ? READ_ERROR_MESSAGES.missingTable(name) : ERROR_MESSAGES.missingName(name),
    );
  };

  const submission: Submission = {
    template: { id: spec.id, version: spec.version },
    kind,
    unit: (meta.unit ?? '').toUpperCase(),
    year,
    period: period.label,
    meta,
    sheet: spec.sheetName,
    docNumber: null,
    reportDate: null,
    rows: [],
    indicators: {},
    indicatorCells: {},
    narratives: {},
    narrativeCells: {},
  };

  const date1904 = ctx.date1904 ?? (grid as { date1904?: boolean }).date1904 === true;
  // Header fields: document number and report date.
  // A pasted form may have lost the document line or the date line: that is a finding, not a refusal.
  const header = (name: string): Region | null => {
    if (!recognised) return need(name);
    try {
      return need(name);
    } catch {
      return null;
    }
  };
  const fallbackWhere = (field: string) => ({ sheet: mainSheet?.name ?? spec.sheetName, cell: 'A1', field });
  const doc = header(NAME_DOC_NUMBER);
  submission.sheet = doc?.sheet.name ?? mainSheet?.name ?? spec.sheetName;
  const docText = doc ? cellText(doc.sheet.cell(doc.box.top, doc.box.left)?.value ?? null) : '';
  const docWhere = doc
    ? { sheet: doc.sheet.name, cell: cellRef(doc.box.top, doc.box.left), field: NAME_DOC_NUMBER }
    : fallbackWhere(NAME_DOC_NUMBER);
  if (/\d/.test(docText)) submission.docNumber = docText.replace(/^Số\s*:?\s*/i, '').replace(/\s+/g, '');
  else findings.push(finding('HEADER_MISSING', { ...docWhere, value: docText }, 'số văn bản (Số: …)'));
  const dateRef = header(NAME_REPORT_DATE);
  const dateCell = dateRef?.sheet.cell(dateRef.box.top, dateRef.box.left);
  const dateWhere = dateRef
    ? { sheet: dateRef.sheet.name, cell: cellRef(dateRef.box.top, dateRef.box.left), field: NAME_REPORT_DATE }
    : fallbackWhere(NAME_REPORT_DATE);
  if (isBlank(dateCell?.value))
    findings.push(finding('HEADER_MISSING', { ...dateWhere, value: null }, 'ngày ban hành văn bản'));
  else {
    const span = parseDateValue(dateCell?.value ?? null, undefined, { date1904 });
    const line = dateLine(dateCell?.value ?? null);
    if (span && span.granularity === 'day') submission.reportDate = span.from;
    else if (line) submission.reportDate = line;
    else
      findings.push(
        finding(
          'DATE_INVALID',
          { ...dateWhere, value: dateCell?.value ?? null },
          'Ngày ban hành',
          cellText(dateCell?.value ?? null),
        ),
      );
  }

  const fieldCtx: FieldContext = { period, lists: spec.lists, listCache: new Map(), date1904 };
  const stopKeys = stopMarkers(spec);
  for (const section of spec.sections) {
    if (section.type === 'table')
      readTable(section, need(section.name), kind, year, submission, findings, fieldCtx, stopKeys);
    else if (section.type === 'indicators') readIndicators(section, need(section.name), submission, findings);
    else if (section.type === 'narrative') readNarrative(section, need(section.name), submission, findings);
  }
  findings.push(...applyCrossRules(spec, submission, { planCodes: ctx.planCodes }));
  if (isEmptySubmission(submission))
    findings.push(finding('FORM_EMPTY', { sheet: submission.sheet, cell: 'A1', field: 'form', value: null }));
  return { submission, findings, spec, period };
}

/** Texts that end a table when scanning below its named body: headings, total label, "Nơi nhận". */
function stopMarkers(spec: TemplateSpec): string[] {
  const keys = ['noi nhan'];
  for (const s of spec.sections) {
    if (s.type === 'heading') keys.push(foldKey(s.text));
    if (s.type === 'narrative' || s.type === 'indicators') keys.push(foldKey(s.heading));
    if (s.type === 'table' && s.heading) keys.push(foldKey(s.heading));
  }
  return keys.filter(Boolean);
}

/** A region of the form: from a defined name, or found by its labels when the names were lost. */
interface Region {
  sheet: SheetGrid;
  box: RangeBox;
  /** False when found by label: the body's end is wherever the table's rows stop. */
  named: boolean;
}

function firstVisibleSheet(grid: WorkbookGrid): SheetGrid | undefined {
  for (const n of grid.sheetNames) {
    const s = grid.sheet(n);
    if (s && s.state === 'visible' && !n.startsWith('_')) return s;
  }
  return undefined;
}

/** "Mẫu, ngày 05 tháng 01 năm 2026" typed as text on the date line. */
function dateLine(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(foldKey(v));
  return m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

const HEADER_SCAN_ROWS = 400;
const HEADER_SCAN_COLS = 60;
const INDICATOR_LABELS = [
  { key: 'code', header: 'Mã chỉ tiêu' },
  { key: 'value', header: 'Số lượng' },
];
const INDICATOR_VALUE_ALIASES = ['so lieu', 'gia tri', 'ket qua', 'thuc hien', 'so luong thuc hien'];

/** Finds a region by its labels on a sheet (no defined names): tables by headers, blocks by headings. */
function locateByLabel(spec: TemplateSpec, name: string, sheet: SheetGrid): Region | null {
  const rows: [number, number] = [1, Math.min(sheet.rowCount, HEADER_SCAN_ROWS)];
  const cols: [number, number] = [1, Math.min(sheet.columnCount, HEADER_SCAN_COLS)];
  const scan = (test: (text: string, r: number, c: number) => boolean): [number, number] | null => {
    for (let r = rows[0]; r <= rows[1]; r++)
      for (let c = cols[0]; c <= cols[1]; c++) {
        const t = cellText(sheet.cell(r, c)?.value ?? null);
        if (t && test(t, r, c)) return [r, c];
      }
    return null;
  };
  if (name === NAME_DOC_NUMBER) {
    const at = scan((t, r) => r <= 10 && /^số\s*[:.]/i.test(t));
    return at ? { sheet, box: { top: at[0], left: at[1], bottom: at[0], right: at[1] }, named: false } : null;
  }
  if (name === NAME_REPORT_DATE) {
    const at = scan((_t, r, c) => {
      if (r > 10) return false;
      const v = sheet.cell(r, c)?.value ?? null;
      return (
        dateLine(v) !== null ||
        ((typeof v === 'number' || v instanceof Date) && parseDateValue(v)?.granularity === 'day')
      );
    });
    return at ? { sheet, box: { top: at[0], left: at[1], bottom: at[0], right: at[1] }, named: false } : null;
  }
  const section = spec.sections.find((s) => 'name' in s && s.name === name);
  if (!section) return null;
  if (section.type === 'table') {
    const labels = section.columns.map((c) => ({ key: c.key, header: c.header }));
    const h = findHeaderRow(sheet, labels, rows, cols, Math.max(2, Math.ceil(labels.length / 2)));
    if (!h) return null;
    const top = h.row + (isIndexRow(sheet, h.row + 1, h.left, h.right) ? 2 : 1);
    return { sheet, box: { top, left: h.left, bottom: top - 1, right: h.right }, named: false };
  }
  if (section.type === 'indicators') {
    const h = findHeaderRow(sheet, INDICATOR_LABELS, rows, cols, 2);
    if (!h) return null;
    const [code, value] = [h.cols.get('code')!, h.cols.get('value')!];
    return {
      sheet,
      box: { top: h.row + 1, left: code, bottom: h.row + section.indicators.length, right: value },
      named: false,
    };
  }
  if (section.type === 'narrative') {
    const key = foldKey(section.heading);
    const at = scan((t) => foldKey(t) === key);
    if (!at) return null;
    // Heading, hint, then the text (the hint row may have been deleted).
    const hint = foldKey(section.hint);
    const next = foldKey(cellText(sheet.cell(at[0] + 1, at[1])?.value ?? null));
    const row = next === hint ? at[0] + 2 : at[0] + 1;
    return { sheet, box: { top: row, left: at[1], bottom: row, right: at[1] }, named: false };
  }
  return null;
}

/** Columns of a table: by header label around the named body, else by position. */
function tableColumns(
  section: TableSection,
  at: Region,
  findings: Finding[],
): { colOf: Map<string, number>; left: number; right: number; bodyTop: number } {
  const { sheet, box } = at;
  const labels = section.columns.map((c) => ({ key: c.key, header: c.header }));
  const need = Math.max(2, Math.ceil(labels.length / 2));
  const scanCols: [number, number] = [
    Math.max(1, box.left - 3),
    Math.min(Math.max(sheet.columnCount, box.right), box.right + 10),
  ];
  const h: HeaderMatch | null = at.named
    ? findHeaderRow(sheet, labels, [box.top - 4, box.top - 1], scanCols, need)
    : findHeaderRow(sheet, labels, [box.top - 2, box.top - 1], scanCols, need);
  if (!h) {
    const colOf = new Map(section.columns.map((c, i) => [c.key, box.left + i]));
    return { colOf, left: box.left, right: box.right, bodyTop: box.top };
  }
  const left = Math.min(h.left, at.named ? box.left : h.left);
  const right = Math.max(h.right, at.named ? box.right : h.right);
  for (const x of h.unmatched)
    if (x.col >= left && x.col <= right)
      findings.push(
        finding(
          'COLUMN_EXTRA',
          { sheet: sheet.name, cell: cellRef(h.row, x.col), field: section.name, value: x.text },
          x.text,
        ),
      );
  for (const c of section.columns) {
    if (h.cols.has(c.key) || c.type === 'seq') continue;
    const where = { sheet: sheet.name, cell: cellRef(h.row, left), field: c.key, value: null };
    findings.push(
      c.required ? finding('COLUMN_MISSING', where, c.header) : finding('COLUMN_ABSENT', where, c.header),
    );
  }
  const afterHeader = h.row + (isIndexRow(sheet, h.row + 1, left, right) ? 2 : 1);
  return { colOf: h.cols, left, right, bodyTop: at.named ? Math.min(box.top, afterHeader) : afterHeader };
}

/** Label of a row: its first text in the table's columns. */
function rowLabel(sheet: SheetGrid, row: number, left: number, right: number): string {
  for (let c = left; c <= right; c++) {
    const v = sheet.cell(row, c)?.value ?? null;
    if (typeof v === 'string') {
      const t = cellText(v);
      if (t) return t;
    }
  }
  return '';
}

/** How many rows past a label-found table body we look before deciding the table ended. */
const MAX_BLANK_RUN_OPEN = 40;

function readTable(
  section: TableSection,
  at: Region,
  kind: ReportKind,
  year: number,
  submission: Submission,
  findings: Finding[],
  ctx: FieldContext,
  stopKeys: string[],
): void {
  const { sheet, box } = at;
  const isPlan = kind === 'ke-hoach-nam';
  const cols = section.columns;
  const { colOf, left, right, bodyTop } = tableColumns(section, at, findings);
  const mapped = cols.filter((c) => colOf.has(c.key));
  // Columns that decide whether a row holds anything: layout-filled ones (STT, plan codes) do not.
  const dataCols = mapped.filter((c) => c.type !== 'seq' && !(c.type === 'task-code' && isPlan));
  const groupCol = cols.find((c) => c.type === 'list' && c.list === 'nhomNhiemVu');
  const groups = new CanonicalList(ctx.lists.nhomNhiemVu ?? []);
  const rows: SubmittedRow[] = [];
  let blankRun = 0;
  const codeCol = cols.find((c) => c.type === 'task-code');
  // Pre-printed codes of empty rows count too, so a new code never collides with one filled later.
  let maxPrinted = 0;
  const bottom = at.named ? box.bottom : bodyTop - 1;
  const last = Math.max(bottom, sheet.rowCount);
  const merges = new MergedCells(sheet.merges, [bodyTop, last], [left, right]);
  const width = right - left + 1;
  let headingGroup: string | undefined;
  for (let r = bodyTop; r <= last; r++) {
    const below = r > bottom;
    const label = rowLabel(sheet, r, left, right);
    const first = foldKey(label);
    if ((below || !at.named) && first && stopKeys.some((k) => first.startsWith(k))) break;
    if (isPlan && codeCol && colOf.has(codeCol.key)) {
      const printed = parseTaskCode(cellText(sheet.cell(r, colOf.get(codeCol.key)!)?.value ?? null));
      if (printed) maxPrinted = Math.max(maxPrinted, printed.seq);
    }
    // Own values only: a value merged down from above never makes an empty row an activity.
    const filled = dataCols.filter((c) => !isBlank(sheet.cell(r, colOf.get(c.key)!)?.value ?? null));
    // Totals and subtotals ("Cộng", "Tổng cộng", a SUM) are never activities.
    if (
      (label && isTotalLabel(label)) ||
      mapped.some((c) => c.type === 'number' && isSumFormula(sheet.cell(r, colOf.get(c.key)!)?.formula))
    ) {
      blankRun = 0;
      continue;
    }
    // A heading row: merged across most of the table, or one numbered/"Nhóm" text and nothing else.
    const ownTexts = countFilled(sheet, r, left, right);
    if (
      label &&
      ((merges.widthAt(r) >= Math.max(3, Math.ceil(width / 2)) && ownTexts <= 1) ||
        (ownTexts === 1 &&
          looksLikeHeading(label) &&
          !(groupCol && filled.length === 1 && filled[0] === groupCol)))
    ) {
      headingGroup = groupOfHeading(label, groups) ?? headingGroup;
      blankRun = 0;
      continue;
    }
    if (!filled.length) {
      if ((below || !at.named) && ++blankRun >= (at.named ? MAX_BLANK_RUN_BELOW : MAX_BLANK_RUN_OPEN)) break;
      continue;
    }
    blankRun = 0;
    const row: SubmittedRow = {
      index: rows.length + 1,
      sheetRow: r,
      values: {},
      spans: {},
      cells: {},
      belowTable: below && at.named,
    };
    for (const c of cols) {
      const col = colOf.get(c.key);
      if (col === undefined) {
        row.values[c.key] = null;
        row.cells[c.key] = cellRef(r, left);
        continue;
      }
      const where = { sheet: sheet.name, cell: cellRef(r, col), field: c.key };
      row.cells[c.key] = where.cell;
      let cell = merges.cell(sheet, r, col);
      if (c === groupCol && isBlank(cell?.value ?? null) && headingGroup) cell = { value: headingGroup };
      const res = checkField(c, cell, where, ctx);
      row.values[c.key] = res.value;
      if (res.span) row.spans[c.key] = res.span;
      findings.push(...res.findings);
    }
    if (below && at.named)
      findings.push(
        finding('ROW_BELOW_TABLE', {
          sheet: sheet.name,
          cell: cellRef(r, left),
          field: section.name,
          value: null,
        }),
      );
    rows.push(row);
  }
  if (isPlan)
    assignTaskCodes(
      codeCol?.key,
      rows,
      year,
      // The form's own task-code unit (registry abbreviation, in _ttdn since layout 11a), else derived.
      submission.meta.unit_abbr || unitShort(submission.unit),
      findings,
      sheet.name,
      maxPrinted,
    );
  submission.rows.push(...rows);
}

function countFilled(sheet: SheetGrid, row: number, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) if (!isBlank(sheet.cell(row, c)?.value ?? null)) n++;
  return n;
}

/** Rows inserted by the agency get the next free code; a copied code is renumbered (codes stay stable). */
function assignTaskCodes(
  key: string | undefined,
  rows: SubmittedRow[],
  year: number,
  short: string,
  findings: Finding[],
  sheet: string,
  maxPrinted: number,
): void {
  if (!key) return;
  const seen = new Map<string, number>();
  let next = maxPrinted;
  for (const r of rows) {
    const p = typeof r.values[key] === 'string' ? parseTaskCode(r.values[key]) : null;
    if (p) next = Math.max(next, p.seq);
  }
  for (const r of rows) {
    const code = typeof r.values[key] === 'string' ? r.values[key] : '';
    if (code && seen.has(code)) {
      findings.push(
        finding(
          'DUPLICATE_CODE',
          { sheet, cell: r.cells[key], field: key, value: code },
          code,
          seen.get(code)!,
        ),
      );
      r.values[key] = taskCode(year, short, ++next);
    } else if (!code) r.values[key] = taskCode(year, short, ++next);
    seen.set(String(r.values[key]), r.sheetRow);
  }
}

function readIndicators(
  section: IndicatorSection,
  at: Region,
  submission: Submission,
  findings: Finding[],
): void {
  const { sheet, box } = at;
  // Code and value columns by their labels (a column may have been inserted before them).
  const h = findHeaderRow(
    sheet,
    [...INDICATOR_LABELS, ...INDICATOR_VALUE_ALIASES.map((a) => ({ key: 'value', header: a }))],
    [box.top - 3, box.top - 1],
    [Math.max(1, box.left - 3), Math.min(Math.max(sheet.columnCount, box.right), box.right + 10)],
    2,
  );
  const codeCol = h?.cols.get('code') ?? box.left;
  const valueCol = h?.cols.get('value') ?? box.right;
  const specByKey = new Map(section.indicators.map((i) => [foldKey(i.code), i]));
  for (const ind of section.indicators) submission.indicators[ind.code] = null;
  // Rows may have been moved or inserted: match by the code in the first column, not by position.
  const last = Math.max(box.bottom, Math.min(sheet.rowCount, box.bottom + section.indicators.length));
  for (let r = box.top; r <= last; r++) {
    const ind = specByKey.get(foldKey(cellText(sheet.cell(r, codeCol)?.value ?? null)));
    if (!ind) continue;
    const cell = sheet.cell(r, valueCol);
    const where = { sheet: sheet.name, cell: cellRef(r, valueCol), field: ind.code };
    submission.indicatorCells[ind.code] = where.cell;
    const res = checkField(
      {
        key: ind.code,
        header: `${ind.code} ${ind.name}`,
        type: 'number',
        width: 0,
        decimals: ind.money ? 3 : undefined,
        integer: !ind.money,
      },
      cell,
      where,
      {
        period: { kind: submission.kind, year: submission.year, from: '', to: '', deadline: '', label: '' },
        lists: {},
        listCache: new Map(),
      },
    );
    findings.push(...res.findings);
    submission.indicators[ind.code] = typeof res.value === 'number' ? res.value : null;
  }
}

function readNarrative(
  section: NarrativeSection,
  at: Region,
  submission: Submission,
  findings: Finding[],
): void {
  const { sheet, box } = at;
  const where = { sheet: sheet.name, cell: cellRef(box.top, box.left), field: section.name };
  submission.narrativeCells[section.key] = where.cell;
  const cell = sheet.cell(box.top, box.left);
  if (cell?.formula !== undefined)
    findings.push(finding('FORMULA_INPUT', { ...where, value: `=${cell.formula}` }, section.heading));
  const res = checkText(cell, where, section.heading, section.maxLength);
  findings.push(...res.findings);
  submission.narratives[section.key] = typeof res.value === 'string' ? res.value : '';
}
