/**
 * A fake of the Office.js Excel object model that behaves like Excel where the adapter can get it
 * wrong. No DOM, no globals: the browser e2e test bundles it with `fake-office.ts`.
 *
 * Rules, each with the documented behaviour it models (see test/addin/fake-excel.test.ts, which
 * proves every rule can fail):
 * - QUEUE: commands are queued and run only at `context.sync()`, in call order; loads snapshot
 *   at that point ("Call load … then context.sync()": learn.microsoft.com/office/dev/add-ins/
 *   develop/application-specific-api-model).
 * - NOT_LOADED: reading a property that was not loaded, or before the sync, throws
 *   `PropertyNotLoaded` (OfficeExtension.ErrorCodes.propertyNotLoaded).
 * - CODE: errors are `RichApi.Error`-like objects whose `code` is the Office error code and whose
 *   `message` is Office's English text (learn.microsoft.com/office/dev/add-ins/testing/
 *   application-specific-api-error-handling: "code … message … debugInfo").
 * - NO_ROLLBACK: when a command fails, the commands before it in the same sync stay applied and the
 *   rest are dropped; nothing is rolled back (same page: "If an error occurs, … the operations
 *   that were queued before the failure have already been executed").
 * - PROTECTION: on a protected sheet, writing values to a locked cell fails with `AccessDenied`;
 *   formatting needs `allowFormatCells`; merging and data validation fail (Excel UI rule, and
 *   office-js issues #560 / "The cell or chart you're trying to change is on a protected sheet").
 *   `protect()` on a protected sheet and `unprotect()` on an unprotected one throw `AccessDenied`
 *   (office-js#6784, a 2026 regression that must be survivable).
 * - PAYLOAD: a request or a response above 5 MB fails with `RequestPayloadSizeLimitExceeded`
 *   ("Excel on the web has a payload size limit for requests and responses of 5 MB",
 *   learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * - LIST_SOURCE: a list validation whose source refers to a sheet that does not exist fails with
 *   `InvalidArgument` (Excel refuses a broken reference as the source, as in the UI).
 * - DATE_RULE: date validation operands must be ISO 8601 dates or formulas
 *   (Excel.DateTimeDataValidation.formula1: "ISO8601 format … or a formula").
 * - VISIBLE: a workbook keeps at least one visible sheet (deleting or hiding the last one fails).
 * - API_SET: a command whose requirement set this Excel lacks fails at sync with `ApiNotFound`
 *   ("The method or property {0} is part of the {1} requirement set, which is not available in your
 *   version of {2}", Office's L_ApiNotFoundDetails). `new FakeExcel({ apiMinor: 8 })` is an Excel
 *   with ExcelApi up to 1.8. PageLayout, its headers/footers and zoom, horizontalPageBreaks and
 *   Worksheet.autoFilter are ExcelApi 1.9; WorksheetFreezePanes is 1.7 (learn.microsoft.com/
 *   javascript/api/excel/excel.pagelayout, excel.pagebreakcollection, excel.autofilter,
 *   excel.worksheetfreezepanes).
 * - PRINT_TITLES: `setPrintTitleRows`/`setPrintTitleColumns` take ranges that "must span the entire
 *   row/column to be valid" (PageLayout docs); anything else is `InvalidArgument`.
 * - ZOOM: PageLayoutZoomOptions "must be set as a JSON object (use x.zoom = {...} instead of
 *   x.zoom.scale = ...)": `zoom` is a property to load, so reading it unloaded throws
 *   PropertyNotLoaded; `scale` "can be between 10 and 400" (else `InvalidArgument`); fit-to-pages
 *   counts are whole numbers ≥ 0.
 * - HEADERS: the first-page header is printed on page 1 only when `headersFooters.state` has a
 *   first page ("FirstAndDefault"/"FirstOddAndEven"); otherwise page 1 gets the default header
 *   (HeaderFooterGroup.firstPage: "The first page header/footer, for all other pages general or
 *   even/odd is used"; Excel.HeaderFooterState). An unknown state is `InvalidArgument`.
 * - PAGE_BREAK: `horizontalPageBreaks.add(range)` adds "a page break before the top-left cell of
 *   the range specified"; an address that is not a range is `InvalidArgument`.
 * - FREEZE: freezing panes changes the sheet's view, which fails on a sheet that is not visible
 *   (office-js#1463: freeze/unfreeze on a hidden sheet threw); counts must be whole numbers ≥ 0.
 * - AUTOFILTER: a protected sheet refuses a new AutoFilter with `AccessDenied` (protection's
 *   `allowAutoFilter` only lets users use existing filter buttons); a worksheet has one AutoFilter
 *   (`Worksheet.autoFilter` is singular), so applying again replaces the range.
 */
import { colLetters, colNum } from '../helpers/a1';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  fill: string | null;
}

export interface LogEntry {
  path: string;
  value: unknown;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The error object Office.js rejects `context.sync()` with (OfficeExtension.Error). */
export class OfficeApiError extends Error {
  override name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}

const MESSAGES: Record<string, string> = {
  AccessDenied: "The cell or chart you're trying to change is on a protected sheet.",
  PropertyNotLoaded:
    'The property has not been loaded. Before reading the property, call the load method on the containing object and call "context.sync()".',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'The resource already exists.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
};

export function officeError(code: string, location?: string): OfficeApiError {
  return new OfficeApiError(code, MESSAGES[code] ?? 'An internal error has occurred.', location);
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

export function parseBox(address: string | undefined): Box {
  if (!address) return { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL };
  const a = address.replace(/\$/g, '').replace(/^.*!/, '');
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
  if (m) {
    const t = Number(m[2]);
    const l = colNum(m[1]);
    return { top: t, left: l, bottom: m[4] ? Number(m[4]) : t, right: m[3] ? colNum(m[3]) : l };
  }
  m = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (m) return { top: 1, left: colNum(m[1]), bottom: MAX_ROW, right: colNum(m[2]) };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { top: Number(m[1]), left: 1, bottom: Number(m[2]), right: MAX_COL };
  throw officeError('InvalidArgument', address);
}

export function boxAddress(b: Box): string {
  const a = `${colLetters(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${colLetters(b.right)}${b.bottom}`;
}

function contains(b: Box, r: number, c: number): boolean {
  return r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** UTF-8 bytes of the JSON Office.js would send or receive for a value. */
export function jsonBytes(v: unknown): number {
  let s: string;
  try {
    s = JSON.stringify(v) ?? '';
  } catch {
    return 16;
  }
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7ff) n += 2;
    else if (c > 0x7f) n += 1;
  }
  return n;
}

/** The print setup a sheet carries (what Excel would print), for tests to assert on. */
export interface PrintState {
  props: Record<string, unknown>;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | null;
  titleRows: string | null;
  titleColumns: string | null;
  printArea: string | null;
  headerState: string;
  headers: Record<'firstPage' | 'defaultForAllPages' | 'oddPages' | 'evenPages', Record<string, string>>;
  /** Rows a new printed page starts at (manual breaks). */
  breaks: number[];
}

function emptyPrint(): PrintState {
  return {
    props: {},
    zoom: null,
    titleRows: null,
    titleColumns: null,
    printArea: null,
    headerState: 'Default',
    headers: { firstPage: {}, defaultForAllPages: {}, oddPages: {}, evenPages: {} },
    breaks: [],
  };
}

/** HEADERS: the header text Excel prints at `pos` (e.g. 'centerHeader') on page `page`. */
export function printedHeaderFooter(p: PrintState, page: number, pos: string): string {
  const first = p.headerState === 'FirstAndDefault' || p.headerState === 'FirstOddAndEven';
  if (page === 1 && first) return p.headers.firstPage[pos] ?? '';
  if (p.headerState === 'OddAndEven' || p.headerState === 'FirstOddAndEven')
    return p.headers[page % 2 ? 'oddPages' : 'evenPages'][pos] ?? '';
  return p.headers.defaultForAllPages[pos] ?? '';
}

export class SheetState {
  cells = new Map<string, FakeCell>();
  print: PrintState = emptyPrint();
  frozen: { rows: number; cols: number } | null = null;
  autoFilter: string | null = null;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protectedWith: Record<string, unknown> | null = null;
  merges: string[] = [];
  validations: { address: string; rule: unknown }[] = [];
  /** Later entries win; cells are locked unless an entry says otherwise (Excel's default). */
  lockBoxes: { box: Box; locked: boolean }[] = [];
  constructor(public name: string) {}
  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }
  ensure(r: number, c: number): FakeCell {
    const k = `${r},${c}`;
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { value: '', numberFormat: 'General', fill: null };
      this.cells.set(k, cell);
    }
    return cell;
  }
  isLocked(r: number, c: number): boolean {
    for (let i = this.lockBoxes.length - 1; i >= 0; i--)
      if (contains(this.lockBoxes[i].box, r, c)) return this.lockBoxes[i].locked;
    return true;
  }
  usedBox(): Box | null {
    let b: Box | null = null;
    for (const [k, c] of this.cells) {
      if (c.value === '' && c.formula === undefined) continue;
      const [r, col] = k.split(',').map(Number);
      b = b
        ? {
            top: Math.min(b.top, r),
            left: Math.min(b.left, col),
            bottom: Math.max(b.bottom, r),
            right: Math.max(b.right, col),
          }
        : { top: r, left: col, bottom: r, right: col };
    }
    return b;
  }
}

type Op = () => void | { bytes: number; publish: () => void };

export class FakeExcel {
  /** A workbook always has at least one sheet (Excel cannot hold zero). */
  sheets: SheetState[] = [new SheetState('Sheet1')];
  names = new Map<string, string>();
  settings = new Map<string, unknown>();
  syncs = 0;
  /** Request bytes of each sync (the size Excel on the web limits to 5 MB). */
  payloads: number[] = [];
  /** Response bytes of each sync (limited to 5 MB as well). */
  responses: number[] = [];
  log: LogEntry[] = [];
  active: string | null = null;
  selectionHandlers: ((ev: { address: string; worksheetId: string }) => Promise<void>)[] = [];
  selected: { sheet: string; address: string } | null = null;
  /** Test hook: makes the n-th queued command from now fail with this code (NO_ROLLBACK tests). */
  failAt: { after: number; code: string } | null = null;
  /** API_SET: the highest ExcelApi 1.x this Excel has. */
  readonly apiMinor: number;
  private queue: Op[] = [];
  private pending = 0;

  constructor(opts: { apiMinor?: number } = {}) {
    this.apiMinor = opts.apiMinor ?? 20;
  }

  /** API_SET: throws (at run time) when `what` needs a newer ExcelApi than this Excel has. */
  requires(minor: number, what: string): void {
    if (this.apiMinor < minor)
      throw new OfficeApiError(
        'ApiNotFound',
        `The method or property ${what} is part of the ExcelApi 1.${minor} requirement set, which is not available in your version of Excel.`,
        what,
      );
  }

  run = async <T>(first: unknown, second?: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    // Excel.run(batch) or Excel.run(existingContext, batch).
    const batch = (typeof first === 'function' ? first : second) as (ctx: Excel.RequestContext) => Promise<T>;
    const ctx = new FakeContext(this);
    try {
      const out = await batch(ctx as unknown as Excel.RequestContext);
      // Excel.run sends what is still queued when the batch returns.
      if (this.queue.length > 0) await ctx.sync();
      return out;
    } finally {
      // A batch that threw never sends its queued commands.
      this.queue = [];
      this.pending = 0;
    }
  };

  enqueue(path: string, value: unknown, op: Op): void {
    this.log.push({ path, value });
    this.pending += jsonBytes(value) + path.length + 8;
    if (this.failAt) {
      if (this.failAt.after === 0) {
        const code = this.failAt.code;
        this.failAt = null;
        this.queue.push(() => {
          throw officeError(code, path);
        });
        return;
      }
      this.failAt.after--;
    }
    this.queue.push(op);
  }

  sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    const request = this.pending;
    this.queue = [];
    this.pending = 0;
    this.payloads.push(request);
    // PAYLOAD: a request over the limit is refused before anything runs.
    if (request > PAYLOAD_LIMIT) {
      this.responses.push(0);
      return Promise.reject(officeError('RequestPayloadSizeLimitExceeded'));
    }
    const publish: (() => void)[] = [];
    let response = 0;
    for (const op of ops) {
      try {
        const r = op();
        if (r) {
          response += r.bytes;
          publish.push(r.publish);
        }
      } catch (e) {
        // NO_ROLLBACK: earlier commands stay applied; the rest of the batch is dropped.
        this.responses.push(response);
        return Promise.reject(e instanceof OfficeApiError ? e : officeError('GeneralException'));
      }
    }
    this.responses.push(response);
    if (response > PAYLOAD_LIMIT) return Promise.reject(officeError('RequestPayloadSizeLimitExceeded'));
    for (const p of publish) p();
    return Promise.resolve();
  }

  sheetOrNull(name: string): SheetState | undefined {
    return this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
  }
  sheet(name: string): SheetState {
    const s = this.sheetOrNull(name);
    if (!s) throw officeError('ItemNotFound', name);
    return s;
  }
  /** Test helper: reset counters between actions. */
  resetCounters(): void {
    this.syncs = 0;
    this.payloads = [];
    this.responses = [];
    this.log = [];
  }
  /** Test helper: the text or number shown in a cell. */
  value(sheet: string, address: string): string | number | boolean | undefined {
    const b = parseBox(address);
    return this.sheet(sheet).cell(b.top, b.left)?.value;
  }
}

/** A value readable only after the sync that runs its load(), and only if that load asked for it. */
class Loaded<T> {
  private v: T | undefined;
  private ready = false;
  constructor(private readonly what: string) {}
  set(v: T): void {
    this.v = v;
    this.ready = true;
  }
  get(): T {
    // NOT_LOADED
    if (!this.ready) throw officeError('PropertyNotLoaded', this.what);
    return this.v as T;
  }
}

/** Load strings like 'items/name,items/visibility' or 'address, values' → property names. */
function props(p?: string | string[]): Set<string> {
  const list = Array.isArray(p) ? p : (p ?? '').split(',');
  return new Set(list.map((s) => s.trim().replace(/^items\//, '')).filter(Boolean));
}

/** Records property sets and method calls under a path as queued no-op commands. */
function recorder(x: FakeExcel, path: string, check?: () => void): unknown {
  const target = function () {} as unknown as Record<string, unknown>;
  return new Proxy(target, {
    get(_t, prop: string) {
      if (prop === 'then') return undefined;
      return recorder(x, `${path}.${prop}`, check);
    },
    set(_t, prop: string, value) {
      x.enqueue(`${path}.${prop}`, value, () => check?.());
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      x.enqueue(`${path}()`, args, () => check?.());
      return recorder(x, `${path}()`, check);
    },
  });
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: unknown;
  constructor(private readonly x: FakeExcel) {
    this.workbook = new FakeWorkbook(x);
    this.application = recorder(x, 'application');
  }
  sync(): Promise<void> {
    return this.x.sync();
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly settings: FakeSettings;
  constructor(private readonly x: FakeExcel) {
    this.worksheets = new FakeWorksheets(x);
    this.names = new FakeNames(x);
    this.settings = new FakeSettings(x);
  }
  getSelectedRange(): FakeRange {
    const x = this.x;
    return new FakeRange(
      x,
      new FakeWorksheet(x, () => x.sheet(x.selected?.sheet ?? x.active ?? x.sheets[0].name)),
      () => x.selected?.address ?? 'A1',
    );
  }
}

interface SheetSnap {
  name: string;
  visibility: string;
  protected: boolean;
}

class FakeWorksheets {
  private loaded = new Loaded<FakeWorksheet[]>('worksheets.items');
  constructor(private readonly x: FakeExcel) {}
  get onSelectionChanged() {
    const x = this.x;
    return {
      add(h: (ev: { address: string; worksheetId: string }) => Promise<void>) {
        x.selectionHandlers.push(h);
        return {
          context: {},
          remove: () => (x.selectionHandlers = x.selectionHandlers.filter((o) => o !== h)),
        };
      },
    };
  }
  get items(): FakeWorksheet[] {
    return this.loaded.get();
  }
  load(p?: string): this {
    const want = props(p);
    this.x.enqueue('worksheets.load()', p ?? '', () => {
      const snap = this.x.sheets.map((s) => {
        const ws = new FakeWorksheet(this.x, () => s);
        ws.snapshot(want, { name: s.name, visibility: s.visibility, protected: !!s.protectedWith });
        return ws;
      });
      return { bytes: jsonBytes(snap.map((s) => s.snapData)), publish: () => this.loaded.set(snap) };
    });
    return this;
  }
  add(name: string): FakeWorksheet {
    const s = new SheetState(name);
    this.x.enqueue('worksheets.add()', name, () => {
      if (name.length > 31 || /[[\]:*?/\\]/.test(name) || !name) throw officeError('InvalidArgument', name);
      if (this.x.sheetOrNull(name)) throw officeError('ItemAlreadyExists', name);
      this.x.sheets.push(s);
    });
    return new FakeWorksheet(this.x, () => s);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.x, () => this.x.sheet(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.x, () => this.x.sheet(name));
    ws.nullable = name;
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.x, () => this.x.sheet(this.x.active ?? this.x.sheets[0].name));
  }
}

class FakeWorksheet {
  snapData: Partial<SheetSnap> | null = null;
  nullable: string | null = null;
  private loadedNull = new Loaded<boolean>('isNullObject');
  private loadedProtection = new Loaded<{ protected: boolean; options: unknown }>('protection');
  constructor(
    private readonly x: FakeExcel,
    readonly resolve: () => SheetState,
  ) {}
  snapshot(want: Set<string>, all: SheetSnap): void {
    this.snapData = {};
    if (want.size === 0 || want.has('name')) this.snapData.name = all.name;
    if (want.size === 0 || want.has('visibility')) this.snapData.visibility = all.visibility;
    if (want.has('protection/protected')) {
      const s = this.resolve();
      this.loadedProtection.set({ protected: !!s.protectedWith, options: s.protectedWith });
    }
  }
  private snap<K extends keyof SheetSnap>(k: K): SheetSnap[K] {
    if (!this.snapData || !(k in this.snapData)) throw officeError('PropertyNotLoaded', `worksheet.${k}`);
    return this.snapData[k] as SheetSnap[K];
  }
  get isNullObject(): boolean {
    return this.loadedNull.get();
  }
  load(p?: string): this {
    const want = props(p);
    this.x.enqueue('worksheet.load()', p ?? '', () => {
      let s: SheetState | undefined;
      try {
        s = this.resolve();
      } catch (e) {
        if (!this.nullable) throw e;
      }
      return {
        bytes: 64,
        publish: () => {
          this.loadedNull.set(!s);
          if (s)
            this.snapshot(want, { name: s.name, visibility: s.visibility, protected: !!s.protectedWith });
        },
      };
    });
    return this;
  }
  get name(): string {
    return this.snap('name');
  }
  set name(v: string) {
    this.x.enqueue('worksheet.name', v, () => {
      const s = this.resolve();
      if (v.length > 31 || /[[\]:*?/\\]/.test(v)) throw officeError('InvalidArgument', v);
      const other = this.x.sheetOrNull(v);
      if (other && other !== s) throw officeError('ItemAlreadyExists', v);
      // Defined names follow a renamed sheet (Excel rewrites references).
      for (const [n, f] of this.x.names)
        this.x.names.set(n, f.replace(`=${quote(s.name)}!`, `=${quote(v)}!`));
      s.name = v;
    });
  }
  get visibility(): string {
    return this.snap('visibility');
  }
  set visibility(v: string) {
    this.x.enqueue('worksheet.visibility', v, () => {
      const s = this.resolve();
      // VISIBLE
      if (v !== 'Visible' && !this.x.sheets.some((o) => o !== s && o.visibility === 'Visible'))
        throw officeError('InvalidOperation', 'last visible sheet');
      s.visibility = v as SheetState['visibility'];
    });
  }
  set showGridlines(v: boolean) {
    this.x.enqueue('worksheet.showGridlines', v, () => void this.resolve());
  }
  get protection(): unknown {
    const x = this.x;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below need the worksheet
    const ws = this;
    return {
      get protected(): boolean {
        return ws.loadedProtection.get().protected;
      },
      get options(): unknown {
        return ws.loadedProtection.get().options;
      },
      load(p?: string) {
        const want = props(p);
        x.enqueue('protection.load()', p ?? '', () => {
          const s = ws.resolve();
          const v = { protected: !!s.protectedWith, options: s.protectedWith };
          return {
            bytes: jsonBytes(v),
            publish: () => (want.size === 0 || want.has('protected')) && ws.loadedProtection.set(v),
          };
        });
      },
      protect(options?: Record<string, unknown>) {
        x.enqueue('protection.protect()', options ?? null, () => {
          const s = ws.resolve();
          if (s.protectedWith) throw officeError('AccessDenied', 'protect');
          s.protectedWith = options ?? {};
        });
      },
      unprotect() {
        x.enqueue('protection.unprotect()', null, () => {
          const s = ws.resolve();
          if (!s.protectedWith) throw officeError('AccessDenied', 'unprotect');
          s.protectedWith = null;
        });
      },
    };
  }
  get pageLayout(): unknown {
    return pageLayoutProxy(this.x, this);
  }
  get horizontalPageBreaks(): unknown {
    const x = this.x;
    return {
      add: (range: string | FakeRange) => {
        const r = typeof range === 'string' ? this.getRange(range) : range;
        x.enqueue('horizontalPageBreaks.add()', typeof range === 'string' ? range : '(range)', () => {
          x.requires(9, 'PageBreakCollection.add');
          // PAGE_BREAK: before the top-left cell of the range.
          const { s, b } = r.target();
          if (!b) throw officeError('InvalidArgument', 'page break range');
          if (!s.print.breaks.includes(b.top)) s.print.breaks.push(b.top);
        });
      },
      removePageBreaks: () =>
        x.enqueue('horizontalPageBreaks.removePageBreaks()', null, () => {
          x.requires(9, 'PageBreakCollection.removePageBreaks');
          this.resolve().print.breaks = [];
        }),
    };
  }
  get freezePanes(): unknown {
    const x = this.x;
    const freeze = (
      what: string,
      arg: unknown,
      fn: (s: SheetState) => { rows: number; cols: number } | null,
    ) =>
      x.enqueue(`freezePanes.${what}()`, arg, () => {
        x.requires(7, `WorksheetFreezePanes.${what}`);
        const s = this.resolve();
        // FREEZE: the view of a hidden sheet cannot be changed (office-js#1463).
        if (s.visibility !== 'Visible')
          throw officeError('GeneralException', `freezePanes.${what} on hidden sheet`);
        s.frozen = fn(s);
      });
    const count = (n: unknown, max: number) => {
      const v = n === undefined ? 1 : n;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= max)
        throw officeError('InvalidArgument', `count ${String(n)}`);
      return v;
    };
    return {
      freezeRows: (n?: number) =>
        freeze('freezeRows', n ?? null, (s) => {
          const rows = count(n, MAX_ROW);
          return rows || s.frozen?.cols ? { rows, cols: s.frozen?.cols ?? 0 } : null;
        }),
      freezeColumns: (n?: number) =>
        freeze('freezeColumns', n ?? null, (s) => {
          const cols = count(n, MAX_COL);
          return cols || s.frozen?.rows ? { rows: s.frozen?.rows ?? 0, cols } : null;
        }),
      freezeAt: (range: string | FakeRange) => {
        const r = typeof range === 'string' ? this.getRange(range) : range;
        freeze('freezeAt', typeof range === 'string' ? range : '(range)', () => {
          const { b } = r.target();
          if (!b) throw officeError('InvalidArgument', 'freezeAt range');
          return { rows: b.bottom, cols: b.right };
        });
      },
      unfreeze: () => freeze('unfreeze', null, () => null),
    };
  }
  get autoFilter(): unknown {
    const x = this.x;
    return {
      apply: (range: string | FakeRange, columnIndex?: number) => {
        const r = typeof range === 'string' ? this.getRange(range) : range;
        x.enqueue(
          'autoFilter.apply()',
          [typeof range === 'string' ? range : '(range)', columnIndex ?? null],
          () => {
            x.requires(9, 'AutoFilter.apply');
            const { s, b } = r.target();
            if (!b) throw officeError('InvalidArgument', 'autoFilter range');
            // AUTOFILTER: refused on a protected sheet; one filter per sheet (a new one replaces it).
            if (s.protectedWith) throw officeError('AccessDenied', `${s.name} autoFilter`);
            s.autoFilter = boxAddress(b);
          },
        );
      },
      remove: () =>
        x.enqueue('autoFilter.remove()', null, () => {
          x.requires(9, 'AutoFilter.remove');
          this.resolve().autoFilter = null;
        }),
    };
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.x, this, () => address);
  }
  getRanges(addresses: string): FakeRangeAreas {
    if (addresses.length > 8000) throw officeError('InvalidArgument', 'address list too long');
    return new FakeRangeAreas(this.x, this, addresses.split(','));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const r = new FakeRange(this.x, this, () => {
      const b = this.resolve().usedBox();
      return b ? boxAddress(b) : null;
    });
    return r;
  }
  activate(): void {
    this.x.enqueue('worksheet.activate()', null, () => {
      const s = this.resolve();
      if (s.visibility !== 'Visible') throw officeError('InvalidOperation', 'activate hidden sheet');
      this.x.active = s.name;
    });
  }
  delete(): void {
    this.x.enqueue('worksheet.delete()', null, () => {
      const s = this.resolve();
      // VISIBLE
      if (!this.x.sheets.some((o) => o !== s && o.visibility === 'Visible'))
        throw officeError('InvalidOperation', 'a workbook must keep one visible sheet');
      this.x.sheets = this.x.sheets.filter((o) => o !== s);
    });
  }
}

const HEADER_STATES = new Set(['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven']);
const WHOLE_ROWS = /^\$?(\d+):\$?(\d+)$/;
const WHOLE_COLS = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i;

/** Worksheet.pageLayout (ExcelApi 1.9) with the PRINT_TITLES, ZOOM and HEADERS rules. */
function pageLayoutProxy(x: FakeExcel, ws: FakeWorksheet): unknown {
  const cmd = (path: string, v: unknown, fn: (p: PrintState) => void) =>
    x.enqueue(`pageLayout.${path}`, v, () => {
      x.requires(9, `PageLayout.${path}`);
      fn(ws.resolve().print);
    });
  const headerFooter = (which: keyof PrintState['headers']) =>
    new Proxy(
      {},
      {
        set: (_t, prop: string, v: unknown) => {
          cmd(`headersFooters.${which}.${prop}`, v, (p) => {
            if (typeof v !== 'string') throw officeError('InvalidArgument', `${which}.${prop}`);
            p.headers[which][prop] = v;
          });
          return true;
        },
      },
    );
  const headersFooters = {
    set state(v: string) {
      cmd('headersFooters.state', v, (p) => {
        if (!HEADER_STATES.has(v)) throw officeError('InvalidArgument', `headersFooters.state ${v}`);
        p.headerState = v;
      });
    },
    firstPage: headerFooter('firstPage'),
    defaultForAllPages: headerFooter('defaultForAllPages'),
    oddPages: headerFooter('oddPages'),
    evenPages: headerFooter('evenPages'),
  };
  const whole = (n: unknown) =>
    n === undefined || n === null || (typeof n === 'number' && Number.isInteger(n) && n >= 0);
  const methods: Record<string, unknown> = {
    headersFooters,
    setPrintTitleRows: (a: string) =>
      cmd('setPrintTitleRows()', a, (p) => {
        // PRINT_TITLES
        const m = WHOLE_ROWS.exec(String(a));
        if (!m || Number(m[1]) > Number(m[2])) throw officeError('InvalidArgument', `print title rows ${a}`);
        p.titleRows = `${m[1]}:${m[2]}`;
      }),
    setPrintTitleColumns: (a: string) =>
      cmd('setPrintTitleColumns()', a, (p) => {
        const m = WHOLE_COLS.exec(String(a));
        if (!m || colNum(m[1]) > colNum(m[2]))
          throw officeError('InvalidArgument', `print title columns ${a}`);
        p.titleColumns = `${m[1].toUpperCase()}:${m[2].toUpperCase()}`;
      }),
    setPrintArea: (a: string) =>
      cmd('setPrintArea()', a, (p) => {
        p.printArea = boxAddress(parseBox(String(a)));
      }),
  };
  return new Proxy(
    {},
    {
      get: (_t, prop: string) => {
        if (prop === 'then') return undefined;
        if (prop in methods) return methods[prop];
        // ZOOM (and every other property): readable only after a load, which the port never needs.
        throw officeError('PropertyNotLoaded', `pageLayout.${prop}`);
      },
      set: (_t, prop: string, v: unknown) => {
        if (prop === 'zoom') {
          cmd('zoom', v, (p) => {
            const z = v as PrintState['zoom'];
            if (!z || typeof z !== 'object') throw officeError('InvalidArgument', 'zoom');
            if (z.scale !== undefined && z.scale !== null && !(z.scale >= 10 && z.scale <= 400))
              throw officeError('InvalidArgument', `zoom.scale ${String(z.scale)}`);
            if (!whole(z.horizontalFitToPages) || !whole(z.verticalFitToPages))
              throw officeError('InvalidArgument', 'zoom fit to pages');
            p.zoom = { ...z };
          });
        } else cmd(prop, v, (p) => void (p.props[prop] = v));
        return true;
      },
    },
  );
}

/** PROTECTION: what a protected sheet allows. */
function assertWritable(s: SheetState, b: Box, what: 'values' | 'format' | 'structure'): void {
  const p = s.protectedWith;
  if (!p) return;
  if (what === 'structure') throw officeError('AccessDenied', `${s.name}!${boxAddress(b)}`);
  if (what === 'format') {
    if (!p.allowFormatCells) throw officeError('AccessDenied', `${s.name}!${boxAddress(b)}`);
    return;
  }
  for (let r = b.top; r <= b.bottom; r++)
    for (let c = b.left; c <= b.right; c++)
      if (s.isLocked(r, c)) throw officeError('AccessDenied', `${s.name}!${colLetters(c)}${r}`);
}

interface RangeSnap {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  fill: string | null;
}

class FakeRange {
  private loadedSnap = new Loaded<{ isNull: boolean; data: Partial<RangeSnap> }>('range');
  constructor(
    private readonly x: FakeExcel,
    private readonly ws: FakeWorksheet,
    private readonly addressFn: () => string | null | undefined,
  ) {}
  /** Resolved at run time: the sheet and the box (null for an empty used range). */
  target(): { s: SheetState; b: Box | null } {
    const s = this.ws.resolve();
    const a = this.addressFn();
    return { s, b: a === null ? null : parseBox(a ?? undefined) };
  }
  private box(): { s: SheetState; b: Box } {
    const t = this.target();
    if (!t.b) throw officeError('InvalidOperation', 'null range');
    return { s: t.s, b: t.b };
  }
  private loaded<K extends keyof RangeSnap>(k: K): RangeSnap[K] {
    const v = this.loadedSnap.get();
    if (!(k in v.data)) throw officeError('PropertyNotLoaded', `range.${k}`);
    return v.data[k] as RangeSnap[K];
  }
  get isNullObject(): boolean {
    return this.loadedSnap.get().isNull;
  }
  get address(): string {
    return this.loaded('address');
  }
  get values(): unknown[][] {
    return this.loaded('values');
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  private each(s: SheetState, b: Box, fn: (cell: FakeCell, r: number, c: number) => void): void {
    if ((b.bottom - b.top + 1) * (b.right - b.left + 1) > 5_000_000)
      throw new Error('fake: range too large to iterate');
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) fn(s.ensure(r, c), r - b.top, c - b.left);
  }
  private check(b: Box, v: unknown[][]): void {
    const rows = b.bottom - b.top + 1;
    const cols = b.right - b.left + 1;
    if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols))
      throw officeError('InvalidArgument', `dimensions do not match ${boxAddress(b)}`);
  }
  set values(v: unknown[][]) {
    this.x.enqueue(`${this.addressFn() ?? ''}.values`, v, () => {
      const { s, b } = this.box();
      this.check(b, v);
      assertWritable(s, b, 'values');
      this.each(s, b, (cell, r, c) => {
        const val = v[r][c] as string | number | boolean;
        // Like Excel: a string starting with '=' becomes a formula unless the cell is formatted as text.
        if (typeof val === 'string' && val.startsWith('=') && cell.numberFormat !== '@') {
          cell.formula = val;
          cell.value = 0;
        } else {
          delete cell.formula;
          cell.value = val;
        }
      });
    });
  }
  set numberFormat(v: unknown[][]) {
    this.x.enqueue(`${this.addressFn() ?? ''}.numberFormat`, v, () => {
      const { s, b } = this.box();
      this.check(b, v);
      assertWritable(s, b, 'format');
      this.each(s, b, (cell, r, c) => (cell.numberFormat = String(v[r][c])));
    });
  }
  load(p?: string | string[]): this {
    const want = props(p);
    const all = want.size === 0;
    this.x.enqueue('range.load()', p ?? '', () => {
      const { s, b } = this.target();
      const data: Partial<RangeSnap> = {};
      if (b) {
        if (all || want.has('address')) data.address = `${quote(s.name)}!${boxAddress(b)}`;
        const grid = (f: (cell: FakeCell | undefined) => unknown) => {
          const out: unknown[][] = [];
          for (let r = b.top; r <= b.bottom; r++) {
            const row: unknown[] = [];
            for (let c = b.left; c <= b.right; c++) row.push(f(s.cell(r, c)));
            out.push(row);
          }
          return out;
        };
        if (all || want.has('values')) data.values = grid((c) => c?.value ?? '');
        if (all || want.has('formulas')) data.formulas = grid((c) => c?.formula ?? c?.value ?? '');
        if (all || want.has('numberFormat')) data.numberFormat = grid((c) => c?.numberFormat ?? 'General');
        if (want.has('format/fill/color')) data.fill = s.cell(b.top, b.left)?.fill ?? '#FFFFFF';
      }
      const snap = { isNull: !b, data };
      return { bytes: jsonBytes(data), publish: () => this.loadedSnap.set(snap) };
    });
    return this;
  }
  get format(): unknown {
    return formatProxy(this.x, [this], () => this.loaded('fill'));
  }
  /** @internal */
  apply(what: 'format', fn: (s: SheetState, b: Box) => void): void {
    const { s, b } = this.box();
    assertWritable(s, b, what);
    fn(s, b);
  }
  get dataValidation(): unknown {
    return validationProxy(this.x, [this]);
  }
  merge(across?: boolean): void {
    this.x.enqueue(`${this.addressFn() ?? ''}.merge()`, across ?? false, () => {
      const { s, b } = this.box();
      assertWritable(s, b, 'structure');
      s.merges.push(boxAddress(b));
    });
  }
  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.x, this);
  }
  select(): void {
    this.x.enqueue(`${this.addressFn() ?? ''}.select()`, null, () => {
      const { s, b } = this.box();
      this.x.selected = { sheet: s.name, address: boxAddress(b) };
      for (const h of this.x.selectionHandlers) void h({ address: boxAddress(b), worksheetId: s.name });
    });
  }
}

/** Range.getMergedAreasOrNullObject() (ExcelApi 1.13): the merged areas inside a range. */
class FakeMergedAreas {
  private loaded = new Loaded<string | null>('mergedAreas');
  constructor(
    private readonly x: FakeExcel,
    private readonly range: FakeRange,
  ) {}
  get isNullObject(): boolean {
    return this.loaded.get() === null;
  }
  get address(): string {
    const v = this.loaded.get();
    if (v === null) throw officeError('InvalidOperation', 'null object');
    return v;
  }
  load(_p?: string): this {
    this.x.enqueue('mergedAreas.load()', null, () => {
      const { s, b } = this.range.target();
      const inside = b
        ? s.merges.filter((m) => {
            const mb = parseBox(m);
            return mb.top >= b.top && mb.bottom <= b.bottom && mb.left >= b.left && mb.right <= b.right;
          })
        : [];
      const v = inside.length ? inside.map((m) => `${quote(s.name)}!${m}`).join(',') : null;
      return { bytes: jsonBytes(v), publish: () => this.loaded.set(v) };
    });
    return this;
  }
}

function formatProxy(x: FakeExcel, ranges: FakeRange[], loadedFill?: () => string | null): unknown {
  const run = (path: string, v: unknown, fn: (s: SheetState, b: Box) => void = () => undefined) =>
    x.enqueue(`format.${path}`, v, () => {
      for (const r of ranges) r.apply('format', fn);
    });
  const paint = (color: string | null) => (s: SheetState, b: Box) => {
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) s.ensure(r, c).fill = color;
  };
  const fill = {
    set color(v: string) {
      run('fill.color', v, paint(v));
    },
    get color(): string | null {
      if (!loadedFill) throw officeError('PropertyNotLoaded', 'format.fill.color');
      return loadedFill();
    },
    clear() {
      run('fill.clear()', null, paint(null));
    },
  };
  const protection = {
    set locked(v: boolean) {
      // Locking is itself a format change (refused on a protected sheet without allowFormatCells).
      run('protection.locked', v, (s, b) => s.lockBoxes.push({ box: b, locked: v }));
    },
  };
  const generic = (path: string): unknown =>
    new Proxy(function () {} as unknown as Record<string, unknown>, {
      get: (_t, prop: string) => (prop === 'then' ? undefined : generic(`${path}.${prop}`)),
      set: (_t, prop: string, v) => {
        run(`${path}.${prop}`, v);
        return true;
      },
      apply: (_t, _this, args: unknown[]) => {
        run(`${path}()`, args);
        return generic(`${path}()`);
      },
    });
  const rest = generic('');
  return new Proxy(
    {},
    {
      get: (_t, prop: string) =>
        prop === 'fill' ? fill : prop === 'protection' ? protection : (rest as Record<string, unknown>)[prop],
      set: (_t, prop: string, v) => {
        (rest as Record<string, unknown>)[prop] = v;
        return true;
      },
    },
  );
}

/** LIST_SOURCE and DATE_RULE checks, then the rule is recorded on the sheet. */
function checkRule(x: FakeExcel, rule: Record<string, Record<string, unknown>>): void {
  if (rule.list) {
    const src = typeof rule.list.source === 'string' ? rule.list.source : '';
    const m = /^=(?:'((?:[^']|'')+)'|([^!'=]+))!/.exec(src);
    if (m) {
      const name = (m[1] ?? m[2]).replace(/''/g, "'");
      if (!x.sheetOrNull(name)) throw officeError('InvalidArgument', `list source ${src}`);
    }
  }
  if (rule.date) {
    for (const k of ['formula1', 'formula2']) {
      const v = rule.date[k];
      if (v === undefined) continue;
      if (typeof v !== 'string' || !(/^\d{4}-\d{2}-\d{2}/.test(v) || v.startsWith('=')))
        throw officeError('InvalidArgument', `date ${k} ${JSON.stringify(v)}`);
    }
  }
}

function validationProxy(x: FakeExcel, ranges: FakeRange[]): unknown {
  const each = (path: string, v: unknown, fn: (s: SheetState, b: Box) => void) =>
    x.enqueue(`dataValidation.${path}`, v, () => {
      for (const r of ranges) {
        const { s, b } = r.target();
        if (!b) continue;
        assertWritable(s, b, 'structure');
        fn(s, b);
      }
    });
  return {
    clear: () =>
      each(
        'clear()',
        null,
        (s, b) => (s.validations = s.validations.filter((v) => v.address !== boxAddress(b))),
      ),
    set ignoreBlanks(v: boolean) {
      each('ignoreBlanks', v, () => undefined);
    },
    set errorAlert(v: unknown) {
      each('errorAlert', v, () => undefined);
    },
    set prompt(v: unknown) {
      each('prompt', v, () => undefined);
    },
    set rule(v: Record<string, Record<string, unknown>>) {
      each('rule', v, (s, b) => {
        checkRule(x, v);
        s.validations.push({ address: boxAddress(b), rule: v });
      });
    },
  };
}

class FakeRangeAreas {
  private readonly ranges: FakeRange[];
  private loadedAreas = new Loaded<FakeRange[]>('areas.items');
  constructor(
    private readonly x: FakeExcel,
    ws: FakeWorksheet,
    addresses: string[],
  ) {
    this.ranges = addresses.map((a) => new FakeRange(x, ws, () => a));
  }
  get areas(): { items: FakeRange[]; load: (p?: string) => void } {
    const loaded = this.loadedAreas;
    const load = (p?: string) => {
      const inner = (p ?? '').replace(/items\//g, '');
      for (const r of this.ranges) r.load(inner);
      this.x.enqueue('areas.load()', p ?? '', () => ({ bytes: 0, publish: () => loaded.set(this.ranges) }));
    };
    return {
      get items() {
        return loaded.get();
      },
      load,
    };
  }
  get format(): unknown {
    return formatProxy(this.x, this.ranges);
  }
  get dataValidation(): unknown {
    return validationProxy(this.x, this.ranges);
  }
}

interface NameSnap {
  name: string;
  formula: string;
  type: string;
  visible: boolean;
  delete(): void;
}

class FakeNames {
  private loaded = new Loaded<NameSnap[]>('names.items');
  constructor(private readonly x: FakeExcel) {}
  get items(): NameSnap[] {
    return this.loaded.get();
  }
  load(_p?: string): this {
    this.x.enqueue('names.load()', _p ?? '', () => {
      const snap = [...this.x.names].map(([name, formula]) => ({
        name,
        formula,
        type: 'Range',
        visible: true,
        delete: () =>
          this.x.enqueue(`names.${name}.delete()`, null, () => {
            if (!this.x.names.delete(name)) throw officeError('ItemNotFound', name);
          }),
      }));
      return {
        bytes: jsonBytes(snap.map((s) => [s.name, s.formula])),
        publish: () => this.loaded.set(snap),
      };
    });
    return this;
  }
  add(name: string, reference: string): void {
    this.x.enqueue('names.add()', [name, reference], () => {
      if (this.x.names.has(name)) throw officeError('ItemAlreadyExists', name);
      const m = /^=(?:'((?:[^']|'')+)'|([^!'=]+))!/.exec(reference);
      if (m && !this.x.sheetOrNull((m[1] ?? m[2]).replace(/''/g, "'")))
        throw officeError('InvalidArgument', reference);
      this.x.names.set(name, reference);
    });
  }
}

class FakeSettings {
  constructor(private readonly x: FakeExcel) {}
  getItemOrNullObject(key: string): { isNullObject: boolean; value: unknown; load(p?: string): void } {
    const item = { isNullObject: false, value: undefined as unknown, load: () => undefined as void };
    const loaded = new Loaded<{ isNull: boolean; value: unknown }>(`settings.${key}`);
    item.load = () =>
      this.x.enqueue('settings.load()', key, () => {
        const snap = { isNull: !this.x.settings.has(key), value: this.x.settings.get(key) };
        return { bytes: jsonBytes(snap), publish: () => loaded.set(snap) };
      });
    Object.defineProperty(item, 'isNullObject', { get: () => loaded.get().isNull });
    Object.defineProperty(item, 'value', { get: () => loaded.get().value });
    return item;
  }
  add(key: string, value: unknown): void {
    this.x.enqueue(`settings.add(${key})`, value, () => void this.x.settings.set(key, value));
  }
}
