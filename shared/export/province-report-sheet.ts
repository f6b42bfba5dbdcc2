import { absRef, cellRef, columnLetter } from '../grid/a1';
import { FONT_NAME, S } from '../layout/document-form';
import { SheetBuilder } from '../layout/sheet-builder';
import type { CellStyle, ModelValue, SheetModel, WorkbookModel } from '../layout/sheet-model';
import { PROVINCE_REPORT_TEXTS as T } from '../messages/vi';
import type { GroupStat, NarrativeKey, ReportSection, ProvinceReportContent } from './province-report';

/**
 * The province report laid out as a sheet (portrait A4, NĐ 30/2020 look) plus, for the standalone
 * export, a landscape appendix with every activity. Every part the officer edits is an input cell
 * (or a block of rows) under a workbook-scoped defined name; `readProvinceReportEdits` reads them back.
 */

/** Workbook-scoped names of the editable parts ("TH" = tổng hợp, distinct from the forms' names). */
export const REPORT_NAMES = {
  docNumber: 'TTDN_TH_So',
  dateLine: 'TTDN_TH_Ngay',
  chiDao: 'TTDN_TH_ChiDao',
  danhGia: 'TTDN_TH_DanhGia',
  phuongHuong: 'TTDN_TH_PhuongHuong',
  kienNghi: 'TTDN_TH_KienNghi',
  mucDich: 'TTDN_TH_MucDich',
  toChuc: 'TTDN_TH_ToChuc',
  recipients: 'TTDN_TH_NoiNhan',
  signerCapacity: 'TTDN_TH_KyThay',
  signerTitle: 'TTDN_TH_ChucVu',
  signerName: 'TTDN_TH_NguoiKy',
} as const satisfies Record<NarrativeKey, string> & Record<string, string>;

/**
 * Portrait A4 with 30/15 mm margins leaves 165 mm. A width unit is ~1.9 mm in Excel (Calibri) but
 * ~2.5 mm in LibreOffice where Calibri/Carlito is missing (DejaVu Sans stands in), so the columns
 * (≈ 65 units) fit at 100 % in both and tables print at their real 12 pt.
 */
const WIDTHS = [5, 17, 5.5, 5.5, 5.5, 5.5, 5.5, 9, 7];
const WIDTH = WIDTHS.length;
const MARGINS = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 };
/** Characters per printed line of a full-width 13 pt paragraph in Excel (~133 mm; LibreOffice fits ~79). */
const CHARS_PER_LINE = 62;
const LINE_PT = 17.5;
/** Printable height of a portrait A4 page with 20 mm top and bottom margins, less a little slack. */
const PAGE_PT = 715;
const DEFAULT_ROW_PT = 16;
/** Spare input rows after each edited section, for the officer's additions. */
const SPARE_ROWS = 1;
const SPARE_RECIPIENTS = 2;

/**
 * Input cells are unlocked but not filled: LibreOffice ignores "print in black and white", and the
 * report must print clean. The note beside the header and the user guide say which parts are read back.
 */
const input = { unlocked: true } satisfies CellStyle;
const L = {
  paragraph: { font: { size: 13 }, h: 'left', v: 'top', wrap: true, ...input },
  plain: { font: { size: 13 }, h: 'left', v: 'top', wrap: true },
  head: { ...S.tableHeader, font: { size: 12, bold: true } },
  cell: { font: { size: 12 }, v: 'top', wrap: true, border: 'all' },
  num: { font: { size: 12 }, h: 'right', v: 'top', border: 'all', numFmt: '#,##0' },
  money: { font: { size: 12 }, h: 'right', v: 'top', border: 'all', numFmt: '#,##0.###' },
  pct: { font: { size: 12 }, h: 'right', v: 'top', border: 'all', numFmt: '0.0%' },
  totalText: { font: { size: 12, bold: true }, h: 'center', v: 'top', border: 'all' },
  totalNum: { font: { size: 12, bold: true }, h: 'right', v: 'top', border: 'all', numFmt: '#,##0' },
  totalMoney: { font: { size: 12, bold: true }, h: 'right', v: 'top', border: 'all', numFmt: '#,##0.###' },
  totalPct: { font: { size: 12, bold: true }, h: 'right', v: 'top', border: 'all', numFmt: '0.0%' },
  unitName: { font: { size: 12, bold: true, underline: true }, h: 'center', v: 'top', wrap: true },
  motto: { font: { size: 13, bold: true, underline: true }, h: 'center', v: 'top' },
  docNumber: { font: { size: 13 }, h: 'center', v: 'middle', ...input },
  dateLine: { font: { size: 13, italic: true }, h: 'center', v: 'middle', ...input },
  recipient: { font: { size: 11 }, h: 'left', v: 'top', wrap: true, ...input },
  signer: { font: { size: 13, bold: true }, h: 'center', v: 'top', wrap: true, ...input },
  note: { font: { size: 11, italic: true, color: '595959' }, h: 'left', v: 'top', wrap: true },
} satisfies Record<string, CellStyle>;

export interface ReportSheets {
  sheets: SheetModel[];
  definedNames: WorkbookModel['definedNames'];
}

function rowHeight(text: string, charsPerLine = CHARS_PER_LINE, linePt = LINE_PT): number {
  const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / charsPerLine)), 0);
  return Math.min(409, Math.max(20, Math.ceil(lines * linePt + 3)));
}

/** The report sheet (and the appendix when `appendixSheet` is given), with their defined names. */
export function provinceReportSheets(
  c: ProvinceReportContent,
  sheetName: string,
  appendixSheet?: string,
): ReportSheets {
  const b = new SheetBuilder(sheetName, WIDTHS);
  /** Rows that must start on the same page as the rows after them (a heading and what it heads). */
  const keep = new Map<number, number>();
  const names: WorkbookModel['definedNames'] = [];
  const name = (n: string, range: string) => names.push({ name: n, sheet: sheetName, range });

  // Header blocks: governing body and issuer on the left, national title and motto on the right.
  b.block(1, 1, 3, c.parentBody.toUpperCase(), { ...S.headerLeft, font: { size: 12 } });
  // The national title may wrap where columns are narrow (Excel's unit is smaller): room for two lines.
  b.block(1, 4, WIDTH, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { ...S.nation, wrap: true, v: 'top' });
  b.block(2, 1, 3, c.issuer.toUpperCase(), L.unitName);
  b.block(2, 4, WIDTH, 'Độc lập - Tự do - Hạnh phúc', L.motto);
  b.height(1, 32);
  b.height(2, rowHeight(c.issuer, 24, 16));
  b.height(3, 8);
  b.block(4, 1, 3, c.docNumber, L.docNumber);
  b.block(4, 4, WIDTH, c.dateLine, L.dateLine);
  b.textRanges.push('A4', 'D4');
  b.height(4, 22);
  name(REPORT_NAMES.docNumber, absRef(4, 1));
  name(REPORT_NAMES.dateLine, absRef(4, 4));
  // Outside the print area: a note on screen only.
  b.set(4, WIDTH + 2, T.hints.edit);
  b.style(cellRef(4, WIDTH + 2), L.note);

  let row = 6;
  b.block(row, 1, WIDTH, c.title, S.title);
  b.height(row, rowHeight(c.title, 55, 20));
  row++;
  if (c.topic) {
    b.block(row, 1, WIDTH, c.topic, S.title);
    b.height(row, rowHeight(c.topic, 55, 20));
    row++;
  }
  b.block(row, 1, WIDTH, c.subtitle, S.subtitle);
  b.height(row, rowHeight(c.subtitle, 60, 18));
  row += 2;

  const sections = (list: ReportSection[]) => {
    for (const s of list) {
      b.block(row, 1, WIDTH, s.heading, S.heading);
      b.height(row, 22);
      keep.set(row, row + 1);
      row++;
      const top = row;
      const spare = s.paragraphs.length ? SPARE_ROWS : 3;
      for (const p of [...s.paragraphs, ...Array<string>(spare).fill('')]) {
        b.block(row, 1, WIDTH, p || null, L.paragraph);
        b.height(row, p ? rowHeight(p) : 20);
        row++;
      }
      b.textRanges.push(`A${top}:A${row - 1}`);
      name(REPORT_NAMES[s.key], `${absRef(top, 1)}:${absRef(row - 1, 1)}`);
      row++;
    }
  };

  sections(c.before);
  b.block(row, 1, WIDTH, c.isPlan ? T.headings.nhiemVu : T.headings.ketQua, S.heading);
  b.height(row, 22);
  keep.set(row, row + 3);
  row++;
  if (c.taskIntro.length) {
    // Heading II stays with the first intro paragraph; the table's heading with its first rows.
    keep.set(row - 1, row);
    for (const p of c.taskIntro) {
      b.block(row, 1, WIDTH, p, L.plain);
      b.height(row, rowHeight(p));
      row++;
    }
    keep.set(row, row + 3);
  }
  row = groupTable(b, row, c);
  if (c.planSummary) {
    b.block(row, 1, WIDTH, c.planSummary, L.plain);
    b.height(row, rowHeight(c.planSummary));
    row += 2;
  }
  if (c.indicators.length) {
    keep.set(row, row + 2);
    row = indicatorTable(b, row, c);
  }
  sections(c.after);

  // Closing blocks: "Nơi nhận" on the left (editable rows), the signature on the right.
  const close = row;
  b.block(close, 1, 3, T.recipientsTitle, S.recipientsTitle);
  const recipients = [...c.recipients.map((r) => `- ${r}`), ...Array<string>(SPARE_RECIPIENTS).fill('')];
  // Recipients wrap within A:C (≈ 28 characters a line at 11 pt): each row as tall as its text.
  const heights = new Map<number, number>();
  recipients.forEach((r, i) => {
    b.block(close + 1 + i, 1, 3, r || null, L.recipient);
    heights.set(close + 1 + i, rowHeight(r, 28, 14));
  });
  b.textRanges.push(`A${close + 1}:A${close + recipients.length}`);
  name(REPORT_NAMES.recipients, `${absRef(close + 1, 1)}:${absRef(close + recipients.length, 1)}`);
  b.block(close, 5, WIDTH, c.signer.capacity || null, L.signer);
  b.block(close + 1, 5, WIDTH, c.signer.title, L.signer);
  b.block(close + 2, 5, WIDTH, T.signerNote, S.signerNote);
  b.block(close + 6, 5, WIDTH, c.signer.name, L.signer);
  b.textRanges.push(`E${close}:E${close + 1}`, `E${close + 6}`);
  name(REPORT_NAMES.signerCapacity, absRef(close, 5));
  name(REPORT_NAMES.signerTitle, absRef(close + 1, 5));
  name(REPORT_NAMES.signerName, absRef(close + 6, 5));
  const last = Math.max(close + 6, close + recipients.length);
  for (let r = close; r <= last; r++) b.height(r, Math.max(18, heights.get(r) ?? 0));
  keep.set(close, last);

  const sheet = b.build({
    state: 'visible',
    pageNumbersTop: true,
    rowBreaks: pageBreaks(b.rowHeights, last, keep),
    print: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: true,
      margins: MARGINS,
      printArea: `A1:${columnLetter(WIDTH)}${last}`,
      blackAndWhite: true,
    },
  });
  const sheets = [sheet];
  if (appendixSheet) sheets.push(appendix(c, appendixSheet));
  return { sheets, definedNames: names };
}

/**
 * Where to start new pages so that no heading (nor the closing blocks) is left alone at a page
 * bottom: rows are laid out at their set heights (the sheet prints at 100 %), and a kept block
 * that would cross a page boundary moves to the next page.
 */
export function pageBreaks(
  heights: { row: number; height: number }[],
  last: number,
  keep: Map<number, number>,
): number[] {
  const h = new Map(heights.map((x) => [x.row, x.height]));
  const height = (r: number) => h.get(r) ?? DEFAULT_ROW_PT;
  const breaks: number[] = [];
  let used = 0;
  for (let r = 1; r <= last; r++) {
    const end = keep.get(r);
    if (end !== undefined && used > 0) {
      let block = 0;
      for (let k = r; k <= end; k++) block += height(k);
      if (used + Math.min(block, PAGE_PT) > PAGE_PT) {
        breaks.push(r - 1);
        used = 0;
      }
    }
    if (used + height(r) > PAGE_PT) used = 0;
    used += height(r);
  }
  return breaks;
}

function groupTable(b: SheetBuilder, row: number, c: ProvinceReportContent): number {
  const H = T.groupHeaders;
  b.block(row, 1, WIDTH, c.isPlan ? T.headings.nhomPlan : T.headings.nhom, S.heading);
  b.height(row, 22);
  row++;
  const head = row;
  // Report: STT | group | count | 4 statuses | budget | % done. Plan: STT | group | tasks | units | budget.
  const cols: {
    from: number;
    to: number;
    header: string;
    value: (g: GroupStat) => ModelValue;
    look: 'num' | 'money' | 'pct' | 'text';
  }[] = c.isPlan
    ? [
        { from: 3, to: 4, header: H.countPlan, value: (g) => g.activities, look: 'num' },
        { from: 5, to: 6, header: H.units, value: (g) => g.units, look: 'num' },
        { from: 7, to: 9, header: H.budget, value: (g) => g.budget, look: 'money' },
      ]
    : [
        { from: 3, to: 3, header: H.count, value: (g) => g.activities, look: 'num' },
        { from: 4, to: 4, header: H.done, value: (g) => g.done, look: 'num' },
        { from: 5, to: 5, header: H.inProgress, value: (g) => g.inProgress, look: 'num' },
        { from: 6, to: 6, header: H.notDone, value: (g) => g.notDone, look: 'num' },
        { from: 7, to: 7, header: H.unplanned, value: (g) => g.unplanned, look: 'num' },
        { from: 8, to: 8, header: H.budget, value: (g) => g.budget, look: 'money' },
        {
          from: 9,
          to: 9,
          header: H.percent,
          value: (g) => (g.percentDone === null ? T.percentNone : g.percentDone),
          look: 'pct',
        },
      ];
  b.block(head, 1, 1, H.stt, L.head);
  b.block(head, 2, 2, H.group, L.head);
  for (const col of cols) b.block(head, col.from, col.to, col.header, L.head);
  b.height(head, 50);
  row++;
  const write = (g: GroupStat, label: ModelValue, total: boolean) => {
    b.block(row, 1, 1, total ? null : label, total ? L.totalText : { ...L.cell, h: 'center' });
    b.block(row, 2, 2, total ? g.group : g.group, total ? L.totalText : L.cell);
    for (const col of cols) {
      const v = col.value(g);
      const look =
        typeof v === 'string'
          ? total
            ? L.totalText
            : { ...L.cell, h: 'center' as const }
          : total
            ? { num: L.totalNum, money: L.totalMoney, pct: L.totalPct, text: L.totalText }[col.look]
            : { num: L.num, money: L.money, pct: L.pct, text: L.cell }[col.look];
      b.block(row, col.from, col.to, v, look);
    }
    b.height(row, rowHeight(g.group, 22, 16));
    row++;
  };
  c.groups.forEach((g, i) => write(g, i + 1, false));
  write(c.totals, null, true);
  return row + 1;
}

function indicatorTable(b: SheetBuilder, row: number, c: ProvinceReportContent): number {
  const H = T.indicatorHeaders;
  b.block(row, 1, WIDTH, T.headings.chiTieu, S.heading);
  b.height(row, 22);
  row++;
  b.block(row, 1, 1, H.code, L.head);
  b.block(row, 2, 5, H.name, L.head);
  b.block(row, 6, 7, H.unit, L.head);
  b.block(row, 8, 9, H.total, L.head);
  b.height(row, 34);
  row++;
  for (const i of c.indicators) {
    b.block(row, 1, 1, i.code, { ...L.cell, h: 'center' });
    b.block(row, 2, 5, i.name, L.cell);
    b.block(row, 6, 7, i.unit, { ...L.cell, h: 'center' });
    b.block(row, 8, 9, i.total, Number.isInteger(i.total) ? L.num : L.money);
    b.height(row, Math.max(rowHeight(i.name, 32, 16), rowHeight(i.unit, 12, 16)));
    row++;
  }
  return row + 1;
}

/** Landscape list of every activity, header repeated on each printed page. */
/** Landscape A4 leaves ~267 mm: ≈ 107 units at LibreOffice's wider unit (see WIDTHS). */
const APPENDIX_WIDTHS: Record<string, number> = {
  maNhiemVu: 10,
  nhomNhiemVu: 11,
  tenHoatDong: 17,
  tenNhiemVu: 17,
  ketQua: 17,
  noiDung: 17,
  thoiGian: 8,
  tuNgay: 8,
  denNgay: 8,
  phoiHop: 8,
  chuTri: 8,
  hinhThuc: 8,
  kinhPhi: 7,
  tinhTrang: 8,
  nguonKinhPhi: 8,
  ghiChu: 5,
};

function appendix(c: ProvinceReportContent, sheetName: string): SheetModel {
  const widths = [4, 12, ...c.columns.map((col) => APPENDIX_WIDTHS[col.key] ?? 8)];
  const width = widths.length;
  const b = new SheetBuilder(sheetName, widths);
  b.block(1, 1, width, T.appendixTitle(c.isPlan), S.title);
  b.height(1, 22);
  b.block(2, 1, width, T.appendixOf(c.docNumber, c.isPlan), S.subtitle);
  b.height(2, 20);
  const head = 4;
  const headers = [T.groupHeaders.stt, T.appendixUnit, ...c.columns.map((col) => col.header)];
  headers.forEach((h, i) => b.block(head, i + 1, i + 1, h, { ...L.head, font: { size: 11, bold: true } }));
  b.height(head, 44);
  const body = { font: { size: 11 }, v: 'top', wrap: true, border: 'all' } satisfies CellStyle;
  c.activities.forEach((a, i) => {
    const r = head + 1 + i;
    b.set(r, 1, i + 1);
    b.set(r, 2, a.unitName);
    c.columns.forEach((col, j) => b.set(r, j + 3, a.values[col.key] ?? null));
    // Tallest wrapped cell decides the row: characters per line ≈ column width × 1.1 at 11 pt.
    const lines = Math.max(
      1,
      ...[a.unitName, ...c.columns.map((col) => String(a.values[col.key] ?? ''))].map((t, j) =>
        Math.ceil(t.length / Math.max(1, (widths[j + 1] ?? 8) * 0.95)),
      ),
    );
    b.height(r, Math.min(409, lines * 14 + 3));
  });
  const last = head + Math.max(c.activities.length, 1);
  b.style(`A${head + 1}:${columnLetter(width)}${last}`, body);
  const money = c.columns.findIndex((col) => col.key === 'kinhPhi');
  if (money >= 0)
    b.style(`${columnLetter(money + 3)}${head + 1}:${columnLetter(money + 3)}${last}`, {
      ...body,
      h: 'right',
      numFmt: '#,##0.###',
    });
  b.textRanges.push(`B${head + 1}:B${last}`);
  return b.build({
    state: 'visible',
    pageNumbersTop: true,
    freeze: { rows: head, cols: 0 },
    autoFilter: `A${head}:${columnLetter(width)}${last}`,
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      margins: { top: 15, bottom: 15, left: 15, right: 10, header: 8, footer: 8 },
      titleRows: [head, head],
      blackAndWhite: true,
    },
  });
}

/** The standalone province report workbook (`ttdn export --format xlsx`). */
export function provinceReportWorkbook(c: ProvinceReportContent, generator: string): WorkbookModel {
  const { sheets, definedNames } = provinceReportSheets(c, T.sheetReport, T.sheetAppendix);
  return {
    sheets,
    definedNames,
    defaultFont: { name: FONT_NAME, size: 11 },
    title: c.topic ? `${c.title} ${c.topic}` : c.title,
    creator: generator,
  };
}
