import type { ReportKind } from '../../shared';
import { DEFAULT_ACTIVITY_GROUPS, REGISTRY_PRESETS, findUnit, taskCode, taskCodeUnit } from '../../shared';

/** The unit part of a sample unit's task codes, from its registry abbreviation (both presets agree). */
function codeUnit(unitCode: string): string {
  const unit =
    findUnit(REGISTRY_PRESETS['mau-tu-2025'], unitCode) ??
    findUnit(REGISTRY_PRESETS['mau-truoc-2025'], unitCode);
  return taskCodeUnit(unit ?? { code: unitCode });
}

/** Deterministic pseudo-random numbers (mulberry32) so the demo and benchmarks are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedOf(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

const ACTIVITIES: Record<string, string[]> = {
  'Chỉ đạo, ban hành văn bản': [
    'Ban hành kế hoạch thông tin đối ngoại',
    'Hướng dẫn nghiệp vụ thông tin đối ngoại',
  ],
  'Tập huấn, bồi dưỡng nghiệp vụ': [
    'Tập huấn kỹ năng phát ngôn và cung cấp thông tin',
    'Bồi dưỡng nghiệp vụ thông tin đối ngoại cho cán bộ cơ sở',
  ],
  'Quảng bá hình ảnh trên báo chí, phát thanh, truyền hình': [
    'Phóng sự quảng bá du lịch của tỉnh',
    'Chuyên mục "Tỉnh Mẫu hội nhập" trên truyền hình',
  ],
  'Cổng/trang thông tin điện tử và mạng xã hội': [
    'Cập nhật chuyên mục thông tin đối ngoại trên cổng thông tin',
    'Đăng tin bài tiếng Anh trên trang mạng xã hội',
  ],
  'Xuất bản ấn phẩm, sản phẩm TTĐN': [
    'Xuất bản sách ảnh giới thiệu tỉnh',
    'Sản xuất video giới thiệu tiềm năng đầu tư',
  ],
  'Hợp tác quốc tế, đoàn ra, đoàn vào': [
    'Đón đoàn doanh nghiệp nước ngoài',
    'Đoàn công tác xúc tiến tại nước ngoài',
  ],
  'Hội chợ, triển lãm, xúc tiến đầu tư, thương mại, du lịch': [
    'Gian hàng tại hội chợ thương mại quốc tế',
    'Hội nghị xúc tiến đầu tư',
  ],
  'Tuyên truyền biên giới, biển đảo': [
    'Tuyên truyền về biên giới cho nhân dân khu vực biên giới',
    'Triển lãm bản đồ và tư liệu về chủ quyền biển đảo',
  ],
  'Đấu tranh phản bác thông tin sai trái': ['Phản bác thông tin sai lệch trên mạng xã hội'],
};

const STATUSES = ['Hoàn thành', 'Hoàn thành', 'Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'];

export interface SampleReport {
  rows: Record<string, string | number | null>[];
  indicators: Record<string, number>;
  narratives: Record<string, string>;
}

/** A plausible plan (task list) for a unit. */
export function samplePlanRows(
  unitCode: string,
  year: number,
  count: number,
): Record<string, string | number | null>[] {
  const r = rng(seedOf(`plan-${unitCode}-${year}`));
  const groups = Object.keys(ACTIVITIES);
  return Array.from({ length: count }, (_, i) => {
    const g = groups[Math.floor(r() * groups.length)];
    const names = ACTIVITIES[g];
    const from = 1 + Math.floor(r() * 9);
    return {
      maNhiemVu: taskCode(year, codeUnit(unitCode), i + 1),
      nhomNhiemVu: g,
      tenNhiemVu: `${names[Math.floor(r() * names.length)]} (${i + 1})`,
      noiDung: 'Triển khai theo kế hoạch của UBND tỉnh',
      hinhThuc: 'Trực tiếp và trực tuyến',
      chuTri: 'Phòng chuyên môn',
      tuNgay: `${String(from).padStart(2, '0')}/${year}`,
      denNgay: `${String(Math.min(12, from + 2)).padStart(2, '0')}/${year}`,
      kinhPhi: Math.round(r() * 50000) / 1000,
      nguonKinhPhi: 'NSNN tỉnh',
    };
  });
}

/** The plan's optional narrative sections (mục đích, yêu cầu; tổ chức thực hiện), as units write them. */
export function samplePlanNarratives(unitName: string, year: number): Record<string, string> {
  return {
    mucDich: `Nâng cao hiệu quả công tác thông tin đối ngoại của ${unitName} năm ${year}; quảng bá hình ảnh, tiềm năng của tỉnh tới bạn bè quốc tế. Các hoạt động bám sát chương trình công tác của UBND tỉnh, tiết kiệm, hiệu quả.`,
    toChuc: `Văn phòng làm đầu mối theo dõi, đôn đốc; các phòng chuyên môn chủ động triển khai nhiệm vụ được giao. Kinh phí từ nguồn ngân sách được giao năm ${year}. Báo cáo kết quả 6 tháng, năm theo quy định.`,
  };
}

/** A plausible report whose CT17 equals the sum of activity budgets. */
export function sampleReport(
  unitCode: string,
  kind: ReportKind,
  year: number,
  count: number,
  planned = 0,
): SampleReport {
  const r = rng(seedOf(`${kind}-${unitCode}-${year}`));
  const groups = Object.keys(ACTIVITIES);
  const rows: SampleReport['rows'] = [];
  let budget = 0;
  for (let i = 0; i < count; i++) {
    const g = groups[Math.floor(r() * groups.length)];
    const names = ACTIVITIES[g];
    const money = Math.round(r() * 30000) / 1000;
    budget += money;
    const inPlan = i < planned;
    rows.push({
      maNhiemVu: inPlan ? taskCode(year, codeUnit(unitCode), i + 1) : null,
      nhomNhiemVu: g,
      tenHoatDong: `${names[Math.floor(r() * names.length)]} (${i + 1})`,
      ketQua: `Thực hiện ${1 + Math.floor(r() * 20)} đợt, thu hút ${50 + Math.floor(r() * 500)} lượt người tham gia`,
      thoiGian: `${String(1 + Math.floor(r() * 28)).padStart(2, '0')}/${String(1 + Math.floor(r() * 5)).padStart(2, '0')}/${year}`,
      phoiHop: 'Sở Ngoại vụ',
      kinhPhi: money,
      tinhTrang: inPlan ? STATUSES[Math.floor(r() * STATUSES.length)] : 'Phát sinh ngoài kế hoạch',
      ghiChu: null,
    });
  }
  const n = (max: number) => Math.floor(r() * max);
  const ct10 = 1 + n(4);
  const indicators: Record<string, number> = {
    CT01: n(6),
    CT02: n(80),
    CT03: n(150),
    CT04: n(12),
    CT05: n(10),
    CT06: n(6),
    CT07: n(4),
    CT08: n(3000),
    CT09: n(5),
    CT10: ct10,
    CT11: ct10 * (20 + n(60)),
    CT12: n(3),
    CT13: n(6),
    CT14: n(4),
    CT15: n(30),
    CT16: n(2),
    CT17: Math.round(budget * 1000) / 1000,
  };
  return {
    rows,
    indicators,
    narratives: {
      chiDao:
        'Ban hành kế hoạch triển khai công tác thông tin đối ngoại; phân công nhiệm vụ cho các phòng chuyên môn.',
      danhGia:
        '1. Ưu điểm: triển khai đầy đủ các nhiệm vụ. 2. Hạn chế, khó khăn: nhân lực làm thông tin đối ngoại còn kiêm nhiệm. 3. Nguyên nhân: kinh phí hạn chế.',
      phuongHuong: 'Tiếp tục đẩy mạnh quảng bá hình ảnh của tỉnh trên môi trường số.',
      kienNghi: 'Đề nghị tổ chức thêm lớp tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ cấp xã.',
    },
  };
}

export const GROUPS = DEFAULT_ACTIVITY_GROUPS;
