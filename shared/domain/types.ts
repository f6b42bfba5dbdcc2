/** Domain vocabulary of TT 22/2016 reporting (SPEC §3). Plain data, no behaviour. */

export const REPORT_KINDS = ['ke-hoach-nam', 'bao-cao-6-thang', 'bao-cao-nam', 'bao-cao-dot-xuat'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const UNIT_KINDS = [
  'so_nganh',
  'ubnd_huyen',
  'ubnd_xa',
  'bao_chi',
  'luc_luong_vu_trang',
  'doan_the',
  'khac',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  code: string;
  name: string;
  /**
   * Ký hiệu viết tắt used in document numbers (`Số: 12/BC-SNgV`) and, folded to A–Z/0–9, in task
   * codes (`KH2026-SNGV-007`); unique within a registry. Derived from the code when absent.
   */
  abbr?: string;
  kind: UnitKind;
  parent?: string;
  /** The line above the unit name in the header when it is not the governing body, e.g. `BỘ CÔNG AN`. */
  parentBody?: string;
  email?: string;
  active: boolean;
}

/** A named body that is not a reporting unit: the consolidating department or the ministry. */
export interface Authority {
  name: string;
  /** Short form used in document numbers, e.g. `SVHTTDL`. */
  short?: string;
}

export interface Registry {
  id: string;
  /** Province name as written in documents, e.g. `tỉnh Mẫu`. */
  province: string;
  /** Place name used in the date line, e.g. `Mẫu`. */
  place: string;
  /** The body above provincial departments in the header block, e.g. `UBND TỈNH MẪU`. */
  governingBody: string;
  consolidator: Authority;
  ministry: Authority;
  units: Unit[];
  /**
   * Funding sources offered in the plan's dropdown (a subset of the template's list), e.g. without
   * "NSNN huyện/xã" after the district level was abolished on 01/07/2025. Default: the template's list.
   */
  fundingSources?: string[];
}

/** A calendar date without time zone, `YYYY-MM-DD`. */
export type PlainDate = string;

export interface Period {
  kind: ReportKind;
  year: number;
  /** Data window for reports, plan year for plans. */
  from: PlainDate;
  to: PlainDate;
  deadline: PlainDate;
  /** Stable label stored in `_ttdn.period`, e.g. `6T-2026`. */
  label: string;
}

export const PLAN_KIND: ReportKind = 'ke-hoach-nam';
export function isReportKind(kind: ReportKind): boolean {
  return kind !== 'ke-hoach-nam';
}
