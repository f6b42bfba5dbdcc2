import { dateToExcelSerial, formatDmy } from '../calendar/plain-date';
import type { ConsolidationResult } from '../consolidate/types';
import type { Registry } from '../domain/types';
import { columnLetter } from '../grid/a1';
import { FONT_NAME, S } from '../layout/document-form';
import { SheetBuilder } from '../layout/sheet-builder';
import type { ModelValue, SheetModel, WorkbookModel } from '../layout/sheet-model';
import {
  CONSOLIDATION_MESSAGES,
  KIND_LABELS,
  SEVERITY_LABELS,
  SUBMISSION_STATE_LABELS,
} from '../messages/vi';
import { REGISTRY_CSV_HEADER } from '../presets/registry-file';
import type { ExportDocument } from './export-document';
import type { ProvinceReportEdits } from './province-report';
import { buildProvinceReportContent } from './province-report';
import { provinceReportSheets, provinceReportWorkbook } from './province-report-sheet';

/** Sheet names of the summary workbook (SPEC §6), in order. Excel allows 31 characters, no []:*?/\. */
export const SUMMARY_SHEETS = {
  indicators: 'Tổng hợp chỉ tiêu',
  activities: 'Danh sách hoạt động',
  completeness: 'Tình hình nộp',
  findings: 'Kiểm tra lỗi',
  plan: 'Kế hoạch - kết quả',
  lineage: 'Nguồn dữ liệu',
  report: 'Báo cáo tỉnh',
  registry: 'Đơn vị',
  data: '_ttdn_tonghop',
} as const;

/** Names used by summaries written before the sheets had diacritics; still read by `export`/`--registry`. */
export const LEGACY_SUMMARY_SHEETS: Partial<Record<keyof typeof SUMMARY_SHEETS, string>> = {
  report: 'Bao cao tinh',
  registry: 'Don vi',
};

/** A summary sheet by its current name, else by its name in older summaries. */
export function summarySheetNames(key: keyof typeof SUMMARY_SHEETS): string[] {
  const old = LEGACY_SUMMARY_SHEETS[key];
  return old ? [SUMMARY_SHEETS[key], old] : [SUMMARY_SHEETS[key]];
}

/** Excel's limit per cell is 32,767 characters; the JSON is split below it. */
const CHUNK = 30_000;

interface Column {
  header: string;
  width: number;
  text?: boolean;
  numFmt?: string;
  /** Long text (names, reasons): wrapped so nothing is cut on screen or paper. */
  wrap?: boolean;
}

/** Above this many rows, list cells keep the default look (a style per cell would cost too much). */
const WRAP_MAX_ROWS = 5_000;

/** A plain titled table: one header row, then data; frozen header, filters, printed fit to width. */
function tableSheet(
  name: string,
  title: string,
  columns: Column[],
  rows: ModelValue[][],
  note?: string,
  opts: { freezeCols?: number; pagesWide?: number; titleColumns?: [string, string] } = {},
): SheetModel {
  const b = new SheetBuilder(
    name,
    columns.map((c) => c.width),
  );
  const width = columns.length;
  b.block(1, 1, width, title, { ...S.title, h: 'left' });
  b.height(1, 36);
  if (note) b.block(2, 1, width, note, S.hint);
  const head = 3;
  columns.forEach((c, i) => b.block(head, i + 1, i + 1, c.header, S.tableHeader));
  b.height(head, 36);
  rows.forEach((r, i) => b.setRow(head + 1 + i, r));
  const last = head + Math.max(rows.length, 1);
  // Data cells keep the default look: a per-cell style on tens of thousands of rows would cost more
  // than reading every submission. Submitted strings are stored as strings, so they stay inert text.
  if (rows.length) {
    const wrap = rows.length <= WRAP_MAX_ROWS;
    columns.forEach((c, i) => {
      const range = `${columnLetter(i + 1)}${head + 1}:${columnLetter(i + 1)}${last}`;
      if (c.numFmt) b.style(range, { numFmt: c.numFmt, v: 'top' });
      else if (c.wrap && wrap) b.style(range, { wrap: true, v: 'top' });
    });
    // Rows tall enough for their wrapped text: LibreOffice does not grow rows when it opens a file.
    // About one character per width unit at the default 11 pt; 15 pt per line.
    if (wrap)
      rows.forEach((r, i) => {
        let lines = 1;
        columns.forEach((c, j) => {
          const v = r[j];
          if (c.wrap && typeof v === 'string') lines = Math.max(lines, Math.ceil(v.length / c.width));
        });
        if (lines > 1) b.height(head + 1 + i, Math.min(409, lines * 15));
      });
  }
  return b.build({
    state: 'visible',
    plainData: true,
    freeze: { rows: head, cols: opts.freezeCols ?? 0 },
    autoFilter: `A${head}:${columnLetter(width)}${last}`,
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      pagesWide: opts.pagesWide,
      titleColumns: opts.titleColumns,
      margins: { top: 15, bottom: 15, left: 15, right: 10, header: 8, footer: 8 },
      titleRows: [head, head],
    },
  });
}

const NUM = '#,##0.###';
const DATE = 'dd/mm/yyyy';
const DATE_TIME = 'dd/mm/yyyy hh:mm';
const PERCENT = '0.0%';
/** Vietnam's offset: an import time is shown as the officer's clock showed it. */
const VN_OFFSET_DAYS = 7 / 24;
/** Unit columns of the indicator matrix that fit one landscape page beside the repeated names. */
const UNITS_PER_PAGE = 10;

function dateCell(d: string | null | undefined): ModelValue {
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? dateToExcelSerial(d.slice(0, 10)) : null;
}

/** An ISO timestamp as an Excel date-time serial in Vietnam time (text left as is if unparsable). */
function dateTimeCell(iso: string | null | undefined): ModelValue {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return Math.round((ms / 86_400_000 + 25_569 + VN_OFFSET_DAYS) * 86_400) / 86_400;
}

export function buildSummaryModel(
  r: ConsolidationResult,
  doc: ExportDocument,
  registry: Registry,
  generator: string,
): WorkbookModel {
  const period = `${KIND_LABELS[r.kind]} ${r.year} (số liệu ${formatDmy(r.period.from)} – ${formatDmy(r.period.to)}; hạn nộp ${formatDmy(r.period.deadline)}; tính đến ${formatDmy(r.asOf)})`;
  const sheets: SheetModel[] = [];
  const names = new Map(registry.units.map((u) => [u.code, u.name]));
  const unitName = (code: string | null) => (code ? (names.get(code) ?? null) : null);

  // 1. Indicators × units, with the province total.
  const units = registry.units.filter((u) => r.completeness.some((c) => c.unit === u.code && c.submitted));
  const indRows: ModelValue[][] = doc.indicators.map((i) => [
    i.code,
    i.name,
    i.unit,
    i.total,
    ...units.map((u) => r.indicators[i.code]?.[u.code]?.value ?? null),
  ]);
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.indicators,
      `TỔNG HỢP CHỈ TIÊU — ${period}`,
      [
        { header: 'Mã', width: 6, text: true },
        { header: 'Chỉ tiêu', width: 36, text: true, wrap: true },
        { header: 'Đơn vị tính', width: 10, text: true },
        { header: 'Tổng toàn tỉnh', width: 12, numFmt: NUM },
        ...units.map((u) => ({ header: u.name, width: 11, numFmt: NUM })),
      ],
      indRows,
      r.kind === 'ke-hoach-nam'
        ? 'Kế hoạch năm không có biểu số liệu; xem danh sách nhiệm vụ.'
        : `Mỗi ô đơn vị truy được về tệp và ô gốc ở trang "${SUMMARY_SHEETS.lineage}".`,
      {
        freezeCols: 4,
        // Names and totals repeat on every page across; about ten units per landscape page.
        pagesWide: Math.max(1, Math.ceil(units.length / UNITS_PER_PAGE)),
        titleColumns: ['A', 'D'],
      },
    ),
  );

  // 2. Every activity, grouped by activity group.
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.activities,
      `DANH SÁCH ${r.kind === 'ke-hoach-nam' ? 'NHIỆM VỤ' : 'HOẠT ĐỘNG'} — ${period}`,
      [
        { header: 'STT', width: 6 },
        { header: 'Đơn vị', width: 24, text: true, wrap: true },
        ...doc.columns.map((c) => ({
          header: c.header,
          width: c.key.startsWith('ten') || c.key === 'ketQua' || c.key === 'noiDung' ? 32 : 16,
          text: c.key !== 'kinhPhi',
          numFmt: c.key === 'kinhPhi' ? NUM : undefined,
          wrap: c.key !== 'kinhPhi',
        })),
        { header: 'Tệp nguồn', width: 22, text: true, wrap: true },
        { header: 'Ô nguồn', width: 14, text: true },
      ],
      doc.activities.map((a, i) => [
        i + 1,
        a.unitName,
        ...doc.columns.map((c) => a.values[c.key] ?? null),
        a.file,
        a.cell,
      ]),
    ),
  );

  // 3. Completeness for every registry unit.
  // Before the deadline a unit that has not sent anything is not yet late.
  const due = doc.asOf > doc.period.deadline;
  const statusText = (c: ExportDocument['completeness'][number]) =>
    // A file came but does not count (rejected, unreadable, blank template): say which and why.
    c.state && c.state !== 'accepted' && c.state !== 'missing'
      ? stateText(SUBMISSION_STATE_LABELS[c.state], c.reason)
      : c.status === 'missing'
        ? due
          ? CONSOLIDATION_MESSAGES.missing
          : CONSOLIDATION_MESSAGES.notYetDue
        : c.status === 'late'
          ? CONSOLIDATION_MESSAGES.late(c.lateDays)
          : CONSOLIDATION_MESSAGES.onTime;
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.completeness,
      `TÌNH HÌNH NỘP — ${period}`,
      [
        { header: 'Mã đơn vị', width: 22, text: true },
        { header: 'Đơn vị', width: 30, text: true, wrap: true },
        { header: 'Đã nộp', width: 8, text: true },
        { header: 'Tình trạng', width: 14, text: true },
        { header: 'Số ngày muộn', width: 8 },
        { header: 'Tệp', width: 24, text: true, wrap: true },
        { header: 'Trạng thái tệp', width: 14, text: true },
        { header: 'Lý do', width: 30, text: true, wrap: true },
        { header: 'Ngày nhận', width: 11, numFmt: DATE },
        { header: 'Ngày văn bản', width: 11, numFmt: DATE },
        { header: 'Lỗi', width: 6 },
        { header: 'Cảnh báo', width: 8 },
        { header: 'Lần nộp', width: 7 },
      ],
      doc.completeness.map((c) => {
        // The record of the file counted for the unit (its status and reason, read defensively:
        // newer consolidators add states such as "empty").
        const rec = c.file ? doc.submissions.find((x) => x.file === c.file) : undefined;
        return [
          c.unit,
          c.unitName,
          c.status === 'missing' || (c.state && c.state !== 'accepted') ? 'Chưa' : 'Có',
          statusText(c),
          c.lateDays || null,
          c.file,
          rec ? (CONSOLIDATION_MESSAGES.statusLabels[rec.status] ?? rec.status) : null,
          rec?.reason ?? null,
          dateCell(c.received),
          dateCell(c.reportDate),
          c.errors,
          c.warnings,
          c.version || null,
        ];
      }),
    ),
  );

  // 4. Every finding with its file and cell.
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.findings,
      `KIỂM TRA LỖI — ${period}`,
      [
        { header: 'Mã đơn vị', width: 21, text: true },
        { header: 'Đơn vị', width: 24, text: true, wrap: true },
        { header: 'Tệp', width: 22, text: true, wrap: true },
        { header: 'Trang', width: 12, text: true },
        { header: 'Ô', width: 8, text: true },
        { header: 'Mức', width: 10, text: true },
        { header: 'Mã lỗi', width: 18, text: true },
        { header: 'Nội dung', width: 50, text: true, wrap: true },
        { header: 'Giá trị', width: 20, text: true },
      ],
      [
        ...r.submissions
          .filter((s) => s.status === 'unreadable')
          .map(
            (s) =>
              [
                s.unit,
                unitName(s.unit),
                s.file,
                null,
                null,
                SEVERITY_LABELS.error,
                'UNREADABLE',
                s.reason,
                null,
              ] as ModelValue[],
          ),
        ...r.findings.map((f) => [
          f.unit,
          unitName(f.unit),
          f.file,
          f.sheet,
          f.cell,
          SEVERITY_LABELS[f.severity],
          f.code,
          f.message,
          f.value === null ? null : String(f.value),
        ]),
      ],
    ),
  );

  // 5. Plan vs result.
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.plan,
      `KẾ HOẠCH – KẾT QUẢ — ${period}`,
      [
        { header: 'Mã đơn vị', width: 22, text: true },
        { header: 'Đơn vị', width: 32, text: true, wrap: true },
        { header: 'Nhiệm vụ kế hoạch', width: 12 },
        { header: 'Hoàn thành', width: 11 },
        { header: 'Đang thực hiện', width: 11 },
        { header: 'Chưa thực hiện', width: 11 },
        { header: 'Chưa báo cáo', width: 11 },
        { header: 'Phát sinh ngoài kế hoạch', width: 13 },
        { header: '% hoàn thành', width: 11, numFmt: PERCENT },
      ],
      r.planProgress.map((p) => [
        p.unit,
        p.unitName,
        p.planned,
        p.done,
        p.inProgress,
        p.notDone,
        p.notReported,
        p.unplanned,
        p.percentDone === null ? null : p.percentDone / 100,
      ]),
      r.planProgress.length
        ? undefined
        : 'Không có kế hoạch năm nào được cung cấp (dùng --plans hoặc chọn tệp kế hoạch).',
    ),
  );

  // 6. Lineage: files, then every indicator value down to its cell.
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.lineage,
      `NGUỒN DỮ LIỆU — ${period}`,
      [
        { header: 'Tệp', width: 24, text: true, wrap: true },
        { header: 'SHA-256', width: 20, text: true },
        { header: 'Biểu mẫu', width: 10, text: true },
        { header: 'Phiên bản', width: 8, text: true },
        { header: 'Mã đơn vị', width: 21, text: true },
        { header: 'Đơn vị', width: 22, text: true, wrap: true },
        { header: 'Trạng thái', width: 12, text: true },
        { header: 'Lý do', width: 30, text: true, wrap: true },
        { header: 'Thời điểm nhập (giờ Việt Nam)', width: 15, numFmt: DATE_TIME },
        { header: 'Mã chỉ tiêu', width: 8, text: true },
        { header: 'Chỉ tiêu', width: 26, text: true, wrap: true },
        { header: 'Giá trị', width: 10, numFmt: NUM },
        { header: 'Ô nguồn', width: 14, text: true },
      ],
      [
        ...r.submissions.map((s) => [
          s.file,
          s.sha256,
          s.template?.id ?? null,
          s.template?.version ?? null,
          s.unit,
          unitName(s.unit),
          CONSOLIDATION_MESSAGES.statusLabels[s.status] ?? s.status,
          s.reason,
          dateTimeCell(s.importedAt),
          null,
          null,
          null,
          null,
        ]),
        ...doc.indicators.flatMap((i) =>
          i.values.map(
            (v) =>
              [
                v.file,
                null,
                null,
                null,
                v.unit,
                unitName(v.unit),
                null,
                null,
                null,
                i.code,
                i.name,
                v.value,
                v.cell,
              ] as ModelValue[],
          ),
        ),
      ],
    ),
  );

  // The registry in use, editable and reusable as `--registry summary.xlsx` (SPEC §3.1).
  sheets.push(registrySheet(registry));

  // 7. The province's own report, totals and compiled texts pre-filled, edited in place.
  const report = provinceReportSheets(buildProvinceReportContent(doc, registry), SUMMARY_SHEETS.report);
  sheets.push(...report.sheets);

  // Hidden data sheet: the export document, so `ttdn export` is exact and self-contained.
  const json = JSON.stringify(doc);
  const data = new SheetBuilder(SUMMARY_SHEETS.data, [20]);
  for (let i = 0, row = 1; i < json.length; i += CHUNK, row++) data.set(row, 1, json.slice(i, i + CHUNK));
  data.textRanges.push(`A1:A${Math.max(1, Math.ceil(json.length / CHUNK))}`);
  sheets.push(data.build({ state: 'hidden' }));

  return {
    sheets,
    definedNames: report.definedNames,
    defaultFont: { name: FONT_NAME, size: 11 },
    title: `Tổng hợp ${KIND_LABELS[r.kind]} ${r.year}`,
    creator: generator,
  };
}

/** The registry as an editable table whose first row is the registry CSV header. */
function registrySheet(registry: Registry): SheetModel {
  const b = new SheetBuilder(SUMMARY_SHEETS.registry, [22, 40, 12, 16, 18, 26, 8]);
  REGISTRY_CSV_HEADER.forEach((h, i) => b.block(1, i + 1, i + 1, h, S.tableHeader));
  registry.units.forEach((u, i) =>
    [
      u.code,
      u.name,
      u.abbr ?? null,
      u.kind,
      u.parent ?? null,
      u.email ?? null,
      u.active ? 'true' : 'false',
    ].forEach((v, j) => b.set(i + 2, j + 1, v)),
  );
  b.textRanges.push(`A2:G${registry.units.length + 1}`);
  return b.build({
    state: 'visible',
    plainData: true,
    freeze: { rows: 1, cols: 0 },
    autoFilter: `A1:G${registry.units.length + 1}`,
  });
}

/**
 * The province's report as a standalone workbook (report sheet + activity appendix), with the
 * officer's edits from the summary applied. Kept under its old name for the add-ins.
 */
export function provinceReport(
  doc: ExportDocument,
  registry: Registry,
  generator: string,
  edits: ProvinceReportEdits = {},
): { model: WorkbookModel } {
  return { model: provinceReportWorkbook(buildProvinceReportContent(doc, registry, edits), generator) };
}

/** "Bị loại: …" once, even when the reason already starts with the label. */
function stateText(label: string, reason: string | null): string {
  if (!reason) return label;
  return reason.toLowerCase().startsWith(label.toLowerCase()) ? reason : `${label}: ${reason}`;
}
