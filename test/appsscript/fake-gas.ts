/**
 * An in-memory fake of the Apps Script services the add-on uses (SpreadsheetApp, the Advanced Drive
 * service, DriveApp, PropertiesService, Utilities, HtmlService, ScriptApp, UrlFetchApp) that COUNTS
 * every service call and enforces the Apps Script rules the add-on depends on. Each fake object is
 * wrapped in a Proxy: calling any of its public methods increments `calls['Class.method']`, checks
 * the method's OAuth scope against the manifest and charges its cost to the execution clock.
 * Internal helpers start with `_` and are not counted.
 *
 * Rules, each with its source (the fake's own tests, fake-gas.test.ts, prove every rule can fail):
 *  R1 scopes — a call none of whose accepted scopes is in the manifest's `oauthScopes` throws
 *     "You do not have permission to call X. Required permissions: …". Apps Script uses exactly the
 *     manifest's scopes when they are set explicitly
 *     (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes).
 *     - `SpreadsheetApp.openById/openByUrl/open` need `spreadsheets`: "If you use currentonly, you
 *       cannot access other files using methods like openById or openByUrl"
 *       (https://justin.poehnelt.com/posts/apps-script-currentonly-scopes/, by Google's Apps Script DevRel).
 *     - `DriveApp.*` needs `drive.readonly` or `drive`; Google's Picker sample dropped DriveApp for
 *       the Advanced Drive service as the "fix for drive.file scope"
 *       (https://github.com/googleworkspace/apps-script-samples/pull/486, picker/code.gs + appsscript.json).
 *     - Advanced Drive `Files.get`/`Files.export` accept `drive.file`
 *       (https://developers.google.com/drive/api/v3/reference/files/get, …/files/export: "Authorization scopes").
 *     - `UrlFetchApp.fetch` needs `script.external_request` (same post; UrlFetchApp reference).
 *     - `Ui.showSidebar/showModalDialog` need `script.container.ui`.
 *  R2 drive.file — a file the user did not grant (pick in the Picker, or created by the app) is "not
 *     found" through the Drive API; picking a folder grants the folder, not its files
 *     (https://developers.google.com/drive/api/guides/api-specific-auth: drive.file = "files that
 *     the user has opened or created with this app").
 *  R3 Drive export — `files.export` returns the bytes only with `alt: 'media'` in Apps Script
 *     (https://github.com/brucemcpherson/gas-fakes/issues/117, issuetracker.google.com/issues/468534237),
 *     is limited to 10 MB ("Note that the exported content is limited to 10 MB", files/export), and a
 *     Google Sheet cannot be downloaded with `alt=media` ("Only files with binary content can be
 *     downloaded. Use Export with Docs Editors files.", https://developers.google.com/drive/api/guides/manage-downloads).
 *  R4 cells — a cell holds at most 50,000 characters
 *     (https://support.google.com/drive/answer/37603 "Files you can store in Google Drive").
 *  R5 time — one execution may run 6 minutes ("Script runtime 6 min / execution",
 *     https://developers.google.com/apps-script/guides/services/quotas#current_limitations); every
 *     service call costs fake time (`env.costs`), and a call past the limit throws.
 *  R6 properties — 9 KB per value, 500 KB per property store (same quotas page).
 *  R7 dates — a date cell is a wall-clock date in the SPREADSHEET's time zone; `getValues` hands the
 *     script the instant of that wall clock (Spreadsheet.getSpreadsheetTimeZone reference), so code
 *     that reads it with the script's time zone (JS Date getters) is off by a day when they differ.
 *  R8 frozen panes — Sheets cannot freeze through a merged cell: the frozen rows (columns) may not
 *     hold only part of a merge (Google Sheets refuses it where Excel allows it, dream-num/univer#724:
 *     "Google sheet无法穿越冻结的，excel和microsoft365是可以的"), so `setFrozenRows(n)` with a merge
 *     spanning rows n and n+1 throws; a negative count throws too.
 *  R9 one filter per sheet — "You can't create more than one filter on a sheet"
 *     (Range.createFilter; developers.google.com/apps-script/reference/spreadsheet/filter: "If a
 *     filter doesn't exist on the sheet yet, create one using Range.createFilter()"): a second
 *     `createFilter()` throws until `Sheet.getFilter().remove()`.
 * Semantics follow Sheets where the adapter depends on them: `setValues` makes a formula from a
 * string starting with `=` unless the cell's number format is `@` or the string starts with `'`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { colLetters, colNum } from '../helpers/a1';

const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPES = {
  currentOnly: `${AUTH}spreadsheets.currentonly`,
  spreadsheets: `${AUTH}spreadsheets`,
  containerUi: `${AUTH}script.container.ui`,
  driveFile: `${AUTH}drive.file`,
  driveReadonly: `${AUTH}drive.readonly`,
  drive: `${AUTH}drive`,
  external: `${AUTH}script.external_request`,
} as const;

/** R1: method → any one of these scopes is enough. `Class.*` covers every method of a class. */
const SCOPE_RULES: Record<string, readonly string[]> = {
  'SpreadsheetApp.getActiveSpreadsheet': [SCOPES.currentOnly, SCOPES.spreadsheets],
  'SpreadsheetApp.getActive': [SCOPES.currentOnly, SCOPES.spreadsheets],
  'SpreadsheetApp.openById': [SCOPES.spreadsheets],
  'SpreadsheetApp.openByUrl': [SCOPES.spreadsheets],
  'SpreadsheetApp.open': [SCOPES.spreadsheets],
  'SpreadsheetApp.create': [SCOPES.spreadsheets],
  'DriveApp.*': [SCOPES.driveReadonly, SCOPES.drive],
  'Drive.Files.get': [SCOPES.driveFile, SCOPES.driveReadonly, SCOPES.drive],
  'Drive.Files.export': [SCOPES.driveFile, SCOPES.driveReadonly, SCOPES.drive],
  'Drive.Files.list': [SCOPES.driveFile, SCOPES.driveReadonly, SCOPES.drive],
  'UrlFetchApp.*': [SCOPES.external],
  'Ui.showSidebar': [SCOPES.containerUi],
  'Ui.showModalDialog': [SCOPES.containerUi],
  'Ui.showModelessDialog': [SCOPES.containerUi],
};

export const CELL_LIMIT = 50_000;
export const EXPORT_LIMIT = 10 * 1024 * 1024;
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

function manifestScopes(): string[] {
  const file = path.resolve(__dirname, '../../manifests/appsscript.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { oauthScopes: string[] }).oauthScopes;
}

/** The fake's environment: granted scopes and files, and the execution clock (fake milliseconds). */
export const env = {
  scopes: new Set<string>(manifestScopes()),
  /** Drive ids this app may open under drive.file (picked in the Picker or created by the app). */
  granted: new Set<string>(),
  clock: 0,
  executionStart: 0,
  /** Fake cost of one call in ms; `default` for every call not listed. */
  costs: { default: 2, 'Drive.Files.export': 1500, 'Drive.Files.get': 120 } as Record<string, number>,
  scriptTimeZone: 'UTC',
};

/** A new server execution (one google.script.run call, one menu click): the 6-minute clock restarts. */
export function beginExecution(): void {
  env.executionStart = env.clock;
}

/** R2: what the Picker does for a picked item under drive.file. */
export function pick(...ids: string[]): void {
  for (const id of ids) env.granted.add(id);
}

function required(key: string): readonly string[] | undefined {
  return SCOPE_RULES[key] ?? SCOPE_RULES[`${key.slice(0, key.lastIndexOf('.'))}.*`];
}

function enforce(key: string): void {
  const need = required(key);
  if (need && !need.some((s) => env.scopes.has(s)))
    throw new Error(`You do not have permission to call ${key}. Required permissions: ${need[0]}`);
  env.clock += env.costs[key] ?? env.costs.default;
  if (env.clock - env.executionStart > EXECUTION_LIMIT_MS) throw new Error('Exceeded maximum execution time');
}

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
          enforce(`${cls}.${prop}`);
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

// ---------------------------------------------------------------------------------------------
// Time zones (R7), with the platform's Intl — independent of the code under test.

function wallParts(ms: number, tz: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const out: Record<string, number> = {};
  for (const p of parts) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

function offsetMs(ms: number, tz: string): number {
  const p = wallParts(ms, tz);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - (ms - (ms % 1000));
}

/** A date cell: the wall clock as typed, in the spreadsheet's zone. */
class WallDate {
  constructor(readonly utcWall: number) {}
  instant(tz: string): Date {
    const guess = this.utcWall - offsetMs(this.utcWall, tz);
    return new Date(this.utcWall - offsetMs(guess, tz));
  }
  static of(d: Date, tz: string): WallDate {
    return new WallDate(d.getTime() + offsetMs(d.getTime(), tz));
  }
}

export function formatInZone(d: Date, tz: string, fmt: string): string {
  const p = wallParts(d.getTime(), tz);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const off = offsetMs(d.getTime(), tz) / 60000;
  const z = `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}${pad(Math.abs(off) % 60)}`;
  return fmt.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss|Z/g, (t, lit: string | undefined) => {
    if (lit !== undefined) return lit;
    return (
      {
        yyyy: pad(p.year, 4),
        MM: pad(p.month),
        dd: pad(p.day),
        HH: pad(p.hour),
        mm: pad(p.minute),
        ss: pad(p.second),
        Z: z,
      }[t] ?? t
    );
  });
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
    // R4: Sheets refuses the whole write when one cell is too long.
    for (const row of values)
      for (const v of row)
        if (typeof v === 'string' && v.length > CELL_LIMIT)
          throw new Error(
            `Your input contains more than the maximum of ${CELL_LIMIT} characters in a single cell.`,
          );
    const tz = this._sheet._ss._tz;
    this._each((c, r, col) => {
      const v = values[r][col];
      if (v instanceof Date) {
        c.v = WallDate.of(v, tz);
        c.f = '';
      } else if (typeof v === 'number' || typeof v === 'boolean') {
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
      for (let c = 0; c < this._cols; c++) row.push(this._sheet._value(this._top + r, this._left + c));
      out.push(row);
    }
    return out;
  }
  getValue(): unknown {
    return this._sheet._value(this._top, this._left);
  }
  /** Merged ranges that intersect this range (Range.getMergedRanges). */
  getMergedRanges(): FakeRange[] {
    const bottom = this._top + this._rows - 1;
    const right = this._left + this._cols - 1;
    return this._sheet._merges
      .map((m) => parseA1(m))
      .filter((b) => b.top <= bottom && b.bottom >= this._top && b.left <= right && b.right >= this._left)
      .map((b) => new FakeRange(this._sheet, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1));
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
  createFilter(): FakeFilter {
    // R9
    if (this._sheet._filter)
      throw new Error("You can't create a filter in a sheet that already has a filter.");
    return (this._sheet._filter = new FakeFilter(this));
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

export class FakeFilter {
  constructor(readonly _range: FakeRange) {
    return track(this, 'Filter');
  }
  getRange(): FakeRange {
    return this._range;
  }
  remove(): void {
    if (this._range._sheet._filter === this) this._range._sheet._filter = null;
  }
}

export class FakeSheet {
  _frozenRows = 0;
  _frozenCols = 0;
  _filter: FakeFilter | null = null;
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
  _value(r: number, c: number): unknown {
    const v = this._peek(r, c)?.v ?? '';
    return v instanceof WallDate ? v.instant(this._ss._tz) : v;
  }
  /** Test helper: a date typed by a user (wall clock in the spreadsheet's zone), e.g. `2026-06-10`. */
  _putDate(a1: string, ymd: string): void {
    const b = parseA1(a1);
    const [y, m, d] = ymd.split('-').map(Number);
    const c = this._cell(b.top, b.left);
    c.v = new WallDate(Date.UTC(y, m - 1, d));
    c.f = '';
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
  /** R8: a freeze line may not cut through a merge. */
  _checkFreeze(n: number, dim: 'rows' | 'columns'): void {
    if (!Number.isInteger(n) || n < 0) throw new Error(`Invalid argument: ${dim} ${n}`);
    if (n === 0) return;
    for (const m of this._merges) {
      const b = parseA1(m);
      const [lo, hi] = dim === 'rows' ? [b.top, b.bottom] : [b.left, b.right];
      if (lo <= n && hi > n)
        throw new Error(`You can't freeze ${dim} which contain only part of a merged cell (${m}).`);
    }
  }
  setFrozenRows(n: number): void {
    this._checkFreeze(n, 'rows');
    this._frozenRows = n;
  }
  setFrozenColumns(n: number): void {
    this._checkFreeze(n, 'columns');
    this._frozenCols = n;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  getFilter(): FakeFilter | null {
    return this._filter;
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
  _tz = 'Asia/Ho_Chi_Minh';
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
    return this._tz;
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
  /** R6: 9 KB per value, 500 KB per store (keys and values, UTF-8). */
  _check(next: Record<string, string>): void {
    let total = 0;
    for (const [k, v] of Object.entries(next)) {
      if (Buffer.byteLength(v, 'utf8') > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
      total += Buffer.byteLength(k, 'utf8') + Buffer.byteLength(v, 'utf8');
    }
    if (total > PROPERTY_STORE_LIMIT)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
  }
  setProperty(k: string, v: string): this {
    const next = { ...this._data, [k]: String(v) };
    this._check(next);
    this._data = next;
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this._data };
  }
  setProperties(p: Record<string, string>, deleteAllOthers?: boolean): this {
    const next = { ...(deleteAllOthers ? {} : this._data) };
    for (const [k, v] of Object.entries(p)) next[k] = String(v);
    this._check(next);
    this._data = next;
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
  showModalDialog(h: FakeHtmlOutput, title: string): void {
    h._title = title;
    this._dialogs.push(h);
  }
  alert(msg: string): void {
    this._alerts.push(msg);
  }
}

export class FakeHtmlOutput {
  _title = '';
  _width = 0;
  _height = 0;
  constructor(public _content: string) {
    return track(this, 'HtmlOutput');
  }
  setTitle(t: string): this {
    this._title = t;
    return this;
  }
  setWidth(w: number): this {
    this._width = w;
    return this;
  }
  setHeight(h: number): this {
    this._height = h;
    return this;
  }
  append(html: string): this {
    this._content += html;
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
  /** What Drive's export of a Google Sheet as .xlsx returns (made by the test, as Google would). */
  exported?: Uint8Array;
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

/** Advanced Drive service v3 (`Drive.Files.*`), as enabled in the manifest's `enabledAdvancedServices`. */
function driveError(method: string, message: string): Error {
  const e = new Error(`API call to drive.files.${method} failed with error: ${message}`);
  e.name = 'GoogleJsonResponseException';
  return e;
}
function grantedEntry(method: string, id: string): FakeDriveEntry {
  const e = drive.get(id);
  // R2: under drive.file alone, a file the user did not pick does not exist for this app.
  const wide = env.scopes.has(SCOPES.drive) || env.scopes.has(SCOPES.driveReadonly);
  if (!e || (!wide && !env.granted.has(id))) throw driveError(method, `File not found: ${id}.`);
  return e;
}
export const Drive = {
  Files: track(
    {
      get: (id: string, opts: { alt?: string; fields?: string } = {}) => {
        const e = grantedEntry('get', id);
        if (opts.alt === 'media') {
          if (e.mimeType.startsWith('application/vnd.google-apps.'))
            throw driveError(
              'get',
              'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
            );
          if (!e.bytes) throw driveError('get', 'fake: no bytes');
          return new FakeBlob(e.bytes, e.name);
        }
        return {
          id: e.id,
          name: e.name,
          mimeType: e.mimeType,
          modifiedTime: e.updated.toISOString(),
          size: e.bytes ? String(e.bytes.length) : undefined,
        };
      },
      export: (id: string, mimeType: string, opts: { alt?: string } = {}) => {
        const e = grantedEntry('export', id);
        // R3: Apps Script's advanced service needs alt=media to return the content.
        if (opts.alt !== 'media')
          throw driveError('export', 'Export requires alt=media to download the exported content.');
        if (!e.mimeType.startsWith('application/vnd.google-apps.'))
          throw driveError('export', 'Export only supports Docs Editors files.');
        if (mimeType !== 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' || !e.exported)
          throw driveError('export', `fake: no ${mimeType} export`);
        if (e.exported.length > EXPORT_LIMIT)
          throw driveError('export', 'This file is too large to be exported.');
        return new FakeBlob(e.exported, `${e.name}.xlsx`);
      },
    },
    'Drive.Files',
  ),
};

export const UrlFetchApp = track(
  {
    fetch: (): never => {
      throw new Error('fake: no network');
    },
  },
  'UrlFetchApp',
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
    formatDate: (d: Date, tz: string, fmt: string) => formatInZone(d, tz, fmt),
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

export const Session = track({ getScriptTimeZone: () => env.scriptTimeZone }, 'Session');

/** Puts the fakes on `globalThis` (or on a vm sandbox) and starts from a fresh active spreadsheet. */
export function installFakeGas(target: Record<string, unknown> = globalThis): { ss: FakeSpreadsheet } {
  active = new FakeSpreadsheet();
  spreadsheets.clear();
  spreadsheets.set(active.getId(), active);
  drive.clear();
  for (const p of Object.values(props)) p._data = {};
  ui._menus = [];
  ui._sidebars = [];
  ui._dialogs = [];
  ui._alerts = [];
  env.scopes = new Set(manifestScopes());
  env.granted.clear();
  env.clock = 0;
  env.executionStart = 0;
  // The script's zone is the test process's (JS Date getters use it), UTC here: unlike the
  // spreadsheet's Asia/Ho_Chi_Minh, so a reader that confuses the two is caught (R7).
  env.scriptTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  Object.assign(target, {
    SpreadsheetApp,
    Drive,
    UrlFetchApp,
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
