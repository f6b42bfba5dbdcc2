import type { Period, Registry, ReportKind, Unit } from '../domain/types';
import { absRef, cellRef, columnLetter, quoteSheet } from '../grid/a1';
import { dateToExcelSerial, formatDmy, makeDate } from '../calendar/plain-date';
import { KIND_LABELS } from '../messages/vi';
import { parentBodyOf, unitShort } from '../presets/registry-presets';
import type {
  ColumnSpec,
  IndicatorSection,
  NarrativeSection,
  TableSection,
  TemplateSpec,
} from '../templates/spec-types';
import { LISTS_SHEET, META_SHEET, NAME_DOC_NUMBER, NAME_REPORT_DATE } from '../templates/spec-types';
import { dateLineFormat, FONT_NAME, S, writeClosingBlocks, writeHeaderBlock } from './document-form';
import { SheetBuilder, colRange } from './sheet-builder';
import type { ModelValue, SheetModel, ValidationModel, WorkbookModel } from './sheet-model';
import { taskCode } from './task-code';

/** Everything needed to lay out one form. */
export interface TemplateRequest {
  spec: TemplateSpec;
  kind: ReportKind;
  unit: Unit;
  registry: Registry;
  period: Period;
  /** ISO timestamp; passed in so that output is reproducible. */
  generatedAt: string;
  generator: string;
  /** Report date shown in the date line; defaults to the generation date. */
  reportDate?: string;
  /** Rows to pre-fill (e.g. plan tasks carried into a report), keyed by column key. */
  prefill?: Record<string, string | number | null>[];
  /** Indicator values and narrative texts to pre-fill (the province's own report). */
  indicatorValues?: Record<string, number>;
  narratives?: Record<string, string>;
  /** Override the parent body and unit lines of the header (the province's report). */
  header?: { parentBody: string; unitName: string };
}

export interface TemplateLayout {
  model: WorkbookModel;
  /** Where each named region landed, for hosts that select or highlight. */
  names: Record<string, string>;
}

const MARGINS = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 };
/** About how many 13 pt characters fit across a landscape narrative block. */
const NARRATIVE_CHARS_PER_LINE = 150;

export function buildTemplate(req: TemplateRequest): TemplateLayout {
  const { spec, kind, unit, registry, period } = req;
  const table = spec.sections.find((s): s is TableSection => s.type === 'table');
  const widths = table ? table.columns.map((c) => c.width) : [6, 16, 24, 32, 34, 13, 18, 13, 16, 16];
  const width = widths.length;
  const b = new SheetBuilder(spec.sheetName, widths);
  const names: Record<string, string> = {};
  const listSources = listSheetSources(spec);

  const short = unitShort(unit.code);
  const head = writeHeaderBlock(b, width, {
    parentBody: req.header?.parentBody ?? parentBodyOf(registry, unit),
    unitName: req.header?.unitName ?? unit.name,
    docNumber: `Số:      /${spec.docType}-${short}`,
    placeForDate: registry.place,
  });
  names[NAME_DOC_NUMBER] = absRef(...head.docNumberCell);
  names[NAME_REPORT_DATE] = absRef(...head.dateCell);
  const reportDate = req.reportDate ?? req.generatedAt.slice(0, 10);
  const dateYear = Number(reportDate.slice(0, 4));
  b.set(head.dateCell[0], head.dateCell[1], dateToExcelSerial(reportDate));
  b.style(cellRef(...head.dateCell), {
    ...S.dateLine,
    numFmt: dateLineFormat(registry.place, dateToExcelSerial(makeDate(dateYear, 3, 1)!)),
  });
  b.validations.push({
    ranges: [cellRef(...head.dateCell)],
    rule: { type: 'date', from: `${period.year - 1}-01-01`, to: `${period.year + 1}-12-31` },
    errorStyle: 'warning',
    errorTitle: 'Ngày báo cáo',
    error: 'Hãy nhập ngày ban hành văn bản dạng ngày/tháng/năm, ví dụ 05/01/2026.',
    prompt: 'Ngày ban hành văn bản (ngày/tháng/năm).',
  });

  let row = 6;
  const title = (spec.titles[kind] ?? KIND_LABELS[kind]).replace('{year}', String(period.year));
  b.block(row, 1, width, title, S.title);
  b.height(row, 40);
  row++;
  const subtitle =
    kind === 'ke-hoach-nam'
      ? `(Theo mẫu Phụ lục 01 Thông tư số 22/2016/TT-BTTTT)`
      : `(Theo mẫu Phụ lục 02 Thông tư số 22/2016/TT-BTTTT; số liệu tính từ ngày ${formatDmy(period.from)} đến ngày ${formatDmy(period.to)})`;
  b.block(row, 1, width, subtitle, S.subtitle);
  b.height(row, 34);
  row += 2;

  let titleRows: [number, number] | undefined;
  for (const section of spec.sections) {
    switch (section.type) {
      case 'heading':
        b.block(row, 1, width, section.text, S.heading);
        row += 1;
        break;
      case 'narrative':
        row = writeNarrative(b, row, width, section, names, req.narratives?.[section.key]);
        break;
      case 'indicators':
        row = writeIndicators(b, row, width, section, names, req.indicatorValues);
        break;
      case 'table': {
        const r = writeTable(b, row, section, { spec, req, short, listSources, names });
        titleRows ??= r.headerRows;
        row = r.nextRow;
        break;
      }
    }
  }

  const recipients = spec.recipients.map((t) => t.replace('{consolidator}', registry.consolidator.name));
  const last = writeClosingBlocks(b, row + 1, width, recipients, spec.signer);

  const main = b.build({
    state: 'visible',
    protection: {
      allowInsertRows: true,
      allowDeleteRows: true,
      allowFormatColumns: true,
      allowFormatRows: true,
    },
    print: {
      paper: 'A4',
      orientation: spec.orientation,
      fitToWidth: true,
      margins: MARGINS,
      titleRows,
      printArea: `A1:${columnLetter(width)}${last}`,
      blackAndWhite: true,
    },
  });

  const meta = metaSheet({
    template: spec.id,
    version: spec.version,
    kind,
    unit: unit.code,
    year: String(period.year),
    period: period.label,
    period_from: period.from,
    period_to: period.to,
    deadline: period.deadline,
    unit_name: unit.name,
    generated_at: req.generatedAt,
    generator: req.generator,
  });
  const lists = listsSheet(spec);
  const definedNames = Object.entries(names).map(([name, range]) => ({ name, sheet: spec.sheetName, range }));
  return {
    model: {
      sheets: [main, meta, lists],
      definedNames,
      defaultFont: { name: FONT_NAME, size: 12 },
      title,
      creator: req.generator,
    },
    names,
  };
}

function writeNarrative(
  b: SheetBuilder,
  row: number,
  width: number,
  s: NarrativeSection,
  names: Record<string, string>,
  text?: string,
): number {
  b.block(row, 1, width, s.heading, S.heading);
  b.block(row + 1, 1, width, s.hint, S.hint);
  b.block(row + 2, 1, width, text ?? null, S.narrative);
  b.textRanges.push(cellRef(row + 2, 1));
  // Pre-filled text (the province's compiled report) gets a row tall enough to show it.
  const lines = (text ?? '')
    .split('\n')
    .reduce((n, l) => n + Math.max(1, Math.ceil(l.length / NARRATIVE_CHARS_PER_LINE)), 0);
  b.height(row + 2, Math.min(409, Math.max(96, lines * 18)));
  names[s.name] = absRef(row + 2, 1);
  b.validations.push({
    ranges: [cellRef(row + 2, 1)],
    rule: { type: 'textLength', max: s.maxLength },
    errorStyle: 'warning',
    errorTitle: s.heading,
    error: `Nội dung dài quá ${s.maxLength} ký tự.`,
    prompt: s.hint,
  });
  return row + 4;
}

function writeIndicators(
  b: SheetBuilder,
  row: number,
  width: number,
  s: IndicatorSection,
  names: Record<string, string>,
  values?: Record<string, number>,
): number {
  b.block(row, 1, width, s.heading, S.heading);
  row += 1;
  // Columns: STT | code | name (merged up to the unit column) | unit | value.
  const codeCol = 2;
  const valueCol = Math.min(width, 8);
  const unitCol = valueCol - 1;
  b.block(row, 1, 1, 'STT', S.tableHeader);
  b.block(row, codeCol, codeCol, 'Mã chỉ tiêu', S.tableHeader);
  b.block(row, codeCol + 1, unitCol - 1, 'Chỉ tiêu', S.tableHeader);
  b.block(row, unitCol, unitCol, 'Đơn vị tính', S.tableHeader);
  b.block(row, valueCol, valueCol, 'Số lượng', S.tableHeader);
  b.height(row, 30);
  const top = row + 1;
  s.indicators.forEach((ind, i) => {
    const r = top + i;
    b.block(r, 1, 1, i + 1, S.bodyAuto);
    b.block(r, codeCol, codeCol, ind.code, S.bodyAuto);
    b.block(r, codeCol + 1, unitCol - 1, ind.name, { ...S.bodyAuto, h: 'left', wrap: true });
    b.block(r, unitCol, unitCol, ind.unit, S.bodyAuto);
    b.block(r, valueCol, valueCol, values?.[ind.code] ?? null, {
      ...S.bodyInput,
      h: 'right',
      numFmt: ind.money ? '#,##0.###' : '#,##0',
    });
  });
  const bottom = top + s.indicators.length - 1;
  names[s.name] = `${absRef(top, codeCol)}:${absRef(bottom, valueCol)}`;
  const money = s.indicators.map((ind, i) => (ind.money ? top + i : 0)).filter(Boolean);
  const counts = s.indicators.map((ind, i) => (ind.money ? 0 : top + i)).filter(Boolean);
  const col = columnLetter(valueCol);
  if (counts.length) {
    b.validations.push({
      ranges: counts.map((r) => `${col}${r}`),
      rule: { type: 'whole', min: 0 },
      errorStyle: 'warning',
      errorTitle: 'Số liệu',
      error: 'Chỉ tiêu này là số nguyên không âm.',
    });
  }
  if (money.length) {
    b.validations.push({
      ranges: money.map((r) => `${col}${r}`),
      rule: { type: 'decimal', min: 0 },
      errorStyle: 'warning',
      errorTitle: 'Kinh phí',
      error: 'Kinh phí là số không âm (triệu đồng), tối đa 3 chữ số thập phân.',
    });
  }
  return bottom + 2;
}

interface TableContext {
  spec: TemplateSpec;
  req: TemplateRequest;
  short: string;
  listSources: Record<string, string>;
  names: Record<string, string>;
}

function writeTable(
  b: SheetBuilder,
  row: number,
  s: TableSection,
  ctx: TableContext,
): { nextRow: number; headerRows: [number, number] } {
  if (s.heading) {
    b.block(row, 1, s.columns.length, s.heading, S.heading);
    row += 1;
  }
  const headerRow = row;
  s.columns.forEach((c, i) => {
    b.block(headerRow, i + 1, i + 1, c.header, S.tableHeader);
    b.block(headerRow + 1, i + 1, i + 1, `(${i + 1})`, S.tableIndex);
  });
  b.height(headerRow, 48);
  const top = headerRow + 2;
  const prefill = ctx.req.prefill ?? [];
  const rows = Math.max(s.bodyRows, prefill.length + 5);
  const bottom = top + rows - 1;
  const isPlan = ctx.req.kind === 'ke-hoach-nam';
  s.columns.forEach((c, i) => {
    const col = i + 1;
    const range = colRange(col, top, bottom);
    const auto = c.type === 'seq' || (c.type === 'task-code' && isPlan);
    b.style(range, auto ? S.bodyAuto : { ...S.bodyInput, ...columnLook(c) });
    if (c.type === 'text' || (c.type === 'task-code' && !isPlan)) b.textRanges.push(range);
    const v = columnValidation(c, range, ctx);
    if (v) b.validations.push(v);
  });
  for (let r = 0; r < rows; r++) {
    const values: ModelValue[] = s.columns.map((c) => {
      if (c.type === 'seq') return r + 1;
      if (c.type === 'task-code' && isPlan) return taskCode(ctx.req.period.year, ctx.short, r + 1);
      const v = prefill[r]?.[c.key];
      return v === undefined ? null : v;
    });
    values.forEach((v, i) => b.set(top + r, i + 1, v));
  }
  ctx.names[s.name] = `${absRef(top, 1)}:${absRef(bottom, s.columns.length)}`;
  let next = bottom + 1;
  const totals = s.columns.map((c, i) => (c.total ? i + 1 : 0)).filter(Boolean);
  if (s.totalLabel && totals.length) {
    const firstTotal = Math.min(...totals);
    b.block(next, 1, firstTotal - 1, s.totalLabel, S.total);
    for (let col = firstTotal; col <= s.columns.length; col++) {
      const L = columnLetter(col);
      b.block(
        next,
        col,
        col,
        totals.includes(col) ? { formula: `SUM(${L}${top}:${L}${bottom})`, result: 0 } : null,
        {
          ...S.total,
          h: 'right',
          numFmt: '#,##0.###',
        },
      );
    }
    next += 1;
  }
  return { nextRow: next + 1, headerRows: [headerRow, headerRow + 1] };
}

function columnLook(c: ColumnSpec) {
  switch (c.type) {
    case 'number':
      return { h: 'right' as const, numFmt: c.integer ? '#,##0' : '#,##0.###' };
    case 'date-span':
      return { h: 'center' as const, numFmt: 'dd/mm/yyyy' };
    case 'list':
      return { h: 'left' as const };
    default:
      return {};
  }
}

function columnValidation(c: ColumnSpec, range: string, ctx: TableContext): ValidationModel | undefined {
  switch (c.type) {
    case 'list':
      return {
        ranges: [range],
        rule: { type: 'list', source: ctx.listSources[c.list ?? ''] },
        errorStyle: 'stop',
        errorTitle: c.header,
        error: 'Hãy chọn một giá trị trong danh sách thả xuống.',
        prompt: `Chọn ${c.header.toLowerCase()} từ danh sách.`,
      };
    case 'number':
      return {
        ranges: [range],
        rule: c.integer ? { type: 'whole', min: 0 } : { type: 'decimal', min: 0 },
        errorStyle: 'warning',
        errorTitle: c.header,
        error: `Nhập số không âm${c.decimals !== undefined ? `, tối đa ${c.decimals} chữ số thập phân` : ''}.`,
      };
    case 'date-span':
      // Time may be words ("Quý I/2026", "Thường xuyên"), so the rule only bounds the length:
      // a date rule would warn on every accepted word form. The parser checks the window.
      return {
        ranges: [range],
        rule: { type: 'textLength', max: 60 },
        errorStyle: 'warning',
        errorTitle: c.header,
        error: `Nhập thời gian trong khoảng ${formatDmy(ctx.req.period.from)} – ${formatDmy(ctx.req.period.to)}: ngày, tháng, quý hoặc "Thường xuyên".`,
        prompt: `Ví dụ: 15/03/${ctx.req.period.year}; Tháng 3/${ctx.req.period.year}; Tháng 3-5; Quý I/${ctx.req.period.year}; Quý I, II; 6 tháng đầu năm; Thường xuyên.`,
      };
    case 'text':
      return c.maxLength
        ? {
            ranges: [range],
            rule: { type: 'textLength', max: c.maxLength },
            errorStyle: 'warning',
            errorTitle: c.header,
            error: `Nội dung dài quá ${c.maxLength} ký tự.`,
          }
        : undefined;
    default:
      return undefined;
  }
}

/** Lists live on a hidden sheet so dropdowns are not bound by Excel's 255-character inline limit. */
function listSheetSources(spec: TemplateSpec): Record<string, string> {
  const out: Record<string, string> = {};
  Object.entries(spec.lists).forEach(([id, values], i) => {
    const L = columnLetter(i + 1);
    out[id] = `${quoteSheet(LISTS_SHEET)}!$${L}$2:$${L}$${values.length + 1}`;
  });
  return out;
}

function listsSheet(spec: TemplateSpec): SheetModel {
  const ids = Object.keys(spec.lists);
  const b = new SheetBuilder(
    LISTS_SHEET,
    ids.map(() => 40),
  );
  ids.forEach((id, i) => {
    b.set(1, i + 1, id);
    spec.lists[id].forEach((v, j) => b.set(j + 2, i + 1, v));
  });
  return b.build({ state: 'hidden' });
}

function metaSheet(entries: Record<string, string>): SheetModel {
  const b = new SheetBuilder(META_SHEET, [18, 40]);
  Object.entries(entries).forEach(([k, v], i) => {
    b.set(i + 1, 1, k);
    b.set(i + 1, 2, v);
  });
  b.textRanges.push(`B1:B${Object.keys(entries).length}`);
  return b.build({ state: 'hidden' });
}
