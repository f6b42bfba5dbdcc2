import { DEFAULT_ACTIVITY_GROUPS, FUNDING_SOURCES } from '../domain/activity-groups';
import { CLOSING, LEAD_COLUMNS } from './common-parts';
import type { TemplateSpec } from './spec-types';

/** Phụ lục 01 — our reading of TT 22/2016's plan appendix (the official text was not available in full). */
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
