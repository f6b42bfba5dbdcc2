/**
 * Fast, values-only .xlsx → WorkbookGrid reader. Synchronous, browser-compatible (takes a Uint8Array, no Node
 * built-ins). All zip access goes through the guard in zip-guard.ts, so a file is size/format/macro-checked first
 * and every part is inflated under an actual-bytes budget. Only the parts needed are inflated: workbook, its rels,
 * shared strings, styles (number formats only) and the selected worksheets.
 * XML is read with the small tag scanner in xml-scanner.ts.
 *
 * Hardened against real-world and crafted files: merged ranges come back in `SheetGrid.merges`; the workbook part is
 * found through `_rels/.rels`; `date1904` comes from the workbook's own `workbookPr`; a sheet entry without `r:id` is
 * skipped; each part is parsed at most once; a shared formula's text is shifted when read, never copied per cell;
 * malformed cell and merge references are dropped; an empty `<v/>` is blank.
 */
import { MapSheetGrid } from '../grid/workbook-grid';
import type { GridCell, GridDefinedName, GridScalar, SheetGrid, WorkbookGrid } from '../grid/workbook-grid';
import { FILE_READER_MESSAGES } from '../messages/vi';
import { Tag, XmlScanner, decodeXml } from './xml-scanner';
import { UnsafeFileError, openGuardedXlsx, partKey, resolvePartPath } from './zip-guard';
import type { GuardedZip, XlsxLimits, ZipCodec } from './zip-guard';

export { DEFAULT_XLSX_LIMITS, UnsafeFileError, inspectXlsxBytes } from './zip-guard';
export type { UnsafeFileReason, XlsxLimits, ZipCodec } from './zip-guard';

export interface ReadXlsxGridOptions {
  /** Picks the sheets to parse (default: all). Sheets not picked still appear in `sheetNames`, but `sheet()` returns undefined for them. */
  sheets?: (names: string[], definedNames: GridDefinedName[]) => string[];
  limits?: Partial<XlsxLimits>;
  /** The host's native inflater (default: fflate's). */
  codec?: ZipCodec;
}

/** The grid returned by readXlsxGrid. `date1904` tells the caller that date serials count from 1904-01-01. */
export class XlsxWorkbookGrid implements WorkbookGrid {
  constructor(
    readonly sheetNames: readonly string[],
    private readonly sheets: ReadonlyMap<string, SheetGrid>,
    readonly definedNames: readonly GridDefinedName[],
    readonly date1904: boolean,
  ) {}
  sheet(name: string): SheetGrid | undefined {
    return this.sheets.get(name);
  }
}

const corrupt = (detail: string): UnsafeFileError =>
  new UnsafeFileError('corrupt', `Tệp .xlsx bị hỏng hoặc không đọc được: ${detail}.`);

// ---------------------------------------------------------------------------------------------------------------
// XML scanning

/** OOXML escapes characters XML cannot carry as `_xHHHH_` (and a literal `_x` as `_x005F_x`). */
const OOXML_ESCAPE_RX = /_x([0-9A-Fa-f]{4})_/g;
function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(OOXML_ESCAPE_RX, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Concatenates the `<t>` runs of a shared-string item or inline string, ignoring phonetic (`<rPh>`) runs. */
function readRichText(sc: XmlScanner, endName: string): string {
  if (sc.selfClosing) return '';
  let out = '';
  for (;;) {
    const k = sc.next();
    if (k === Tag.Eof) break;
    if (k === Tag.Close) {
      if (sc.name === endName) break;
      continue;
    }
    if (sc.name === 't') out += sc.text();
    else if (sc.name === 'rPh') sc.skipElement();
  }
  return decodeOoxmlEscapes(out);
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook-level parts

interface SheetInfo {
  name: string;
  state: SheetGrid['state'];
  relId: string;
}

interface WorkbookInfo {
  sheets: SheetInfo[];
  definedNames: GridDefinedName[];
  date1904: boolean;
}

function parseWorkbook(xml: string): WorkbookInfo {
  const sc = new XmlScanner(xml);
  const sheets: SheetInfo[] = [];
  const seen = new Set<string>(); // linear duplicate check: a crafted file may list 100k sheets
  const definedNames: GridDefinedName[] = [];
  let date1904: boolean | undefined;
  while (sc.next() !== Tag.Eof) {
    if (sc.kind !== Tag.Open) continue;
    // Extensions repeat element names (Excel 2013+ writes `<x15:workbookPr chartTrackingRefBase="1"/>` there,
    // after the real workbookPr); nothing inside them describes the workbook's own sheets or dates.
    if (sc.name === 'extLst' || sc.name === 'AlternateContent') sc.skipElement();
    else if (sc.name === 'sheet') {
      const name = sc.attr('name');
      const relId = sc.attr('id', true);
      // A sheet entry without r:id has no data anywhere; skip it rather than refuse the file.
      if (name === undefined || !relId || seen.has(name)) continue;
      seen.add(name);
      const state = sc.attr('state');
      sheets.push({
        name,
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        relId,
      });
    } else if (sc.name === 'definedName') {
      const name = sc.attr('name');
      if (name === undefined || sc.attr('localSheetId') !== undefined || name.startsWith('_xlnm.')) continue;
      const ref = parseDefinedNameRef(sc.text());
      if (ref) definedNames.push({ name, ...ref });
    } else if (sc.name === 'workbookPr' && date1904 === undefined) {
      const v = sc.attr('date1904')?.trim();
      date1904 = v === '1' || v === 'true';
    }
  }
  return { sheets, definedNames, date1904: date1904 ?? false };
}

const A1_AREA_RX = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;

/** `'Ke hoach'!$B$12:$M$31` → { sheet: 'Ke hoach', range: '$B$12:$M$31' }; null for #REF!, multi-area, external or non-range names. */
export function parseDefinedNameRef(text: string): { sheet: string; range: string } | null {
  let s = text.trim();
  if (s.startsWith('=')) s = s.slice(1);
  if (s.includes('#REF!')) return null;
  let sheet: string;
  let rest: string;
  if (s.startsWith("'")) {
    let i = 1;
    for (; i < s.length; i++) {
      if (s[i] !== "'") continue;
      if (s[i + 1] === "'") i++;
      else break;
    }
    sheet = s.slice(1, i).replace(/''/g, "'");
    rest = s.slice(i + 1);
  } else {
    const bang = s.indexOf('!');
    if (bang < 0) return null;
    sheet = s.slice(0, bang);
    rest = s.slice(bang);
  }
  // '[' = another workbook, ':' = a 3-D reference; neither can be a sheet of this file.
  if (!rest.startsWith('!') || !sheet || sheet.includes('[') || sheet.includes(':')) return null;
  const range = rest.slice(1);
  return A1_AREA_RX.test(range) ? { sheet, range } : null;
}

interface Relationship {
  target: string;
  type: string;
}

function parseRels(xml: string, baseDir: string): Map<string, Relationship> {
  const sc = new XmlScanner(xml);
  const rels = new Map<string, Relationship>();
  while (sc.next() !== Tag.Eof) {
    if (sc.kind !== Tag.Open || sc.name !== 'Relationship' || sc.attr('TargetMode') === 'External') continue;
    const id = sc.attr('Id');
    const target = sc.attr('Target');
    if (id && target) rels.set(id, { target: resolvePartPath(baseDir, target), type: sc.attr('Type') ?? '' });
  }
  return rels;
}

/** Built-in number formats that matter (ids Excel does not write into styles.xml). */
const BUILTIN_NUM_FMTS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Number format per cellXfs index (undefined = General). */
function parseStyles(xml: string): (string | undefined)[] {
  const sc = new XmlScanner(xml);
  const custom = new Map<number, string>();
  const xfFormats: (string | undefined)[] = [];
  const xfIds: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false; // <numFmt> also appears inside <dxfs>, which must not override the cell formats
  while (sc.next() !== Tag.Eof) {
    if (sc.kind === Tag.Close) {
      if (sc.name === 'cellXfs') inCellXfs = false;
      else if (sc.name === 'numFmts') inNumFmts = false;
      continue;
    }
    if (sc.name === 'numFmts') inNumFmts = !sc.selfClosing;
    else if (inNumFmts && sc.name === 'numFmt') {
      const id = Number(sc.attr('numFmtId'));
      const code = sc.attr('formatCode');
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (sc.name === 'cellXfs') inCellXfs = !sc.selfClosing;
    else if (inCellXfs && sc.name === 'xf') {
      xfIds.push(Number(sc.attr('numFmtId') ?? 0));
      sc.skipElement();
    }
  }
  for (const id of xfIds) {
    const code = custom.get(id) ?? BUILTIN_NUM_FMTS[id];
    xfFormats.push(code === undefined || code === 'General' ? undefined : code);
  }
  return xfFormats;
}

function parseSharedStrings(xml: string): string[] {
  const sc = new XmlScanner(xml);
  const out: string[] = [];
  while (sc.next() !== Tag.Eof)
    if (sc.kind === Tag.Open && sc.name === 'si') out.push(readRichText(sc, 'si'));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Worksheets

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** A well-formed single-cell reference inside the sheet's bounds, or null (malformed refs are dropped). */
function strictCellRef(ref: string): { row: number; col: number } | null {
  // One pass, no regex: this runs for every cell of every sheet.
  const n = ref.length;
  let i = ref.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  const lettersStart = i;
  let col = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 32; // ASCII lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === lettersStart || i - lettersStart > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  const digitsStart = i;
  if (ref.charCodeAt(i) === 48 /* leading 0 */) return null;
  let row = 0;
  for (; i < n; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (i === digitsStart || i - digitsStart > 7) return null;
  return row <= MAX_ROW && col <= MAX_COL ? { row, col } : null;
}

/** A merged range `B12:B14` in canonical form (top-left first, no `$`), or null when malformed. */
function mergeRange(ref: string): string | null {
  const [a, b, extra] = ref.trim().split(':');
  if (b === undefined || extra !== undefined) return null;
  const p = strictCellRef(a);
  const q = strictCellRef(b);
  if (!p || !q) return null;
  const top = Math.min(p.row, q.row);
  const bottom = Math.max(p.row, q.row);
  const left = Math.min(p.col, q.col);
  const right = Math.max(p.col, q.col);
  if (top === bottom && left === right) return null;
  return `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
}

/** Parses `B12` / `$B$12` into row and column; column-only or row-only parts come back as 0. */
function parseCellRef(ref: string): { row: number; col: number } {
  let col = 0;
  let row = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
  }
  return { row, col };
}

function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// A cell reference not glued to a name, function call, sheet prefix or structured reference.
const FORMULA_REF_RX = /(^|[^A-Za-z0-9_.$'"\]])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(![])/g;

/**
 * Moves the relative references of a shared formula from its anchor cell to another cell, as Excel does for the
 * dependent cells of `<f t="shared" si="…"/>`. String literals, quoted sheet names and [structured refs] are left alone.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  const shift = (segment: string): string =>
    segment.replace(
      FORMULA_REF_RX,
      (m, pre: string, cAbs: string, letters: string, rAbs: string, digits: string) => {
        const upper = letters.toUpperCase();
        if (upper.length === 3 && upper > 'XFD') return m;
        const col = parseCellRef(upper).col + (cAbs ? 0 : dCol);
        const row = Number(digits) + (rAbs ? 0 : dRow);
        if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return `${pre}#REF!`;
        return `${pre}${cAbs}${columnLetters(col)}${rAbs}${row}`;
      },
    );
  let out = '';
  let plain = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    let end = -1;
    if (ch === '"' || ch === "'") {
      // Doubled quote = escaped quote.
      end = i + 1;
      while (end < formula.length && (formula[end] !== ch || formula[end + 1] === ch))
        end += formula[end] === ch ? 2 : 1;
      end++;
    } else if (ch === '[') {
      let depth = 0;
      end = i;
      for (; end < formula.length; end++) {
        if (formula[end] === '[') depth++;
        else if (formula[end] === ']' && --depth === 0) break;
      }
      end++;
    }
    if (end < 0) continue;
    out += shift(formula.slice(plain, i)) + formula.slice(i, end);
    plain = end;
    i = end - 1;
  }
  return out + shift(formula.slice(plain));
}

interface SharedFormula {
  text: string;
  row: number;
  col: number;
}

/** Excel's own limit on formula length; a longer shared anchor is not Excel's and is not expanded. */
const MAX_FORMULA_CHARS = 8192;

/**
 * A dependent cell of a shared formula as stored: the anchor and the offset, never the shifted text, so a small
 * crafted file with a long anchor and a million dependents cannot fill memory with copies. The grid shifts the
 * text when the cell is read (XlsxSheetGrid.cell).
 */
class SharedFormulaRef implements GridCell {
  numFmt?: string;
  constructor(
    readonly value: GridScalar,
    readonly anchor: SharedFormula,
    readonly dRow: number,
    readonly dCol: number,
  ) {}
}

/** A MapSheetGrid whose shared-formula cells get their formula text when read. */
class XlsxSheetGrid extends MapSheetGrid {
  override cell(row: number, col: number): GridCell | undefined {
    const c = super.cell(row, col);
    if (!(c instanceof SharedFormulaRef)) return c;
    const out: GridCell = { value: c.value, formula: shiftFormula(c.anchor.text, c.dRow, c.dCol) };
    if (c.numFmt !== undefined) out.numFmt = c.numFmt;
    return out;
  }
}

function parseIsoDate(text: string): Date | string {
  let s = text.trim();
  // Excel writes t="d" values without a zone; the grid convention is UTC.
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s)) s += 'Z';
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? text : d;
}

/** Worksheet children that come after `<mergeCells>` in the schema's order: reading stops at the first of them. */
const AFTER_MERGES = new Set([
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'drawing',
  'legacyDrawing',
  'tableParts',
]);

function parseWorksheet(
  xml: string,
  name: string,
  state: SheetGrid['state'],
  strings: readonly string[],
  numFmts: readonly (string | undefined)[],
): MapSheetGrid {
  const grid = new XlsxSheetGrid(name, state);
  const sc = new XmlScanner(xml);
  const shared = new Map<string, SharedFormula>();
  const attrs: { r?: string; t?: string; s?: string } = {};
  let inData = false;
  let row = 0;
  let col = 0;
  while (sc.next() !== Tag.Eof) {
    const k = sc.kind;
    const tag = sc.name;
    if (!inData) {
      if (k !== Tag.Open) {
        if (tag === 'mergeCells') break; // nothing after the merges is read
        continue;
      }
      if (tag === 'sheetData') inData = !sc.selfClosing;
      else if (tag === 'mergeCell') {
        const m = mergeRange(sc.attr('ref') ?? '');
        if (m) grid.merges.push(m);
      } else if (AFTER_MERGES.has(tag)) break;
      else if (tag === 'extLst') sc.skipElement();
      continue;
    }
    if (k === Tag.Close) {
      if (tag === 'sheetData') inData = false;
      continue;
    }
    if (tag === 'row') {
      const r = sc.attr('r');
      // A malformed row number drops the row's cells (NaN never passes the bounds check below).
      const n = r === undefined ? row + 1 : Number(r);
      row = Number.isInteger(n) && n >= 1 && n <= MAX_ROW ? n : NaN;
      col = 0;
      continue;
    }
    if (tag !== 'c') continue;
    // An empty cell: only its position matters (to a next cell without `r`), read in place.
    if (sc.selfClosing && sc.plainCellRef(MAX_ROW, MAX_COL)) {
      row = sc.refRow;
      col = sc.refCol;
      continue;
    }

    sc.cellAttrs(attrs);
    const { r: ref, t: type, s: styleAttr } = attrs;
    let dropped = false;
    if (ref !== undefined) {
      const p = strictCellRef(ref.trim());
      if (p) {
        col = p.col;
        row = p.row;
      } else {
        col++;
        dropped = true; // a malformed ref is not guessed into some other cell
      }
    } else col++;
    if (sc.selfClosing) continue;

    let v: string | undefined;
    let formula: string | undefined;
    let sharedFrom: { anchor: SharedFormula; dRow: number; dCol: number } | undefined;
    let inline: string | undefined;
    while (sc.next() !== Tag.Eof) {
      if (sc.kind === Tag.Close) {
        if (sc.name === 'c') break;
        continue;
      }
      const child = sc.name;
      if (child === 'v') v = sc.text();
      else if (child === 'is') inline = readRichText(sc, 'is');
      else if (child === 'f') {
        const fType = sc.attr('t');
        const si = sc.attr('si');
        const fRef = sc.attr('ref');
        const text = sc.text();
        if (fType === 'shared' && si !== undefined) {
          if (text) {
            formula = text;
            if ((fRef !== undefined || !shared.has(si)) && text.length <= MAX_FORMULA_CHARS)
              shared.set(si, { text, row, col });
          } else {
            const anchor = shared.get(si);
            if (anchor) sharedFrom = { anchor, dRow: row - anchor.row, dCol: col - anchor.col };
          }
        } else if (text) formula = text;
      } else sc.skipElement();
    }

    if (dropped || !(row >= 1 && row <= MAX_ROW && col >= 1 && col <= MAX_COL)) continue;
    if (v === undefined && formula === undefined && sharedFrom === undefined && inline === undefined)
      continue;

    let value: GridScalar;
    switch (type) {
      case 's': {
        // `<v/>` or `<v></v>` is a blank cell, not shared string 0 (Number('') is 0).
        const t = v?.trim();
        value = t && /^\d+$/.test(t) ? (strings[Number(t)] ?? null) : null;
        break;
      }
      case 'inlineStr':
        value = inline ?? (v === undefined ? null : decodeOoxmlEscapes(v));
        break;
      case 'str':
        value = v === undefined ? null : decodeOoxmlEscapes(v);
        break;
      case 'b':
        value = v === undefined ? null : v.trim() === '1' || v.trim() === 'true';
        break;
      case 'e':
        value = v === undefined ? null : v.trim();
        break;
      case 'd':
        value = v === undefined ? null : parseIsoDate(v);
        break;
      default: {
        if (v === undefined) value = inline ?? null;
        else {
          const t = v.trim();
          const n = Number(t);
          value = t === '' ? null : Number.isFinite(n) ? n : t;
        }
      }
    }
    if (value === null && formula === undefined && sharedFrom === undefined) continue; // blank
    const cell: GridCell =
      formula === undefined && sharedFrom
        ? new SharedFormulaRef(value, sharedFrom.anchor, sharedFrom.dRow, sharedFrom.dCol)
        : { value };
    if (formula !== undefined) cell.formula = formula;
    const numFmt = styleAttr === undefined ? undefined : numFmts[Number(styleAttr)];
    if (numFmt !== undefined) cell.numFmt = numFmt;
    grid.set(row, col, cell);
  }
  return grid;
}

// ---------------------------------------------------------------------------------------------------------------

function readPart(zip: GuardedZip, path: string): string | undefined {
  let bytes = zip.read(path);
  // Targets are URIs: a part named "my sheet.xml" is referenced as "my%20sheet.xml".
  if (!bytes && path.includes('%')) {
    try {
      bytes = zip.read(decodeURIComponent(path));
    } catch {
      /* malformed escape: treat as missing */
    }
  }
  return bytes && decodeXml(bytes);
}

/**
 * Reads an .xlsx into a WorkbookGrid (values, formulas, number formats, sheet states, workbook-scoped defined names).
 * Synchronous. Throws UnsafeFileError (reason 'corrupt' for damaged files) — never a raw parser or inflate error.
 */
export function readXlsxGrid(bytes: Uint8Array, options: ReadXlsxGridOptions = {}): XlsxWorkbookGrid {
  return readXlsxZip(openGuardedXlsx(bytes, options.limits, options.codec), options);
}

/** readXlsxGrid on a zip that already passed openGuardedXlsx (or openGuardedZip + checkXlsxPackage). */
export function readXlsxZip(zip: GuardedZip, options: ReadXlsxGridOptions = {}): XlsxWorkbookGrid {
  const workbookPart = zip.workbookPart;
  const slash = workbookPart.lastIndexOf('/');
  const workbookDir = slash < 0 ? '' : workbookPart.slice(0, slash);
  const { wb, rels } = guardParse(() => {
    const workbookXml = readPart(zip, workbookPart);
    if (workbookXml === undefined) throw corrupt(`thiếu phần ${workbookPart}`);
    const relsXml = readPart(
      zip,
      `${workbookDir ? `${workbookDir}/` : ''}_rels/${workbookPart.slice(slash + 1)}.rels`,
    );
    return {
      wb: parseWorkbook(workbookXml),
      rels: relsXml === undefined ? new Map<string, Relationship>() : parseRels(relsXml, workbookDir),
    };
  });

  const names = wb.sheets.map((s) => s.name);
  const wanted = new Set(
    options.sheets
      ? options.sheets(
          [...names],
          wb.definedNames.map((d) => ({ ...d })),
        )
      : names,
  );
  const selected = wb.sheets.filter((s) => wanted.has(s.name));

  const sheets = guardParse(() => {
    const out = new Map<string, SheetGrid>();
    if (selected.length === 0) return out;
    const relOfType = (suffix: string, fallback: string): string => {
      for (const r of rels.values()) if (r.type.endsWith(suffix)) return r.target;
      return `${workbookDir ? `${workbookDir}/` : ''}${fallback}`;
    };
    // Each part is parsed at most once: a crafted workbook may point many sheets (or the strings) at one big part.
    const used = new Map<string, string>([[partKey(workbookPart), 'workbook']]);
    const claim = (path: string, what: string): void => {
      const other = used.get(partKey(path));
      if (other !== undefined) throw corrupt(FILE_READER_MESSAGES.sheetPartShared(what, other));
      used.set(partKey(path), what);
    };
    const sstPath = relOfType('/sharedStrings', 'sharedStrings.xml');
    const stylesPath = relOfType('/styles', 'styles.xml');
    const sstXml = readPart(zip, sstPath);
    if (sstXml !== undefined) claim(sstPath, 'sharedStrings');
    const strings = sstXml === undefined ? [] : parseSharedStrings(sstXml);
    const stylesXml = partKey(stylesPath) === partKey(sstPath) ? undefined : readPart(zip, stylesPath);
    if (stylesXml !== undefined) claim(stylesPath, 'styles');
    const numFmts = stylesXml === undefined ? [] : parseStyles(stylesXml);
    for (const s of selected) {
      const target = rels.get(s.relId)?.target;
      if (target === undefined) throw corrupt(`không tìm thấy dữ liệu của trang "${s.name}"`);
      claim(target, s.name);
      const xml = readPart(zip, target);
      if (xml === undefined) throw corrupt(`thiếu phần ${partKey(target)} của trang "${s.name}"`);
      out.set(s.name, parseWorksheet(xml, s.name, s.state, strings, numFmts));
    }
    return out;
  });
  return new XlsxWorkbookGrid(names, sheets, wb.definedNames, wb.date1904);
}

/** Runs a parsing step so that only typed errors escape. The scanner itself does not throw on bad XML. */
function guardParse<T>(step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof UnsafeFileError) throw err;
    throw corrupt(err instanceof Error ? err.message : String(err));
  }
}
