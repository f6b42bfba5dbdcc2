/**
 * Test helpers: generate a TTĐN form as real .xlsx bytes, then fill it the way an agency would —
 * through ExcelJS, locating every input region by its workbook-scoped defined name (SPEC §3.5),
 * never by a hard-coded position. Fixtures are generated on the fly; nothing is committed.
 */
import ExcelJS from 'exceljs';
import { generateXlsx } from '../../cli/generate';
import { readXlsxGrid } from '../../shared/file/read-xlsx-grid';
import type {
  Calendar,
  GridCell,
  GridDefinedName,
  GridScalar,
  ParsedWorkbook,
  Registry,
  SheetGrid,
  TemplateSpec,
  WorkbookGrid,
} from '../../shared';
import {
  DEFAULT_CALENDAR,
  REGISTRY_PRESETS,
  cellRef,
  columnLetter,
  parseRange,
  parseWorkbook,
  templateForKind,
} from '../../shared';
import type { TableSection } from '../../shared';

export type FormKind = 'ke-hoach-nam' | 'bao-cao-6-thang' | 'bao-cao-nam';
export const FORM_KINDS: readonly FormKind[] = ['ke-hoach-nam', 'bao-cao-6-thang', 'bao-cao-nam'];

export const REGISTRY: Registry = REGISTRY_PRESETS['mau-tu-2025'];
export const CALENDAR: Calendar = DEFAULT_CALENDAR;
export const UNIT = 'SO_NGOAI_VU';
export const YEAR = 2026;

export interface GenerateFormOptions {
  registry?: Registry;
  calendar?: Calendar;
  reportDate?: string;
  prefill?: Record<string, string | number | null>[];
}

const cache = new Map<string, Uint8Array>();

/** A freshly generated, empty form as .xlsx bytes (memoised per kind/unit/year; callers get a copy). */
export async function generateForm(
  kind: FormKind,
  unit = UNIT,
  year = YEAR,
  o: GenerateFormOptions = {},
): Promise<Uint8Array> {
  const key = `${kind}|${unit}|${year}`;
  const plain = !o.registry && !o.calendar && !o.reportDate && !o.prefill;
  if (plain && cache.has(key)) return cache.get(key)!.slice();
  const bytes = await generateXlsx({
    registry: o.registry ?? REGISTRY,
    calendar: o.calendar ?? CALENDAR,
    kind,
    unitCode: unit,
    year,
    now: new Date(Date.UTC(year, 0, 5)),
    reportDate: o.reportDate,
    prefill: o.prefill,
  });
  if (plain) cache.set(key, bytes.slice());
  return bytes;
}

/** What an agency may put in a cell. */
export type CellInput =
  string | number | boolean | Date | null | { formula: string; result?: string | number };

export interface Region {
  ws: ExcelJS.Worksheet;
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An opened form, filled through its defined names. Row indexes are 0-based within the table body. */
export class FormFiller {
  private constructor(
    readonly wb: ExcelJS.Workbook,
    readonly kind: FormKind,
    readonly spec: TemplateSpec,
  ) {}

  static async open(bytes: Uint8Array): Promise<FormFiller> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const meta = wb.getWorksheet('_ttdn');
    let kind: FormKind = 'bao-cao-nam';
    meta?.eachRow((row) => {
      if (row.getCell(1).value === 'kind') kind = row.getCell(2).text as FormKind;
    });
    return new FormFiller(wb, kind, templateForKind(kind));
  }

  static async generate(
    kind: FormKind,
    unit = UNIT,
    year = YEAR,
    o: GenerateFormOptions = {},
  ): Promise<FormFiller> {
    return FormFiller.open(await generateForm(kind, unit, year, o));
  }

  /** The region a defined name points at, read from the workbook (so it follows inserted rows). */
  region(name: string): Region {
    const ranges = this.wb.definedNames.getRanges(name).ranges;
    if (!ranges.length) throw new Error(`defined name ${name} not found`);
    const ref = ranges[0];
    const bang = ref.lastIndexOf('!');
    const sheet = ref.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
    const box = parseRange(ref.slice(bang + 1));
    const ws = this.wb.getWorksheet(sheet);
    if (!box || !ws) throw new Error(`defined name ${name} → ${ref} unusable`);
    return { ws, sheet, ...box };
  }

  get table(): TableSection {
    const t = this.spec.sections.find((s): s is TableSection => s.type === 'table');
    if (!t) throw new Error('no table');
    return t;
  }

  get tableName(): string {
    return this.table.name;
  }

  columnIndex(key: string): number {
    const i = this.table.columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`no column ${key}`);
    return i;
  }

  /** A1 address of body row `i` (0-based), column `key`. */
  rowAddress(i: number, key: string): string {
    const r = this.region(this.tableName);
    return cellRef(r.top + i, r.left + this.columnIndex(key));
  }

  setRow(i: number, values: Record<string, CellInput>): this {
    const r = this.region(this.tableName);
    for (const [key, v] of Object.entries(values))
      r.ws.getCell(r.top + i, r.left + this.columnIndex(key)).value = toExcel(v);
    return this;
  }

  setRows(rows: Record<string, CellInput>[], from = 0): this {
    rows.forEach((row, k) => this.setRow(from + k, row));
    return this;
  }

  /** Inserts blank rows before body row `at`, as "Insert row" in Excel does: the name grows. */
  insertRowsInside(at: number, count = 1): this {
    const r = this.region(this.tableName);
    if (at <= 0 || at > r.bottom - r.top) throw new Error('insert strictly inside the body');
    insertSheetRows(this.wb, r.ws, r.top + at, count);
    return this;
  }

  /** Sheet row number `offset` rows below the body's last row (1 = the row just below). */
  belowRow(offset = 1): number {
    return this.region(this.tableName).bottom + offset;
  }

  /** Types values into a row just below the table body; returns that sheet row. */
  typeBelow(values: Record<string, CellInput>, offset = 1): number {
    const r = this.region(this.tableName);
    const row = r.bottom + offset;
    for (const [key, v] of Object.entries(values))
      r.ws.getCell(row, r.left + this.columnIndex(key)).value = toExcel(v);
    return row;
  }

  belowAddress(key: string, offset = 1): string {
    const r = this.region(this.tableName);
    return cellRef(r.bottom + offset, r.left + this.columnIndex(key));
  }

  /** Indicator rows are found by the code in the first column; the value is the last column. */
  indicatorAddress(code: string): string {
    const r = this.region('TTDN_ChiTieu');
    for (let row = r.top; row <= r.bottom; row++) {
      if (r.ws.getCell(row, r.left).text.trim() === code) return cellRef(row, r.right);
    }
    throw new Error(`indicator ${code} not found`);
  }

  setIndicator(code: string, v: CellInput): this {
    const r = this.region('TTDN_ChiTieu');
    r.ws.getCell(this.indicatorAddress(code)).value = toExcel(v);
    return this;
  }

  setIndicators(values: Record<string, CellInput>): this {
    for (const [k, v] of Object.entries(values)) this.setIndicator(k, v);
    return this;
  }

  address(name: string): string {
    const r = this.region(name);
    return cellRef(r.top, r.left);
  }

  /** Writes the top-left cell of a single-cell name (narratives, document number, report date). */
  setNamed(name: string, v: CellInput): this {
    const r = this.region(name);
    r.ws.getCell(r.top, r.left).value = toExcel(v);
    return this;
  }

  setNarratives(values: Record<string, CellInput>): this {
    for (const [k, v] of Object.entries(values)) this.setNamed(k, v);
    return this;
  }

  /** Rewrites (or, with null, blanks) a `_ttdn` key; returns its B-column address. */
  setMeta(key: string, v: CellInput): string {
    const ws = this.wb.getWorksheet('_ttdn')!;
    let at = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === key) at = n;
    });
    if (!at) throw new Error(`meta ${key} not found`);
    ws.getCell(at, 2).value = toExcel(v);
    return `B${at}`;
  }

  metaAddress(key: string): string {
    const ws = this.wb.getWorksheet('_ttdn')!;
    let at = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === key) at = n;
    });
    return `B${at}`;
  }

  get mainSheet(): string {
    return this.spec.sheetName;
  }

  async save(): Promise<Uint8Array> {
    return new Uint8Array(await this.wb.xlsx.writeBuffer());
  }

  /** The filled workbook as a grid without a bytes round trip (ExcelJS view). */
  grid(): WorkbookGrid {
    return excelJsGrid(this.wb);
  }
}

/**
 * Inserts `count` blank rows at sheet row `at` with Excel's semantics, which ExcelJS's spliceRows
 * only half-implements: merges at or below move down, and a defined name that spans the insertion
 * point grows (one that starts at or below it moves).
 */
export function insertSheetRows(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  at: number,
  count: number,
): void {
  const names = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => ({
    name: n.name,
    ranges: [...n.ranges],
  }));
  const merges = ws.model.merges.map((m) => parseRange(m)!).filter((b) => b.top >= at);
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  ws.spliceRows(at, 0, ...Array.from({ length: count }, () => [] as ExcelJS.CellValue[]));
  for (const m of merges) ws.mergeCells(m.top + count, m.left, m.bottom + count, m.right);
  wb.definedNames.model = names.map((n) => ({
    name: n.name,
    ranges: n.ranges.map((ref) => {
      const bang = ref.lastIndexOf('!');
      const sheet = ref.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
      const box = parseRange(ref.slice(bang + 1));
      if (!box || sheet !== ws.name || box.bottom < at) return ref;
      const top = box.top >= at ? box.top + count : box.top;
      const a = `$${columnLetter(box.left)}$${top}`;
      const b = `$${columnLetter(box.right)}$${box.bottom + count}`;
      return `${ref.slice(0, bang)}!${a === b ? a : `${a}:${b}`}`;
    }),
  }));
}

function toExcel(v: CellInput): ExcelJS.CellValue {
  if (v !== null && typeof v === 'object' && !(v instanceof Date))
    return { formula: v.formula, result: v.result };
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Fill presets

/** Clean plan rows: groups with diacritics, days and months inside 2026, budgets. */
export function cleanPlanRows(n: number, year = YEAR): Record<string, CellInput>[] {
  const groups = [
    'Chỉ đạo, ban hành văn bản',
    'Tập huấn, bồi dưỡng nghiệp vụ',
    'Tuyên truyền về ASEAN',
    'Khác',
  ];
  return Array.from({ length: n }, (_, i) => ({
    nhomNhiemVu: groups[i % groups.length],
    tenNhiemVu: `Nhiệm vụ thông tin đối ngoại số ${i + 1}`,
    noiDung: 'Tuyên truyền hình ảnh địa phương',
    hinhThuc: 'Hội nghị',
    chuTri: 'Sở Ngoại vụ',
    phoiHop: 'Sở Văn hóa, Thể thao và Du lịch',
    tuNgay: `${String((i % 11) + 1).padStart(2, '0')}/${year}`,
    denNgay: `${String((i % 11) + 2).padStart(2, '0')}/${year}`,
    kinhPhi: 10 + i,
    nguonKinhPhi: i % 2 ? 'NSNN tỉnh' : 'Xã hội hóa',
    ghiChu: null,
  }));
}

/** Clean report rows whose dates fall inside both the 6-month and the annual window of `year`. */
export function cleanReportRows(n: number, year = YEAR): Record<string, CellInput>[] {
  const groups = [
    'Chỉ đạo, ban hành văn bản',
    'Tập huấn, bồi dưỡng nghiệp vụ',
    'Cổng/trang thông tin điện tử và mạng xã hội',
    'Khác',
  ];
  const statuses = ['Hoàn thành', 'Đang thực hiện', 'Phát sinh ngoài kế hoạch'];
  return Array.from({ length: n }, (_, i) => ({
    nhomNhiemVu: groups[i % groups.length],
    tenHoatDong: `Hoạt động thông tin đối ngoại số ${i + 1}`,
    ketQua: `Đã đăng ${i + 3} tin, bài`,
    thoiGian: `${(i % 28) + 1}/${(i % 5) + 1}/${year}`,
    phoiHop: 'Báo và Phát thanh, Truyền hình Mẫu',
    kinhPhi: 5 + (i % 7),
    tinhTrang: statuses[i % statuses.length],
    ghiChu: null,
  }));
}

export function sumBudget(rows: Record<string, CellInput>[]): number {
  return rows.reduce((s, r) => s + (typeof r.kinhPhi === 'number' ? r.kinhPhi : 0), 0);
}

export const CLEAN_NARRATIVES: Record<string, string> = {
  TTDN_ChiDao: 'Ban hành kế hoạch thông tin đối ngoại năm; phối hợp với các sở, ngành.',
  TTDN_DanhGia: 'Ưu điểm: chủ động. Hạn chế: kinh phí còn ít. Nguyên nhân: khách quan.',
  TTDN_PhuongHuong: 'Tiếp tục quảng bá hình ảnh địa phương.',
  TTDN_KienNghi: 'Đề nghị bổ sung kinh phí.',
};

/** A form filled cleanly: header, rows, and for reports indicators and narratives consistent with each other. */
export async function cleanForm(kind: FormKind, rowCount = 5, unit = UNIT, year = YEAR): Promise<FormFiller> {
  const f = await FormFiller.generate(kind, unit, year);
  f.setNamed('TTDN_SoKyHieu', kind === 'ke-hoach-nam' ? 'Số: 12/KH-SNV' : 'Số: 34/BC-SNV');
  if (kind === 'ke-hoach-nam') {
    f.setRows(cleanPlanRows(rowCount, year));
  } else {
    const rows = cleanReportRows(rowCount, year);
    f.setRows(rows);
    f.setIndicators({ CT01: 2, CT02: 40, CT03: '1.234', CT10: 1, CT11: 35, CT17: sumBudget(rows) });
    f.setNarratives(CLEAN_NARRATIVES);
  }
  return f;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading back

export function readGrid(bytes: Uint8Array): WorkbookGrid {
  return readXlsxGrid(bytes);
}

export function validateGrid(
  grid: WorkbookGrid,
  o: { planCodes?: ReadonlySet<string>; registry?: Registry; calendar?: Calendar } = {},
): ParsedWorkbook {
  return parseWorkbook(grid, {
    registry: o.registry ?? REGISTRY,
    calendar: o.calendar ?? CALENDAR,
    planCodes: o.planCodes,
  });
}

export function validateBytes(
  bytes: Uint8Array,
  o: { planCodes?: ReadonlySet<string> } = {},
): ParsedWorkbook {
  return validateGrid(readGrid(bytes), o);
}

/** Compact view of findings for assertions. */
export function brief(p: {
  findings: readonly { code: string; severity: string; cell: string }[];
}): { code: string; severity: string; cell: string }[] {
  return p.findings.map((f) => ({ code: f.code, severity: f.severity, cell: f.cell }));
}

// ---------------------------------------------------------------------------------------------------------------
// ExcelJS → WorkbookGrid (independent of the CLI reader, so unit tests do not hinge on it)

function scalarOf(v: ExcelJS.CellValue): { value: GridScalar; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date)
    return { value: v };
  const o = v as unknown as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const r = scalarOf((o.result ?? null) as ExcelJS.CellValue);
    return { value: r.value, formula: String(o.formula ?? o.sharedFormula) };
  }
  if ('richText' in o) return { value: (o.richText as { text: string }[]).map((t) => t.text).join('') };
  if ('text' in o) return { value: String(o.text) };
  if ('error' in o) return { value: null };
  return { value: null };
}

export function excelJsGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const sheets = new Map<string, SheetGrid>();
  wb.eachSheet((ws) => {
    const cells = new Map<string, GridCell>();
    let rows = 0;
    let cols = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const s = scalarOf(cell.value);
        if (s.value === null && s.formula === undefined) return;
        const gc: GridCell = { value: s.value };
        if (s.formula !== undefined) gc.formula = s.formula;
        if (cell.numFmt) gc.numFmt = cell.numFmt;
        cells.set(`${r}:${c}`, gc);
        rows = Math.max(rows, r);
        cols = Math.max(cols, c);
      });
    });
    sheets.set(ws.name, {
      name: ws.name,
      state: ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible',
      rowCount: rows,
      columnCount: cols,
      cell: (r, c) => cells.get(`${r}:${c}`),
    });
  });
  const names: GridDefinedName[] = [];
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const ref = n.ranges[0];
    if (!ref) continue;
    const bang = ref.lastIndexOf('!');
    names.push({
      name: n.name,
      sheet: ref.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"),
      range: ref.slice(bang + 1),
    });
  }
  const order = [...sheets.keys()];
  return { sheetNames: order, sheet: (name) => sheets.get(name), definedNames: names };
}
