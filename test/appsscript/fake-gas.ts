/**
 * An in-memory fake of the Apps Script services the add-on uses (SpreadsheetApp, DriveApp,
 * PropertiesService, Utilities, HtmlService, ScriptApp) that COUNTS every service call.
 * Each fake object is wrapped in a Proxy: calling any of its public methods increments
 * `calls['Class.method']`. Internal helpers start with `_` and are not counted.
 * Semantics follow Sheets where the adapter depends on them: `setValues` makes a formula from a
 * string starting with `=` unless the cell's number format is `@` or the string starts with `'`.
 */
import { createHash } from 'node:crypto';
import { colLetters, colNum } from '../helpers/a1';

export class CallLog {
  readonly counts = new Map<string, number>();
  hit(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  total(filter?: (key: string) => boolean): number {
    let n = 0;
    for (const [k, v] of this.counts) if (!filter || filter(k)) n += v;
    return n;
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  reset(): void {
    this.counts.clear();
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}

export const log = new CallLog();

function track<T extends object>(obj: T, cls: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      const v: unknown = Reflect.get(target, prop, receiver);
      if (
        typeof v === 'function' &&
        typeof prop === 'string' &&
        !prop.startsWith('_') &&
        prop !== 'constructor'
      ) {
        return (...args: unknown[]) => {
          log.hit(`${cls}.${prop}`);
          return (v as (...a: unknown[]) => unknown).apply(receiver, args);
        };
      }
      return v;
    },
  });
}

// ---------------------------------------------------------------------------------------------
// A1 helpers (independent of the code under test)

function parseA1(a1: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1.replace(/\$/g, ''));
  if (!m) throw new Error(`fake: bad A1 ${a1}`);
  const top = Number(m[2]);
  const left = colNum(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? colNum(m[3]) : left };
}

interface Cell {
  v: unknown;
  f: string;
  fmt?: string;
  bg?: string;
  style: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------

export class FakeRange {
  constructor(
    readonly _sheet: FakeSheet,
    readonly _top: number,
    readonly _left: number,
    readonly _rows: number,
    readonly _cols: number,
  ) {
    return track(this, 'Range');
  }
  _each(fn: (c: Cell, r: number, col: number) => void): void {
    for (let r = 0; r < this._rows; r++)
      for (let c = 0; c < this._cols; c++) fn(this._sheet._cell(this._top + r, this._left + c), r, c);
  }
  _style(key: string, value: unknown): this {
    this._each((c) => (c.style[key] = value));
    return this;
  }
  getSheet(): FakeSheet {
    return this._sheet;
  }
  getRow(): number {
    return this._top;
  }
  getColumn(): number {
    return this._left;
  }
  getNumRows(): number {
    return this._rows;
  }
  getNumColumns(): number {
    return this._cols;
  }
  getA1Notation(): string {
    return this._a1();
  }
  _a1(): string {
    const a = `${colLetters(this._left)}${this._top}`;
    return this._rows === 1 && this._cols === 1
      ? a
      : `${a}:${colLetters(this._left + this._cols - 1)}${this._top + this._rows - 1}`;
  }
  setValues(values: unknown[][]): this {
    if (values.length !== this._rows || values.some((r) => r.length !== this._cols))
      throw new Error(
        `fake: setValues dimensions ${values.length}x${values[0]?.length} vs ${this._rows}x${this._cols}`,
      );
    this._each((c, r, col) => {
      const v = values[r][col];
      if (v instanceof Date || typeof v === 'number' || typeof v === 'boolean') {
        c.v = v;
        c.f = '';
      } else if (typeof v === 'string' && v.startsWith("'")) {
        c.v = v.slice(1);
        c.f = '';
      } else if (typeof v === 'string' && v.startsWith('=') && c.fmt !== '@') {
        c.f = v;
        c.v = 0;
      } else {
        c.v = v ?? '';
        c.f = '';
      }
    });
    return this;
  }
  setValue(v: unknown): this {
    return this.setValues([[v]]);
  }
  getValues(): unknown[][] {
    const out: unknown[][] = [];
    for (let r = 0; r < this._rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < this._cols; c++)
        row.push(this._sheet._peek(this._top + r, this._left + c)?.v ?? '');
      out.push(row);
    }
    return out;
  }
  getValue(): unknown {
    return this._sheet._peek(this._top, this._left)?.v ?? '';
  }
  getFormulas(): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < this._rows; r++) {
      const row: string[] = [];
      for (let c = 0; c < this._cols; c++)
        row.push(this._sheet._peek(this._top + r, this._left + c)?.f ?? '');
      out.push(row);
    }
    return out;
  }
  getBackgrounds(): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < this._rows; r++) {
      const row: string[] = [];
      for (let c = 0; c < this._cols; c++)
        row.push(this._sheet._peek(this._top + r, this._left + c)?.bg ?? '#ffffff');
      out.push(row);
    }
    return out;
  }
  getBackground(): string {
    return this._sheet._peek(this._top, this._left)?.bg ?? '#ffffff';
  }
  setBackground(color: string | null): this {
    this._each((c) => (c.bg = color ?? undefined));
    return this;
  }
  setNumberFormat(fmt: string): this {
    this._each((c) => (c.fmt = fmt));
    return this;
  }
  getNumberFormat(): string {
    return this._sheet._peek(this._top, this._left)?.fmt ?? 'General';
  }
  setFontFamily(v: string): this {
    return this._style('family', v);
  }
  setFontSize(v: number): this {
    return this._style('size', v);
  }
  setFontWeight(v: string): this {
    return this._style('weight', v);
  }
  setFontStyle(v: string): this {
    return this._style('fstyle', v);
  }
  setFontLine(v: string): this {
    return this._style('line', v);
  }
  setFontColor(v: string): this {
    return this._style('color', v);
  }
  setHorizontalAlignment(v: string): this {
    return this._style('h', v);
  }
  setVerticalAlignment(v: string): this {
    return this._style('v', v);
  }
  setWrap(v: boolean): this {
    return this._style('wrap', v);
  }
  setBorder(...edges: unknown[]): this {
    return this._style('border', edges.slice(0, 6));
  }
  merge(): this {
    this._sheet._merges.push(this._a1());
    return this;
  }
  setDataValidation(rule: FakeValidation): this {
    this._sheet._validations.push({ range: this._a1(), rule });
    return this;
  }
  activate(): this {
    this._sheet._ss._active = this._sheet;
    return this;
  }
}

export class FakeRangeList {
  constructor(readonly _ranges: FakeRange[]) {
    return track(this, 'RangeList');
  }
  getRanges(): FakeRange[] {
    return this._ranges;
  }
}
for (const m of [
  'setNumberFormat',
  'setFontWeight',
  'setFontStyle',
  'setFontLine',
  'setFontSize',
  'setFontColor',
  'setHorizontalAlignment',
  'setVerticalAlignment',
  'setWrap',
  'setBorder',
  'setBackground',
] as const) {
  (FakeRangeList.prototype as unknown as Record<string, unknown>)[m] = function (
    this: FakeRangeList,
    ...args: unknown[]
  ) {
    // Straight to the prototype: the per-range work inside one RangeList call is not a service call.
    for (const r of this._ranges)
      (FakeRange.prototype as unknown as Record<string, (...a: unknown[]) => unknown>)[m].apply(r, args);
    return this;
  };
}

interface FakeValidation {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeValidationBuilder {
  readonly _rule: FakeValidation = { criteria: '', args: [], allowInvalid: true, helpText: '' };
  constructor() {
    return track(this, 'DataValidationBuilder');
  }
  _set(criteria: string, args: unknown[]): this {
    this._rule.criteria = criteria;
    this._rule.args = args;
    return this;
  }
  requireValueInRange(range: FakeRange, show?: boolean): this {
    return this._set('VALUE_IN_RANGE', [range._a1(), show]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set('NUMBER_GTE', [n]);
  }
  requireNumberBetween(a: number, b: number): this {
    return this._set('NUMBER_BETWEEN', [a, b]);
  }
  requireDateBetween(a: Date, b: Date): this {
    return this._set('DATE_BETWEEN', [a, b]);
  }
  requireFormulaSatisfied(f: string): this {
    return this._set('CUSTOM_FORMULA', [f]);
  }
  setAllowInvalid(v: boolean): this {
    this._rule.allowInvalid = v;
    return this;
  }
  setHelpText(t: string): this {
    this._rule.helpText = t;
    return this;
  }
  build(): FakeValidation {
    return { ...this._rule };
  }
}

export class FakeProtection {
  readonly _state = { description: '', warningOnly: false, unprotected: [] as string[] };
  constructor() {
    return track(this, 'Protection');
  }
  setDescription(d: string): this {
    this._state.description = d;
    return this;
  }
  setWarningOnly(w: boolean): this {
    this._state.warningOnly = w;
    return this;
  }
  setUnprotectedRanges(ranges: FakeRange[]): this {
    this._state.unprotected = ranges.map((r) => r._sheet._name + '!' + r._a1());
    return this;
  }
}

export class FakeSheet {
  _cells = new Map<string, Cell>();
  _merges: string[] = [];
  _validations: { range: string; rule: FakeValidation }[] = [];
  _protections: FakeProtection[] = [];
  _hidden = false;
  _maxRows = 1000;
  _maxCols = 26;
  _colWidths: Record<number, number> = {};
  _rowHeights: Record<number, number> = {};
  _gridlinesHidden = false;
  _activeRange = '';
  constructor(
    readonly _ss: FakeSpreadsheet,
    public _name: string,
  ) {
    return track(this, 'Sheet');
  }
  _cell(r: number, c: number): Cell {
    const key = `${r},${c}`;
    let cell = this._cells.get(key);
    if (!cell) this._cells.set(key, (cell = { v: '', f: '', style: {} }));
    if (r > this._maxRows) this._maxRows = r;
    return cell;
  }
  _peek(r: number, c: number): Cell | undefined {
    return this._cells.get(`${r},${c}`);
  }
  _used(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const [k, c] of this._cells) {
      if (c.v === '' && !c.f) continue;
      const [r, col] = k.split(',').map(Number);
      rows = Math.max(rows, r);
      cols = Math.max(cols, col);
    }
    return { rows, cols };
  }
  /** Test helper: puts a value as a user would type it (no service call counted). */
  _put(a1: string, v: unknown): void {
    const b = parseA1(a1);
    const c = this._cell(b.top, b.left);
    c.v = v;
    c.f = '';
  }
  getName(): string {
    return this._name;
  }
  setName(n: string): this {
    this._name = n;
    return this;
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  getSheetId(): number {
    return this._ss._sheets.indexOf(this);
  }
  getParent(): FakeSpreadsheet {
    return this._ss;
  }
  getRange(a: string | number, col?: number, rows = 1, cols = 1): FakeRange {
    if (typeof a === 'string') {
      const b = parseA1(a);
      return new FakeRange(this, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
    }
    return new FakeRange(this, a, col!, rows, cols);
  }
  getRangeList(a1s: string[]): FakeRangeList {
    return new FakeRangeList(
      a1s.map((a) => {
        const b = parseA1(a);
        return new FakeRange(this, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
      }),
    );
  }
  getDataRange(): FakeRange {
    const u = this._used();
    return new FakeRange(this, 1, 1, Math.max(u.rows, 1), Math.max(u.cols, 1));
  }
  getLastRow(): number {
    return this._used().rows;
  }
  getLastColumn(): number {
    return this._used().cols;
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  insertRowsAfter(_after: number, n: number): this {
    this._maxRows += n;
    return this;
  }
  insertColumnsAfter(_after: number, n: number): this {
    this._maxCols += n;
    return this;
  }
  deleteRows(_start: number, n: number): this {
    this._maxRows -= n;
    return this;
  }
  deleteColumns(_start: number, n: number): this {
    this._maxCols -= n;
    return this;
  }
  setColumnWidths(start: number, n: number, px: number): this {
    for (let i = 0; i < n; i++) this._colWidths[start + i] = px;
    return this;
  }
  setColumnWidth(col: number, px: number): this {
    this._colWidths[col] = px;
    return this;
  }
  setRowHeight(row: number, px: number): this {
    this._rowHeights[row] = px;
    return this;
  }
  setHiddenGridlines(v: boolean): this {
    this._gridlinesHidden = v;
    return this;
  }
  protect(): FakeProtection {
    const p = new FakeProtection();
    this._protections.push(p);
    return p;
  }
  hideSheet(): this {
    this._hidden = true;
    return this;
  }
  showSheet(): this {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  activate(): this {
    this._ss._active = this;
    return this;
  }
  setActiveRange(r: FakeRange): FakeRange {
    this._ss._active = this;
    this._activeRange = r._a1();
    return r;
  }
  getActiveRange(): FakeRange {
    return this.getRange(this._activeRange || 'A1');
  }
  clear(): this {
    this._cells.clear();
    return this;
  }
  appendRow(values: unknown[]): this {
    const row = this._used().rows + 1;
    values.forEach((v, i) => {
      const c = this._cell(row, i + 1);
      c.v = v;
    });
    return this;
  }
}

export class FakeNamedRange {
  constructor(
    readonly _name: string,
    readonly _range: FakeRange,
  ) {
    return track(this, 'NamedRange');
  }
  getName(): string {
    return this._name;
  }
  getRange(): FakeRange {
    return this._range;
  }
}

let nextId = 1;

export class FakeSpreadsheet {
  _sheets: FakeSheet[] = [];
  _named = new Map<string, FakeNamedRange>();
  _active: FakeSheet | null = null;
  readonly _id: string;
  constructor(
    public _name = 'Báo cáo TTĐN',
    id?: string,
  ) {
    this._id = id ?? `ss${nextId++}`;
    const self = track(this, 'Spreadsheet');
    this._sheets.push(new FakeSheet(self, 'Trang tính1'));
    return self;
  }
  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return 'Asia/Ho_Chi_Minh';
  }
  getSheets(): FakeSheet[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this._sheets.find((s) => s._name === name) ?? null;
  }
  getActiveSheet(): FakeSheet {
    return this._active ?? this._sheets[0];
  }
  getActiveRange(): FakeRange | null {
    const s = this.getActiveSheet();
    return s._activeRange ? s.getRange(s._activeRange) : null;
  }
  setActiveSheet(s: FakeSheet): FakeSheet {
    this._active = s;
    return s;
  }
  insertSheet(name: string, index?: number): FakeSheet {
    if (this._sheets.some((s) => s._name === name)) throw new Error(`fake: sheet ${name} exists`);
    const s = new FakeSheet(this, name);
    this._sheets.splice(index ?? this._sheets.length, 0, s);
    return s;
  }
  deleteSheet(s: FakeSheet): void {
    if (this._sheets.length === 1) throw new Error('fake: cannot delete the only sheet');
    this._sheets = this._sheets.filter((x) => x !== s);
    for (const [k, n] of this._named) if (n._range._sheet === s) this._named.delete(k);
  }
  setNamedRange(name: string, range: FakeRange): void {
    this._named.set(name, new FakeNamedRange(name, range));
  }
  getNamedRanges(): FakeNamedRange[] {
    return [...this._named.values()];
  }
  getRange(a1: string): FakeRange {
    const bang = a1.lastIndexOf('!');
    const sheetName = a1.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
    const sheet = this.getSheetByName(sheetName);
    if (!sheet) throw new Error(`fake: no sheet ${sheetName}`);
    const b = parseA1(a1.slice(bang + 1));
    return new FakeRange(sheet, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
  }
  toast(): void {}
}

export class FakeProperties {
  _data: Record<string, string> = {};
  constructor() {
    return track(this, 'Properties');
  }
  getProperty(k: string): string | null {
    return this._data[k] ?? null;
  }
  setProperty(k: string, v: string): this {
    this._data[k] = v;
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this._data };
  }
  setProperties(p: Record<string, string>, deleteAllOthers?: boolean): this {
    if (deleteAllOthers) this._data = {};
    for (const [k, v] of Object.entries(p)) {
      if (v.length > 9 * 1024) throw new Error('fake: property value over 9 KB');
      this._data[k] = v;
    }
    return this;
  }
  deleteProperty(k: string): this {
    delete this._data[k];
    return this;
  }
  deleteAllProperties(): this {
    this._data = {};
    return this;
  }
}

export class FakeMenu {
  readonly _items: { caption: string; fn?: string }[] = [];
  constructor(readonly _title: string) {
    return track(this, 'Menu');
  }
  addItem(caption: string, fn: string): this {
    this._items.push({ caption, fn });
    return this;
  }
  addSeparator(): this {
    this._items.push({ caption: '—' });
    return this;
  }
  addSubMenu(m: FakeMenu): this {
    this._items.push({ caption: m._title });
    return this;
  }
  addToUi(): void {
    ui._menus.push(this);
  }
}

export class FakeUi {
  _menus: FakeMenu[] = [];
  _sidebars: FakeHtmlOutput[] = [];
  _dialogs: FakeHtmlOutput[] = [];
  _alerts: string[] = [];
  constructor() {
    return track(this, 'Ui');
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu('(add-on)');
  }
  createMenu(title: string): FakeMenu {
    return new FakeMenu(title);
  }
  showSidebar(h: FakeHtmlOutput): void {
    this._sidebars.push(h);
  }
  showModalDialog(h: FakeHtmlOutput): void {
    this._dialogs.push(h);
  }
  alert(msg: string): void {
    this._alerts.push(msg);
  }
}

export class FakeHtmlOutput {
  _title = '';
  constructor(readonly _content: string) {
    return track(this, 'HtmlOutput');
  }
  setTitle(t: string): this {
    this._title = t;
    return this;
  }
  setWidth(): this {
    return this;
  }
  setHeight(): this {
    return this;
  }
  getContent(): string {
    return this._content;
  }
}

export class FakeBlob {
  constructor(
    readonly _bytes: Uint8Array,
    readonly _name: string,
  ) {
    return track(this, 'Blob');
  }
  getBytes(): number[] {
    // Apps Script returns signed bytes (Java byte[]).
    return Array.from(this._bytes, (b) => (b > 127 ? b - 256 : b));
  }
  getName(): string {
    return this._name;
  }
}

export interface FakeDriveEntry {
  id: string;
  name: string;
  mimeType: string;
  bytes?: Uint8Array;
  spreadsheet?: FakeSpreadsheet;
  updated: Date;
}

export class FakeFile {
  constructor(readonly _e: FakeDriveEntry) {
    return track(this, 'File');
  }
  getId(): string {
    return this._e.id;
  }
  getName(): string {
    return this._e.name;
  }
  getMimeType(): string {
    return this._e.mimeType;
  }
  getLastUpdated(): Date {
    return this._e.updated;
  }
  getSize(): number {
    return this._e.bytes?.length ?? 0;
  }
  getBlob(): FakeBlob {
    if (!this._e.bytes) throw new Error('fake: no bytes');
    return new FakeBlob(this._e.bytes, this._e.name);
  }
}

export class FakeFileIterator {
  private i = 0;
  constructor(private readonly files: FakeFile[]) {
    return track(this, 'FileIterator');
  }
  hasNext(): boolean {
    return this.i < this.files.length;
  }
  next(): FakeFile {
    return this.files[this.i++];
  }
}

export const drive = new Map<string, FakeDriveEntry>();
export const ui = new FakeUi();
const props = { document: new FakeProperties(), script: new FakeProperties(), user: new FakeProperties() };
export const fakeProps = props;
let active = new FakeSpreadsheet();
export const spreadsheets = new Map<string, FakeSpreadsheet>();

export const SpreadsheetApp = track(
  {
    getActive: () => active,
    getActiveSpreadsheet: () => active,
    openById: (id: string) => {
      const s = spreadsheets.get(id);
      if (!s) throw new Error(`Không tìm thấy tệp ${id}`);
      return s;
    },
    newDataValidation: () => new FakeValidationBuilder(),
    getUi: () => ui,
    flush: () => undefined,
    DataValidationCriteria: {},
  },
  'SpreadsheetApp',
);

export const DriveApp = track(
  {
    getFileById: (id: string) => {
      const e = drive.get(id);
      if (!e) throw new Error(`Không tìm thấy tệp ${id}`);
      return new FakeFile(e);
    },
    getFolderById: (id: string) =>
      track(
        {
          getName: () => `Thư mục ${id}`,
          getFiles: () =>
            new FakeFileIterator(
              [...drive.values()].filter((e) => e.id.startsWith(`${id}/`)).map((e) => new FakeFile(e)),
            ),
        },
        'Folder',
      ),
  },
  'DriveApp',
);

export const PropertiesService = track(
  {
    getDocumentProperties: () => props.document,
    getScriptProperties: () => props.script,
    getUserProperties: () => props.user,
  },
  'PropertiesService',
);

export const Utilities = track(
  {
    DigestAlgorithm: { SHA_256: 'SHA_256' },
    Charset: { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' },
    computeDigest: (_alg: string, bytes: number[] | string) => {
      const buf =
        typeof bytes === 'string'
          ? Buffer.from(bytes, 'utf8')
          : Buffer.from(Uint8Array.from(bytes, (b) => b & 255));
      return Array.from(createHash('sha256').update(buf).digest(), (b) => (b > 127 ? b - 256 : b));
    },
    formatDate: (d: Date, _tz: string, _fmt: string) => d.toISOString().slice(0, 10),
    getUuid: () => `uuid-${nextId++}`,
    sleep: () => undefined,
  },
  'Utilities',
);

export const HtmlService = track(
  {
    createHtmlOutputFromFile: (name: string) => new FakeHtmlOutput(`<html><!-- ${name} --></html>`),
    createHtmlOutput: (html?: string) => new FakeHtmlOutput(html ?? ''),
    SandboxMode: { IFRAME: 'IFRAME' },
  },
  'HtmlService',
);

export const ScriptApp = track(
  {
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' },
    getOAuthToken: () => 'fake-token',
  },
  'ScriptApp',
);

export const Session = track({ getScriptTimeZone: () => 'Asia/Ho_Chi_Minh' }, 'Session');

/** Puts the fakes on `globalThis` (or on a vm sandbox) and starts from a fresh active spreadsheet. */
export function installFakeGas(target: Record<string, unknown> = globalThis): { ss: FakeSpreadsheet } {
  active = new FakeSpreadsheet();
  spreadsheets.clear();
  spreadsheets.set(active.getId(), active);
  drive.clear();
  for (const p of Object.values(props)) p._data = {};
  ui._menus = [];
  ui._sidebars = [];
  ui._alerts = [];
  Object.assign(target, {
    SpreadsheetApp,
    DriveApp,
    PropertiesService,
    Utilities,
    HtmlService,
    ScriptApp,
    Session,
  });
  log.reset();
  return { ss: active };
}
