import type { Registry, Unit, UnitKind } from '../domain/types';

/**
 * Shipped registries (SPEC §3.1). Names of departments and ministries live only here and in
 * user-supplied registry files: no other module names a body.
 */

function u(code: string, name: string, abbr: string, kind: UnitKind, parentBody?: string): Unit {
  return parentBody
    ? { code, name, abbr, kind, parentBody, active: true }
    : { code, name, abbr, kind, active: true };
}

/** Funding sources of plans before and after the district level was abolished (01/07/2025). */
export const FUNDING_BEFORE_2025 = ['NSNN tỉnh', 'NSNN huyện/xã', 'Chương trình MTQG', 'Xã hội hóa', 'Khác'];
export const FUNDING_FROM_2025 = ['NSNN tỉnh', 'NSNN cấp xã', 'Chương trình MTQG', 'Xã hội hóa', 'Khác'];

const BEFORE_2025: Registry = {
  id: 'mau-truoc-2025',
  province: 'tỉnh Mẫu',
  place: 'Mẫu',
  governingBody: 'UBND TỈNH MẪU',
  consolidator: { name: 'Sở Thông tin và Truyền thông', short: 'STTTT' },
  ministry: { name: 'Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại)', short: 'BTTTT' },
  fundingSources: FUNDING_BEFORE_2025,
  units: [
    u('SO_TTTT', 'Sở Thông tin và Truyền thông', 'STTTT', 'so_nganh'),
    u('SO_NGOAI_VU', 'Sở Ngoại vụ', 'SNgV', 'so_nganh'),
    u('SO_VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 'so_nganh'),
    u('SO_KHDT', 'Sở Kế hoạch và Đầu tư', 'SKHĐT', 'so_nganh'),
    u('SO_CONG_THUONG', 'Sở Công Thương', 'SCT', 'so_nganh'),
    u('SO_TAI_CHINH', 'Sở Tài chính', 'STC', 'so_nganh'),
    u('SO_NOI_VU', 'Sở Nội vụ', 'SNV', 'so_nganh'),
    u('SO_LDTBXH', 'Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH', 'so_nganh'),
    u('CONG_AN_TINH', 'Công an tỉnh Mẫu', 'CAT', 'luc_luong_vu_trang', 'BỘ CÔNG AN'),
    u('BO_CHQS_TINH', 'Bộ Chỉ huy Quân sự tỉnh Mẫu', 'BCHQS', 'luc_luong_vu_trang', 'QUÂN KHU 1'),
    u(
      'BO_CH_BDBP',
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Mẫu',
      'BĐBP',
      'luc_luong_vu_trang',
      'BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG',
    ),
    u('BAN_DAN_TOC', 'Ban Dân tộc tỉnh Mẫu', 'BDT', 'so_nganh'),
    u('VP_UBND_TINH', 'Văn phòng UBND tỉnh', 'VPUBND', 'so_nganh'),
    u('TT_XTDT', 'Trung tâm Xúc tiến đầu tư', 'TTXTĐT', 'khac'),
    u('LIEN_HIEP_HUU_NGHI', 'Liên hiệp các tổ chức hữu nghị tỉnh Mẫu', 'LHHN', 'doan_the'),
    u('BAO_TINH', 'Báo Mẫu', 'BM', 'bao_chi'),
    u('DAI_PTTH', 'Đài Phát thanh và Truyền hình tỉnh Mẫu', 'PTTH', 'bao_chi'),
    u('UBND_TP_MAU', 'UBND thành phố Mẫu', 'UBNDTP', 'ubnd_huyen'),
    u('UBND_H_DONG_SON', 'UBND huyện Đông Sơn', 'UBNDĐS', 'ubnd_huyen'),
    u('UBND_H_TAY_SON', 'UBND huyện Tây Sơn', 'UBNDTS', 'ubnd_huyen'),
    u('UBND_H_NAM_SON', 'UBND huyện Nam Sơn', 'UBNDNS', 'ubnd_huyen'),
    u('UBND_H_BAC_SON', 'UBND huyện Bắc Sơn', 'UBNDBS', 'ubnd_huyen'),
  ],
};

const FROM_2025: Registry = {
  id: 'mau-tu-2025',
  province: 'tỉnh Mẫu',
  place: 'Mẫu',
  governingBody: 'UBND TỈNH MẪU',
  consolidator: { name: 'Sở Văn hóa, Thể thao và Du lịch', short: 'SVHTTDL' },
  ministry: {
    name: 'Bộ Văn hóa, Thể thao và Du lịch (Cục Thông tin cơ sở và Thông tin đối ngoại)',
    short: 'BVHTTDL',
  },
  fundingSources: FUNDING_FROM_2025,
  units: [
    u('SO_VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 'so_nganh'),
    u('SO_NGOAI_VU', 'Sở Ngoại vụ', 'SNgV', 'so_nganh'),
    u('SO_TAI_CHINH', 'Sở Tài chính', 'STC', 'so_nganh'),
    u('SO_CONG_THUONG', 'Sở Công Thương', 'SCT', 'so_nganh'),
    u('SO_NOI_VU', 'Sở Nội vụ', 'SNV', 'so_nganh'),
    u('SO_KHCN', 'Sở Khoa học và Công nghệ', 'SKHCN', 'so_nganh'),
    u('SO_DAN_TOC_TON_GIAO', 'Sở Dân tộc và Tôn giáo', 'SDTTG', 'so_nganh'),
    u('CONG_AN_TINH', 'Công an tỉnh Mẫu', 'CAT', 'luc_luong_vu_trang', 'BỘ CÔNG AN'),
    u('BO_CHQS_TINH', 'Bộ Chỉ huy Quân sự tỉnh Mẫu', 'BCHQS', 'luc_luong_vu_trang', 'QUÂN KHU 1'),
    u(
      'BO_CH_BDBP',
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Mẫu',
      'BĐBP',
      'luc_luong_vu_trang',
      'BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG',
    ),
    u('VP_UBND_TINH', 'Văn phòng UBND tỉnh', 'VPUBND', 'so_nganh'),
    u('TT_XTDT', 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch', 'TTXTĐTTMDL', 'khac'),
    u('LIEN_HIEP_HUU_NGHI', 'Liên hiệp các tổ chức hữu nghị tỉnh Mẫu', 'LHHN', 'doan_the'),
    u('BAO_PTTH', 'Báo và Phát thanh, Truyền hình Mẫu', 'BPTTH', 'bao_chi'),
    u('UBND_P_TRUNG_TAM', 'UBND phường Trung Tâm', 'UBNDPTT', 'ubnd_xa'),
    u('UBND_P_BAC_HA', 'UBND phường Bắc Hà', 'UBNDPBH', 'ubnd_xa'),
    u('UBND_X_DONG_SON', 'UBND xã Đông Sơn', 'UBNDXĐS', 'ubnd_xa'),
    u('UBND_X_TAY_SON', 'UBND xã Tây Sơn', 'UBNDXTS', 'ubnd_xa'),
    u('UBND_X_NAM_SON', 'UBND xã Nam Sơn', 'UBNDXNS', 'ubnd_xa'),
    u('UBND_X_BAC_SON', 'UBND xã Bắc Sơn', 'UBNDXBS', 'ubnd_xa'),
    u('UBND_X_BIEN_GIOI', 'UBND xã Biên Giới', 'UBNDXBG', 'ubnd_xa'),
    u('UBND_X_CUA_KHAU', 'UBND xã Cửa Khẩu', 'UBNDXCK', 'ubnd_xa'),
  ],
};

export const REGISTRY_PRESETS: Readonly<Record<string, Registry>> = {
  'mau-truoc-2025': BEFORE_2025,
  'mau-tu-2025': FROM_2025,
};

export const DEFAULT_PRESET = 'mau-tu-2025';

export function presetIds(): string[] {
  return Object.keys(REGISTRY_PRESETS);
}

/** Short form of a unit code for units without `abbr`: `SO_NGOAI_VU` → `SNV`. */
export function unitShort(code: string): string {
  // A code without separators is already a short form (e.g. `SVHTTDL`).
  if (!/[_\-\s]/.test(code)) return code.toUpperCase();
  return code
    .split(/[_\-\s]+/)
    .filter(Boolean)
    .map((p) => p[0])
    .join('')
    .toUpperCase();
}

/** The ký hiệu of a unit in document numbers: its registry `abbr`, else derived from the code. */
export function unitAbbr(unit: Pick<Unit, 'code' | 'abbr'>): string {
  return unit.abbr?.trim() || unitShort(unit.code);
}

/** The unit part of task codes: the abbreviation folded to A–Z and 0–9 (`SNgV` → `SNGV`, `SKHĐT` → `SKHDT`). */
export function taskCodeUnit(unit: Pick<Unit, 'code' | 'abbr'>): string {
  return unitAbbr(unit)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

export function findUnit(registry: Registry, code: string): Unit | undefined {
  const key = code.trim().toUpperCase();
  return registry.units.find((x) => x.code.toUpperCase() === key);
}

/**
 * The line above the unit name in the header block: the unit's own `parentBody` (e.g. BỘ CÔNG AN),
 * else its parent unit's name, else the province for local People's Committees, else the governing body.
 */
export function parentBodyOf(registry: Registry, unit: Unit): string {
  if (unit.parentBody) return unit.parentBody;
  if (unit.parent) {
    const p = findUnit(registry, unit.parent);
    if (p) return p.name;
    return unit.parent;
  }
  return unit.kind === 'ubnd_huyen' || unit.kind === 'ubnd_xa' ? registry.province : registry.governingBody;
}

/**
 * The default signature lines for a unit (NĐ 30: the signer's authority and title), by kind and the
 * usual head of such a body; the form's signer cells are input cells, so an agency corrects them
 * (e.g. "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC").
 */
export function signerFor(unit: Pick<Unit, 'kind' | 'name'>): { capacity: string; title: string } {
  const name = unit.name.trim().toLowerCase();
  switch (unit.kind) {
    case 'ubnd_huyen':
    case 'ubnd_xa':
      return { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' };
    case 'luc_luong_vu_trang':
      return { capacity: name.startsWith('công an') ? 'GIÁM ĐỐC' : 'CHỈ HUY TRƯỞNG', title: '' };
    case 'bao_chi':
      return { capacity: name.startsWith('báo') ? 'TỔNG BIÊN TẬP' : 'GIÁM ĐỐC', title: '' };
    case 'doan_the':
      return { capacity: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH' };
    default:
      if (name.startsWith('văn phòng')) return { capacity: 'CHÁNH VĂN PHÒNG', title: '' };
      if (name.startsWith('ban ')) return { capacity: 'TRƯỞNG BAN', title: '' };
      return { capacity: 'GIÁM ĐỐC', title: '' };
  }
}
