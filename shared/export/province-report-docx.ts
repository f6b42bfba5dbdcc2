import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { PROVINCE_REPORT_TEXTS as T } from '../messages/vi';
import type { GroupStat, ProvinceReportContent, ReportSection } from './province-report';
import { foldKey } from '../text/normalize';
import { percentText } from './province-report';
import { SUMMARY_SHEETS } from './summary-model';

const FOLDED = {
  done: foldKey('Hoàn thành'),
  inProgress: foldKey('Đang thực hiện'),
  notDone: foldKey('Chưa thực hiện'),
  unplanned: foldKey('Phát sinh ngoài kế hoạch'),
};

/**
 * The province report as a Word document in the form of Nghị định 30/2020/NĐ-CP (Phụ lục I):
 * A4, margins 20/20/30/15 mm, Times New Roman, 13 pt body and 12 pt tables, header blocks in a
 * borderless two-column table, page numbers top centre from page 2, the activity list as a
 * landscape appendix. Built with `docx` (no hand-written OOXML); pure, so browsers can call it too.
 */

const FONT = 'Times New Roman';
/** docx sizes are half-points. */
const pt = (n: number) => n * 2;
/** Millimetres to twentieths of a point. */
const mm = (n: number) => Math.round((n / 25.4) * 1440);
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const BODY_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_MARGIN = {
  top: mm(20),
  bottom: mm(15),
  left: mm(20),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
};
const LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

interface RunLook {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

function para(
  text: string,
  look: RunLook & {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: number;
    after?: number;
    before?: number;
    keepNext?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    alignment: look.align ?? AlignmentType.LEFT,
    indent: look.indent ? { firstLine: look.indent } : undefined,
    spacing: { after: look.after ?? 0, before: look.before ?? 0 },
    keepNext: look.keepNext,
    // A line break the unit typed inside its text stays a line break (a run's "\n" would not).
    children: text.split('\n').map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          font: FONT,
          size: pt(look.size ?? 13),
          bold: look.bold,
          italics: look.italics,
        }),
    ),
  });
}

/** A short centred rule under a header line: a bottom border between wide indents. */
function rule(cellWidth: number, ruleWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - ruleWidth) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after: 60 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', font: FONT, size: pt(4) })],
  });
}

/** A borderless one-row table whose row never splits across pages (header and closing blocks). */
function borderless(widths: number[], cells: Paragraph[][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (children, i) =>
            new TableCell({ width: { size: widths[i], type: WidthType.DXA }, borders: NO_BORDERS, children }),
        ),
      }),
    ],
  });
}

function headerBlocks(c: ProvinceReportContent): Table {
  // The national title must hold one line (≈ 95 mm at 12 pt bold); the issuer may wrap.
  const left = Math.round(BODY_WIDTH * 0.4);
  const right = BODY_WIDTH - left;
  const center = { align: AlignmentType.CENTER };
  return borderless(
    [left, right],
    [
      [
        para(c.parentBody.toUpperCase(), { ...center, size: 12 }),
        para(c.issuer.toUpperCase(), { ...center, size: 12, bold: true }),
        rule(left, left / 3),
        para(c.docNumber, { ...center, size: 13 }),
      ],
      [
        para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { ...center, size: 12, bold: true }),
        para('Độc lập - Tự do - Hạnh phúc', { ...center, size: 13, bold: true }),
        rule(right, mm(56)),
        para(c.dateLine, { ...center, size: 13, italics: true }),
      ],
    ],
  );
}

/** Chunks continued from the previous one ("(tiếp) …") are joined back: Word flows long paragraphs. */
function joinChunks(paragraphs: string[]): string[] {
  const out: string[] = [];
  const prefix = `${T.continued} `;
  for (const p of paragraphs) {
    if (p.startsWith(prefix) && out.length) out[out.length - 1] += ` ${p.slice(prefix.length)}`;
    else out.push(p);
  }
  return out;
}

/**
 * `keepLast`: the section's end stays on the page of what follows (the signature): its last
 * paragraph, or all of a short section (heading, intro and one line must not be parted).
 */
function section(s: ReportSection, keepLast = false): Paragraph[] {
  const paragraphs = joinChunks(s.paragraphs);
  const keepFrom = !keepLast ? Infinity : paragraphs.length <= 3 ? 0 : paragraphs.length - 1;
  return [
    para(s.heading, { bold: true, before: 120, after: 60, keepNext: true }),
    ...paragraphs.map((p, i) =>
      para(p, {
        align: AlignmentType.JUSTIFIED,
        indent: mm(10),
        after: 80,
        keepNext: i >= keepFrom,
      }),
    ),
  ];
}

interface Col {
  header: string;
  width: number;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

function cell(
  text: string,
  width: number,
  look: RunLook & { align?: Col['align']; header?: boolean },
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: look.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 30, bottom: 30, left: 70, right: 70 },
    children: [
      new Paragraph({
        alignment: look.align ?? (look.header ? AlignmentType.CENTER : AlignmentType.LEFT),
        children: [
          new TextRun({ text, font: FONT, size: pt(look.size ?? 12), bold: look.bold || look.header }),
        ],
      }),
    ],
  });
}

function grid(cols: Col[], rows: string[][], opts: { size?: number; boldLast?: boolean } = {}): Table {
  const total = cols.reduce((a, c) => a + c.width, 0);
  const size = opts.size ?? 12;
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: cols.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: {
      top: THIN,
      bottom: THIN,
      left: THIN,
      right: THIN,
      insideHorizontal: THIN,
      insideVertical: THIN,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: cols.map((c) => cell(c.header, c.width, { header: true, size })),
      }),
      ...rows.map(
        (r, i) =>
          new TableRow({
            cantSplit: true,
            children: r.map((v, j) =>
              cell(v, cols[j].width, {
                size,
                align: cols[j].align,
                bold: opts.boldLast && i === rows.length - 1,
              }),
            ),
          }),
      ),
    ],
  });
}

/** Vietnamese number style: dot for thousands, comma for decimals (no locale data needed). */
export function vnNumber(n: number): string {
  const [i, f] = String(Math.round(Math.abs(n) * 1000) / 1000).split('.');
  const int = `${n < 0 ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
  return f ? `${int},${f}` : int;
}

function groupTable(c: ProvinceReportContent): Table {
  const H = T.groupHeaders;
  const w = (share: number) => Math.round(BODY_WIDTH * share);
  const R = AlignmentType.RIGHT;
  const C = AlignmentType.CENTER;
  if (c.isPlan) {
    const cols: Col[] = [
      { header: H.stt, width: w(0.07), align: C },
      { header: H.group, width: w(0.47) },
      { header: H.countPlan, width: w(0.14), align: R },
      { header: H.units, width: w(0.14), align: R },
      { header: H.budget, width: BODY_WIDTH - w(0.07) - w(0.47) - 2 * w(0.14), align: R },
    ];
    const row = (g: GroupStat, stt: string) => [
      stt,
      g.group,
      vnNumber(g.activities),
      vnNumber(g.units),
      vnNumber(g.budget),
    ];
    return grid(cols, [...c.groups.map((g, i) => row(g, String(i + 1))), row(c.totals, '')], {
      boldLast: true,
    });
  }
  const narrow = w(0.08);
  const cols: Col[] = [
    { header: H.stt, width: w(0.07), align: C },
    { header: H.group, width: 0, align: undefined },
    { header: H.count, width: narrow, align: R },
    { header: H.done, width: narrow, align: R },
    { header: H.inProgress, width: narrow, align: R },
    { header: H.notDone, width: narrow, align: R },
    { header: H.unplanned, width: narrow, align: R },
    { header: H.budget, width: w(0.125), align: R },
    { header: H.percent, width: w(0.1), align: R },
  ];
  cols[1].width = BODY_WIDTH - cols.reduce((a, x) => a + x.width, 0);
  const row = (g: GroupStat, stt: string) => [
    stt,
    g.group,
    vnNumber(g.activities),
    vnNumber(g.done),
    vnNumber(g.inProgress),
    vnNumber(g.notDone),
    vnNumber(g.unplanned),
    vnNumber(g.budget),
    g.percentDone === null ? T.percentNone : percentText(g.percentDone),
  ];
  return grid(cols, [...c.groups.map((g, i) => row(g, String(i + 1))), row(c.totals, '')], {
    boldLast: true,
  });
}

function indicatorTable(c: ProvinceReportContent): Table {
  const H = T.indicatorHeaders;
  const w = (share: number) => Math.round(BODY_WIDTH * share);
  const cols: Col[] = [
    { header: H.code, width: w(0.09), align: AlignmentType.CENTER },
    { header: H.name, width: 0 },
    { header: H.unit, width: w(0.15), align: AlignmentType.CENTER },
    { header: H.total, width: w(0.16), align: AlignmentType.RIGHT },
  ];
  cols[1].width = BODY_WIDTH - cols.reduce((a, x) => a + x.width, 0);
  return grid(
    cols,
    c.indicators.map((i) => [i.code, i.name, i.unit, vnNumber(i.total)]),
  );
}

function closing(c: ProvinceReportContent): Table {
  const left = Math.round(BODY_WIDTH * 0.45);
  const right = BODY_WIDTH - left;
  const center = { align: AlignmentType.CENTER };
  const signer = [
    ...(c.signer.capacity ? [para(c.signer.capacity, { ...center, bold: true })] : []),
    para(c.signer.title, { ...center, bold: true }),
    para(T.signerNote, { ...center, italics: true }),
    ...Array.from({ length: 4 }, () => para('', center)),
    para(c.signer.name, { ...center, bold: true }),
  ];
  return borderless(
    [left, right],
    [
      [
        para(T.recipientsTitle, { size: 12, bold: true, italics: true }),
        ...c.recipients.map((r) => para(`- ${r}`, { size: 11 })),
      ],
      signer,
    ],
  );
}

/**
 * Relative widths of the appendix columns (normalised over the columns present). A plan's month
 * columns ("03/2026", ≈ 36 pt at 11 pt) and "STT" must hold on one line; the long texts take the rest.
 */
const APPENDIX_SHARES: Record<string, number> = {
  maNhiemVu: 0.09,
  nhomNhiemVu: 0.11,
  tenHoatDong: 0.16,
  tenNhiemVu: 0.14,
  ketQua: 0.15,
  noiDung: 0.12,
  thoiGian: 0.085,
  tuNgay: 0.08,
  denNgay: 0.08,
  phoiHop: 0.08,
  chuTri: 0.075,
  hinhThuc: 0.07,
  kinhPhi: 0.07,
  tinhTrang: 0.08,
  nguonKinhPhi: 0.065,
  ghiChu: 0.06,
};
const APPENDIX_STT_SHARE = 0.05;

/**
 * Above this many activities the appendix lists units instead of activities: `docx` needs ~5 ms and
 * ~0.2 MB of heap per table row (measured: 3,000 rows took 12–18 s and 660 MB; 40,000 ran out of
 * memory), and a thousand-page appendix is not something anyone signs.
 */
export const DOCX_APPENDIX_MAX_ROWS = 2_000;

function appendixByUnit(c: ProvinceReportContent): Table {
  const H = T.groupHeaders;
  const byUnit = new Map<string, GroupStat & { budget: number }>();
  for (const a of c.activities) {
    const s = byUnit.get(a.unit) ?? {
      group: a.unitName,
      activities: 0,
      units: 1,
      done: 0,
      inProgress: 0,
      notDone: 0,
      unplanned: 0,
      budget: 0,
      percentDone: null,
    };
    s.activities++;
    if (typeof a.values.kinhPhi === 'number')
      s.budget = Math.round((s.budget + a.values.kinhPhi) * 1000) / 1000;
    const st = foldKey(String(a.values.tinhTrang ?? ''));
    if (st === FOLDED.done) s.done++;
    else if (st === FOLDED.inProgress) s.inProgress++;
    else if (st === FOLDED.notDone) s.notDone++;
    else if (st === FOLDED.unplanned) s.unplanned++;
    byUnit.set(a.unit, s);
  }
  const w = (share: number) => Math.round(LANDSCAPE_WIDTH * share);
  const R = AlignmentType.RIGHT;
  const cols: Col[] = [
    { header: H.stt, width: w(0.06), align: AlignmentType.CENTER },
    { header: T.appendixUnit, width: w(0.36) },
    { header: c.isPlan ? H.countPlan : H.count, width: w(0.1), align: R },
    { header: H.done, width: w(0.1), align: R },
    { header: H.inProgress, width: w(0.1), align: R },
    { header: H.notDone, width: w(0.1), align: R },
    { header: H.unplanned, width: w(0.08), align: R },
    { header: H.budget, width: w(0.1), align: R },
  ];
  return grid(
    cols,
    [...byUnit.values()].map((s, i) => [
      String(i + 1),
      s.group,
      vnNumber(s.activities),
      vnNumber(s.done),
      vnNumber(s.inProgress),
      vnNumber(s.notDone),
      vnNumber(s.unplanned),
      vnNumber(s.budget),
    ]),
    { size: 11 },
  );
}

function appendixTable(c: ProvinceReportContent): Table {
  const shares = [APPENDIX_STT_SHARE, 0.1, ...c.columns.map((col) => APPENDIX_SHARES[col.key] ?? 0.08)];
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((LANDSCAPE_WIDTH * s) / sum));
  const cols: Col[] = [
    { header: T.groupHeaders.stt, width: widths[0], align: AlignmentType.CENTER },
    { header: T.appendixUnit, width: widths[1] },
    ...c.columns.map((col, i) => ({
      header: col.header,
      width: widths[i + 2],
      align: col.key === 'kinhPhi' ? AlignmentType.RIGHT : undefined,
    })),
  ];
  const text = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? vnNumber(v) : v);
  return grid(
    cols,
    c.activities.map((a, i) => [
      String(i + 1),
      a.unitName,
      ...c.columns.map((col) => text(a.values[col.key] ?? null)),
    ]),
    { size: 11 },
  );
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
      }),
    ],
  });
}

/** The province report as a `docx` Document. */
export function provinceReportDocument(c: ProvinceReportContent, generator: string): Document {
  const center = { align: AlignmentType.CENTER };
  const body = [
    headerBlocks(c),
    para(c.title, { ...center, size: 14, bold: true, before: 360, after: 60 }),
    ...(c.topic ? [para(c.topic, { ...center, size: 14, bold: true, after: 60 })] : []),
    para(c.subtitle, { ...center, italics: true, after: 240 }),
    ...c.before.flatMap((s) => section(s)),
    para(c.isPlan ? T.headings.nhiemVu : T.headings.ketQua, {
      bold: true,
      before: 120,
      after: 60,
      keepNext: true,
    }),
    ...c.taskIntro.map((p) => para(p, { align: AlignmentType.JUSTIFIED, indent: mm(10), after: 80 })),
    para(c.isPlan ? T.headings.nhomPlan : T.headings.nhom, { bold: true, after: 60, keepNext: true }),
    groupTable(c),
    ...(c.planSummary
      ? [para(c.planSummary, { align: AlignmentType.JUSTIFIED, indent: mm(10), before: 120 })]
      : []),
    ...(c.indicators.length
      ? [para(T.headings.chiTieu, { bold: true, before: 160, after: 60, keepNext: true }), indicatorTable(c)]
      : []),
    // The signature block never stands alone on a page: the last paragraph comes with it.
    ...c.after.flatMap((s, i) => section(s, i === c.after.length - 1)),
    para('', { after: 120, keepNext: true }),
    closing(c),
  ];
  const tooLong = c.activities.length > DOCX_APPENDIX_MAX_ROWS;
  const appendix = [
    para(T.appendixTitle(c.isPlan), { ...center, bold: true, size: 14 }),
    para(T.appendixOf(c.docNumber, c.isPlan), { ...center, italics: true, after: 160 }),
    ...(tooLong
      ? [
          para(T.appendixByUnit(c.activities.length, DOCX_APPENDIX_MAX_ROWS, SUMMARY_SHEETS.activities), {
            italics: true,
            size: 12,
            after: 120,
          }),
          appendixByUnit(c),
        ]
      : [appendixTable(c)]),
  ];
  return new Document({
    creator: generator,
    title: c.topic ? `${c.title} ${c.topic}` : c.title,
    styles: { default: { document: { run: { font: FONT, size: pt(13) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: body,
      },
      {
        properties: {
          page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN },
        },
        headers: { default: pageNumberHeader() },
        children: appendix,
      },
    ],
  });
}

/** The .docx bytes; `Packer.toArrayBuffer` works in Node and in browsers alike. */
export async function provinceReportDocx(c: ProvinceReportContent, generator: string): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(provinceReportDocument(c, generator)));
}
