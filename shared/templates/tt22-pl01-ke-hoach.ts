import { DEFAULT_ACTIVITY_GROUPS, FUNDING_SOURCES } from '../domain/activity-groups';
import { FUNDING_BEFORE_2025, FUNDING_FROM_2025 } from '../presets/registry-presets';
import { CLOSING, LEAD_COLUMNS } from './common-parts';
import type { ColumnSpec, TemplateSpec } from './spec-types';

/** Phụ lục 01 — our reading of TT 22/2016's plan appendix (the official text was not available in full). */
/** Columns of the plan table; `width` is the printed width (see LANDSCAPE_WIDTH_UNITS). */
const PLAN_COLUMNS: ColumnSpec[] = [
  ...LEAD_COLUMNS,
  {
    key: 'tenNhiemVu',
    header: 'Tên nhiệm vụ/hoạt động',
    type: 'text',
    width: 12,
    required: true,
    maxLength: 500,
  },
  { key: 'noiDung', header: 'Nội dung chủ yếu', type: 'text', width: 12, maxLength: 2000 },
  { key: 'hinhThuc', header: 'Hình thức thực hiện', type: 'text', width: 7, maxLength: 500 },
  { key: 'chuTri', header: 'Cơ quan chủ trì', type: 'text', width: 7, required: true, maxLength: 300 },
  { key: 'phoiHop', header: 'Cơ quan phối hợp', type: 'text', width: 7, maxLength: 500 },
  { key: 'tuNgay', header: 'Thời gian từ', type: 'date-span', spanEnd: 'from', window: 'period', width: 10 },
  { key: 'denNgay', header: 'Thời gian đến', type: 'date-span', spanEnd: 'to', window: 'period', width: 10 },
  {
    key: 'kinhPhi',
    header: 'Kinh phí dự kiến (triệu đồng)',
    type: 'number',
    decimals: 3,
    width: 8,
    total: true,
  },
  { key: 'nguonKinhPhi', header: 'Nguồn kinh phí', type: 'list', list: 'nguonKinhPhi', width: 8 },
  { key: 'ghiChu', header: 'Ghi chú', type: 'text', width: 6, maxLength: 1000 },
];

/**
 * Funding sources a plan may name: both eras' local-budget labels, so plans written before and after
 * 01/07/2025 both read; the dropdown offers the registry's era only (`Registry.fundingSources`).
 */
const FUNDING_ANY_ERA = [...new Set([...FUNDING_FROM_2025, ...FUNDING_BEFORE_2025, ...FUNDING_SOURCES])];

/**
 * Phụ lục 01 v1.1 — our reading of TT 22/2016's plan appendix (the official text was not available in
 * full): the optional narrative sections real provincial plans have (mục đích, yêu cầu; tổ chức thực
 * hiện) around the task list, which prints as the plan's appendix.
 */
export const TT22_PL01_V1_1: TemplateSpec = {
  id: 'tt22-pl01',
  version: '1.1',
  kinds: ['ke-hoach-nam'],
  sheetName: 'Ke hoach',
  docType: 'KH',
  orientation: 'landscape',
  titles: { 'ke-hoach-nam': 'KẾ HOẠCH HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM {year}' },
  lists: { nhomNhiemVu: DEFAULT_ACTIVITY_GROUPS, nguonKinhPhi: FUNDING_ANY_ERA },
  sections: [
    {
      type: 'narrative',
      name: 'TTDN_MucDich',
      key: 'mucDich',
      heading: 'I. MỤC ĐÍCH, YÊU CẦU',
      hint: 'Mục đích, yêu cầu của kế hoạch (không bắt buộc).',
      maxLength: 8000,
    },
    {
      type: 'table',
      name: 'TTDN_KeHoach',
      heading: 'II. NHIỆM VỤ, HOẠT ĐỘNG',
      bodyRows: 20,
      totalLabel: 'Tổng cộng',
      columns: PLAN_COLUMNS,
    },
    {
      type: 'narrative',
      name: 'TTDN_ToChuc',
      key: 'toChuc',
      heading: 'III. TỔ CHỨC THỰC HIỆN',
      hint: 'Phân công, kinh phí, chế độ báo cáo (không bắt buộc).',
      maxLength: 8000,
    },
  ],
  rules: [
    { type: 'date-order', from: 'tuNgay', to: 'denNgay' },
    { type: 'unique', column: 'maNhiemVu' },
    { type: 'duplicate-rows', columns: ['nhomNhiemVu', 'tenNhiemVu', 'tuNgay', 'denNgay'] },
  ],
  ...CLOSING,
};

/** Phụ lục 01 v1.0, kept so that plans generated before v1.1 still read. */
export const TT22_PL01_V1: TemplateSpec = {
  id: 'tt22-pl01',
  version: '1.0',
  kinds: ['ke-hoach-nam'],
  sheetName: 'Ke hoach',
  docType: 'KH',
  orientation: 'landscape',
  titles: { 'ke-hoach-nam': 'KẾ HOẠCH HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM {year}' },
  lists: { nhomNhiemVu: DEFAULT_ACTIVITY_GROUPS, nguonKinhPhi: FUNDING_SOURCES },
  sections: [
    {
      type: 'table',
      name: 'TTDN_KeHoach',
      bodyRows: 20,
      totalLabel: 'Tổng cộng',
      columns: [
        ...LEAD_COLUMNS,
        {
          key: 'tenNhiemVu',
          header: 'Tên nhiệm vụ/hoạt động',
          type: 'text',
          width: 32,
          required: true,
          maxLength: 500,
        },
        { key: 'noiDung', header: 'Nội dung chủ yếu', type: 'text', width: 32, maxLength: 2000 },
        { key: 'hinhThuc', header: 'Hình thức thực hiện', type: 'text', width: 18, maxLength: 500 },
        { key: 'chuTri', header: 'Cơ quan chủ trì', type: 'text', width: 18, required: true, maxLength: 300 },
        { key: 'phoiHop', header: 'Cơ quan phối hợp', type: 'text', width: 18, maxLength: 500 },
        {
          key: 'tuNgay',
          header: 'Thời gian từ',
          type: 'date-span',
          spanEnd: 'from',
          window: 'period',
          width: 12,
        },
        {
          key: 'denNgay',
          header: 'Thời gian đến',
          type: 'date-span',
          spanEnd: 'to',
          window: 'period',
          width: 12,
        },
        {
          key: 'kinhPhi',
          header: 'Kinh phí dự kiến (triệu đồng)',
          type: 'number',
          decimals: 3,
          width: 13,
          total: true,
        },
        { key: 'nguonKinhPhi', header: 'Nguồn kinh phí', type: 'list', list: 'nguonKinhPhi', width: 16 },
        { key: 'ghiChu', header: 'Ghi chú', type: 'text', width: 16, maxLength: 1000 },
      ],
    },
  ],
  rules: [
    { type: 'date-order', from: 'tuNgay', to: 'denNgay' },
    { type: 'unique', column: 'maNhiemVu' },
    { type: 'duplicate-rows', columns: ['nhomNhiemVu', 'tenNhiemVu', 'tuNgay', 'denNgay'] },
  ],
  ...CLOSING,
};
