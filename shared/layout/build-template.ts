import type { Period, Registry, ReportKind, Unit } from '../domain/types';
import { absRef, cellRef, columnLetter, quoteSheet } from '../grid/a1';
import { dateToExcelSerial, formatDmy } from '../calendar/plain-date';
import { KIND_LABELS } from '../messages/vi';
import {
  FUNDING_FROM_2025,
  parentBodyOf,
  signerFor,
  taskCodeUnit,
  unitAbbr,
} from '../presets/registry-presets';
import type {
  ColumnSpec,
  IndicatorSection,
  NarrativeSection,
  TableSection,
  TemplateSpec,
} from '../templates/spec-types';
import { LISTS_SHEET, META_SHEET, NAME_DOC_NUMBER, NAME_REPORT_DATE } from '../templates/spec-types';
import {
  FONT_NAME,
  S,
  dateLineFormula,
  dateLineText,
  writeClosingBlocks,
  writeHeaderBlock,
} from './document-form';
import { SheetBuilder, colRange } from './sheet-builder';
import type { ModelValue, SheetModel, ValidationModel, WorkbookModel } from './sheet-model';
import { taskCode } from './task-code';
import type { PrintFit } from './print-fit';
import { printFit } from './print-fit';
import {
  MAX_ROW_HEIGHT,
  columnPoints,
  columnsPoints,
  linesHeight,
  textHeight,
  wrappedLines,
} from './text-fit';

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
  /** Override the "Nơi nhận" lines (default: the template's, with the consolidator's name). */
  recipients?: string[];
  /** Override the signature lines (default: by the unit's kind, see `signerFor`). */
  signer?: { capacity: string; title: string; name: string };
  /** Override the document number line (default `Số:      /BC-<abbr>`). */
  docNumber?: string;
  /**
   * Write the place-and-date line as text instead of a formula over the date cell (for workbooks
   * that must hold no formula, such as the consolidation summary).
   */
  staticDateLine?: boolean;
}

export interface TemplateLayout {
  model: WorkbookModel;
  /** Where each named region landed, for hosts that select or highlight. */
  names: Record<string, string>;
  /**
   * Named narratives whose pre-filled text needs more than one printed row can hold (Excel's
   * 409 pt): on paper they would be cut, so the caller must shorten or split them.
   */
  unprintable: string[];
  /**
   * Whether the printed columns fit A4 between the margins at 100 % (else the scale ≥ 90 % they
   * print at); `fits: false` is a layout error of the template, which tests report.
   */
  printFit: PrintFit;
}

/** NĐ 30/2020 margins (mm); the page number sits in the top margin. */
const MARGINS = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 8 };
const MM = 72 / 25.4;
/** Printable height of a page in points at 100 %, by orientation. */
const PAGE_HEIGHT = {
  landscape: (210 - MARGINS.top - MARGINS.bottom) * MM,
  portrait: (297 - MARGINS.top - MARGINS.bottom) * MM,
};
/** Lines an empty narrative box shows, so a printed blank form has room and the box is visible. */
const NARRATIVE_MIN_LINES = 3;
/** Width of the date input column, right of the printed area. */
const DATE_INPUT_WIDTH = 16;
const DEFAULT_ROW = 16;

/** A run of rows that should print on one page, and whether it must stay with the next run. */
interface Block {
  first: number;
  last: number;
  keepWithNext?: boolean;
}

export function buildTemplate(req: TemplateRequest): TemplateLayout {
  const { spec, kind, unit, registry, period } = req;
  const table = spec.sections.find((s): s is TableSection => s.type === 'table');
  const widths = table ? table.columns.map((c) => c.width) : [4, 9, 10, 18, 24, 10, 10, 8, 10, 7];
  const width = widths.length;
  const b = new SheetBuilder(spec.sheetName, [...widths, DATE_INPUT_WIDTH]);
  const names: Record<string, string> = {};
  const unprintable: string[] = [];
  const blocks: Block[] = [];
  const isPlan = kind === 'ke-hoach-nam';
  const fullWidthPt = columnsPoints(widths, 1, width);
  const fit = printFit(widths, spec.orientation, MARGINS);

  const abbr = unitAbbr(unit);
  const unitName = req.header?.unitName ?? unit.name;
  const head = writeHeaderBlock(b, width, {
    parentBody: req.header?.parentBody ?? parentBodyOf(registry, unit),
    unitName,
    docNumber: req.docNumber ?? `Số:      /${spec.docType}-${abbr}`,
    placeForDate: registry.place,
  });
  names[NAME_DOC_NUMBER] = absRef(...head.docNumberCell);

  // The date is typed (or written by the add-ins) into an input cell just right of the printed
  // area; the printed line is a formula over it, its text cached for viewers that do not recalculate.
  const reportDate = req.reportDate ?? req.generatedAt.slice(0, 10);
  const dateCol = width + 1;
  const dateRef = cellRef(4, dateCol);
  b.set(4, dateCol, dateToExcelSerial(reportDate));
  b.style(dateRef, S.dateInput);
  names[NAME_REPORT_DATE] = absRef(4, dateCol);
  b.set(
    head.dateLineCell[0],
    head.dateLineCell[1],
    req.staticDateLine
      ? dateLineText(registry.place, reportDate)
      : {
          formula: dateLineFormula(registry.place, dateRef),
          result: dateLineText(registry.place, reportDate),
        },
  );
  b.validations.push({
    ranges: [dateRef],
    rule: { type: 'date', from: `${period.year - 1}-01-01`, to: `${period.year + 1}-12-31` },
    errorStyle: 'warning',
    errorTitle: 'Ngày báo cáo',
    error: 'Hãy nhập ngày ban hành văn bản dạng ngày/tháng/năm, ví dụ 05/01/2026.',
    prompt: 'Ngày ban hành văn bản (ngày/tháng/năm); dòng "…, ngày … tháng … năm …" tự cập nhật theo ô này.',
  });

  let row = 6;
  const title = (spec.titles[kind] ?? KIND_LABELS[kind]).replace('{year}', String(period.year));
  b.block(row, 1, width, title, S.title);
  b.height(row, textHeight(title, fullWidthPt, 14, { bold: true, caps: true }).height + 6);
  row++;
  const subtitle = isPlan
    ? `(Theo mẫu Phụ lục 01 Thông tư số 22/2016/TT-BTTTT)`
    : `(Theo mẫu Phụ lục 02 Thông tư số 22/2016/TT-BTTTT; số liệu tính từ ngày ${formatDmy(period.from)} đến ngày ${formatDmy(period.to)})`;
  b.block(row, 1, width, subtitle, S.subtitle);
  b.height(row, textHeight(subtitle, fullWidthPt, 13).height);
  row += 2;
  blocks.push({ first: 1, last: row - 1 });

  for (const section of spec.sections) {
    switch (section.type) {
      case 'heading':
        b.block(row, 1, width, section.text, S.heading);
        b.height(row, textHeight(section.text, fullWidthPt, 13, { bold: true, caps: true }).height);
        blocks.push({ first: row, last: row, keepWithNext: true });
        row += 1;
        break;
      case 'narrative': {
        const r = writeNarrative(b, row, width, section, names, req.narratives?.[section.key]);
        if (!r.fits) unprintable.push(section.name);
        blocks.push({ first: row, last: r.nextRow - 1 });
        row = r.nextRow;
        break;
      }
      case 'indicators': {
        const next = writeIndicators(b, row, width, section, names, req.indicatorValues);
        blocks.push({ first: row, last: next - 1 });
        row = next;
        break;
      }
      case 'table': {
        // The table itself is the appendix after the signature (see below); the body points to it.
        const first = row;
        if (section.heading) {
          b.block(row, 1, width, section.heading, S.heading);
          b.height(row, textHeight(section.heading, fullWidthPt, 13, { bold: true }).height);
          row += 1;
        }
        b.block(row, 1, width, '(Chi tiết tại Phụ lục kèm theo)', S.subtitle);
        b.height(row, linesHeight(1, 13));
        row += 2;
        blocks.push({ first, last: row - 1 });
        break;
      }
    }
  }

  const recipients =
    req.recipients ?? spec.recipients.map((t) => t.replace('{consolidator}', registry.consolidator.name));
  const signer =
    req.signer ??
    (spec.signer.capacity ? spec.signer : { ...signerFor({ ...unit, name: unitName }), name: '' });
  const closing = writeClosingBlocks(b, row, width, recipients, signer);
  // The signature never stands alone on a page: it keeps the last section with it.
  if (blocks.length > 1) blocks[blocks.length - 1].keepWithNext = true;
  blocks.push({ first: row, last: closing.lastRow });
  let last = closing.lastRow;

  // The activity table prints as an appendix on its own pages, after the signature, so the header
  // rows repeated on every printed page (print titles) only ever stand above the table's own rows,
  // never above the indicators or sections III–V.
  // Below 100 % a page holds proportionally more of the rows' (unscaled) height.
  const rowBreaks = paginate(b, blocks, (PAGE_HEIGHT[spec.orientation] * 100) / fit.scale);
  let titleRows: [number, number] | undefined;
  if (table) {
    const start = last + 2;
    rowBreaks.push(start);
    const r = writeAppendix(b, start, table, {
      spec,
      req,
      codeUnit: taskCodeUnit(unit),
      listSources: listSheetSources(dropdownValues(spec, registry)),
      names,
      unitName,
    });
    titleRows = r.headerRows;
    last = r.lastRow;
  }

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
      // The columns are sized to fit between the margins at 100 %, so the page prints at its real
      // sizes. Not fitted: LibreOffice's fit-to-width shrinks long sheets by a few per cent (measured
      // 98 % with 25 filled rows, 100 % with 20) even when they fit, which takes 11 pt under 11.
      // Columns that grew past the page print at the largest scale ≥ 90 % that fits (`printFit`);
      // only a template needing less is fitted to width, and reported as not fitting.
      ...(fit.fits ? { fitToWidth: false, scale: fit.scale } : { fitToWidth: true }),
      margins: MARGINS,
      titleRows,
      printArea: `A1:${columnLetter(width)}${last}`,
      blackAndWhite: true,
      pageNumbers: 'top-centre-from-page-2',
      rowBreaks,
    },
  });

  const meta = metaSheet({
    template: spec.id,
    version: spec.version,
    kind,
    unit: unit.code,
    unit_abbr: taskCodeUnit(unit),
    year: String(period.year),
    period: period.label,
    period_from: period.from,
    period_to: period.to,
    deadline: period.deadline,
    unit_name: unit.name,
    generated_at: req.generatedAt,
    generator: req.generator,
  });
  const lists = listsSheet(spec, registry);
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
    unprintable,
    printFit: fit,
  };
}

/**
 * Manual page breaks so that no block is split by a page end when it fits on a page, and no heading
 * is left alone at the bottom of a page (a heading block stays with the block after it). Heights are
 * those the layout gave the rows; rows without one count as the default height.
 */
function paginate(b: SheetBuilder, blocks: Block[], pageHeight: number): number[] {
  const merged: Block[] = [];
  let carry: Block | null = null;
  for (const bl of blocks) {
    const cur: Block = carry ? { first: carry.first, last: bl.last, keepWithNext: bl.keepWithNext } : bl;
    if (cur.keepWithNext) carry = cur;
    else {
      merged.push(cur);
      carry = null;
    }
  }
  if (carry) merged.push(carry);
  const breaks: number[] = [];
  let used = 0;
  for (const bl of merged) {
    let h = 0;
    for (let r = bl.first; r <= bl.last; r++) h += b.heightOf(r) ?? DEFAULT_ROW;
    if (used > 0 && used + h > pageHeight) {
      breaks.push(bl.first);
      used = 0;
    }
    used = (used + h) % pageHeight;
  }
  return breaks;
}

function writeNarrative(
  b: SheetBuilder,
  row: number,
  width: number,
  s: NarrativeSection,
  names: Record<string, string>,
  text?: string,
): { nextRow: number; fits: boolean } {
  const widthPt = columnsPoints(b.columnWidths, 1, width);
  b.block(row, 1, width, s.heading, S.heading);
  b.height(row, textHeight(s.heading, widthPt, 13, { bold: true, caps: true }).height);
  // The box is a merged cell (the text runs across the page), which no spreadsheet sizes to its
  // content: the row gets the height of its text, at least a few lines.
  const box = row + 1;
  b.block(box, 1, width, text ?? null, S.narrative);
  b.textRanges.push(cellRef(box, 1));
  const fit = textHeight(text ?? '', widthPt, 13, {}, NARRATIVE_MIN_LINES);
  b.height(box, fit.height);
  names[s.name] = absRef(box, 1);
  // What one row can print: more is flagged while typing (a warning, the text is kept).
  const printable = narrativePrintCapacity(widthPt);
  const max = Math.min(s.maxLength, printable);
  b.validations.push({
    ranges: [cellRef(box, 1)],
    rule: { type: 'textLength', max },
    errorStyle: 'warning',
    errorTitle: s.heading,
    error:
      max < s.maxLength
        ? `Nội dung dài quá khoảng ${max} ký tự sẽ không in hết trong một ô: hãy viết gọn hoặc chuyển phần chi tiết sang văn bản kèm theo.`
        : `Nội dung dài quá ${s.maxLength} ký tự.`,
    prompt: s.hint,
  });
  return { nextRow: box + 2, fits: fit.fits };
}

/** Characters of 13 pt text that one narrative row (Excel's 409 pt at most) prints across `widthPt`. */
export function narrativePrintCapacity(widthPt: number): number {
  const lines = Math.floor((MAX_ROW_HEIGHT - 4) / (13 * 1.2));
  const perLine = Math.floor((widthPt - 8) / (13 * 0.5));
  // Word wrap leaves the ends of lines empty: count 85 % of each line.
  return Math.floor(lines * perLine * 0.85);
}

function writeIndicators(
  b: SheetBuilder,
  row: number,
  width: number,
  s: IndicatorSection,
  names: Record<string, string>,
  values?: Record<string, number>,
): number {
  const widthPt = columnsPoints(b.columnWidths, 1, width);
  b.block(row, 1, width, s.heading, S.heading);
  b.height(row, textHeight(s.heading, widthPt, 13, { bold: true }).height);
  row += 1;
  // Columns: STT | code | name (merged up to the unit column) | unit | value.
  const codeCol = 2;
  const valueCol = Math.min(width, 8);
  const unitCol = valueCol - 1;
  const namePt = columnsPoints(b.columnWidths, codeCol + 1, unitCol - 1);
  const unitPt = columnPoints(b.columnWidths[unitCol - 1]);
  b.block(row, 1, 1, 'STT', S.tableHeader);
  b.block(row, codeCol, codeCol, 'Mã chỉ tiêu', S.tableHeader);
  b.block(row, codeCol + 1, unitCol - 1, 'Chỉ tiêu', S.tableHeader);
  b.block(row, unitCol, unitCol, 'Đơn vị tính', S.tableHeader);
  b.block(row, valueCol, valueCol, 'Số lượng', S.tableHeader);
  b.height(row, linesHeight(2, 11));
  const top = row + 1;
  s.indicators.forEach((ind, i) => {
    const r = top + i;
    b.block(r, 1, 1, i + 1, S.bodyAuto);
    b.block(r, codeCol, codeCol, ind.code, S.bodyAuto);
    b.block(r, codeCol + 1, unitCol - 1, ind.name, { ...S.bodyAuto, h: 'left' });
    b.block(r, unitCol, unitCol, ind.unit, S.bodyAuto);
    b.block(r, valueCol, valueCol, values?.[ind.code] ?? null, {
      ...S.bodyInput,
      h: 'right',
      numFmt: ind.money ? '#,##0.###' : '#,##0',
    });
    // One line fits the default row height; only wrapped names need more.
    const lines = Math.max(wrappedLines(ind.name, namePt, 11), wrappedLines(ind.unit, unitPt, 11));
    if (lines > 1) b.height(r, linesHeight(lines, 11));
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
  codeUnit: string;
  listSources: Record<string, string>;
  names: Record<string, string>;
  unitName: string;
}

/** The appendix: its title, then the table (header rows repeated on every page), then the total row. */
function writeAppendix(
  b: SheetBuilder,
  row: number,
  s: TableSection,
  ctx: TableContext,
): { lastRow: number; headerRows: [number, number] } {
  const width = s.columns.length;
  const widthPt = columnsPoints(b.columnWidths, 1, width);
  const isPlan = ctx.req.kind === 'ke-hoach-nam';
  const year = ctx.req.period.year;
  b.block(row, 1, width, 'PHỤ LỤC', S.title);
  b.height(row, linesHeight(1, 14));
  const title = isPlan
    ? `DANH MỤC NHIỆM VỤ, HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM ${year}`
    : `KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI (${formatDmy(ctx.req.period.from)} – ${formatDmy(ctx.req.period.to)})`;
  b.block(row + 1, 1, width, title, S.title);
  b.height(row + 1, textHeight(title, widthPt, 14, { bold: true, caps: true }).height);
  const note = `(Kèm theo ${isPlan ? 'Kế hoạch' : 'Báo cáo'} của ${ctx.unitName})`;
  b.block(row + 2, 1, width, note, S.subtitle);
  b.height(row + 2, textHeight(note, widthPt, 13).height);
  return writeTable(b, row + 4, s, ctx);
}

function writeTable(
  b: SheetBuilder,
  headerRow: number,
  s: TableSection,
  ctx: TableContext,
): { lastRow: number; headerRows: [number, number] } {
  const colPt = s.columns.map((_, i) => columnPoints(b.columnWidths[i]));
  s.columns.forEach((c, i) => {
    b.block(headerRow, i + 1, i + 1, c.header, S.tableHeader);
    b.block(headerRow + 1, i + 1, i + 1, `(${i + 1})`, S.tableIndex);
  });
  b.height(
    headerRow,
    linesHeight(
      Math.max(...s.columns.map((c, i) => wrappedLines(c.header, colPt[i], 11, { bold: true }))),
      11,
    ),
  );
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
      if (c.type === 'task-code' && isPlan) return taskCode(ctx.req.period.year, ctx.codeUnit, r + 1);
      const v = prefill[r]?.[c.key];
      return v === undefined ? null : v;
    });
    values.forEach((v, i) => b.set(top + r, i + 1, v));
    // Rows holding text get an estimate of the height it needs, kept automatic (see
    // SheetModel.estimatedRowHeights); empty rows get none, so the spreadsheet sizes them as typed.
    const lines = Math.max(
      ...values.map((v, i) =>
        typeof v === 'string' && v
          ? wrappedLines(v, colPt[i], 11, { caps: ['task-code', 'date-span'].includes(s.columns[i].type) })
          : 1,
      ),
    );
    if (lines > 1 || prefill[r]) b.estimatedRowHeights.push({ row: top + r, height: linesHeight(lines, 11) });
  }
  ctx.names[s.name] = `${absRef(top, 1)}:${absRef(bottom, s.columns.length)}`;
  let last = bottom;
  const totals = s.columns.map((c, i) => (c.total ? i + 1 : 0)).filter(Boolean);
  if (s.totalLabel && totals.length) {
    const next = bottom + 1;
    const firstTotal = Math.min(...totals);
    b.block(next, 1, firstTotal - 1, s.totalLabel, S.total);
    for (let col = firstTotal; col <= s.columns.length; col++) {
      const L = columnLetter(col);
      const key = s.columns[col - 1].key;
      // The sum is cached with the formula, so viewers that do not recalculate show it too.
      const sum = prefill.reduce((t, p) => t + (typeof p[key] === 'number' ? p[key] : 0), 0);
      b.block(
        next,
        col,
        col,
        totals.includes(col)
          ? { formula: `SUM(${L}${top}:${L}${bottom})`, result: Math.round(sum * 1000) / 1000 }
          : null,
        {
          ...S.total,
          h: 'right',
          numFmt: '#,##0.###',
        },
      );
    }
    b.height(next, linesHeight(1, 11));
    last = next;
  }
  return { lastRow: last, headerRows: [headerRow, headerRow + 1] };
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
      // a date rule would warn on every accepted word form. The parser checks the reporting period instead.
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
function listSheetSources(lists: Record<string, readonly string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  Object.entries(lists).forEach(([id, values], k) => {
    const L = columnLetter(k + 1);
    out[id] = `${quoteSheet(LISTS_SHEET)}!$${L}$2:$${L}$${values.length + 1}`;
  });
  return out;
}

/**
 * The dropdown values: the template's lists, except that the registry picks the funding sources
 * its era offers (no "NSNN huyện/xã" after 01/07/2025). Parsing still accepts the whole list.
 */
function dropdownValues(spec: TemplateSpec, registry: Registry): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = { ...spec.lists };
  const funding = spec.lists[FUNDING_LIST];
  if (funding) {
    const wanted = registry.fundingSources ?? FUNDING_FROM_2025;
    const picked = funding.filter((v) => wanted.includes(v));
    if (picked.length) out[FUNDING_LIST] = picked;
  }
  return out;
}

const FUNDING_LIST = 'nguonKinhPhi';

function listsSheet(spec: TemplateSpec, registry: Registry): SheetModel {
  const lists = dropdownValues(spec, registry);
  const ids = Object.keys(lists);
  const b = new SheetBuilder(
    LISTS_SHEET,
    ids.map(() => 40),
  );
  ids.forEach((id, i) => {
    b.set(1, i + 1, id);
    lists[id].forEach((v, j) => b.set(j + 2, i + 1, v));
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
