/**
 * Every Vietnamese text the core shows a user, in one place (findings, errors, labels).
 * Hosts translate nothing: they display these strings as they are.
 */

// ---- issue 9 (helper 9a): forms as agencies really send them -------------------------------
export const READ_FINDING_MESSAGES = {
  COLUMN_EXTRA: (header: string) =>
    `Cột "${header}" do đơn vị thêm vào bảng; không thuộc biểu mẫu nên được bỏ qua.`,
  COLUMN_MISSING: (header: string) =>
    `Bảng thiếu cột bắt buộc "${header}" (có thể đã bị xóa); hãy thêm lại cột này hoặc dùng biểu mẫu gốc.`,
  COLUMN_ABSENT: (header: string) => `Bảng không có cột "${header}"; cột này được để trống.`,
  METADATA_LOST: (kind: string, year: number, unit: string) =>
    `Tệp đã mất thông tin nhận dạng của biểu mẫu (trang ẩn _ttdn, vùng đặt tên) — thường do sao chép sang sổ tính mới. Đã nhận dạng theo tiêu đề: ${kind} năm ${year}, đơn vị ${unit}. Lần sau hãy điền trực tiếp vào tệp biểu mẫu gốc.`,
  FORM_EMPTY: () =>
    'Biểu mẫu còn trống (chưa điền hoạt động, chỉ tiêu hay nội dung nào): chưa được tính là đã nộp.',
} as const;

export const READ_ERROR_MESSAGES = {
  unrecognisedForm:
    'Tệp không phải là biểu mẫu TTĐN hoặc đã mất nhận dạng: không có trang ẩn _ttdn, vùng đặt tên, cũng không thấy tiêu đề và dòng tiêu đề cột của Phụ lục 01/02. Hãy tải lại biểu mẫu gốc (ttdn template hoặc thẻ "Tạo biểu mẫu"), chép dữ liệu vào đó và gửi lại.',
  unitNotFound:
    'Tệp mất thông tin nhận dạng và không tìm thấy tên đơn vị ở phần đầu văn bản khớp với danh sách đơn vị. Hãy ghi đúng tên đơn vị ở dòng thứ hai của văn bản hoặc dùng biểu mẫu gốc.',
  missingTable: (name: string) =>
    `Không tìm thấy bảng "${name}" (vùng đặt tên hoặc dòng tiêu đề cột). Hãy dùng biểu mẫu gốc, giữ nguyên dòng tiêu đề cột.`,
} as const;

export const EMPTY_FORM_REASON = 'Mẫu trống: tệp là biểu mẫu chưa điền.';

export const SUBMISSION_STATE_LABELS: Record<string, string> = {
  accepted: 'Đã nộp',
  rejected: 'Bị loại',
  superseded: 'Đã thay thế',
  unreadable: 'Không đọc được',
  empty: 'Mẫu trống',
  missing: 'Chưa nộp',
};
// ---- end issue 9 (helper 9a) ---------------------------------------------------------------

export const FINDING_MESSAGES = {
  ...READ_FINDING_MESSAGES,
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
    `"${value}" ở cột "${label}" không phải là thời gian hợp lệ (ví dụ 15/03/2026, Tháng 3/2026, Quý I/2026, Thường xuyên).`,
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
  // issue 11a: registry abbreviations (ký hiệu viết tắt)
  badAbbr: 'ký hiệu viết tắt chỉ gồm chữ cái, chữ số và "&", tối đa 20 ký tự (ví dụ SNgV, SKHĐT)',
  duplicateAbbr: (abbr: string, line: number) =>
    `ký hiệu viết tắt "${abbr}" trùng với đơn vị ở dòng ${line} (mã nhiệm vụ sẽ trùng nhau); hãy đặt ký hiệu khác`,
} as const;

export const KIND_LABELS: Record<string, string> = {
  'ke-hoach-nam': 'Kế hoạch hoạt động TTĐN năm',
  'bao-cao-6-thang': 'Báo cáo 6 tháng đầu năm',
  'bao-cao-nam': 'Báo cáo năm',
  'bao-cao-dot-xuat': 'Báo cáo đột xuất',
};

export const SEVERITY_LABELS = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as const;

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
    empty: 'Mẫu trống',
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

// --- File reader (shared/file): formats and refusals --------------------------------------------------------
export const FILE_READER_MESSAGES = {
  legacyXls:
    'Tệp .xls (Excel 97–2003) không được nhận trực tiếp — hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại thành .xlsx (hoặc .ods) rồi gửi lại.',
  odsMacro: 'Tệp chứa macro — không nhận. Hãy lưu lại thành .ods hoặc .xlsx không có macro.',
  otherOpenDocument: (mime: string) => `tệp OpenDocument này không phải bảng tính (${mime})`,
  notSpreadsheet:
    'Tệp không phải bảng tính .xlsx hoặc .ods — hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại thành .xlsx.',
  odsCorrupt: (detail: string) => `Tệp .ods bị hỏng hoặc không đọc được: ${detail}.`,
  notOds: (detail: string) => `Tệp không phải là tệp bảng tính .ods hợp lệ: ${detail}.`,
  tooManyCells: (limit: number) =>
    `Tệp có quá nhiều ô có dữ liệu (giới hạn ${limit.toLocaleString('vi-VN')} ô) — có thể là tệp bất thường.`,
  sheetPartShared: (sheet: string, other: string) =>
    `trang "${sheet}" dùng chung dữ liệu với trang "${other}"`,
} as const;

// ---- Province report and summary workbook (issue 11b) ----
export const PROVINCE_REPORT_TEXTS = {
  docNumber: (abbr: string, docType: string) => `Số:      /${docType}-${abbr}`,
  subtitleReport: (from: string, to: string) =>
    `(Số liệu tổng hợp từ báo cáo của các cơ quan, đơn vị, tính từ ngày ${from} đến ngày ${to})`,
  subtitlePlan: (year: number) => `(Tổng hợp kế hoạch của các cơ quan, đơn vị năm ${year})`,
  headings: {
    chiDao: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
    ketQua: 'II. KẾT QUẢ THỰC HIỆN',
    nhom: '1. Kết quả thực hiện theo nhóm nhiệm vụ',
    nhomPlan: '1. Nhiệm vụ theo nhóm',
    chiTieu: '2. Biểu số liệu tổng hợp',
    danhGia: 'III. ĐÁNH GIÁ CHUNG',
    phuongHuong: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
    kienNghi: 'V. ĐỀ XUẤT, KIẾN NGHỊ',
    mucDich: 'I. MỤC ĐÍCH, YÊU CẦU',
    nhiemVu: 'II. NHIỆM VỤ',
    toChuc: 'III. TỔ CHỨC THỰC HIỆN',
  },
  hints: {
    edit: 'Ô nền vàng là nội dung Sở biên tập; lệnh xuất báo cáo đọc lại đúng nội dung trong các ô này.',
    phuongHuong: 'Sở bổ sung phương hướng, nhiệm vụ trọng tâm kỳ tới.',
  },
  submitted: (sent: number, total: number, onTime: number, late: number) =>
    `Sở đã nhận báo cáo của ${sent}/${total} cơ quan, đơn vị (${onTime} đúng hạn, ${late} muộn hạn).`,
  notSubmitted: (names: string) => `Chưa gửi báo cáo: ${names}.`,
  // Province plan (issue 11, Deliver 7): title, trích yếu, intake and the compiled plan narratives.
  planTitle: 'KẾ HOẠCH',
  planTopic: (year: number) => `Thông tin đối ngoại năm ${year}`,
  submittedPlan: (sent: number, total: number, onTime: number, late: number) =>
    `Kế hoạch được tổng hợp từ kế hoạch của ${sent}/${total} cơ quan, đơn vị (${onTime} gửi đúng hạn, ${late} gửi muộn).`,
  notSubmittedPlan: (names: string) => `Chưa gửi kế hoạch: ${names}.`,
  purposeIntro: 'Mục đích, yêu cầu do các cơ quan, đơn vị nêu trong kế hoạch:',
  implementationIntro: 'Tổ chức thực hiện do các cơ quan, đơn vị nêu trong kế hoạch:',
  directives: (n: number) =>
    `Các cơ quan, đơn vị đã ban hành ${n} văn bản chỉ đạo, hướng dẫn về thông tin đối ngoại.`,
  limitsIntro: 'Hạn chế, khó khăn do các cơ quan, đơn vị nêu:',
  proposalsIntro: 'Kiến nghị, đề xuất của các cơ quan, đơn vị:',
  nothingReported: '(Không có đơn vị nào nêu nội dung này.)',
  continued: '(tiếp)',
  truncated: (n: number, sheet: string) =>
    `(… còn ${n} ký tự, xem toàn văn tại trang "${sheet}" của bảng tổng hợp.)`,
  planProgress: (
    units: number,
    planned: number,
    done: number,
    pct: string,
    inProgress: number,
    notDone: number,
    notReported: number,
  ) =>
    `Theo kế hoạch năm của ${units} cơ quan, đơn vị: ${planned} nhiệm vụ, đã hoàn thành ${done} (${pct}), đang thực hiện ${inProgress}, chưa thực hiện ${notDone}, chưa báo cáo ${notReported}.`,
  groupHeaders: {
    stt: 'STT',
    group: 'Nhóm nhiệm vụ',
    count: 'Số hoạt động',
    countPlan: 'Số nhiệm vụ',
    units: 'Số đơn vị',
    done: 'Hoàn thành',
    inProgress: 'Đang thực hiện',
    notDone: 'Chưa thực hiện',
    unplanned: 'Phát sinh',
    budget: 'Kinh phí (triệu đồng)',
    percent: 'Tỷ lệ hoàn thành',
    total: 'Tổng cộng',
  },
  indicatorHeaders: { code: 'Mã', name: 'Chỉ tiêu', unit: 'Đơn vị tính', total: 'Tổng toàn tỉnh' },
  appendixTitle: (plan: boolean) =>
    plan
      ? 'PHỤ LỤC: DANH SÁCH NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ'
      : 'PHỤ LỤC: DANH SÁCH HOẠT ĐỘNG CỦA CÁC CƠ QUAN, ĐƠN VỊ',
  appendixUnit: 'Đơn vị',
  appendixByUnit: (n: number, max: number, sheet: string) =>
    `(Có ${n} hoạt động, nhiều hơn ${max} dòng in được trong văn bản này: phụ lục tổng hợp theo đơn vị; danh sách đầy đủ ở trang "${sheet}" của bảng tổng hợp và tệp CSV hoạt động.)`,
  appendixOf: (docNumber: string, plan = false) =>
    `(Kèm theo ${plan ? 'Kế hoạch' : 'Báo cáo'} ${docNumber.replace(/^Số:\s*/, 'số ')})`,
  recipientsTitle: 'Nơi nhận:',
  recipientReport: (body: string) => `${body} (để báo cáo);`,
  recipientArchive: 'Lưu: VT.',
  peoplesCommittee: (province: string) => `UBND ${province}`,
  signerHead: (consolidator: string) => (/^sở\s/i.test(consolidator) ? 'GIÁM ĐỐC' : 'THỦ TRƯỞNG CƠ QUAN'),
  signerName: '(Ký, ghi rõ họ tên)',
  signerNote: '(Ký, đóng dấu)',
  percentNone: '—',
  sheetReport: 'Báo cáo',
  sheetAppendix: 'Phụ lục',
  asOf: (d: string) => `Số liệu tính đến ngày ${d}.`,
} as const;

// ---- Excel task pane (issue 12): host errors by Office error code, consolidation warnings ----

/** Office.js error codes (OfficeExtension.ErrorCodes / Excel.ErrorCodes) → what happened + what to do. */
export const EXCEL_ERROR_MESSAGES: Record<string, string> = {
  AccessDenied:
    'trang tính đang được bảo vệ (có thể bằng mật khẩu do người dùng đặt) nên Excel không cho ghi. Hãy vào Xem lại → Bỏ bảo vệ trang tính, rồi thử lại.',
  ItemNotFound:
    'không tìm thấy biểu mẫu TTĐN trong sổ làm việc này. Hãy tạo biểu mẫu ở thẻ "Tạo biểu mẫu" hoặc mở tệp biểu mẫu đã nhận.',
  ItemAlreadyExists:
    'sổ làm việc đã có một trang tính hoặc tên trùng với biểu mẫu. Hãy đổi tên trang tính đó rồi thử lại.',
  RequestPayloadSizeLimitExceeded:
    'dữ liệu quá lớn cho một lần gửi tới Excel trên web. Hãy thử lại; nếu vẫn lỗi, hãy dùng Excel trên máy tính.',
  PayloadTooLarge:
    'dữ liệu quá lớn cho một lần gửi tới Excel trên web. Hãy thử lại; nếu vẫn lỗi, hãy dùng Excel trên máy tính.',
  InvalidOperationInCellEditMode:
    'Excel đang ở chế độ sửa ô. Hãy nhấn Enter (hoặc Esc) để rời ô đang sửa, rồi thử lại.',
  ActivityLimitReached: 'Excel đang bận. Hãy đợi vài giây rồi thử lại.',
  ConnectionFailure: 'mất kết nối tới Excel trên web. Hãy kiểm tra mạng rồi thử lại.',
  Conflict: 'sổ làm việc vừa được người khác sửa cùng lúc. Hãy đợi đồng bộ xong rồi thử lại.',
  InvalidArgument:
    'Excel từ chối thao tác. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại sổ làm việc và báo bộ phận CNTT.',
  InvalidOperation:
    'Excel từ chối thao tác. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại sổ làm việc và báo bộ phận CNTT.',
  GeneralException: 'Excel gặp lỗi khi thực hiện. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại sổ làm việc.',
  ApiNotFound:
    'phiên bản Excel này chưa có chức năng cần dùng. Hãy cập nhật Office hoặc dùng Excel trên web.',
  UnsupportedFeature:
    'phiên bản Excel này chưa có chức năng cần dùng. Hãy cập nhật Office hoặc dùng Excel trên web.',
};

export const EXCEL_PANE_MESSAGES = {
  macNoWordDownload:
    'Excel cho Mac không cho bổ trợ tải tệp Word xuống. Hãy mở bổ trợ trong Excel trên web, hoặc dùng trang ngoại tuyến ttdn.html (thẻ Xuất) với bảng tổng hợp này.',
  failed: (doing: string, why: string) => `${doing} không thành công: ${why}`,
  unknownCode: (code: string) =>
    `Excel báo lỗi "${code}". Hãy thử lại; nếu vẫn lỗi, hãy ghi lại mã lỗi này và báo bộ phận CNTT.`,
  unknown: 'Excel báo lỗi không rõ nguyên nhân. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại sổ làm việc.',
  /** The consolidation found nothing usable, or mostly another kind/year: the old summary is kept. */
  nothingAccepted: (total: number) =>
    `Không có tệp nào được tiếp nhận (${total} tệp đã chọn). Bảng tổng hợp cũ (nếu có) được giữ nguyên.`,
  mostlyOtherPeriod: (n: number, total: number, kind: string, year: number) =>
    `${n}/${total} tệp là ${KIND_LABELS[kind] ?? kind} ${year}, khác loại/năm đang tổng hợp. Bảng tổng hợp cũ (nếu có) được giữ nguyên.`,
  checkOrConfirm: 'Hãy kiểm tra lại loại báo cáo và năm, hoặc bấm "Vẫn ghi bảng tổng hợp".',
  noPendingSummary: 'Không còn kết quả tổng hợp nào chờ ghi. Hãy chạy lại "Tổng hợp".',
  macCopyInstead: (name: string) =>
    `Excel cho Mac không cho bổ trợ tải tệp xuống. Nội dung tệp "${name}" ở ô dưới: bấm "Sao chép" rồi dán vào một tệp văn bản mới và lưu với tên này, hoặc mở bổ trợ trong Excel trên web để tải tệp.`,
} as const;

// ---- Google Sheets add-on (appsscript/, issue 13) -------------------------------------------------
/** Google's words for the same things: Sheets users know "bảng tính", not Excel's "sổ làm việc". */
export const SHEETS_TERMS = {
  workbook: 'bảng tính',
  Workbook: 'Bảng tính',
  sheet: 'trang tính',
} as const;

export const SHEETS_MESSAGES = {
  noPermission:
    'Tiện ích chưa được cấp quyền cho thao tác này. Hãy đóng thanh bên, mở lại từ menu Tiện ích › Báo cáo TTĐN và chấp nhận yêu cầu cấp quyền; nếu vẫn lỗi, báo quản trị viên kiểm tra cài đặt tiện ích (docs/google-sheets.md).',
  notGranted: (name: string) =>
    `Tiện ích không được phép đọc "${name}": chỉ đọc được tệp bạn chọn trong hộp chọn tệp của Google Drive. Hãy chọn lại tệp này ở thẻ "Tổng hợp".`,
  tooLargeToExport: (name: string) =>
    `"${name}" quá lớn để Google Drive xuất ra (giới hạn 10 MB). Hãy tải tệp về dạng .xlsx, tải lên Drive rồi chọn tệp .xlsx đó.`,
  driveReadFailed: (name: string, detail: string) =>
    `Không đọc được "${name}" từ Google Drive (${detail}). Hãy thử lại; nếu vẫn lỗi, tải tệp về dạng .xlsx rồi chọn tệp đó.`,
  notASpreadsheet: (name: string) => `"${name}" không phải Google Trang tính hay tệp .xlsx: bỏ qua.`,
  folderNotReadable: (name: string) =>
    `"${name}" là thư mục. Google chỉ cho tiện ích đọc các tệp bạn chọn, không đọc được tệp bên trong thư mục: hãy mở thư mục trong hộp chọn tệp và chọn các tệp (Ctrl+A).`,
  nothingPicked: 'Chưa chọn tệp nào để tổng hợp. Bảng tổng hợp hiện có (nếu có) được giữ nguyên.',
  nothingReadable:
    'Không có tệp nào đọc được trong lựa chọn, nên bảng tổng hợp hiện có được giữ nguyên. Hãy chọn lại các tệp báo cáo (Google Trang tính hoặc .xlsx).',
  driveServiceOff:
    'Dịch vụ nâng cao Google Drive chưa được bật cho tập lệnh. Quản trị viên cần bật "Drive API" (v3) trong trình chỉnh sửa Apps Script › Dịch vụ (xem docs/google-sheets.md).',
  jobGone: 'Phiên tổng hợp đã kết thúc hoặc đã bị huỷ. Hãy bấm "Tổng hợp" để bắt đầu lại.',
  jobReplaced: 'Một phiên tổng hợp khác đã bắt đầu trong bảng tính này. Hãy bắt đầu lại.',
  jobCorrupt:
    'Dữ liệu phiên tổng hợp đang dở bị hỏng (trang ẩn _ttdn_job bị sửa?). Hãy huỷ phiên này rồi tổng hợp lại.',
  timeLimit:
    'Google dừng lượt xử lý vì quá 6 phút. Phần đã đọc được giữ lại: hãy bấm "Tiếp tục" để làm tiếp.',
  storageFull:
    'Bộ nhớ thuộc tính của tập lệnh đã đầy (giới hạn 500 KB). Hãy xoá bớt danh sách đơn vị/lịch tự tải lên ở thẻ "Cài đặt" rồi thử lại.',
  cellTooLong:
    'Nội dung vượt quá 50.000 ký tự mỗi ô của Google Trang tính. Hãy rút ngắn nội dung rồi thử lại.',
  pickerNotConfigured:
    'Chưa cấu hình hộp chọn tệp Google Picker: quản trị viên cần đặt PICKER_API_KEY và PICKER_APP_ID trong Thuộc tính tập lệnh (xem docs/google-sheets.md).',
  unexpected: (detail: string) =>
    `Google Trang tính báo lỗi: ${detail}. Hãy thử lại; nếu lỗi lặp lại, đóng và mở lại thanh bên.`,
  cancelled: 'Đã huỷ phiên tổng hợp; bảng tổng hợp cũ (nếu có) được giữ nguyên.',
  noConnection: 'Không kết nối được với Google Trang tính. Hãy đóng rồi mở lại thanh bên.',
  pickerTitle: 'Chọn các tệp báo cáo (Google Trang tính hoặc .xlsx)',
  pickerLoadFailed: 'Không tải được hộp chọn tệp Google Picker. Kiểm tra kết nối mạng rồi thử lại.',
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
  /** Shown by the Excel pane where it cannot run (addin/ui/Unsupported.tsx). */
  useOfflinePage:
    'Office 2016/2019 bản cấp phép số lượng lớn, WPS hoặc LibreOffice: hãy dùng trang ngoại tuyến ttdn.html — một tệp duy nhất, mở bằng Chrome, Edge hoặc Cốc Cốc, không cần mạng, làm được tạo biểu mẫu, kiểm tra, tổng hợp và xuất trên tệp.',
  offlinePageLink: 'Tải trang ngoại tuyến (ttdn.html)',
} as const;

// ---- Live hosts: what a host could not apply of a layout (issue 11, helper H11a) ----
export const HOST_SKIPPED_MESSAGES = {
  /** Excel without ExcelApi 1.9: the user sets A4, scale and page numbers in File → Print. */
  print: (sheet: string) => `${sheet}: thiết lập in (cần ExcelApi 1.9; đặt tay trong Tệp → In)`,
  filter: (sheet: string) => `${sheet}: bộ lọc (cần ExcelApi 1.9)`,
  validation: (sheet: string) => `${sheet}: danh sách chọn và ràng buộc nhập (cần ExcelApi 1.8)`,
  /** Google Sheets refuses a freeze line through a merged cell. */
  freeze: (sheet: string, n: number, dim: 'rows' | 'cols') =>
    `${sheet}: không cố định ${n} ${dim === 'rows' ? 'hàng' : 'cột'} đầu (có ô gộp vắt qua ranh giới)`,
  /** Said after a form was generated with parts left out. */
  notApplied: (items: readonly string[]) =>
    `Lưu ý: ứng dụng này chưa đặt được ${items.join('; ')}. Biểu mẫu vẫn dùng được; trước khi in, kiểm tra lại trong Tệp → In.`,
} as const;
