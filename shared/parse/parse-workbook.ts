import type { Calendar } from '../calendar/calendar';
import { periodOf } from '../calendar/calendar';
import { NotTtdnWorkbookError } from '../domain/errors';
import type { Period, Registry, ReportKind } from '../domain/types';
import { REPORT_KINDS } from '../domain/types';
import { cellRef, parseRange } from '../grid/a1';
import type { RangeBox } from '../grid/a1';
import type { SheetGrid, WorkbookGrid } from '../grid/workbook-grid';
import { ERROR_MESSAGES } from '../messages/vi';
import { findUnit, unitShort } from '../presets/registry-presets';
import { foldKey } from '../text/normalize';
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
import { readMeta } from './read-meta';
import type { Submission, SubmittedRow } from './submission';

export interface ParseContext {
  calendar: Calendar;
  /** When given, the unit code must be in it. */
  registry?: Registry;
  templates?: readonly TemplateSpec[];
  /** Task codes of the unit's plan, for the report's plan link check. */
  planCodes?: ReadonlySet<string>;
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
  const { meta, rows: metaRows, spec } = readMeta(grid, ctx.templates ?? BUILT_IN_TEMPLATES);
  const findings: Finding[] = [];
  const metaWhere = (key: string) => ({
    sheet: META_SHEET,
    cell: cellRef(metaRows[key] ?? 1, 2),
    field: key,
  });
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
  if (meta.period && meta.period !== period.label)
    findings.push(
      finding('PERIOD_MISMATCH', { ...metaWhere('period'), value: meta.period }, meta.period, period.label),
    );
  if (ctx.registry && meta.unit && !findUnit(ctx.registry, meta.unit))
    findings.push(finding('UNIT_UNKNOWN', { ...metaWhere('unit'), value: meta.unit }, meta.unit));

  const names = new Map(grid.definedNames.map((n) => [n.name, n]));
  const need = (name: string): { sheet: SheetGrid; box: RangeBox } => {
    const n = names.get(name);
    const sheet = n ? grid.sheet(n.sheet) : undefined;
    const box = n ? parseRange(n.range) : null;
    if (!n || !sheet || !box) throw new NotTtdnWorkbookError(ERROR_MESSAGES.missingName(name));
    return { sheet, box };
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

  // Header fields: document number and report date.
  const doc = need(NAME_DOC_NUMBER);
  submission.sheet = doc.sheet.name;
  const docText = cellText(doc.sheet.cell(doc.box.top, doc.box.left)?.value ?? null);
  const docWhere = {
    sheet: doc.sheet.name,
    cell: cellRef(doc.box.top, doc.box.left),
    field: NAME_DOC_NUMBER,
  };
  if (/\d/.test(docText)) submission.docNumber = docText.replace(/^Số\s*:?\s*/i, '').replace(/\s+/g, '');
  else findings.push(finding('HEADER_MISSING', { ...docWhere, value: docText }, 'số văn bản (Số: …)'));
  const dateRef = need(NAME_REPORT_DATE);
  const dateCell = dateRef.sheet.cell(dateRef.box.top, dateRef.box.left);
  const dateWhere = {
    sheet: dateRef.sheet.name,
    cell: cellRef(dateRef.box.top, dateRef.box.left),
    field: NAME_REPORT_DATE,
  };
  if (isBlank(dateCell?.value))
    findings.push(finding('HEADER_MISSING', { ...dateWhere, value: null }, 'ngày ban hành văn bản'));
  else {
    const span = parseDateValue(dateCell?.value ?? null);
    if (span && span.granularity === 'day') submission.reportDate = span.from;
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

  const fieldCtx: FieldContext = { period, lists: spec.lists, listCache: new Map() };
  const stopKeys = stopMarkers(spec);
  for (const section of spec.sections) {
    if (section.type === 'table')
      readTable(section, need(section.name), kind, year, submission, findings, fieldCtx, stopKeys);
    else if (section.type === 'indicators') readIndicators(section, need(section.name), submission, findings);
    else if (section.type === 'narrative') readNarrative(section, need(section.name), submission, findings);
  }
  findings.push(...applyCrossRules(spec, submission, { planCodes: ctx.planCodes }));
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

function rowText(sheet: SheetGrid, row: number, left: number, right: number): string {
  for (let c = left; c <= right; c++) {
    const t = cellText(sheet.cell(row, c)?.value ?? null);
    if (t) return t;
  }
  return '';
}

function readTable(
  section: TableSection,
  at: { sheet: SheetGrid; box: RangeBox },
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
  // Columns that decide whether a row holds anything: layout-filled ones (STT, plan codes) do not.
  const dataCols = cols
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.type !== 'seq' && !(c.type === 'task-code' && isPlan));
  const totalKey = section.totalLabel ? foldKey(section.totalLabel) : null;
  const rows: SubmittedRow[] = [];
  let blankRun = 0;
  const codeCol = cols.findIndex((c) => c.type === 'task-code');
  // Pre-printed codes of empty rows count too, so a new code never collides with one filled later.
  let maxPrinted = 0;
  const last = Math.max(box.bottom, sheet.rowCount);
  for (let r = box.top; r <= last; r++) {
    const below = r > box.bottom;
    if (below) {
      const first = foldKey(rowText(sheet, r, box.left, box.right));
      if (first && totalKey && first.startsWith(totalKey)) continue;
      if (first && stopKeys.some((k) => first.startsWith(k))) break;
    }
    if (isPlan && codeCol >= 0) {
      const printed = parseTaskCode(cellText(sheet.cell(r, box.left + codeCol)?.value ?? null));
      if (printed) maxPrinted = Math.max(maxPrinted, printed.seq);
    }
    const hasData = dataCols.some(({ i }) => !isBlank(sheet.cell(r, box.left + i)?.value ?? null));
    if (!hasData) {
      if (below && ++blankRun >= MAX_BLANK_RUN_BELOW) break;
      continue;
    }
    blankRun = 0;
    const row: SubmittedRow = {
      index: rows.length + 1,
      sheetRow: r,
      values: {},
      spans: {},
      cells: {},
      belowTable: below,
    };
    cols.forEach((c, i) => {
      const col = box.left + i;
      const where = { sheet: sheet.name, cell: cellRef(r, col), field: c.key };
      row.cells[c.key] = where.cell;
      const res = checkField(c, sheet.cell(r, col), where, ctx);
      row.values[c.key] = res.value;
      if (res.span) row.spans[c.key] = res.span;
      findings.push(...res.findings);
    });
    if (below)
      findings.push(
        finding('ROW_BELOW_TABLE', {
          sheet: sheet.name,
          cell: cellRef(r, box.left),
          field: section.name,
          value: null,
        }),
      );
    rows.push(row);
  }
  if (isPlan)
    assignTaskCodes(
      cols.find((c) => c.type === 'task-code')?.key,
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
  at: { sheet: SheetGrid; box: RangeBox },
  submission: Submission,
  findings: Finding[],
): void {
  const { sheet, box } = at;
  const specByKey = new Map(section.indicators.map((i) => [foldKey(i.code), i]));
  for (const ind of section.indicators) submission.indicators[ind.code] = null;
  // Rows may have been moved or inserted: match by the code in the first column, not by position.
  const last = Math.max(box.bottom, Math.min(sheet.rowCount, box.bottom + section.indicators.length));
  for (let r = box.top; r <= last; r++) {
    const ind = specByKey.get(foldKey(cellText(sheet.cell(r, box.left)?.value ?? null)));
    if (!ind) continue;
    const cell = sheet.cell(r, box.right);
    const where = { sheet: sheet.name, cell: cellRef(r, box.right), field: ind.code };
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
  at: { sheet: SheetGrid; box: RangeBox },
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
