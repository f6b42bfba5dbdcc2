import type { ColumnSpec, TemplateSpec } from './spec-types';

/**
 * Parts both appendices share: the leading STT / task code / activity group columns (the same
 * keys let report rows link to plan tasks) and the closing blocks.
 */
export const LEAD_COLUMNS: readonly ColumnSpec[] = [
  { key: 'stt', header: 'STT', type: 'seq', width: 5 },
  { key: 'maNhiemVu', header: 'Mã nhiệm vụ', type: 'task-code', width: 16 },
  {
    key: 'nhomNhiemVu',
    header: 'Nhóm nhiệm vụ',
    type: 'list',
    list: 'nhomNhiemVu',
    width: 24,
    required: true,
  },
];

export const CLOSING: Pick<TemplateSpec, 'signer' | 'recipients'> = {
  signer: {
    capacity: 'TM. / KT. THỦ TRƯỞNG CƠ QUAN',
    title: 'THỦ TRƯỞNG CƠ QUAN',
    name: '(Ký, ghi rõ họ tên)',
  },
  recipients: ['{consolidator} (để tổng hợp);', 'Lưu: VT.'],
};
