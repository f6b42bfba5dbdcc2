/**
 * Every Vietnamese text the core shows a user, in one place (findings, errors, labels).
 * Hosts translate nothing: they display these strings as they are.
 */

export const FINDING_MESSAGES = {
  META_MISSING: (key: string) =>
    `Thiếu thông tin "${key}" trong trang ẩn _ttdn — tệp không do công cụ tạo ra hoặc đã bị sửa.`,
  UNIT_UNKNOWN: (code: string) => `Mã đơn vị "${code}" không có trong danh sách đơn vị báo cáo.`,
  PERIOD_MISMATCH: (found: string, expected: string) =>
    `Kỳ báo cáo "${found}" không khớp với loại báo cáo và năm (phải là "${expected}").`,
  YEAR_INVALID: (value: string) => `Năm báo cáo "${value}" không hợp lệ.`,
  HEADER_MISSING: (label: string) => `Chưa điền ${label}.`,
  REQUIRED: (label: string) => `Cột "${label}" là bắt buộc nhưng đang để trống.`,
  LIST_VALUE: (label: string, value: string) =>
    `"${value}" không thuộc danh sách của cột "${label}". Hãy chọn từ danh sách thả xuống.`,
  NUMBER_INVALID: (label: string, value: string) => `"${value}" ở cột "${label}" không phải là số.`,
  NUMBER_NEGATIVE: (label: string) => `Cột "${label}" không nhận số âm.`,
  NUMBER_NOT_INTEGER: (label: string) => `Cột "${label}" phải là số nguyên.`,
  NUMBER_DECIMALS: (label: string, max: number) => `Cột "${label}" chỉ nhận tối đa ${max} chữ số thập phân.`,
  DATE_INVALID: (label: string, value: string) =>
    `"${value}" ở cột "${label}" không phải là ngày/tháng hợp lệ (ví dụ 15/03/2026 hoặc 03/2026).`,
  DATE_OUT_OF_RANGE: (label: string, from: string, to: string) =>
    `Ngày ở cột "${label}" nằm ngoài khoảng ${from} – ${to}.`,
  DATE_ORDER: (fromLabel: string, toLabel: string) => `"${fromLabel}" phải trước hoặc trùng "${toLabel}".`,
  TEXT_TOO_LONG: (label: string, max: number) => `Nội dung cột "${label}" dài quá ${max} ký tự.`,
  FORMULA_INPUT: (label: string) =>
    `Ô "${label}" chứa công thức; chỉ giá trị hiện tại của công thức được ghi nhận.`,
  LEGACY_ENCODING: (encoding: string) =>
    `Văn bản gõ bằng bảng mã cũ (${encoding}); hãy chuyển sang Unicode (có thể chuyển tự động).`,
  INDICATOR_REQUIRES: (code: string, requires: string) =>
    `Chỉ tiêu ${code} lớn hơn 0 thì chỉ tiêu ${requires} cũng phải lớn hơn 0.`,
  BUDGET_MISMATCH: (sum: string, indicator: string, value: string) =>
    `Tổng kinh phí các hoạt động (${sum} triệu đồng) lệch với chỉ tiêu ${indicator} (${value} triệu đồng).`,
  TASK_NOT_IN_PLAN: (code: string) => `Mã nhiệm vụ "${code}" không có trong kế hoạch năm của đơn vị.`,
  DUPLICATE_ROW: (other: number) => `Hàng trùng lặp với hàng ${other} của bảng.`,
  DUPLICATE_CODE: (code: string, other: number) => `Mã nhiệm vụ "${code}" bị trùng với hàng ${other}.`,
  ROW_BELOW_TABLE: () =>
    `Hàng được nhập bên dưới vùng bảng; đã được ghi nhận, nên chèn hàng bên trong bảng để có danh sách thả xuống.`,
} as const;

export type FindingCode = keyof typeof FINDING_MESSAGES;

export const ERROR_MESSAGES = {
  notTtdnWorkbook:
    'Tệp không phải là biểu mẫu TTĐN (không có trang ẩn _ttdn hoặc vùng dữ liệu được đặt tên).',
  unknownTemplate: (id: string, version: string) =>
    `Biểu mẫu "${id}" phiên bản ${version} không được hỗ trợ; hãy tải biểu mẫu mới nhất.`,
  unknownKind: (kind: string) =>
    `Loại báo cáo "${kind}" không hợp lệ (ke-hoach-nam, bao-cao-6-thang, bao-cao-nam, bao-cao-dot-xuat).`,
  missingName: (name: string) => `Thiếu vùng dữ liệu được đặt tên ${name}.`,
  missingSheet: (name: string) => `Không tìm thấy trang "${name}".`,
  unknownUnit: (code: string) => `Không có đơn vị mã "${code}" trong danh sách đơn vị.`,
  unknownPreset: (id: string, known: string) => `Không có bộ cấu hình "${id}" (có: ${known}).`,
  badYear: (value: string) => `Năm "${value}" không hợp lệ (ví dụ 2026).`,
  registryLine: (line: number, field: string, problem: string) =>
    `Danh sách đơn vị, dòng ${line}, trường "${field}": ${problem}`,
  calendarField: (field: string, problem: string) => `Lịch báo cáo, trường "${field}": ${problem}`,
} as const;

export const FIELD_PROBLEMS = {
  required: 'bắt buộc nhưng đang trống',
  badCode: 'chỉ gồm chữ A–Z, số và dấu gạch dưới',
  badKind: (kinds: readonly string[]) => `phải là một trong: ${kinds.join(', ')}`,
  duplicate: (line: number) => `trùng mã với dòng ${line}`,
  badBoolean: 'phải là true/false, có/không hoặc 1/0',
  badEmail: 'địa chỉ thư điện tử không hợp lệ',
  unknownParent: (code: string) => `đơn vị cấp trên "${code}" không có trong danh sách`,
  badMonthDay: 'phải có dạng MM-DD, ví dụ "06-15"',
  badJson: (detail: string) => `JSON không hợp lệ: ${detail}`,
  badShape: 'phải là một mảng đơn vị hoặc một đối tượng có trường "units"',
  badHeader: (expected: string) => `dòng tiêu đề phải là "${expected}"`,
} as const;

export const KIND_LABELS: Record<string, string> = {
  'ke-hoach-nam': 'Kế hoạch hoạt động TTĐN năm',
  'bao-cao-6-thang': 'Báo cáo 6 tháng đầu năm',
  'bao-cao-nam': 'Báo cáo năm',
  'bao-cao-dot-xuat': 'Báo cáo đột xuất',
};

export const SEVERITY_LABELS = { error: 'Lỗi', warning: 'Cảnh báo' } as const;

export const CONSOLIDATION_MESSAGES = {
  wrongPeriod: (kind: string, year: number, wantKind: string, wantYear: number) =>
    `Sai loại/kỳ báo cáo: tệp là ${KIND_LABELS[kind] ?? kind} ${year}, đang tổng hợp ${KIND_LABELS[wantKind] ?? wantKind} ${wantYear}.`,
  blockingErrors: (n: number, first: string) => `Bị loại: ${n} lỗi phải sửa (ví dụ: ${first})`,
  includedDespiteErrors: (n: number) => `Được đưa vào theo yêu cầu dù còn ${n} lỗi.`,
  supersededBy: (file: string) => `Đã được thay thế bởi bản nộp lại ${file}.`,
  missing: 'Chưa nộp',
  notYetDue: 'Chưa nộp (chưa đến hạn)',
  onTime: 'Đúng hạn',
  late: (days: number) => `Muộn ${days} ngày`,
  statusLabels: {
    accepted: 'Được tiếp nhận',
    rejected: 'Bị loại',
    superseded: 'Đã thay thế',
    unreadable: 'Không đọc được',
  } as Record<string, string>,
} as const;

export const ENTRY_MESSAGES = {
  noForm:
    'Sổ làm việc này chưa có biểu mẫu TTĐN. Hãy tạo biểu mẫu ở thẻ "Tạo biểu mẫu" hoặc mở tệp biểu mẫu đã nhận.',
  noTable: 'Biểu mẫu không có bảng nhập liệu.',
  noIndicators: 'Biểu mẫu này không có bảng chỉ tiêu.',
  noNarrative: (key: string) => `Biểu mẫu này không có mục "${key}".`,
  notAPlan: (file: string) => `"${file}" không phải kế hoạch năm (Phụ lục 01).`,
  prefillOnlyReports: 'Chỉ điền sẵn từ kế hoạch vào biểu mẫu báo cáo.',
  planOfOtherUnit: (plan: string, report: string) =>
    `Kế hoạch của đơn vị ${plan}, còn báo cáo này của ${report}.`,
} as const;

// ── Offline page (page/, helper 14) ─────────────────────────────────────────────────────────────
export const PAGE_MESSAGES = {
  privacy:
    'Mọi tệp chỉ được xử lý trên máy tính này: trang không gửi tệp hay dữ liệu nào qua mạng và vẫn chạy khi không có mạng.',
  notOnFiles:
    'Trang ngoại tuyến làm việc trên tệp, không trên một trang tính đang mở: hãy tải biểu mẫu về, điền bằng Excel/LibreOffice/WPS rồi thả tệp vào thẻ "Kiểm tra".',
  cancelled: 'Đã hủy tổng hợp theo yêu cầu.',
  writingSummary: 'Đang ghi bảng tổng hợp…',
  workerFailed: 'Luồng xử lý không trả kết quả cho tệp này.',
  noSummary: 'Chưa có bảng tổng hợp: hãy chạy "Tổng hợp" hoặc chọn tệp bảng tổng hợp (.xlsx).',
  nothingChecked: 'Chưa có tệp nào được kiểm tra.',
  storageFull: 'Không lưu được cài đặt vào bộ nhớ của trình duyệt (bộ nhớ đầy hoặc bị chặn).',
  unreadable: (file: string, detail: string) => `Không đọc được "${file}": ${detail}`,
  notASummary: (file: string) =>
    `"${file}" không phải bảng tổng hợp do công cụ này tạo ra (thiếu trang dữ liệu ẩn).`,
  summaryDataBroken: (file: string) => `Dữ liệu tổng hợp trong "${file}" bị hỏng; hãy tổng hợp lại.`,
  noRegistrySheet: (file: string, sheet: string) => `"${file}" không có trang "${sheet}" (danh sách đơn vị).`,
  notXlsx: (file: string) => `"${file}" không phải tệp .xlsx; hãy lưu lại dưới dạng Excel Workbook (.xlsx).`,
  docxPending:
    'Xuất Word (.docx) chưa có trong phiên bản này; hãy xuất .xlsx rồi mở bằng Excel hoặc LibreOffice để in.',
  /** Shown by the Excel pane where it cannot run (addin/ui/Unsupported.tsx). */
  useOfflinePage:
    'Office 2016/2019 bản cấp phép số lượng lớn, WPS hoặc LibreOffice: hãy dùng trang ngoại tuyến ttdn.html — một tệp duy nhất, mở bằng Chrome, Edge hoặc Cốc Cốc, không cần mạng, làm được tạo biểu mẫu, kiểm tra, tổng hợp và xuất trên tệp.',
  offlinePageLink: 'Tải trang ngoại tuyến (ttdn.html)',
} as const;
