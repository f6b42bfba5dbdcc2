import type { Registry, Unit, UnitKind } from '../domain/types';

/**
 * Shipped registries (SPEC §3.1). Names of departments and ministries live only here and in
 * user-supplied registry files: no other module names a body.
 */

function u(code: string, name: string, kind: UnitKind, parent?: string): Unit {
  return parent ? { code, name, kind, parent, active: true } : { code, name, kind, active: true };
}

const BEFORE_2025: Registry = {
  id: 'mau-truoc-2025',
  province: 'tỉnh Mẫu',
  place: 'Mẫu',
  governingBody: 'UBND TỈNH MẪU',
  consolidator: { name: 'Sở Thông tin và Truyền thông', short: 'STTTT' },
  ministry: { name: 'Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại)', short: 'BTTTT' },
  units: [
    u('SO_TTTT', 'Sở Thông tin và Truyền thông', 'so_nganh'),
    u('SO_NGOAI_VU', 'Sở Ngoại vụ', 'so_nganh'),
    u('SO_VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'so_nganh'),
    u('SO_KHDT', 'Sở Kế hoạch và Đầu tư', 'so_nganh'),
    u('SO_CONG_THUONG', 'Sở Công Thương', 'so_nganh'),
    u('SO_TAI_CHINH', 'Sở Tài chính', 'so_nganh'),
    u('SO_NOI_VU', 'Sở Nội vụ', 'so_nganh'),
    u('SO_LDTBXH', 'Sở Lao động - Thương binh và Xã hội', 'so_nganh'),
    u('CONG_AN_TINH', 'Công an tỉnh', 'luc_luong_vu_trang'),
    u('BO_CHQS_TINH', 'Bộ Chỉ huy Quân sự tỉnh', 'luc_luong_vu_trang'),
    u('BO_CH_BDBP', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'luc_luong_vu_trang'),
    u('BAN_DAN_TOC', 'Ban Dân tộc tỉnh', 'so_nganh'),
    u('VP_UBND_TINH', 'Văn phòng UBND tỉnh', 'so_nganh'),
    u('TT_XTDT', 'Trung tâm Xúc tiến đầu tư', 'khac'),
    u('LIEN_HIEP_HUU_NGHI', 'Liên hiệp các tổ chức hữu nghị tỉnh', 'doan_the'),
    u('BAO_TINH', 'Báo Mẫu', 'bao_chi'),
    u('DAI_PTTH', 'Đài Phát thanh và Truyền hình tỉnh', 'bao_chi'),
    u('UBND_TP_MAU', 'UBND thành phố Mẫu', 'ubnd_huyen'),
    u('UBND_H_DONG_SON', 'UBND huyện Đông Sơn', 'ubnd_huyen'),
    u('UBND_H_TAY_SON', 'UBND huyện Tây Sơn', 'ubnd_huyen'),
    u('UBND_H_NAM_SON', 'UBND huyện Nam Sơn', 'ubnd_huyen'),
    u('UBND_H_BAC_SON', 'UBND huyện Bắc Sơn', 'ubnd_huyen'),
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
  units: [
    u('SO_VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'so_nganh'),
    u('SO_NGOAI_VU', 'Sở Ngoại vụ', 'so_nganh'),
    u('SO_TAI_CHINH', 'Sở Tài chính', 'so_nganh'),
    u('SO_CONG_THUONG', 'Sở Công Thương', 'so_nganh'),
    u('SO_NOI_VU', 'Sở Nội vụ', 'so_nganh'),
    u('SO_KHCN', 'Sở Khoa học và Công nghệ', 'so_nganh'),
    u('SO_DAN_TOC_TON_GIAO', 'Sở Dân tộc và Tôn giáo', 'so_nganh'),
    u('CONG_AN_TINH', 'Công an tỉnh', 'luc_luong_vu_trang'),
    u('BO_CHQS_TINH', 'Bộ Chỉ huy Quân sự tỉnh', 'luc_luong_vu_trang'),
    u('BO_CH_BDBP', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'luc_luong_vu_trang'),
    u('VP_UBND_TINH', 'Văn phòng UBND tỉnh', 'so_nganh'),
    u('TT_XTDT', 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch', 'khac'),
    u('LIEN_HIEP_HUU_NGHI', 'Liên hiệp các tổ chức hữu nghị tỉnh', 'doan_the'),
    u('BAO_PTTH', 'Báo và Phát thanh, Truyền hình Mẫu', 'bao_chi'),
    u('UBND_P_TRUNG_TAM', 'UBND phường Trung Tâm', 'ubnd_xa'),
    u('UBND_P_BAC_HA', 'UBND phường Bắc Hà', 'ubnd_xa'),
    u('UBND_X_DONG_SON', 'UBND xã Đông Sơn', 'ubnd_xa'),
    u('UBND_X_TAY_SON', 'UBND xã Tây Sơn', 'ubnd_xa'),
    u('UBND_X_NAM_SON', 'UBND xã Nam Sơn', 'ubnd_xa'),
    u('UBND_X_BAC_SON', 'UBND xã Bắc Sơn', 'ubnd_xa'),
    u('UBND_X_BIEN_GIOI', 'UBND xã Biên Giới', 'ubnd_xa'),
    u('UBND_X_CUA_KHAU', 'UBND xã Cửa Khẩu', 'ubnd_xa'),
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

/** Short form of a unit code for document numbers and task codes: `SO_NGOAI_VU` → `SNV`. */
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

export function findUnit(registry: Registry, code: string): Unit | undefined {
  const key = code.trim().toUpperCase();
  return registry.units.find((x) => x.code.toUpperCase() === key);
}

/** The line above the unit name in the header block: the parent unit's name, else the governing body. */
export function parentBodyOf(registry: Registry, unit: Unit): string {
  if (unit.parent) {
    const p = findUnit(registry, unit.parent);
    if (p) return p.name;
    return unit.parent;
  }
  return unit.kind === 'ubnd_huyen' || unit.kind === 'ubnd_xa' ? '' : registry.governingBody;
}
