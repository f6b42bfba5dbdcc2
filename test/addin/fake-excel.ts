/**
 * A small fake of the Office.js Excel object model, close enough for the SheetPort adapter:
 * commands run in call order, `load()` snapshots at call time but the values are readable only
 * after `context.sync()`, every property set and method call is recorded with its JSON size, and
 * syncs are counted together with the payload each one sends. No DOM, no globals: the browser
 * e2e test bundles it with `fake-office.ts`.
 */
import { colLetters, colNum } from '../helpers/a1';

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

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
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
  throw new Error(`InvalidArgument: bad address ${address}`);
}

function boxAddress(b: Box): string {
  const a = `${colLetters(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${colLetters(b.right)}${b.bottom}`;
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function size(v: unknown): number {
  try {
    return (JSON.stringify(v) ?? '').length;
  } catch {
    return 16;
  }
}

export class SheetState {
  cells = new Map<string, FakeCell>();
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protectedWith: Record<string, unknown> | null = null;
  merges: string[] = [];
  validations: { address: string; rule: unknown }[] = [];
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

export class FakeExcel {
  sheets: SheetState[] = [];
  names = new Map<string, string>();
  settings = new Map<string, unknown>();
  syncs = 0;
  /** JSON bytes sent by each sync (the request size Excel on the web limits to 5 MB). */
  payloads: number[] = [];
  log: LogEntry[] = [];
  pending = 0;
  active: string | null = null;
  selectionHandlers: ((ev: { address: string; worksheetId: string }) => Promise<void>)[] = [];
  selected: { sheet: string; address: string } | null = null;
  private readyLoads: (() => void)[] = [];

  run = async <T>(first: unknown, second?: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    // Excel.run(batch) or Excel.run(existingContext, batch).
    const batch = (typeof first === 'function' ? first : second) as (ctx: Excel.RequestContext) => Promise<T>;
    const ctx = new FakeContext(this);
    const out = await batch(ctx as unknown as Excel.RequestContext);
    // Excel.run sends what is still queued when the batch returns.
    if (this.pending > 0) await ctx.sync();
    return out;
  };

  record(path: string, value: unknown): void {
    this.log.push({ path, value });
    this.pending += size(value) + path.length;
  }
  queueLoad(publish: () => void): void {
    this.pending += 32;
    this.readyLoads.push(publish);
  }
  sync(): void {
    this.syncs++;
    this.payloads.push(this.pending);
    this.pending = 0;
    const loads = this.readyLoads;
    this.readyLoads = [];
    for (const l of loads) l();
  }
  sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
    return s;
  }
  /** Test helper: reset counters between actions. */
  resetCounters(): void {
    this.syncs = 0;
    this.payloads = [];
    this.log = [];
    this.pending = 0;
  }
  /** Test helper: the text or number shown in a cell. */
  value(sheet: string, address: string): string | number | boolean | undefined {
    const b = parseBox(address);
    return this.sheet(sheet).cell(b.top, b.left)?.value;
  }
}

/** A value readable only after the sync that follows its load(). */
class Loaded<T> {
  private v: T | undefined;
  private ready = false;
  constructor(private readonly what: string) {}
  set(v: T): void {
    this.v = v;
    this.ready = true;
  }
  get(): T {
    if (!this.ready)
      throw new Error(`PropertyNotLoaded: ${this.what} (call load() and context.sync() first)`);
    return this.v as T;
  }
}

/** Records any property set or method call under a path; returns itself for chained access. */
function recorder(x: FakeExcel, path: string, hooks: Record<string, (v: unknown) => unknown> = {}): unknown {
  const target = function () {} as unknown as Record<string, unknown>;
  return new Proxy(target, {
    get(_t, prop: string) {
      if (prop === 'then') return undefined;
      if (prop === 'load') return () => undefined;
      const p = `${path}.${prop}`;
      if (hooks[`get:${prop}`]) return hooks[`get:${prop}`](undefined);
      return recorder(
        x,
        p,
        Object.fromEntries(
          Object.entries(hooks)
            .filter(([k]) => k.startsWith(`${prop}.`) || k.startsWith(`get:${prop}.`))
            .map(([k, v]) => [k.replace(`${prop}.`, ''), v]),
        ),
      );
    },
    set(_t, prop: string, value) {
      x.record(`${path}.${prop}`, value);
      hooks[String(prop)]?.(value);
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      x.record(`${path}()`, args);
      hooks['()']?.(args);
      return recorder(x, `${path}()`);
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
    this.x.sync();
    return Promise.resolve();
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
    const sel = this.x.selected ?? { sheet: this.x.active ?? this.x.sheets[0]?.name, address: 'A1' };
    return new FakeRange(this.x, sel.sheet, sel.address);
  }
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
  load(_props?: string): this {
    const snap = this.x.sheets.map((s) => new FakeWorksheet(this.x, s, true));
    this.x.queueLoad(() => this.loaded.set(snap));
    return this;
  }
  add(name: string): FakeWorksheet {
    this.x.record('worksheets.add()', name);
    if (this.x.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`ItemAlreadyExists: sheet ${name}`);
    const s = new SheetState(name);
    this.x.sheets.push(s);
    return new FakeWorksheet(this.x, s, false);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.x, this.x.sheet(name), false);
  }
  getActiveWorksheet(): FakeWorksheet {
    return this.getItem(this.x.active ?? this.x.sheets[0].name);
  }
}

class FakeWorksheet {
  private snapName: string;
  private snapVisibility: string;
  constructor(
    private readonly x: FakeExcel,
    private readonly s: SheetState,
    private readonly isSnapshot: boolean,
  ) {
    this.snapName = s.name;
    this.snapVisibility = s.visibility;
  }
  get name(): string {
    return this.isSnapshot ? this.snapName : this.s.name;
  }
  set name(v: string) {
    this.x.record(`${this.s.name}.name`, v);
    if (this.x.sheets.some((o) => o !== this.s && o.name.toLowerCase() === v.toLowerCase()))
      throw new Error(`ItemAlreadyExists: ${v}`);
    for (const [n, f] of this.x.names)
      this.x.names.set(n, f.replace(`=${quote(this.s.name)}!`, `=${quote(v)}!`));
    this.s.name = v;
  }
  get visibility(): string {
    return this.isSnapshot ? this.snapVisibility : this.s.visibility;
  }
  set visibility(v: string) {
    this.x.record(`${this.s.name}.visibility`, v);
    this.s.visibility = v as SheetState['visibility'];
  }
  set showGridlines(v: boolean) {
    this.x.record(`${this.s.name}.showGridlines`, v);
  }
  get protection(): unknown {
    return recorder(this.x, `${this.s.name}.protection`, {
      'protect.()': (args) =>
        (this.s.protectedWith = ((args as unknown[])[0] as Record<string, unknown>) ?? {}),
      'unprotect.()': () => (this.s.protectedWith = null),
    });
  }
  get pageLayout(): unknown {
    return recorder(this.x, `${this.s.name}.pageLayout`);
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.x, this.s.name, address);
  }
  getRanges(addresses: string): FakeRangeAreas {
    if (addresses.length > 8000) throw new Error('InvalidArgument: address list too long');
    return new FakeRangeAreas(this.x, this.s.name, addresses.split(','));
  }
  getUsedRangeOrNullObject(): FakeRange {
    const b = this.s.usedBox();
    const r = new FakeRange(this.x, this.s.name, b ? boxAddress(b) : 'A1');
    r.isNullObject = !b;
    return r;
  }
  activate(): void {
    this.x.record(`${this.s.name}.activate()`, null);
    this.x.active = this.s.name;
  }
  delete(): void {
    this.x.record(`${this.s.name}.delete()`, null);
    if (this.x.sheets.filter((o) => o !== this.s && o.visibility === 'Visible').length === 0)
      throw new Error('InvalidOperation: a workbook must keep one visible sheet');
    this.x.sheets = this.x.sheets.filter((o) => o !== this.s);
  }
}

class FakeRange {
  isNullObject = false;
  private loadedValues = new Loaded<unknown[][]>('values');
  private loadedFormulas = new Loaded<unknown[][]>('formulas');
  private loadedFormats = new Loaded<unknown[][]>('numberFormat');
  private loadedFill = new Loaded<string | null>('format.fill.color');
  readonly box: Box;
  constructor(
    private readonly x: FakeExcel,
    private readonly sheetName: string,
    address?: string,
  ) {
    this.box = parseBox(address);
  }
  private get s(): SheetState {
    return this.x.sheet(this.sheetName);
  }
  get address(): string {
    return `${quote(this.sheetName)}!${boxAddress(this.box)}`;
  }
  private each(fn: (cell: FakeCell, r: number, c: number) => void, create = true): void {
    const b = this.box;
    if ((b.bottom - b.top + 1) * (b.right - b.left + 1) > 5_000_000)
      throw new Error('fake: range too large to iterate');
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        const cell = create ? this.s.ensure(r, c) : this.s.cell(r, c);
        if (cell) fn(cell, r - b.top, c - b.left);
      }
  }
  private check(v: unknown[][], what: string): void {
    const rows = this.box.bottom - this.box.top + 1;
    const cols = this.box.right - this.box.left + 1;
    if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols))
      throw new Error(`InvalidArgument: ${what} dimensions do not match ${boxAddress(this.box)}`);
  }
  set values(v: unknown[][]) {
    this.check(v, 'values');
    this.x.record(`${this.sheetName}!${boxAddress(this.box)}.values`, v);
    this.each((cell, r, c) => {
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
  }
  get values(): unknown[][] {
    return this.loadedValues.get();
  }
  set numberFormat(v: unknown[][]) {
    this.check(v, 'numberFormat');
    this.x.record(`${this.sheetName}!${boxAddress(this.box)}.numberFormat`, v);
    this.each((cell, r, c) => (cell.numberFormat = String(v[r][c])));
  }
  get numberFormat(): unknown[][] {
    return this.loadedFormats.get();
  }
  get formulas(): unknown[][] {
    return this.loadedFormulas.get();
  }
  load(_props?: string): this {
    const rows = this.box.bottom - this.box.top + 1;
    const cols = this.box.right - this.box.left + 1;
    const vals: unknown[][] = [];
    const fs: unknown[][] = [];
    const nfs: unknown[][] = [];
    if (!this.isNullObject) {
      for (let r = 0; r < rows; r++) {
        vals.push([]);
        fs.push([]);
        nfs.push([]);
        for (let c = 0; c < cols; c++) {
          const cell = this.s.cell(this.box.top + r, this.box.left + c);
          vals[r].push(cell?.value ?? '');
          fs[r].push(cell?.formula ?? cell?.value ?? '');
          nfs[r].push(cell?.numberFormat ?? 'General');
        }
      }
    }
    const fill = this.s.cell(this.box.top, this.box.left)?.fill ?? '#FFFFFF';
    this.x.queueLoad(() => {
      this.loadedValues.set(vals);
      this.loadedFormulas.set(fs);
      this.loadedFormats.set(nfs);
      this.loadedFill.set(fill);
    });
    return this;
  }
  get format(): unknown {
    return formatProxy(this.x, `${this.sheetName}!${boxAddress(this.box)}.format`, [this], () =>
      this.loadedFill.get(),
    );
  }
  /** @internal */
  paint(color: string | null): void {
    this.each((cell) => (cell.fill = color));
  }
  get dataValidation(): unknown {
    return validationProxy(this.x, this.sheetName, [boxAddress(this.box)]);
  }
  merge(across?: boolean): void {
    this.x.record(`${this.sheetName}!${boxAddress(this.box)}.merge()`, across ?? false);
    this.s.merges.push(boxAddress(this.box));
  }
  select(): void {
    this.x.record(`${this.sheetName}!${boxAddress(this.box)}.select()`, null);
    this.x.selected = { sheet: this.sheetName, address: boxAddress(this.box) };
    for (const h of this.x.selectionHandlers)
      void h({ address: boxAddress(this.box), worksheetId: this.sheetName });
  }
}

function formatProxy(
  x: FakeExcel,
  path: string,
  ranges: FakeRange[],
  loadedFill?: () => string | null,
): unknown {
  const fill = {
    set color(v: string) {
      x.record(`${path}.fill.color`, v);
      for (const r of ranges) r.paint(v);
    },
    get color(): string | null {
      if (!loadedFill) throw new Error('PropertyNotLoaded: format.fill.color');
      return loadedFill();
    },
    clear() {
      x.record(`${path}.fill.clear()`, null);
      for (const r of ranges) r.paint(null);
    },
  };
  const rest = recorder(x, path) as Record<string, unknown>;
  return new Proxy(
    {},
    {
      get: (_t, prop: string) => (prop === 'fill' ? fill : rest[prop]),
      set: (_t, prop: string, v) => {
        rest[prop] = v;
        return true;
      },
    },
  );
}

function validationProxy(x: FakeExcel, sheet: string, addresses: string[]): unknown {
  const path = `${sheet}!${addresses.join(',')}.dataValidation`;
  const rest = recorder(x, path) as Record<string, unknown>;
  return new Proxy(
    {},
    {
      get: (_t, prop: string) => rest[prop],
      set: (_t, prop: string, v) => {
        rest[prop] = v;
        if (prop === 'rule')
          for (const a of addresses) x.sheet(sheet).validations.push({ address: a, rule: v });
        return true;
      },
    },
  );
}

class FakeRangeAreas {
  private readonly ranges: FakeRange[];
  private loadedAreas = new Loaded<FakeRange[]>('areas.items');
  constructor(
    private readonly x: FakeExcel,
    private readonly sheetName: string,
    private readonly addresses: string[],
  ) {
    this.ranges = addresses.map((a) => new FakeRange(x, sheetName, a));
    x.record(`${sheetName}.getRanges()`, addresses.join(','));
  }
  get areas(): { items: FakeRange[]; load: (p?: string) => void } {
    const loaded = this.loadedAreas;
    const load = () => {
      for (const r of this.ranges) r.load();
      this.x.queueLoad(() => loaded.set(this.ranges));
    };
    return {
      get items() {
        return loaded.get();
      },
      load,
    };
  }
  get format(): unknown {
    return formatProxy(this.x, `${this.sheetName}!${this.addresses.join(',')}.format`, this.ranges);
  }
  get dataValidation(): unknown {
    return validationProxy(this.x, this.sheetName, this.addresses);
  }
}

class FakeNames {
  private loaded = new Loaded<
    { name: string; formula: string; type: string; visible: boolean; delete(): void }[]
  >('names.items');
  constructor(private readonly x: FakeExcel) {}
  get items(): { name: string; formula: string; type: string; visible: boolean; delete(): void }[] {
    return this.loaded.get();
  }
  load(_p?: string): this {
    const snap = [...this.x.names].map(([name, formula]) => ({
      name,
      formula,
      type: 'Range',
      visible: true,
      delete: () => {
        this.x.record(`names.${name}.delete()`, null);
        this.x.names.delete(name);
      },
    }));
    this.x.queueLoad(() => this.loaded.set(snap));
    return this;
  }
  add(name: string, reference: string): void {
    this.x.record('names.add()', [name, reference]);
    if (this.x.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
    this.x.names.set(name, reference);
  }
}

class FakeSettings {
  constructor(private readonly x: FakeExcel) {}
  getItemOrNullObject(key: string): { isNullObject: boolean; value: unknown; load(p?: string): void } {
    const item = { isNullObject: false, value: undefined as unknown, load: () => undefined as void };
    const loaded = new Loaded<{ isNull: boolean; value: unknown }>(`settings.${key}`);
    item.load = () => {
      const snap = { isNull: !this.x.settings.has(key), value: this.x.settings.get(key) };
      this.x.queueLoad(() => loaded.set(snap));
    };
    Object.defineProperty(item, 'isNullObject', { get: () => loaded.get().isNull });
    Object.defineProperty(item, 'value', { get: () => loaded.get().value });
    return item;
  }
  add(key: string, value: unknown): void {
    this.x.record(`settings.add(${key})`, value);
    this.x.settings.set(key, value);
  }
}
