import { cellRef, columnLetter, parseRange } from '../../shared/grid/a1';
import type { GridDefinedName, GridScalar, WorkbookGrid } from '../../shared/grid/workbook-grid';
import { MapSheetGrid, MapWorkbookGrid } from '../../shared/grid/workbook-grid';
import { columnPoints } from '../../shared/layout/text-fit';
import { HOST_SKIPPED_MESSAGES } from '../../shared/messages/vi';
import type {
  CellStyle,
  ModelValue,
  SheetModel,
  ValidationModel,
  WorkbookModel,
} from '../../shared/layout/sheet-model';
import type { CellMark, CellWrite, SheetPort } from '../../shared/ports/sheet-port';
import { readJsonProp, writeJsonProp } from './props';

/**
 * SheetPort on SpreadsheetApp (SPEC §8.2). Every operation is a fixed number of service calls per
 * sheet / style group / validation rule / defined name — never per row or per cell:
 *  - values: ONE `setValues` per sheet block (text ranges get `setNumberFormat('@')` first, and a
 *    string that starts with `=`, `+`, `-` or `@` is written with Sheets' apostrophe text prefix);
 *  - formats: one `RangeList` call per style property per style group;
 *  - validation: one rule built per model rule, applied per range (a column block);
 *  - reads: `getDataRange().getValues()` + `getFormulas()` per sheet, `getNamedRanges()` once.
 * No `SpreadsheetApp.flush()` anywhere: Apps Script flushes when the execution returns.
 *
 * The methods are synchronous underneath (`*Sync`): Apps Script server functions called through
 * `google.script.run` must return plain values, so the server entry points use the sync forms and
 * the async SheetPort methods only wrap them for the core's flows and for tests.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const MARK_COLOR = '#ffc7ce';
const MARKS_KEY = 'ttdn_marks';
/** Sheets takes column widths in pixels (96 dpi): 4/3 px per point. */
const PX_PER_PT = 4 / 3;

/** Marks are remembered as sheet → original background → cell ranges, so they can be cleared exactly. */
type MarkStore = Record<string, Record<string, string[]>>;

export class SheetsPort implements SheetPort {
  private zoneClock: ZoneClock | null = null;
  /** What the last `applyModel` could not apply in Sheets (e.g. a freeze through a merged title). */
  lastSkipped: string[] = [];
  constructor(
    private readonly ss: Spreadsheet,
    private readonly props: GoogleAppsScript.Properties.Properties | null = null,
  ) {}

  private zone(): ZoneClock {
    return (this.zoneClock ??= new ZoneClock(this.ss.getSpreadsheetTimeZone()));
  }

  applyModel(model: WorkbookModel): Promise<void> {
    return run(() => this.applyModelSync(model));
  }
  readGrid(sheetNames?: readonly string[]): Promise<WorkbookGrid> {
    return run(() => this.readGridSync(sheetNames));
  }
  writeCells(writes: readonly CellWrite[]): Promise<void> {
    return run(() => this.writeCellsSync(writes));
  }
  setMarks(marks: readonly CellMark[]): Promise<void> {
    return run(() => this.setMarksSync(marks));
  }
  select(mark: CellMark): Promise<void> {
    return run(() => this.selectSync(mark));
  }

  // ---------------------------------------------------------------------------------------------
  // applyModel

  applyModelSync(model: WorkbookModel): void {
    this.lastSkipped = [];
    const sheets = model.sheets.map((s) => this.writeSheet(s, model));
    // Validations after every sheet exists: list rules point at the hidden `_lists` sheet.
    model.sheets.forEach((s, i) => this.applyValidations(sheets[i], s.validations));
    for (const n of model.definedNames) {
      const target = this.ss.getSheetByName(n.sheet);
      if (target) this.ss.setNamedRange(n.name, target.getRange(n.range.replace(/\$/g, '')));
    }
    const first = model.sheets.findIndex((s) => s.state === 'visible');
    if (first >= 0) sheets[first].activate();
  }

  private replaceSheet(name: string): Sheet {
    const old = this.ss.getSheetByName(name);
    if (!old) return this.ss.insertSheet(name, this.ss.getNumSheets());
    // A sheet can only be deleted while another exists: insert the new one first, then rename.
    const fresh = this.ss.insertSheet(`${name.slice(0, 80)}~${Date.now() % 100000}`, old.getIndex());
    this.ss.deleteSheet(old);
    fresh.setName(name);
    return fresh;
  }

  private writeSheet(s: SheetModel, model: WorkbookModel): Sheet {
    const sheet = this.replaceSheet(s.name);
    const rows = Math.max(s.values.length, 1);
    const cols = Math.max(s.columnWidths.length, s.values[0]?.length ?? 1, 1);
    ensureSize(sheet, rows, cols);
    const block = sheet.getRange(1, 1, rows, cols);
    block.setFontFamily(model.defaultFont.name).setFontSize(model.defaultFont.size);
    if (s.textRanges.length) sheet.getRangeList(s.textRanges).setNumberFormat('@');
    block.setValues(denseValues(s.values, rows, cols));
    const unlocked: string[] = [];
    for (const group of s.styles) {
      applyStyle(sheet.getRangeList(group.ranges), group.style);
      if (group.style.unlocked) unlocked.push(...group.ranges);
    }
    for (const m of s.merges) sheet.getRange(m).merge();
    for (const run of widthRuns(s.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.px);
    for (const h of s.rowHeights) sheet.setRowHeight(h.row, Math.round((h.height * 4) / 3));
    if (s.state === 'visible') sheet.setHiddenGridlines(true);
    this.applyView(sheet, s);
    if (s.protection) {
      // Warning-only protection keeps the layout from accidental edits without a password (SPEC §4).
      const p = sheet.protect().setDescription('Biểu mẫu TTĐN').setWarningOnly(true);
      if (unlocked.length) p.setUnprotectedRanges(sheet.getRangeList(unlocked).getRanges());
    }
    if (s.state !== 'visible') sheet.hideSheet();
    return sheet;
  }

  /**
   * Frozen header and filter of a list sheet (one call each, whatever the row count). Print setup
   * (page numbers, breaks, scale, print titles) has no Apps Script API: the Sheet class offers none,
   * so the user sets it in File → Print (README "What works where").
   */
  private applyView(sheet: Sheet, s: SheetModel): void {
    // Sheets refuses a freeze line through a merged cell (Excel allows it): a title merged across
    // the frozen columns keeps the header rows frozen and leaves the columns free.
    for (const [n, dim] of [
      [s.freeze?.rows ?? 0, 'rows'],
      [s.freeze?.cols ?? 0, 'cols'],
    ] as const) {
      if (!n) continue;
      if (cutsMerge(s.merges, n, dim)) this.lastSkipped.push(HOST_SKIPPED_MESSAGES.freeze(s.name, n, dim));
      else if (dim === 'rows') sheet.setFrozenRows(n);
      else sheet.setFrozenColumns(n);
    }
    if (s.autoFilter) {
      // A sheet holds at most one filter (Range.createFilter): remove any before creating ours.
      sheet.getFilter()?.remove();
      sheet.getRange(s.autoFilter).createFilter();
    }
  }

  private applyValidations(sheet: Sheet, validations: readonly ValidationModel[]): void {
    for (const v of validations) {
      const rule = this.buildRule(v, null);
      for (const range of v.ranges) {
        const target = sheet.getRange(range);
        // A text-length rule is a formula relative to the range's top-left cell: one rule per range.
        target.setDataValidation(rule ?? this.buildRule(v, range)!);
      }
    }
  }

  private buildRule(
    v: ValidationModel,
    range: string | null,
  ): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const r = v.rule;
    if (r.type === 'textLength' && range === null) return null;
    const b = SpreadsheetApp.newDataValidation();
    switch (r.type) {
      case 'list':
        b.requireValueInRange(this.ss.getRange(r.source.replace(/\$/g, '')), true);
        break;
      case 'decimal':
      case 'whole':
        if (r.max === undefined) b.requireNumberGreaterThanOrEqualTo(r.min);
        else b.requireNumberBetween(r.min, r.max);
        break;
      case 'date':
        b.requireDateBetween(this.zone().midnight(r.from), this.zone().midnight(r.to));
        break;
      case 'textLength': {
        const box = parseRange(range ?? 'A1') ?? { top: 1, left: 1 };
        b.requireFormulaSatisfied(`=LEN(${cellRef(box.top, box.left)})<=${r.max}`);
        break;
      }
    }
    return b
      .setAllowInvalid(v.errorStyle !== 'stop')
      .setHelpText(v.prompt ? `${v.prompt}\n${v.error}` : v.error)
      .build();
  }

  // ---------------------------------------------------------------------------------------------
  // readGrid

  readGridSync(sheetNames?: readonly string[]): WorkbookGrid {
    return readSpreadsheetGrid(this.ss, sheetNames);
  }

  // ---------------------------------------------------------------------------------------------
  // writeCells, marks, select

  writeCellsSync(writes: readonly CellWrite[]): void {
    for (const w of writes) {
      const sheet = this.ss.getSheetByName(w.sheet);
      const box = parseRange(w.cell);
      // A write the sheet cannot take is an error the user must see, never a silent no-op.
      if (!sheet) throw new Error(`Không tìm thấy trang "${w.sheet}" để ghi.`);
      if (!box) throw new Error(`Địa chỉ ô "${w.cell}" không hợp lệ.`);
      if (!w.values.length) continue;
      const width = Math.max(...w.values.map((r) => r.length));
      const values = w.values.map((r) => Array.from({ length: width }, (_, i) => cellInput(r[i] ?? null)));
      sheet.getRange(box.top, box.left, values.length, width).setValues(values);
    }
  }

  setMarksSync(marks: readonly CellMark[]): void {
    const props = this.props ?? PropertiesService.getDocumentProperties();
    const previous = readJsonProp<MarkStore>(props, MARKS_KEY) ?? {};
    const wanted = new Map<string, Set<string>>();
    for (const m of marks) {
      if (!wanted.has(m.sheet)) wanted.set(m.sheet, new Set());
      wanted.get(m.sheet)!.add(m.cell.replace(/\$/g, '').toUpperCase());
    }
    const next: MarkStore = {};
    const sheetNames = new Set([...Object.keys(previous), ...wanted.keys()]);
    for (const name of sheetNames) {
      const sheet = this.ss.getSheetByName(name);
      if (!sheet) continue;
      // Original background of every previously marked cell.
      const before = new Map<string, string>();
      for (const [color, ranges] of Object.entries(previous[name] ?? {}))
        for (const c of expandCells(ranges)) before.set(c, color);
      const want = wanted.get(name) ?? new Set<string>();
      // Restore cells whose mark is no longer current: one RangeList call per original colour.
      const restore = new Map<string, string[]>();
      for (const [cell, color] of before) if (!want.has(cell)) push(restore, color, cell);
      for (const [color, cells] of restore)
        sheet.getRangeList(compressCells(cells)).setBackground(color || null);
      // Newly marked cells: their current background (one getBackgrounds per sheet) is remembered.
      const fresh = [...want].filter((c) => !before.has(c));
      const store: Record<string, string[]> = {};
      for (const c of want) if (before.has(c)) push(store, before.get(c)!, c);
      if (fresh.length) {
        const boxes = fresh.map((c) => parseRange(c)).filter((b): b is NonNullable<typeof b> => b !== null);
        const top = Math.min(...boxes.map((b) => b.top));
        const left = Math.min(...boxes.map((b) => b.left));
        const bottom = Math.max(...boxes.map((b) => b.bottom));
        const right = Math.max(...boxes.map((b) => b.right));
        const bg = sheet.getRange(top, left, bottom - top + 1, right - left + 1).getBackgrounds();
        for (const b of boxes) {
          const color = bg[b.top - top]?.[b.left - left] ?? '';
          push(store, color.toLowerCase() === '#ffffff' ? '' : color, cellRef(b.top, b.left));
        }
        sheet.getRangeList(compressCells(fresh)).setBackground(MARK_COLOR);
      }
      const compact: Record<string, string[]> = {};
      for (const [color, cells] of Object.entries(store)) compact[color] = compressCells(cells);
      if (Object.keys(compact).length) next[name] = compact;
    }
    writeJsonProp(props, MARKS_KEY, next);
  }

  selectSync(mark: CellMark): void {
    const sheet = this.ss.getSheetByName(mark.sheet);
    if (!sheet) return;
    this.ss.setActiveSheet(sheet);
    sheet.setActiveRange(sheet.getRange(mark.cell.replace(/\$/g, '')));
  }
}

function run<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/** Reads a whole spreadsheet (the active one or one opened by id) as a grid: 2–3 calls per sheet. */
export function readSpreadsheetGrid(ss: Spreadsheet, sheetNames?: readonly string[]): WorkbookGrid {
  const wanted = sheetNames ? new Set(sheetNames) : null;
  const zone = new ZoneClock(ss.getSpreadsheetTimeZone());
  const grids: MapSheetGrid[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (wanted && !wanted.has(name)) continue;
    const g = new MapSheetGrid(name, sheet.isSheetHidden() ? 'hidden' : 'visible');
    const range = sheet.getDataRange();
    const values = range.getValues() as unknown[][];
    const formulas = range.getFormulas();
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      for (let c = 0; c < row.length; c++) {
        const f = formulas[r]?.[c];
        const v = toScalar(row[c], zone);
        if (f) g.set(r + 1, c + 1, { value: v, formula: f.replace(/^=/, '') });
        else if (v !== null) g.set(r + 1, c + 1, v);
      }
    }
    // One call per sheet region; the parser spreads a merged value over the rows it covers.
    g.merges = range.getMergedRanges().map((m) => m.getA1Notation());
    grids.push(g);
  }
  const names: GridDefinedName[] = [];
  for (const nr of ss.getNamedRanges()) {
    const range = nr.getRange();
    const box = parseRange(range.getA1Notation());
    if (!box) continue;
    names.push({
      name: nr.getName(),
      sheet: range.getSheet().getName(),
      range:
        box.top === box.bottom && box.left === box.right
          ? `$${columnLetter(box.left)}$${box.top}`
          : `$${columnLetter(box.left)}$${box.top}:$${columnLetter(box.right)}$${box.bottom}`,
    });
  }
  return new MapWorkbookGrid(grids, names);
}

/**
 * Dates as the spreadsheet shows them. Sheets hands a date cell to the script as the instant of its
 * wall clock in the SPREADSHEET's time zone (File › Settings), which may differ from the script's
 * (the manifest's); the grid wants that wall-clock date at UTC midnight. The zone's offset comes
 * from Utilities.formatDate(…, 'Z'), asked once per distinct hour, so the calls do not grow with rows.
 */
export class ZoneClock {
  private readonly offsets = new Map<string, number>();
  constructor(private readonly timeZone: string) {}
  private offset(instant: number): number {
    const key = new Date(instant).toISOString().slice(0, 13);
    let off = this.offsets.get(key);
    if (off === undefined) {
      const z = Utilities.formatDate(new Date(instant), this.timeZone, 'Z');
      const m = /^([+-])(\d\d):?(\d\d)$/.exec(z);
      off = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
      this.offsets.set(key, off);
    }
    return off;
  }
  /** The instant Sheets gave → its wall clock in the zone, as a UTC date. */
  wall(d: Date): Date {
    return new Date(Math.floor((d.getTime() + this.offset(d.getTime())) / 1000) * 1000);
  }
  /** A calendar date → the instant of its midnight in the zone (what setValues/validation expect). */
  midnight(ymd: string): Date {
    const [y, m, day] = ymd.split('-').map(Number);
    const utc = Date.UTC(y, m - 1, day);
    const first = utc - this.offset(utc);
    return new Date(utc - this.offset(first));
  }
}

/** A Sheets value as a grid scalar (dates through the spreadsheet's zone, see ZoneClock). */
export function toScalar(v: unknown, zone: ZoneClock): GridScalar {
  if (v === '' || v === null || v === undefined) return null;
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    if (Number.isNaN(d.getTime())) return null;
    return zone.wall(d);
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v) ?? null;
}

/** What goes into setValues: text that Sheets would read as a formula gets the apostrophe prefix. */
export function cellInput(v: string | number | null): string | number {
  if (v === null) return '';
  if (typeof v === 'string' && /^[=+\-@']/.test(v)) return `'${v}`;
  return v;
}

function denseValues(values: ModelValue[][], rows: number, cols: number): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = values[r] ?? [];
    const row: (string | number)[] = new Array<string | number>(cols);
    for (let c = 0; c < cols; c++) {
      const v = src[c] ?? null;
      row[c] = v !== null && typeof v === 'object' ? `=${v.formula}` : cellInput(v);
    }
    out.push(row);
  }
  return out;
}

/**
 * Sizes a fresh sheet to its content plus spare rows for typing: one insert or one delete per
 * dimension whatever the row count (a new Sheets tab has 1000 × 26 cells).
 */
const SPARE_ROWS = 50;
function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const wantRows = rows + SPARE_ROWS;
  const maxRows = sheet.getMaxRows();
  if (maxRows < wantRows) sheet.insertRowsAfter(maxRows, wantRows - maxRows);
  else if (maxRows > wantRows) sheet.deleteRows(wantRows + 1, maxRows - wantRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  else if (maxCols > cols) sheet.deleteColumns(cols + 1, maxCols - cols);
}

function applyStyle(rl: GoogleAppsScript.Spreadsheet.RangeList, st: CellStyle): void {
  const f = st.font;
  if (f?.bold !== undefined) rl.setFontWeight(f.bold ? 'bold' : 'normal');
  if (f?.italic !== undefined) rl.setFontStyle(f.italic ? 'italic' : 'normal');
  if (f?.underline) rl.setFontLine('underline');
  if (f?.size) rl.setFontSize(f.size);
  if (f?.color) rl.setFontColor(`#${f.color}`);
  if (st.h) rl.setHorizontalAlignment(st.h);
  if (st.v) rl.setVerticalAlignment(st.v);
  if (st.wrap !== undefined) rl.setWrap(st.wrap);
  if (st.border === 'all') rl.setBorder(true, true, true, true, true, true);
  if (st.border === 'top') rl.setBorder(true, null, null, null, null, null);
  if (st.fill) rl.setBackground(`#${st.fill}`);
  if (st.numFmt) rl.setNumberFormat(st.numFmt);
}

/** Does a line after row/column `n` cut through one of the merges? */
export function cutsMerge(merges: readonly string[], n: number, dim: 'rows' | 'cols'): boolean {
  return merges.some((m) => {
    const b = parseRange(m);
    if (!b) return false;
    const [lo, hi] = dim === 'rows' ? [b.top, b.bottom] : [b.left, b.right];
    return lo <= n && hi > n;
  });
}

function widthRuns(widths: readonly number[]): { start: number; count: number; px: number }[] {
  const runs: { start: number; count: number; px: number }[] = [];
  widths.forEach((w, i) => {
    // The layout's own points per character (as in the .xlsx the CLI writes), so the printed table
    // keeps the widths its text sizes were designed for.
    const px = Math.round(columnPoints(w) * PX_PER_PT);
    const last = runs[runs.length - 1];
    if (last && last.px === px && last.start + last.count === i + 1) last.count++;
    else runs.push({ start: i + 1, count: 1, px });
  });
  return runs;
}

function push<K, V>(map: Map<K, V[]> | Record<string, V[]>, key: K & string, value: V): void {
  if (map instanceof Map) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  } else (map[key] ??= []).push(value);
}

/** `D14`, `D15`, `D16`, `F2` → `D14:D16`, `F2` (column runs), so a RangeList stays short. */
export function compressCells(cells: readonly string[]): string[] {
  const boxes = cells
    .map((c) => parseRange(c))
    .filter((b): b is NonNullable<typeof b> => b !== null)
    .sort((a, b) => a.left - b.left || a.top - b.top);
  const out: string[] = [];
  let i = 0;
  while (i < boxes.length) {
    const start = boxes[i];
    let end = start.top;
    while (i + 1 < boxes.length && boxes[i + 1].left === start.left && boxes[i + 1].top <= end + 1)
      end = Math.max(end, boxes[++i].top);
    out.push(
      end > start.top
        ? `${cellRef(start.top, start.left)}:${cellRef(end, start.left)}`
        : cellRef(start.top, start.left),
    );
    i++;
  }
  return out;
}

function expandCells(ranges: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of ranges) {
    const b = parseRange(r);
    if (!b) continue;
    for (let row = b.top; row <= b.bottom; row++)
      for (let col = b.left; col <= b.right; col++) out.push(cellRef(row, col));
  }
  return out;
}
