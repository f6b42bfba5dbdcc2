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

export class SheetState {
  cells = new Map<string, FakeCell>();
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
  private queue: Op[] = [];
  private pending = 0;

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
    return recorder(this.x, 'pageLayout', () => void this.resolve());
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
