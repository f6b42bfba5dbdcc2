import type {
  CellMark,
  CellStyle,
  CellWrite,
  GridDefinedName,
  ModelValue,
  SheetModel,
  SheetPort,
  ValidationModel,
  WorkbookGrid,
  WorkbookModel,
} from '../../shared';
import {
  HOST_SKIPPED_MESSAGES,
  MapSheetGrid,
  MapWorkbookGrid,
  cellRef,
  columnLetter,
  columnPoints,
  parseRange,
  quoteSheet,
} from '../../shared';

/**
 * SheetPort over Office.js (SPEC §8.1). Every method is one `Excel.run` with a fixed number of
 * `context.sync()` calls: one to load what must be known first, one to send the batch. The only
 * extra syncs come from the payload budget below, which flushes when a request nears Excel on the
 * web's 5 MB limit — they depend on bytes, never on the number of rows as such.
 */

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Well below the 5 MB request limit: JSON overhead and UTF-16 → UTF-8 growth stay inside. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** Addresses per `getRanges` call: Excel refuses very long area lists. */
const MAX_AREA_ADDRESS_CHARS = 2000;
const MARK_FILL = '#FFC7CE';
const MARK_SETTING = 'ttdn.marks';
const PT_PER_MM = 72 / 25.4;

/** Sends the queued batch when the next write would push the request past the budget. */
class PayloadBudget {
  private queued = 0;
  syncs = 0;
  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly limit: number,
  ) {}
  async add(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.flush();
    this.queued += bytes;
  }
  async flush(): Promise<void> {
    this.queued = 0;
    this.syncs++;
    await this.ctx.sync();
  }
}

/** UTF-8 size estimate of a JSON payload (Vietnamese text is 2–3 bytes per character). */
function payloadSize(v: unknown): number {
  const s = JSON.stringify(v) ?? '';
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n += 2;
  return n + 16;
}

/** Text Excel would turn into a formula, number, date or boolean if not formatted as text first. */
export function needsTextFormat(s: string): boolean {
  return /^[=+\-@]/.test(s) || /^\s*[\d.,/:\s-]+%?\s*$/.test(s) || /^(true|false|đúng|sai)$/i.test(s);
}

/** Comma-separated address lists, each short enough for one `getRanges` call. */
export function chunkAddresses(addresses: readonly string[], max = MAX_AREA_ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let cur = '';
  for (const a of addresses) {
    if (cur && cur.length + a.length + 1 > max) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

function excelValue(v: ModelValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'object') return `=${v.formula}`;
  return v;
}

/** Row blocks of a dense values array, each below the payload budget. */
export function splitRows<T>(
  rows: T[][],
  limit = PAYLOAD_BUDGET,
): { start: number; rows: T[][]; bytes: number }[] {
  const out: { start: number; rows: T[][]; bytes: number }[] = [];
  let cur: T[][] = [];
  let bytes = 0;
  let start = 0;
  rows.forEach((row, i) => {
    const b = payloadSize(row);
    if (cur.length && bytes + b > limit) {
      out.push({ start, rows: cur, bytes });
      cur = [];
      bytes = 0;
      start = i;
    }
    cur.push(row);
    bytes += b;
  });
  if (cur.length) out.push({ start, rows: cur, bytes });
  return out;
}

function rangeOf(top: number, left: number, rows: number, cols: number): string {
  return `${cellRef(top, left)}:${cellRef(top + rows - 1, left + cols - 1)}`;
}

function fill2d<T>(address: string, v: T): T[][] {
  const b = parseRange(address);
  if (!b) throw new Error(`Địa chỉ ô không hợp lệ: ${address}`);
  return Array.from({ length: b.bottom - b.top + 1 }, () =>
    Array.from({ length: b.right - b.left + 1 }, () => v),
  );
}

function applyFormat(f: Excel.RangeFormat, st: CellStyle): void {
  if (st.font?.bold) f.font.bold = true;
  if (st.font?.italic) f.font.italic = true;
  if (st.font?.underline) f.font.underline = 'Single';
  if (st.font?.size) f.font.size = st.font.size;
  if (st.font?.color) f.font.color = `#${st.font.color}`;
  if (st.h) f.horizontalAlignment = st.h === 'left' ? 'Left' : st.h === 'center' ? 'Center' : 'Right';
  if (st.v) f.verticalAlignment = st.v === 'top' ? 'Top' : st.v === 'middle' ? 'Center' : 'Bottom';
  if (st.wrap) f.wrapText = true;
  if (st.fill) f.fill.color = `#${st.fill}`;
  if (st.unlocked) f.protection.locked = false;
  const edges: (
    'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical'
  )[] =
    st.border === 'all'
      ? ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']
      : st.border === 'top'
        ? ['EdgeTop']
        : [];
  for (const e of edges) {
    const b = f.borders.getItem(e);
    b.style = 'Continuous';
    b.weight = 'Thin';
    b.color = '#000000';
  }
}

function validationRule(r: ValidationModel['rule']): Excel.DataValidationRule {
  switch (r.type) {
    case 'list':
      return { list: { inCellDropDown: true, source: `=${r.source}` } };
    case 'decimal':
    case 'whole': {
      const basic: Excel.BasicDataValidation =
        r.max === undefined
          ? { formula1: r.min, operator: 'GreaterThanOrEqualTo' }
          : { formula1: r.min, formula2: r.max, operator: 'Between' };
      return r.type === 'decimal' ? { decimal: basic } : { wholeNumber: basic };
    }
    case 'date':
      return {
        date: {
          // ISO 8601 dates, as Excel.DateTimeDataValidation documents (not serial numbers as text).
          formula1: r.from,
          formula2: r.to,
          operator: 'Between',
        },
      };
    case 'textLength':
      return { textLength: { formula1: r.max, operator: 'LessThanOrEqualTo' } };
  }
}

/**
 * Excel column width in points from the model's character units: the same conversion the layout
 * designed the printed page with (`columnPoints`, Times New Roman 12 digits), so a column is as wide
 * on paper from the pane as from the .xlsx the CLI writes. Office.js takes `columnWidth` in points.
 */
function widthPoints(chars: number): number {
  return Math.round(columnPoints(chars) * 100) / 100;
}

/** What this Excel supports beyond the manifest's minimum (ExcelApi 1.7); each feature degrades alone. */
export interface ExcelCaps {
  /** ExcelApi 1.8: dropdowns and input rules (without: the form has none; "Kiểm tra" still checks). */
  dataValidation: boolean;
  /** ExcelApi 1.8: Worksheet.showGridlines. */
  gridlines: boolean;
  /** ExcelApi 1.9: RangeAreas (`getRanges`); without it, one getRange per address (same syncs). */
  rangeAreas: boolean;
  /** ExcelApi 1.9: print setup (pageLayout); without it the user sets A4/fit-to-width by hand. */
  pageLayout: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject, so merged cells reach the core (issue 9). */
  mergedAreas: boolean;
  /** ExcelApi 1.9: WorksheetCollection.onSelectionChanged; without it, the active sheet's (1.7). */
  selectionAllSheets: boolean;
  /** ExcelApi 1.9: Worksheet.autoFilter (filter dropdowns on the summary's lists). */
  autoFilter: boolean;
}

export const ALL_CAPS: ExcelCaps = {
  dataValidation: true,
  gridlines: true,
  rangeAreas: true,
  pageLayout: true,
  mergedAreas: true,
  selectionAllSheets: true,
  autoFilter: true,
};

/** Prefixes of the sheets a replacement builds and swaps; never left behind (see `cleanup`). */
const NEW_PREFIX = '~ttdn~n~';
const OLD_PREFIX = '~ttdn~o~';
const oldName = (name: string) => `${OLD_PREFIX}${name}`.slice(0, 31);

/** Response estimate per cell before anything is measured (values + formulas + number format). */
const FIRST_GUESS_BYTES_PER_CELL = 64;

export function isPayloadLimit(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'PayloadTooLarge';
}

export interface ReadOptions {
  /** Values only (no formulas or number formats): for bulk data such as the summary's JSON sheet. */
  valuesOnly?: boolean;
}

export class OfficeSheetPort implements SheetPort {
  /** Syncs used by the last call, for tests and diagnostics. */
  lastSyncs = 0;
  /**
   * What the last `applyModel` left out because this Excel lacks the requirement set (Vietnamese,
   * HOST_SKIPPED_MESSAGES): what the user would set by hand.
   */
  lastSkipped: string[] = [];
  constructor(
    private readonly run: ExcelRun,
    private readonly budget = PAYLOAD_BUDGET,
    private readonly caps: ExcelCaps = ALL_CAPS,
  ) {}

  /**
   * Builds every sheet of the model under a temporary name, then — in the same request — moves
   * the old sheets aside, gives the new ones their names, adds names, validations (now that every
   * sheet they refer to exists) and protection, and deletes the old sheets. Office.js does not roll
   * back a failed request, so on failure a second batch puts the old sheets back and removes the
   * temporary ones: the workbook is left as it was, and retries never accumulate leftovers.
   */
  applyModel(model: WorkbookModel): Promise<void> {
    let before: { sheets: string[]; names: { name: string; formula: string }[] } | null = null;
    this.lastSkipped = skippedFeatures(model, this.caps);
    return this.run(async (ctx) => {
      const wb = ctx.workbook;
      const sheets = wb.worksheets;
      sheets.load('items/name');
      wb.names.load('items/name,items/formula');
      await ctx.sync();
      const wanted = new Set(model.definedNames.map((n) => n.name));
      before = {
        sheets: sheets.items.map((s) => s.name),
        names: wb.names.items
          .filter((n) => wanted.has(n.name))
          .map((n) => ({ name: n.name, formula: String(n.formula) })),
      };
      const pay = new PayloadBudget(ctx, this.budget);
      queueCleanup(ctx, before.sheets);
      // Sheets that will exist once the cleanup ran (a moved-aside original is renamed back).
      const present = new Set(
        before.sheets.flatMap((n) =>
          n.startsWith(NEW_PREFIX)
            ? []
            : [(n.startsWith(OLD_PREFIX) ? n.slice(OLD_PREFIX.length) : n).toLowerCase()],
        ),
      );
      ctx.application.suspendApiCalculationUntilNextSync();
      // Phase 1: build under temporary names (hidden, unprotected).
      const built = model.sheets.map((_, i) => {
        const ws = sheets.add(`${NEW_PREFIX}${i}`);
        ws.visibility = 'Hidden';
        return ws;
      });
      for (let i = 0; i < model.sheets.length; i++)
        await this.writeSheet(pay, built[i], model.sheets[i], model);
      // Phase 2: the swap.
      model.sheets.forEach((m) => {
        if (present.has(m.name.toLowerCase())) sheets.getItem(m.name).name = oldName(m.name);
      });
      model.sheets.forEach((m, i) => (built[i].name = m.name));
      for (const n of wb.names.items) if (wanted.has(n.name)) n.delete();
      for (const n of model.definedNames) wb.names.add(n.name, `=${quoteSheet(n.sheet)}!${n.range}`);
      for (let i = 0; i < model.sheets.length; i++) await this.finishSheet(pay, built[i], model.sheets[i]);
      const first = model.sheets.find((s) => s.state === 'visible');
      if (first) sheets.getItem(first.name).activate();
      model.sheets.forEach((m) => {
        if (present.has(m.name.toLowerCase())) sheets.getItem(oldName(m.name)).delete();
      });
      await pay.flush();
      this.lastSyncs = pay.syncs + 1;
    }).catch(async (e: unknown) => {
      if (before) await this.restore(model, before).catch(() => undefined);
      throw e;
    });
  }

  /** Puts the workbook back as it was before a failed `applyModel` (a batch of its own). */
  private restore(
    model: WorkbookModel,
    before: { sheets: string[]; names: { name: string; formula: string }[] },
  ): Promise<void> {
    return this.run(async (ctx) => {
      const wb = ctx.workbook;
      wb.worksheets.load('items/name');
      wb.names.load('items/name');
      await ctx.sync();
      const now = wb.worksheets.items.map((s) => s.name);
      const had = new Set(before.sheets.map((n) => n.toLowerCase()));
      const deleted = new Set<string>();
      for (const m of model.sheets) {
        const moved = now.includes(oldName(m.name));
        // A sheet of this name that did not exist before, or whose original was moved aside, is new.
        if (now.includes(m.name) && (moved || !had.has(m.name.toLowerCase()))) {
          wb.worksheets.getItem(m.name).delete();
          deleted.add(m.name);
        }
      }
      queueCleanup(
        ctx,
        now.filter((n) => !deleted.has(n)),
      );
      const wanted = new Set(model.definedNames.map((n) => n.name));
      for (const n of wb.names.items) if (wanted.has(n.name)) n.delete();
      for (const n of before.names) wb.names.add(n.name, n.formula);
      await ctx.sync();
    });
  }

  private async writeSheet(
    pay: PayloadBudget,
    ws: Excel.Worksheet,
    m: SheetModel,
    model: WorkbookModel,
  ): Promise<void> {
    // Whole-sheet font: cheap for Excel (a sheet default) and covers rows users insert later.
    const all = ws.getRange();
    all.format.font.name = model.defaultFont.name;
    all.format.font.size = model.defaultFont.size;
    if (m.state === 'visible' && this.caps.gridlines) ws.showGridlines = false;
    m.columnWidths.forEach(
      (w, i) =>
        (ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = widthPoints(w)),
    );
    for (const h of m.rowHeights) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;

    // '@' before values: text that looks like a formula or a number must stay text (SPEC §9 security).
    const textAddresses = [...m.textRanges];
    m.values.forEach((row, r) =>
      row.forEach(
        (v, c) => typeof v === 'string' && needsTextFormat(v) && textAddresses.push(cellRef(r + 1, c + 1)),
      ),
    );
    for (const a of textAddresses) {
      const nf = fill2d(a, '@');
      await pay.add(payloadSize(nf));
      ws.getRange(a).numberFormat = nf;
    }
    const cols = Math.max(0, ...m.values.map((r) => r.length));
    if (cols > 0) {
      const dense = m.values.map((r) => Array.from({ length: cols }, (_, c) => excelValue(r[c] ?? null)));
      for (const block of splitRows(dense, this.budget)) {
        await pay.add(block.bytes);
        ws.getRange(rangeOf(block.start + 1, 1, block.rows.length, cols)).values = block.rows;
      }
    }

    for (const g of m.styles) {
      if (g.style.numFmt) {
        for (const a of g.ranges) {
          const nf = fill2d(a, g.style.numFmt);
          await pay.add(payloadSize(nf));
          ws.getRange(a).numberFormat = nf;
        }
      }
      for (const list of chunkAddresses(g.ranges)) {
        await pay.add(list.length * (this.caps.rangeAreas ? 1 : 8) + 200);
        for (const f of this.formatsOf(ws, list)) applyFormat(f, g.style);
      }
    }
    for (const a of m.merges) ws.getRange(a).merge(false);
    if (this.caps.pageLayout) applyPrint(ws, m);
    // Before protection (finishSheet): a protected sheet refuses a new filter.
    if (m.autoFilter && this.caps.autoFilter) ws.autoFilter.apply(ws.getRange(m.autoFilter));
  }

  /** One RangeAreas format (ExcelApi 1.9), or one per address where RangeAreas is missing. */
  private formatsOf(ws: Excel.Worksheet, list: string): Excel.RangeFormat[] {
    return this.caps.rangeAreas
      ? [ws.getRanges(list).format]
      : list.split(',').map((a) => ws.getRange(a).format);
  }

  /** After the swap: validations (their list sheets now exist by name), protection, visibility. */
  private async finishSheet(pay: PayloadBudget, ws: Excel.Worksheet, m: SheetModel): Promise<void> {
    if (this.caps.dataValidation) {
      for (const v of m.validations) {
        for (const list of chunkAddresses(v.ranges)) {
          await pay.add(list.length + v.error.length * 3 + 300);
          const targets = this.caps.rangeAreas
            ? [ws.getRanges(list).dataValidation]
            : list.split(',').map((a) => ws.getRange(a).dataValidation);
          for (const dv of targets) {
            dv.clear();
            dv.ignoreBlanks = true;
            dv.rule = validationRule(v.rule);
            dv.errorAlert = {
              showAlert: true,
              style: v.errorStyle === 'stop' ? 'Stop' : 'Warning',
              title: v.errorTitle.slice(0, 32),
              message: v.error.slice(0, 255),
            };
            if (v.prompt)
              dv.prompt = {
                showPrompt: true,
                title: v.errorTitle.slice(0, 32),
                message: v.prompt.slice(0, 255),
              };
          }
        }
      }
    }
    if (m.protection) {
      // No password: protection only keeps the layout from being broken by accident (SPEC §4).
      // The sheet is brand new, so it is not protected yet (protect() twice throws: office-js#6784).
      ws.protection.protect({
        allowInsertRows: m.protection.allowInsertRows,
        allowDeleteRows: m.protection.allowDeleteRows,
        allowFormatColumns: m.protection.allowFormatColumns,
        allowFormatRows: m.protection.allowFormatRows,
        allowFormatCells: true,
        allowAutoFilter: true,
        allowSort: true,
      });
    }
    ws.visibility = m.state === 'visible' ? 'Visible' : m.state === 'hidden' ? 'Hidden' : 'VeryHidden';
    // Panes belong to the sheet's view: frozen once the sheet is shown (freezing panes of a hidden
    // sheet failed in Excel builds: office-js#1463). WorksheetFreezePanes is ExcelApi 1.7.
    const f = m.freeze;
    if (f && m.state === 'visible' && (f.rows > 0 || f.cols > 0)) {
      if (f.cols === 0) ws.freezePanes.freezeRows(f.rows);
      else if (f.rows === 0) ws.freezePanes.freezeColumns(f.cols);
      else ws.freezePanes.freezeAt(ws.getRange(rangeOf(1, 1, f.rows, f.cols)));
    }
  }

  readGrid(sheetNames?: readonly string[], options: ReadOptions = {}): Promise<WorkbookGrid> {
    return this.readChunked(sheetNames, options);
  }

  /**
   * Sheet list, used-range addresses, names and merged areas first; then the cells in row chunks
   * whose response stays under the budget. The first guess per cell is corrected from each
   * chunk's measured size; a chunk that still exceeds Excel's limit is halved and read again.
   */
  private async readChunked(
    sheetNames: readonly string[] | undefined,
    options: ReadOptions,
  ): Promise<WorkbookGrid> {
    let syncs = 0;
    const head = await this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await ctx.sync();
      const picked = sheets.items.filter((s) => !sheetNames || sheetNames.includes(s.name));
      const used = picked.map((s) => s.getUsedRangeOrNullObject().load('address'));
      const merged = this.caps.mergedAreas
        ? picked.map((s) => s.getUsedRangeOrNullObject().getMergedAreasOrNullObject().load('address'))
        : [];
      const names = ctx.workbook.names.load('items/name,items/formula,items/type');
      await ctx.sync();
      syncs += 2;
      return {
        sheets: picked.map((s, i) => ({
          name: s.name,
          visibility: s.visibility,
          box: used[i].isNullObject ? null : parseRange(used[i].address),
          merges:
            merged[i] && !merged[i].isNullObject
              ? merged[i].address
                  .split(',')
                  .map((a) => a.trim().replace(/^.*!/, '').replace(/\$/g, ''))
                  .filter((a) => parseRange(a))
              : [],
        })),
        names: names.items.map((n) => ({ name: n.name, type: String(n.type), formula: String(n.formula) })),
      };
    });
    const grids = head.sheets.map((s) => {
      const g = new MapSheetGrid(s.name, stateOf(s.visibility));
      g.merges = s.merges;
      return g;
    });
    type Piece = { sheet: number; top: number; rows: number; cols: number; left: number };
    const pieces: Piece[] = [];
    head.sheets.forEach((s, i) => {
      if (s.box)
        pieces.push({
          sheet: i,
          top: s.box.top,
          left: s.box.left,
          rows: s.box.bottom - s.box.top + 1,
          cols: s.box.right - s.box.left + 1,
        });
    });
    let perCell = options.valuesOnly ? FIRST_GUESS_BYTES_PER_CELL / 2 : FIRST_GUESS_BYTES_PER_CELL;
    let failures = 0;
    while (pieces.length) {
      // Fill one request with as many rows as the current estimate allows.
      const batch: Piece[] = [];
      let est = 0;
      while (pieces.length) {
        const p = pieces[0];
        const room = Math.floor((this.budget - est) / (p.cols * perCell));
        if (room <= 0 && batch.length) break;
        const rows = Math.max(1, Math.min(p.rows, room));
        batch.push({ ...p, rows });
        est += rows * p.cols * perCell;
        if (rows === p.rows) pieces.shift();
        else pieces[0] = { ...p, top: p.top + rows, rows: p.rows - rows };
        if (est >= this.budget) break;
      }
      try {
        const got = await this.run(async (ctx) => {
          const loads = batch.map((p) =>
            ctx.workbook.worksheets
              .getItem(head.sheets[p.sheet].name)
              .getRange(rangeOf(p.top, p.left, p.rows, p.cols))
              .load(options.valuesOnly ? 'values' : 'values,formulas,numberFormat'),
          );
          await ctx.sync();
          return loads.map((r) => ({
            values: r.values as unknown[][],
            formulas: options.valuesOnly ? null : (r.formulas as unknown[][]),
            formats: options.valuesOnly ? null : (r.numberFormat as unknown[][]),
          }));
        });
        syncs++;
        let bytes = 0;
        let cells = 0;
        got.forEach((d, i) => {
          const p = batch[i];
          fillGrid(grids[p.sheet], p.top, p.left, d.values, d.formulas, d.formats);
          bytes +=
            payloadSize(d.values) + (d.formulas ? payloadSize(d.formulas) + payloadSize(d.formats) : 0);
          cells += p.rows * p.cols;
        });
        // Learn from what came back (with headroom): text-heavy sheets get smaller chunks.
        perCell = Math.max(perCell, Math.ceil((bytes / Math.max(1, cells)) * 1.25));
      } catch (e) {
        syncs++;
        const single = batch.length === 1 && batch[0].rows === 1;
        if (!isPayloadLimit(e) || single || ++failures > 12) throw e;
        // Halve: the next request carries half the cells of the one Excel refused.
        const cells = batch.reduce((n, p) => n + p.rows * p.cols, 0);
        perCell = Math.max(perCell * 2, Math.ceil((2 * this.budget) / cells));
        pieces.unshift(...batch);
      }
    }
    this.lastSyncs = syncs;
    const defined: GridDefinedName[] = [];
    for (const n of head.names) {
      if (n.type !== 'Range') continue;
      const ref = parseNameFormula(n.formula);
      if (ref) defined.push({ name: n.name, ...ref });
    }
    return new MapWorkbookGrid(grids, defined);
  }

  /**
   * A protected sheet refuses API writes to its locked cells (the STT column, rows below the
   * prepared body). So: load protection (one sync), unprotect only sheets that are protected
   * (unprotect on an unprotected sheet throws: office-js#6784), write, and protect again with the
   * same options in the same request. If that request fails part-way, a second batch re-protects.
   */
  writeCells(writes: readonly CellWrite[]): Promise<void> {
    const reprotect = new Map<string, Excel.WorksheetProtectionOptions>();
    return this.run(async (ctx) => {
      const sheetNames = [...new Set(writes.map((w) => w.sheet))];
      const prot = sheetNames.map((n) => {
        const p = ctx.workbook.worksheets.getItem(n).protection;
        p.load('protected,options');
        return p;
      });
      await ctx.sync();
      const pay = new PayloadBudget(ctx, this.budget);
      sheetNames.forEach((n, i) => {
        if (!prot[i].protected) return;
        reprotect.set(n, prot[i].options);
        ctx.workbook.worksheets.getItem(n).protection.unprotect();
      });
      for (const w of writes) {
        const ws = ctx.workbook.worksheets.getItem(w.sheet);
        const box = parseRange(w.cell);
        if (!box || !w.values.length) continue;
        const cols = Math.max(...w.values.map((r) => r.length));
        const text: string[] = [];
        w.values.forEach((row, r) =>
          row.forEach(
            (v, c) =>
              typeof v === 'string' && needsTextFormat(v) && text.push(cellRef(box.top + r, box.left + c)),
          ),
        );
        for (const list of chunkAddresses(text)) {
          await pay.add(list.length + 100);
          // RangeAreas has no numberFormat, so each such cell gets its own (queued, not synced) call.
          for (const a of list.split(',')) ws.getRange(a).numberFormat = [['@']];
        }
        const dense = w.values.map((r) =>
          Array.from({ length: cols }, (_, c) => (r[c] === null || r[c] === undefined ? '' : r[c])),
        );
        for (const block of splitRows(dense, this.budget)) {
          await pay.add(block.bytes);
          ws.getRange(rangeOf(box.top + block.start, box.left, block.rows.length, cols)).values = block.rows;
        }
      }
      for (const [n, options] of reprotect) ctx.workbook.worksheets.getItem(n).protection.protect(options);
      await pay.flush();
      this.lastSyncs = pay.syncs + 1;
    }).catch(async (e: unknown) => {
      if (reprotect.size) await this.reprotect(reprotect).catch(() => undefined);
      throw e;
    });
  }

  private reprotect(sheets: Map<string, Excel.WorksheetProtectionOptions>): Promise<void> {
    return this.run(async (ctx) => {
      const prot = [...sheets.keys()].map((n) => {
        const p = ctx.workbook.worksheets.getItem(n).protection;
        p.load('protected');
        return p;
      });
      await ctx.sync();
      [...sheets.values()].forEach((o, i) => {
        if (!prot[i].protected) prot[i].protect(o);
      });
      await ctx.sync();
    });
  }

  setMarks(marks: readonly CellMark[]): Promise<void> {
    return this.run(async (ctx) => {
      // The original fill of each marked cell is kept in a workbook setting, so a mark can be
      // removed later (even after a reload) without losing the input-cell colour.
      const setting = ctx.workbook.settings.getItemOrNullObject(MARK_SETTING);
      setting.load('value');
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      const previous: StoredMark[] = setting.isNullObject ? [] : parseMarks(setting.value);
      const key = (m: CellMark) => `${m.sheet}!${m.cell}`;
      const prevByKey = new Map(previous.map((m) => [key(m), m]));
      const exists = new Set(sheets.items.map((s) => s.name));
      const wanted = new Map<string, CellMark>();
      for (const m of marks) if (exists.has(m.sheet)) wanted.set(key(m), m);
      const fresh = [...wanted.values()].filter((m) => !prevByKey.has(key(m)));
      // Load the original fills of newly marked cells: one RangeAreas per sheet chunk, one sync.
      const loads: { sheet: string; fills: () => (string | null)[]; cells: string[] }[] = [];
      for (const [sheet, cells] of groupBy(fresh, (m) => m.sheet)) {
        for (const list of chunkAddresses(cells.map((c) => c.cell))) {
          const ws = sheets.getItem(sheet);
          let fills: () => (string | null)[];
          if (this.caps.rangeAreas) {
            const areas = ws.getRanges(list);
            areas.areas.load('items/format/fill/color');
            fills = () => areas.areas.items.map((a) => a.format.fill.color);
          } else {
            const ranges = list.split(',').map((a) => ws.getRange(a).load('format/fill/color'));
            fills = () => ranges.map((r) => r.format.fill.color);
          }
          loads.push({ sheet, fills, cells: list.split(',') });
        }
      }
      await ctx.sync();
      const next: StoredMark[] = [...wanted.values()].map(
        (m) => prevByKey.get(key(m)) ?? { ...m, fill: null },
      );
      const nextByKey = new Map(next.map((m) => [key(m), m]));
      for (const l of loads) {
        l.fills().forEach((color, i) => {
          const m = nextByKey.get(`${l.sheet}!${l.cells[i]}`);
          if (m) m.fill = color && color.toUpperCase() !== '#FFFFFF' ? color : null;
        });
      }
      // Restore cleared marks grouped by original fill; paint new marks.
      const cleared = previous.filter((m) => !wanted.has(key(m)) && exists.has(m.sheet));
      for (const [group, cells] of groupBy(cleared, (m) => `${m.sheet}\u0000${m.fill ?? ''}`)) {
        const [sheet, fill] = group.split('\u0000');
        for (const list of chunkAddresses(cells.map((c) => c.cell))) {
          for (const { fill: f } of this.formatsOf(sheets.getItem(sheet), list)) {
            if (fill) f.color = fill;
            else f.clear();
          }
        }
      }
      for (const [sheet, cells] of groupBy(fresh, (m) => m.sheet)) {
        for (const list of chunkAddresses(cells.map((c) => c.cell)))
          for (const f of this.formatsOf(sheets.getItem(sheet), list)) f.fill.color = MARK_FILL;
      }
      ctx.workbook.settings.add(MARK_SETTING, JSON.stringify(next));
      await ctx.sync();
      this.lastSyncs = 3;
    });
  }

  select(mark: CellMark): Promise<void> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(mark.sheet);
      ws.activate();
      ws.getRange(mark.cell).select();
      await ctx.sync();
      this.lastSyncs = 1;
    });
  }
}

interface StoredMark extends CellMark {
  fill: string | null;
}

function parseMarks(v: unknown): StoredMark[] {
  try {
    const arr: unknown = typeof v === 'string' ? JSON.parse(v) : v;
    return Array.isArray(arr)
      ? (arr as StoredMark[]).filter((m) => typeof m?.sheet === 'string' && typeof m.cell === 'string')
      : [];
  } catch {
    return [];
  }
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** `='Bao cao'!$A$17:$J$36` → sheet + range; null for constants, formulas and multi-area names. */
export function parseNameFormula(formula: string): { sheet: string; range: string } | null {
  const f = formula.replace(/^=/, '');
  const bang = f.lastIndexOf('!');
  if (bang <= 0) return null;
  let sheet = f.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const range = f.slice(bang + 1);
  return parseRange(range) ? { sheet, range } : null;
}

/** Deletes half-built sheets of an earlier failed run and restores sheets it had moved aside. */
function queueCleanup(ctx: Excel.RequestContext, names: readonly string[]): void {
  const sheets = ctx.workbook.worksheets;
  const lower = new Set(names.map((n) => n.toLowerCase()));
  for (const n of names) {
    if (n.startsWith(NEW_PREFIX)) sheets.getItem(n).delete();
    else if (n.startsWith(OLD_PREFIX)) {
      const original = n.slice(OLD_PREFIX.length);
      if (lower.has(original.toLowerCase())) sheets.getItem(n).delete();
      else sheets.getItem(n).name = original;
    }
  }
}

function stateOf(visibility: string): 'visible' | 'hidden' | 'veryHidden' {
  return visibility === 'Hidden' ? 'hidden' : visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
}

/** NĐ 30/2020: the page number alone, top centre, 13 pt like the text (as the CLI's ExcelJS writer). */
const PAGE_NUMBER_HEADER = '&"Times New Roman,Regular"&13&P';
const FOOTER_PAGE_OF = '&"Times New Roman"&10Trang &P/&N';

/**
 * Print setup (ExcelApi 1.9, learn.microsoft.com/javascript/api/excel/excel.pagelayout): paper,
 * margins in points, zoom as one object, print titles over whole rows/columns, page numbers and
 * manual breaks — the same page the ExcelJS writer describes in the .xlsx.
 */
function applyPrint(ws: Excel.Worksheet, m: SheetModel): void {
  const p = m.print;
  if (!p) return;
  const pl = ws.pageLayout;
  pl.paperSize = 'A4';
  pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // PageLayoutZoomOptions must be set whole (`zoom = {…}`, not `zoom.scale = …`). Fit to width:
  // verticalFitToPages left unset (0 is not a documented value and fit-to-width may be ignored:
  // office-js#1860), so rows flow onto more pages. Otherwise the layout's scale (10–400 %).
  if (p.fitToWidth) pl.zoom = { horizontalFitToPages: p.pagesWide ?? 1 };
  else if (p.scale) pl.zoom = { scale: p.scale };
  pl.topMargin = p.margins.top * PT_PER_MM;
  pl.bottomMargin = p.margins.bottom * PT_PER_MM;
  pl.leftMargin = p.margins.left * PT_PER_MM;
  pl.rightMargin = p.margins.right * PT_PER_MM;
  pl.headerMargin = p.margins.header * PT_PER_MM;
  pl.footerMargin = p.margins.footer * PT_PER_MM;
  pl.centerHorizontally = true;
  if (p.blackAndWhite) pl.blackAndWhite = true;
  // "The range must span the entire row/column to be valid" (PageLayout.setPrintTitleRows/Columns).
  if (p.titleRows) pl.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
  if (p.titleColumns) pl.setPrintTitleColumns(`$${p.titleColumns[0]}:$${p.titleColumns[1]}`);
  if (p.printArea) pl.setPrintArea(p.printArea);
  const hf = pl.headersFooters;
  if (p.pageNumbers === 'top-centre-from-page-2' || m.pageNumbersTop) {
    // A separate (empty) first-page header, the number on every other page (HeaderFooterState).
    hf.state = 'FirstAndDefault';
    hf.firstPage.centerHeader = '';
    hf.defaultForAllPages.centerHeader = PAGE_NUMBER_HEADER;
  } else hf.defaultForAllPages.centerFooter = FOOTER_PAGE_OF;
  // PageBreakCollection.add: "a page break before the top-left cell of the range specified".
  for (const r of pageStarts(m)) ws.horizontalPageBreaks.add(`A${r}`);
}

/** Rows a printed page starts at: the print setup's `rowBreaks` (page starts) and the sheet's (break after). */
export function pageStarts(m: SheetModel): number[] {
  const starts = new Set([...(m.print?.rowBreaks ?? []), ...(m.rowBreaks ?? []).map((r) => r + 1)]);
  return [...starts].filter((r) => r > 1).sort((a, b) => a - b);
}

/** Parts of a model this Excel cannot apply (checked once per call; the rest is applied as usual). */
export function skippedFeatures(model: WorkbookModel, caps: ExcelCaps): string[] {
  const out: string[] = [];
  for (const m of model.sheets) {
    if (m.print && !caps.pageLayout) out.push(HOST_SKIPPED_MESSAGES.print(m.name));
    if (m.autoFilter && !caps.autoFilter) out.push(HOST_SKIPPED_MESSAGES.filter(m.name));
    if (m.validations.length && !caps.dataValidation) out.push(HOST_SKIPPED_MESSAGES.validation(m.name));
  }
  return out;
}

function fillGrid(
  g: MapSheetGrid,
  top: number,
  left: number,
  values: unknown[][],
  formulas: unknown[][] | null,
  formats: unknown[][] | null,
): void {
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = formulas?.[r]?.[c];
      const isFormula = typeof f === 'string' && f.startsWith('=');
      if ((v === '' || v === null) && !isFormula) return;
      const nf = formats?.[r]?.[c];
      g.set(top + r, left + c, {
        value: v === '' ? null : (v as string | number | boolean),
        ...(isFormula ? { formula: f.slice(1) } : {}),
        ...(typeof nf === 'string' && nf !== 'General' ? { numFmt: nf } : {}),
      });
    }),
  );
}
