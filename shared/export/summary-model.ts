import { formatDmy } from '../calendar/plain-date';
import type { ConsolidationResult } from '../consolidate/types';
import type { Registry, ReportKind, Unit } from '../domain/types';
import { columnLetter } from '../grid/a1';
import { buildTemplate } from '../layout/build-template';
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
import { unitShort } from '../presets/registry-presets';
import { templateForKind } from '../templates/catalog';
import type { ExportDocument } from './export-document';

/** Sheet names of the summary workbook (SPEC §6), in order. */
export const SUMMARY_SHEETS = {
  indicators: 'Tong hop chi tieu',
  activities: 'Danh sach hoat dong',
  completeness: 'Tinh hinh nop',
  findings: 'Kiem tra loi',
  plan: 'Ke hoach - ket qua',
  lineage: 'Nguon du lieu',
  report: 'Bao cao tinh',
  registry: 'Don vi',
  data: '_ttdn_tonghop',
} as const;

/** Excel's limit per cell is 32,767 characters; the JSON is split below it. */
const CHUNK = 30_000;

interface Column {
  header: string;
  width: number;
  text?: boolean;
  numFmt?: string;
}

/** A plain titled table: one header row, then data; text columns forced to text. */
function tableSheet(
  name: string,
  title: string,
  columns: Column[],
  rows: ModelValue[][],
  note?: string,
): SheetModel {
  const b = new SheetBuilder(
    name,
    columns.map((c) => c.width),
  );
  const width = columns.length;
  b.block(1, 1, width, title, { ...S.title, h: 'left' });
  b.height(1, 26);
  if (note) b.block(2, 1, width, note, S.hint);
  const head = 3;
  columns.forEach((c, i) => b.block(head, i + 1, i + 1, c.header, S.tableHeader));
  b.height(head, 36);
  rows.forEach((r, i) => r.forEach((v, j) => b.set(head + 1 + i, j + 1, v)));
  const last = head + Math.max(rows.length, 1);
  // Data cells keep the default look: a per-cell style on tens of thousands of rows would cost more
  // than reading every submission. Submitted strings are stored as strings, so they stay inert text.
  if (rows.length) {
    columns.forEach((c, i) => {
      if (c.numFmt)
        b.style(`${columnLetter(i + 1)}${head + 1}:${columnLetter(i + 1)}${last}`, { numFmt: c.numFmt });
    });
  }
  return b.build({
    state: 'visible',
    plainData: true,
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 20, right: 15, header: 8, footer: 8 },
      titleRows: [head, head],
    },
  });
}

const NUM = '#,##0.###';

export function buildSummaryModel(
  r: ConsolidationResult,
  doc: ExportDocument,
  registry: Registry,
  generator: string,
): WorkbookModel {
  const period = `${KIND_LABELS[r.kind]} ${r.year} (số liệu ${formatDmy(r.period.from)} – ${formatDmy(r.period.to)}; hạn nộp ${formatDmy(r.period.deadline)}; tính đến ${formatDmy(r.asOf)})`;
  const sheets: SheetModel[] = [];

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
        { header: 'Mã', width: 7, text: true },
        { header: 'Chỉ tiêu', width: 44, text: true },
        { header: 'Đơn vị tính', width: 12, text: true },
        { header: 'Tổng toàn tỉnh', width: 14, numFmt: NUM },
        ...units.map((u) => ({ header: u.name, width: 14, numFmt: NUM })),
      ],
      indRows,
      r.kind === 'ke-hoach-nam'
        ? 'Kế hoạch năm không có biểu số liệu; xem danh sách nhiệm vụ.'
        : 'Mỗi ô đơn vị truy được về tệp và ô gốc ở trang "Nguồn dữ liệu".',
    ),
  );

  // 2. Every activity, grouped by activity group.
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.activities,
      `DANH SÁCH ${r.kind === 'ke-hoach-nam' ? 'NHIỆM VỤ' : 'HOẠT ĐỘNG'} — ${period}`,
      [
        { header: 'STT', width: 6 },
        { header: 'Đơn vị', width: 24, text: true },
        ...doc.columns.map((c) => ({
          header: c.header,
          width: c.key.startsWith('ten') || c.key === 'ketQua' || c.key === 'noiDung' ? 32 : 16,
          text: c.key !== 'kinhPhi',
          numFmt: c.key === 'kinhPhi' ? NUM : undefined,
        })),
        { header: 'Tệp nguồn', width: 22, text: true },
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
        { header: 'Mã đơn vị', width: 20, text: true },
        { header: 'Đơn vị', width: 32, text: true },
        { header: 'Đã nộp', width: 9, text: true },
        { header: 'Tình trạng', width: 16, text: true },
        { header: 'Số ngày muộn', width: 10 },
        { header: 'Tệp', width: 26, text: true },
        { header: 'Ngày nhận', width: 12, text: true },
        { header: 'Ngày văn bản', width: 12, text: true },
        { header: 'Lỗi', width: 7 },
        { header: 'Cảnh báo', width: 9 },
        { header: 'Lần nộp', width: 8 },
      ],
      doc.completeness.map((c) => [
        c.unit,
        c.unitName,
        c.status === 'missing' || (c.state && c.state !== 'accepted') ? 'Chưa' : 'Có',
        statusText(c),
        c.lateDays || null,
        c.file,
        c.received ? formatDmy(c.received) : null,
        c.reportDate ? formatDmy(c.reportDate) : null,
        c.errors,
        c.warnings,
        c.version || null,
      ]),
    ),
  );

  // 4. Every finding with its file and cell.
  sheets.push(
    tableSheet(
      SUMMARY_SHEETS.findings,
      `KIỂM TRA LỖI — ${period}`,
      [
        { header: 'Đơn vị', width: 20, text: true },
        { header: 'Tệp', width: 26, text: true },
        { header: 'Trang', width: 12, text: true },
        { header: 'Ô', width: 8, text: true },
        { header: 'Mức', width: 10, text: true },
        { header: 'Mã lỗi', width: 18, text: true },
        { header: 'Nội dung', width: 60, text: true },
        { header: 'Giá trị', width: 24, text: true },
      ],
      [
        ...r.submissions
          .filter((s) => s.status === 'unreadable')
          .map(
            (s) =>
              [
                s.unit,
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
        { header: 'Mã đơn vị', width: 20, text: true },
        { header: 'Đơn vị', width: 32, text: true },
        { header: 'Nhiệm vụ kế hoạch', width: 12 },
        { header: 'Hoàn thành', width: 11 },
        { header: 'Đang thực hiện', width: 11 },
        { header: 'Chưa thực hiện', width: 11 },
        { header: 'Chưa báo cáo', width: 11 },
        { header: 'Phát sinh ngoài kế hoạch', width: 13 },
        { header: '% hoàn thành', width: 11 },
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
        p.percentDone,
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
        { header: 'Tệp', width: 28, text: true },
        { header: 'SHA-256', width: 30, text: true },
        { header: 'Biểu mẫu', width: 12, text: true },
        { header: 'Phiên bản', width: 9, text: true },
        { header: 'Đơn vị', width: 20, text: true },
        { header: 'Trạng thái', width: 14, text: true },
        { header: 'Lý do', width: 40, text: true },
        { header: 'Thời điểm nhập', width: 22, text: true },
        { header: 'Chỉ tiêu', width: 8, text: true },
        { header: 'Giá trị', width: 12, numFmt: NUM },
        { header: 'Ô nguồn', width: 16, text: true },
      ],
      [
        ...r.submissions.map((s) => [
          s.file,
          s.sha256,
          s.template?.id ?? null,
          s.template?.version ?? null,
          s.unit,
          CONSOLIDATION_MESSAGES.statusLabels[s.status],
          s.reason,
          s.importedAt,
          null,
          null,
          null,
        ]),
        ...doc.indicators.flatMap((i) =>
          i.values.map(
            (v) =>
              [v.file, null, null, null, v.unit, null, null, null, i.code, v.value, v.cell] as ModelValue[],
          ),
        ),
      ],
    ),
  );

  // The registry in use, editable and reusable as `--registry summary.xlsx` (SPEC §3.1).
  sheets.push(registrySheet(registry));

  // 7. The province's own report, totals and compiled texts pre-filled.
  const report = provinceReport(doc, registry, generator);
  const reportSheet = { ...report.model.sheets[0], name: SUMMARY_SHEETS.report };
  const lists = report.model.sheets.find((s) => s.name === '_lists');
  sheets.push(reportSheet);
  if (lists) sheets.push(lists);

  // Hidden data sheet: the export document, so `ttdn export` is exact and self-contained.
  const json = JSON.stringify(doc);
  const data = new SheetBuilder(SUMMARY_SHEETS.data, [20]);
  for (let i = 0, row = 1; i < json.length; i += CHUNK, row++) data.set(row, 1, json.slice(i, i + CHUNK));
  data.textRanges.push(`A1:A${Math.max(1, Math.ceil(json.length / CHUNK))}`);
  sheets.push(data.build({ state: 'hidden' }));

  return {
    sheets,
    definedNames: [],
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
  return b.build({ state: 'visible', plainData: true });
}

/** The province's Phụ lục 02 (or plan) in document form, as a standalone workbook model. */
export function provinceReport(doc: ExportDocument, registry: Registry, generator: string) {
  const kind = doc.kind as ReportKind;
  const consolidatorUnit: Unit = {
    code: registry.consolidator.short ?? unitShort(registry.consolidator.name),
    name: registry.consolidator.name,
    kind: 'so_nganh',
    active: true,
  };
  const spec = templateForKind(kind);
  const groups = new Map<string, { count: number; units: Set<string>; budget: number }>();
  for (const a of doc.activities) {
    const g = String(a.values.nhomNhiemVu ?? 'Khác');
    const e = groups.get(g) ?? { count: 0, units: new Set<string>(), budget: 0 };
    e.count++;
    e.units.add(a.unit);
    if (typeof a.values.kinhPhi === 'number') e.budget += a.values.kinhPhi;
    groups.set(g, e);
  }
  const isPlan = kind === 'ke-hoach-nam';
  const prefill = [...groups.entries()].map(([g, e]) => ({
    nhomNhiemVu: g,
    [isPlan ? 'tenNhiemVu' : 'tenHoatDong']:
      `${e.count} ${isPlan ? 'nhiệm vụ' : 'hoạt động'} của ${e.units.size} đơn vị`,
    ...(isPlan ? { chuTri: 'Các cơ quan, đơn vị' } : { tinhTrang: 'Hoàn thành' }),
    kinhPhi: Math.round(e.budget * 1000) / 1000,
  }));
  const compile = (pick: (n: ExportDocument['narratives'][number]) => string) =>
    doc.narratives
      .filter((n) => pick(n).trim())
      .map((n) => `- ${n.unitName}: ${pick(n).trim()}`)
      .join('\n');
  return buildTemplate({
    spec,
    kind,
    unit: consolidatorUnit,
    registry,
    period: { kind, year: doc.year, ...doc.period },
    generatedAt: `${doc.asOf}T00:00:00.000Z`,
    generator,
    reportDate: doc.asOf,
    prefill,
    header: { parentBody: registry.governingBody, unitName: registry.consolidator.name },
    staticDateLine: true,
    indicatorValues: isPlan ? undefined : Object.fromEntries(doc.indicators.map((i) => [i.code, i.total])),
    narratives: isPlan
      ? undefined
      : {
          danhGia: `(Tổng hợp hạn chế, khó khăn từ các đơn vị — cần biên tập)\n${compile((n) => n.limits)}`,
          kienNghi: `(Tổng hợp kiến nghị từ các đơn vị — cần biên tập)\n${compile((n) => n.proposals)}`,
        },
  });
}

/** "Bị loại: …" once, even when the reason already starts with the label. */
function stateText(label: string, reason: string | null): string {
  if (!reason) return label;
  return reason.toLowerCase().startsWith(label.toLowerCase()) ? reason : `${label}: ${reason}`;
}
