import type { ColumnSpec, TemplateSpec } from './spec-types';

/**
 * Parts both appendices share: the leading STT / task code / activity group columns (the same
 * keys let report rows link to plan tasks) and the closing blocks.
 */
export const LEAD_COLUMNS: readonly ColumnSpec[] = [
  { key: 'stt', header: 'STT', type: 'seq', width: 4 },
  { key: 'maNhiemVu', header: 'Mã nhiệm vụ', type: 'task-code', width: 9 },
  {
    key: 'nhomNhiemVu',
    header: 'Nhóm nhiệm vụ',
    type: 'list',
    list: 'nhomNhiemVu',
    width: 10,
    required: true,
  },
];

/**
 * Column widths are in Excel character units of the workbook's Normal font, Times New Roman 12
 * (8 px = 6 pt each, + 3.75 pt per column): a table's widths add up to at most ≈ 110 units so it fits
 * the 252 mm between NĐ 30's A4 landscape margins at 100 % and prints at its 11 pt (SPEC §3.6);
 * fitting to the page is only a safety net.
 */
export const LANDSCAPE_WIDTH_UNITS = 110;

export const CLOSING: Pick<TemplateSpec, 'signer' | 'recipients'> = {
  // Empty: the signature lines come from the unit's kind (`signerFor`), into input cells.
  signer: { capacity: '', title: '', name: '' },
  recipients: ['{consolidator} (để tổng hợp);', 'Lưu: VT.'],
};
