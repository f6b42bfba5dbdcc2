/** Default closed list of activity groups (SPEC §3.3); provinces may replace it in their template variant. */
export const DEFAULT_ACTIVITY_GROUPS: readonly string[] = [
  'Chỉ đạo, ban hành văn bản',
  'Tập huấn, bồi dưỡng nghiệp vụ',
  'Quảng bá hình ảnh trên báo chí, phát thanh, truyền hình',
  'Cổng/trang thông tin điện tử và mạng xã hội',
  'Xuất bản ấn phẩm, sản phẩm TTĐN',
  'Hợp tác quốc tế, đoàn ra, đoàn vào',
  'Hội chợ, triển lãm, xúc tiến đầu tư, thương mại, du lịch',
  'Cung cấp thông tin cho báo chí, họp báo',
  'Quản lý phóng viên nước ngoài',
  'Đấu tranh phản bác thông tin sai trái',
  'Tuyên truyền biên giới, biển đảo',
  'Tuyên truyền về ASEAN',
  'Truyền thông về quyền con người',
  'Chương trình MTQG (giảm nghèo, vùng DTTS & miền núi, cụm thông tin điện tử)',
  'Theo dõi, tổng hợp dư luận báo chí',
  'Sơ kết, tổng kết',
  'Khác',
];

export const FUNDING_SOURCES: readonly string[] = [
  'NSNN tỉnh',
  'NSNN huyện/xã',
  'Chương trình MTQG',
  'Xã hội hóa',
  'Khác',
];

export const ACTIVITY_STATUSES: readonly string[] = [
  'Hoàn thành',
  'Đang thực hiện',
  'Chưa thực hiện',
  'Phát sinh ngoài kế hoạch',
];
