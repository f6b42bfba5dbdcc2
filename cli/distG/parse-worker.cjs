"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// cli/parallel/parse-worker.ts
var parse_worker_exports = {};
module.exports = __toCommonJS(parse_worker_exports);
var import_node_worker_threads = require("node:worker_threads");

// shared/domain/types.ts
var REPORT_KINDS = ["ke-hoach-nam", "bao-cao-6-thang", "bao-cao-nam", "bao-cao-dot-xuat"];

// shared/domain/errors.ts
var TtdnError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
  code;
};
var NotTtdnWorkbookError = class extends TtdnError {
  constructor(message) {
    super(message, "not-ttdn");
  }
};
var UnknownTemplateError = class extends TtdnError {
  constructor(message) {
    super(message, "unknown-template");
  }
};

// shared/domain/activity-groups.ts
var DEFAULT_ACTIVITY_GROUPS = [
  "Ch\u1EC9 \u0111\u1EA1o, ban h\xE0nh v\u0103n b\u1EA3n",
  "T\u1EADp hu\u1EA5n, b\u1ED3i d\u01B0\u1EE1ng nghi\u1EC7p v\u1EE5",
  "Qu\u1EA3ng b\xE1 h\xECnh \u1EA3nh tr\xEAn b\xE1o ch\xED, ph\xE1t thanh, truy\u1EC1n h\xECnh",
  "C\u1ED5ng/trang th\xF4ng tin \u0111i\u1EC7n t\u1EED v\xE0 m\u1EA1ng x\xE3 h\u1ED9i",
  "Xu\u1EA5t b\u1EA3n \u1EA5n ph\u1EA9m, s\u1EA3n ph\u1EA9m TT\u0110N",
  "H\u1EE3p t\xE1c qu\u1ED1c t\u1EBF, \u0111o\xE0n ra, \u0111o\xE0n v\xE0o",
  "H\u1ED9i ch\u1EE3, tri\u1EC3n l\xE3m, x\xFAc ti\u1EBFn \u0111\u1EA7u t\u01B0, th\u01B0\u01A1ng m\u1EA1i, du l\u1ECBch",
  "Cung c\u1EA5p th\xF4ng tin cho b\xE1o ch\xED, h\u1ECDp b\xE1o",
  "Qu\u1EA3n l\xFD ph\xF3ng vi\xEAn n\u01B0\u1EDBc ngo\xE0i",
  "\u0110\u1EA5u tranh ph\u1EA3n b\xE1c th\xF4ng tin sai tr\xE1i",
  "Tuy\xEAn truy\u1EC1n bi\xEAn gi\u1EDBi, bi\u1EC3n \u0111\u1EA3o",
  "Tuy\xEAn truy\u1EC1n v\u1EC1 ASEAN",
  "Truy\u1EC1n th\xF4ng v\u1EC1 quy\u1EC1n con ng\u01B0\u1EDDi",
  "Ch\u01B0\u01A1ng tr\xECnh MTQG (gi\u1EA3m ngh\xE8o, v\xF9ng DTTS & mi\u1EC1n n\xFAi, c\u1EE5m th\xF4ng tin \u0111i\u1EC7n t\u1EED)",
  "Theo d\xF5i, t\u1ED5ng h\u1EE3p d\u01B0 lu\u1EADn b\xE1o ch\xED",
  "S\u01A1 k\u1EBFt, t\u1ED5ng k\u1EBFt",
  "Kh\xE1c"
];
var FUNDING_SOURCES = [
  "NSNN t\u1EC9nh",
  "NSNN huy\u1EC7n/x\xE3",
  "Ch\u01B0\u01A1ng tr\xECnh MTQG",
  "X\xE3 h\u1ED9i h\xF3a",
  "Kh\xE1c"
];
var ACTIVITY_STATUSES = [
  "Ho\xE0n th\xE0nh",
  "\u0110ang th\u1EF1c hi\u1EC7n",
  "Ch\u01B0a th\u1EF1c hi\u1EC7n",
  "Ph\xE1t sinh ngo\xE0i k\u1EBF ho\u1EA1ch"
];

// shared/calendar/plain-date.ts
var DAY_MS = 864e5;
var EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
function makeDate(year, month, day2) {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day2)) return null;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day2 < 1) return null;
  const t = new Date(Date.UTC(year, month - 1, day2));
  if (t.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day2).padStart(2, "0")}`;
}
function toUtcMs(d) {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}
function fromUtcMs(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function addDays(d, n) {
  return fromUtcMs(toUtcMs(d) + n * DAY_MS);
}
function excelSerialToDate(serial) {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return fromUtcMs(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}
function jsDateToPlain(d) {
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}
function formatDmy(d) {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

// shared/calendar/calendar.ts
function at(year, md) {
  const d = makeDate(year, Number(md.slice(0, 2)), Number(md.slice(3, 5)));
  if (!d) throw new RangeError(`Ng\xE0y th\xE1ng kh\xF4ng h\u1EE3p l\u1EC7: ${md}`);
  return d;
}
function periodOf(calendar, kind, year, adHoc) {
  switch (kind) {
    case "ke-hoach-nam":
      return {
        kind,
        year,
        from: at(year, "01-01"),
        to: at(year, "12-31"),
        deadline: at(year, calendar.deadlines[kind]),
        label: `KH-${year}`
      };
    case "bao-cao-6-thang":
    case "bao-cao-nam": {
      const w = calendar.windows[kind];
      const fromYear = w.from > w.to ? year - 1 : year;
      return {
        kind,
        year,
        from: at(fromYear, w.from),
        to: at(year, w.to),
        deadline: at(year, calendar.deadlines[kind]),
        label: `${kind === "bao-cao-nam" ? "N" : "6T"}-${year}`
      };
    }
    case "bao-cao-dot-xuat": {
      const from = adHoc?.from ?? at(year, "01-01");
      const to = adHoc?.to ?? at(year, "12-31");
      return {
        kind,
        year,
        from,
        to,
        deadline: adHoc?.deadline ?? addDays(to, 7),
        label: `DX-${year}-${from.replace(/-/g, "")}-${to.replace(/-/g, "")}`
      };
    }
  }
}

// shared/messages/vi.ts
var READ_FINDING_MESSAGES = {
  COLUMN_EXTRA: (header) => `C\u1ED9t "${header}" do \u0111\u01A1n v\u1ECB th\xEAm v\xE0o b\u1EA3ng; kh\xF4ng thu\u1ED9c bi\u1EC3u m\u1EABu n\xEAn \u0111\u01B0\u1EE3c b\u1ECF qua.`,
  COLUMN_MISSING: (header) => `B\u1EA3ng thi\u1EBFu c\u1ED9t b\u1EAFt bu\u1ED9c "${header}" (c\xF3 th\u1EC3 \u0111\xE3 b\u1ECB x\xF3a); h\xE3y th\xEAm l\u1EA1i c\u1ED9t n\xE0y ho\u1EB7c d\xF9ng bi\u1EC3u m\u1EABu g\u1ED1c.`,
  COLUMN_ABSENT: (header) => `B\u1EA3ng kh\xF4ng c\xF3 c\u1ED9t "${header}"; c\u1ED9t n\xE0y \u0111\u01B0\u1EE3c \u0111\u1EC3 tr\u1ED1ng.`,
  METADATA_LOST: (kind, year, unit) => `T\u1EC7p \u0111\xE3 m\u1EA5t th\xF4ng tin nh\u1EADn d\u1EA1ng c\u1EE7a bi\u1EC3u m\u1EABu (trang \u1EA9n _ttdn, v\xF9ng \u0111\u1EB7t t\xEAn) \u2014 th\u01B0\u1EDDng do sao ch\xE9p sang s\u1ED5 t\xEDnh m\u1EDBi. \u0110\xE3 nh\u1EADn d\u1EA1ng theo ti\xEAu \u0111\u1EC1: ${kind} n\u0103m ${year}, \u0111\u01A1n v\u1ECB ${unit}. L\u1EA7n sau h\xE3y \u0111i\u1EC1n tr\u1EF1c ti\u1EBFp v\xE0o t\u1EC7p bi\u1EC3u m\u1EABu g\u1ED1c.`,
  FORM_EMPTY: () => "Bi\u1EC3u m\u1EABu c\xF2n tr\u1ED1ng (ch\u01B0a \u0111i\u1EC1n ho\u1EA1t \u0111\u1ED9ng, ch\u1EC9 ti\xEAu hay n\u1ED9i dung n\xE0o): ch\u01B0a \u0111\u01B0\u1EE3c t\xEDnh l\xE0 \u0111\xE3 n\u1ED9p."
};
var READ_ERROR_MESSAGES = {
  unrecognisedForm: 'T\u1EC7p kh\xF4ng ph\u1EA3i l\xE0 bi\u1EC3u m\u1EABu TT\u0110N ho\u1EB7c \u0111\xE3 m\u1EA5t nh\u1EADn d\u1EA1ng: kh\xF4ng c\xF3 trang \u1EA9n _ttdn, v\xF9ng \u0111\u1EB7t t\xEAn, c\u0169ng kh\xF4ng th\u1EA5y ti\xEAu \u0111\u1EC1 v\xE0 d\xF2ng ti\xEAu \u0111\u1EC1 c\u1ED9t c\u1EE7a Ph\u1EE5 l\u1EE5c 01/02. H\xE3y t\u1EA3i l\u1EA1i bi\u1EC3u m\u1EABu g\u1ED1c (ttdn template ho\u1EB7c th\u1EBB "T\u1EA1o bi\u1EC3u m\u1EABu"), ch\xE9p d\u1EEF li\u1EC7u v\xE0o \u0111\xF3 v\xE0 g\u1EEDi l\u1EA1i.',
  unitNotFound: "T\u1EC7p m\u1EA5t th\xF4ng tin nh\u1EADn d\u1EA1ng v\xE0 kh\xF4ng t\xECm th\u1EA5y t\xEAn \u0111\u01A1n v\u1ECB \u1EDF ph\u1EA7n \u0111\u1EA7u v\u0103n b\u1EA3n kh\u1EDBp v\u1EDBi danh s\xE1ch \u0111\u01A1n v\u1ECB. H\xE3y ghi \u0111\xFAng t\xEAn \u0111\u01A1n v\u1ECB \u1EDF d\xF2ng th\u1EE9 hai c\u1EE7a v\u0103n b\u1EA3n ho\u1EB7c d\xF9ng bi\u1EC3u m\u1EABu g\u1ED1c.",
  missingTable: (name) => `Kh\xF4ng t\xECm th\u1EA5y b\u1EA3ng "${name}" (v\xF9ng \u0111\u1EB7t t\xEAn ho\u1EB7c d\xF2ng ti\xEAu \u0111\u1EC1 c\u1ED9t). H\xE3y d\xF9ng bi\u1EC3u m\u1EABu g\u1ED1c, gi\u1EEF nguy\xEAn d\xF2ng ti\xEAu \u0111\u1EC1 c\u1ED9t.`
};
var FINDING_MESSAGES = {
  ...READ_FINDING_MESSAGES,
  META_MISSING: (key) => `Thi\u1EBFu th\xF4ng tin "${key}" trong trang \u1EA9n _ttdn \u2014 t\u1EC7p kh\xF4ng do c\xF4ng c\u1EE5 t\u1EA1o ra ho\u1EB7c \u0111\xE3 b\u1ECB s\u1EEDa.`,
  UNIT_UNKNOWN: (code) => `M\xE3 \u0111\u01A1n v\u1ECB "${code}" kh\xF4ng c\xF3 trong danh s\xE1ch \u0111\u01A1n v\u1ECB b\xE1o c\xE1o.`,
  PERIOD_MISMATCH: (found, expected) => `K\u1EF3 b\xE1o c\xE1o "${found}" kh\xF4ng kh\u1EDBp v\u1EDBi lo\u1EA1i b\xE1o c\xE1o v\xE0 n\u0103m (ph\u1EA3i l\xE0 "${expected}").`,
  YEAR_INVALID: (value) => `N\u0103m b\xE1o c\xE1o "${value}" kh\xF4ng h\u1EE3p l\u1EC7.`,
  HEADER_MISSING: (label) => `Ch\u01B0a \u0111i\u1EC1n ${label}.`,
  REQUIRED: (label) => `C\u1ED9t "${label}" l\xE0 b\u1EAFt bu\u1ED9c nh\u01B0ng \u0111ang \u0111\u1EC3 tr\u1ED1ng.`,
  LIST_VALUE: (label, value) => `"${value}" kh\xF4ng thu\u1ED9c danh s\xE1ch c\u1EE7a c\u1ED9t "${label}". H\xE3y ch\u1ECDn t\u1EEB danh s\xE1ch th\u1EA3 xu\u1ED1ng.`,
  NUMBER_INVALID: (label, value) => `"${value}" \u1EDF c\u1ED9t "${label}" kh\xF4ng ph\u1EA3i l\xE0 s\u1ED1.`,
  NUMBER_NEGATIVE: (label) => `C\u1ED9t "${label}" kh\xF4ng nh\u1EADn s\u1ED1 \xE2m.`,
  NUMBER_NOT_INTEGER: (label) => `C\u1ED9t "${label}" ph\u1EA3i l\xE0 s\u1ED1 nguy\xEAn.`,
  NUMBER_DECIMALS: (label, max2) => `C\u1ED9t "${label}" ch\u1EC9 nh\u1EADn t\u1ED1i \u0111a ${max2} ch\u1EEF s\u1ED1 th\u1EADp ph\xE2n.`,
  DATE_INVALID: (label, value) => `"${value}" \u1EDF c\u1ED9t "${label}" kh\xF4ng ph\u1EA3i l\xE0 th\u1EDDi gian h\u1EE3p l\u1EC7 (v\xED d\u1EE5 15/03/2026, Th\xE1ng 3/2026, Qu\xFD I/2026, Th\u01B0\u1EDDng xuy\xEAn).`,
  DATE_OUT_OF_RANGE: (label, from, to) => `Ng\xE0y \u1EDF c\u1ED9t "${label}" n\u1EB1m ngo\xE0i kho\u1EA3ng ${from} \u2013 ${to}.`,
  DATE_ORDER: (fromLabel, toLabel) => `"${fromLabel}" ph\u1EA3i tr\u01B0\u1EDBc ho\u1EB7c tr\xF9ng "${toLabel}".`,
  TEXT_TOO_LONG: (label, max2) => `N\u1ED9i dung c\u1ED9t "${label}" d\xE0i qu\xE1 ${max2} k\xFD t\u1EF1.`,
  FORMULA_INPUT: (label) => `\xD4 "${label}" ch\u1EE9a c\xF4ng th\u1EE9c; ch\u1EC9 gi\xE1 tr\u1ECB hi\u1EC7n t\u1EA1i c\u1EE7a c\xF4ng th\u1EE9c \u0111\u01B0\u1EE3c ghi nh\u1EADn.`,
  LEGACY_ENCODING: (encoding) => `V\u0103n b\u1EA3n g\xF5 b\u1EB1ng b\u1EA3ng m\xE3 c\u0169 (${encoding}); h\xE3y chuy\u1EC3n sang Unicode (c\xF3 th\u1EC3 chuy\u1EC3n t\u1EF1 \u0111\u1ED9ng).`,
  INDICATOR_REQUIRES: (code, requires) => `Ch\u1EC9 ti\xEAu ${code} l\u1EDBn h\u01A1n 0 th\xEC ch\u1EC9 ti\xEAu ${requires} c\u0169ng ph\u1EA3i l\u1EDBn h\u01A1n 0.`,
  BUDGET_MISMATCH: (sum, indicator, value) => `T\u1ED5ng kinh ph\xED c\xE1c ho\u1EA1t \u0111\u1ED9ng (${sum} tri\u1EC7u \u0111\u1ED3ng) l\u1EC7ch v\u1EDBi ch\u1EC9 ti\xEAu ${indicator} (${value} tri\u1EC7u \u0111\u1ED3ng).`,
  TASK_NOT_IN_PLAN: (code) => `M\xE3 nhi\u1EC7m v\u1EE5 "${code}" kh\xF4ng c\xF3 trong k\u1EBF ho\u1EA1ch n\u0103m c\u1EE7a \u0111\u01A1n v\u1ECB.`,
  DUPLICATE_ROW: (other) => `H\xE0ng tr\xF9ng l\u1EB7p v\u1EDBi h\xE0ng ${other} c\u1EE7a b\u1EA3ng.`,
  DUPLICATE_CODE: (code, other) => `M\xE3 nhi\u1EC7m v\u1EE5 "${code}" b\u1ECB tr\xF9ng v\u1EDBi h\xE0ng ${other}.`,
  ROW_BELOW_TABLE: () => `H\xE0ng \u0111\u01B0\u1EE3c nh\u1EADp b\xEAn d\u01B0\u1EDBi v\xF9ng b\u1EA3ng; \u0111\xE3 \u0111\u01B0\u1EE3c ghi nh\u1EADn, n\xEAn ch\xE8n h\xE0ng b\xEAn trong b\u1EA3ng \u0111\u1EC3 c\xF3 danh s\xE1ch th\u1EA3 xu\u1ED1ng.`
};
var ERROR_MESSAGES = {
  notTtdnWorkbook: "T\u1EC7p kh\xF4ng ph\u1EA3i l\xE0 bi\u1EC3u m\u1EABu TT\u0110N (kh\xF4ng c\xF3 trang \u1EA9n _ttdn ho\u1EB7c v\xF9ng d\u1EEF li\u1EC7u \u0111\u01B0\u1EE3c \u0111\u1EB7t t\xEAn).",
  unknownTemplate: (id, version) => `Bi\u1EC3u m\u1EABu "${id}" phi\xEAn b\u1EA3n ${version} kh\xF4ng \u0111\u01B0\u1EE3c h\u1ED7 tr\u1EE3; h\xE3y t\u1EA3i bi\u1EC3u m\u1EABu m\u1EDBi nh\u1EA5t.`,
  unknownKind: (kind) => `Lo\u1EA1i b\xE1o c\xE1o "${kind}" kh\xF4ng h\u1EE3p l\u1EC7 (ke-hoach-nam, bao-cao-6-thang, bao-cao-nam, bao-cao-dot-xuat).`,
  missingName: (name) => `Thi\u1EBFu v\xF9ng d\u1EEF li\u1EC7u \u0111\u01B0\u1EE3c \u0111\u1EB7t t\xEAn ${name}.`,
  missingSheet: (name) => `Kh\xF4ng t\xECm th\u1EA5y trang "${name}".`,
  unknownUnit: (code) => `Kh\xF4ng c\xF3 \u0111\u01A1n v\u1ECB m\xE3 "${code}" trong danh s\xE1ch \u0111\u01A1n v\u1ECB.`,
  unknownPreset: (id, known) => `Kh\xF4ng c\xF3 b\u1ED9 c\u1EA5u h\xECnh "${id}" (c\xF3: ${known}).`,
  badYear: (value) => `N\u0103m "${value}" kh\xF4ng h\u1EE3p l\u1EC7 (v\xED d\u1EE5 2026).`,
  registryLine: (line, field, problem) => `Danh s\xE1ch \u0111\u01A1n v\u1ECB, d\xF2ng ${line}, tr\u01B0\u1EDDng "${field}": ${problem}`,
  calendarField: (field, problem) => `L\u1ECBch b\xE1o c\xE1o, tr\u01B0\u1EDDng "${field}": ${problem}`
};
var KIND_LABELS = {
  "ke-hoach-nam": "K\u1EBF ho\u1EA1ch ho\u1EA1t \u0111\u1ED9ng TT\u0110N n\u0103m",
  "bao-cao-6-thang": "B\xE1o c\xE1o 6 th\xE1ng \u0111\u1EA7u n\u0103m",
  "bao-cao-nam": "B\xE1o c\xE1o n\u0103m",
  "bao-cao-dot-xuat": "B\xE1o c\xE1o \u0111\u1ED9t xu\u1EA5t"
};
var FILE_READER_MESSAGES = {
  legacyXls: "T\u1EC7p .xls (Excel 97\u20132003) kh\xF4ng \u0111\u01B0\u1EE3c nh\u1EADn tr\u1EF1c ti\u1EBFp \u2014 h\xE3y m\u1EDF t\u1EC7p b\u1EB1ng Excel ho\u1EB7c LibreOffice v\xE0 l\u01B0u l\u1EA1i th\xE0nh .xlsx (ho\u1EB7c .ods) r\u1ED3i g\u1EEDi l\u1EA1i.",
  odsMacro: "T\u1EC7p ch\u1EE9a macro \u2014 kh\xF4ng nh\u1EADn. H\xE3y l\u01B0u l\u1EA1i th\xE0nh .ods ho\u1EB7c .xlsx kh\xF4ng c\xF3 macro.",
  otherOpenDocument: (mime) => `t\u1EC7p OpenDocument n\xE0y kh\xF4ng ph\u1EA3i b\u1EA3ng t\xEDnh (${mime})`,
  notSpreadsheet: "T\u1EC7p kh\xF4ng ph\u1EA3i b\u1EA3ng t\xEDnh .xlsx ho\u1EB7c .ods \u2014 h\xE3y m\u1EDF t\u1EC7p b\u1EB1ng Excel ho\u1EB7c LibreOffice v\xE0 l\u01B0u l\u1EA1i th\xE0nh .xlsx.",
  odsCorrupt: (detail) => `T\u1EC7p .ods b\u1ECB h\u1ECFng ho\u1EB7c kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c: ${detail}.`,
  notOds: (detail) => `T\u1EC7p kh\xF4ng ph\u1EA3i l\xE0 t\u1EC7p b\u1EA3ng t\xEDnh .ods h\u1EE3p l\u1EC7: ${detail}.`,
  tooManyCells: (limit) => `T\u1EC7p c\xF3 qu\xE1 nhi\u1EC1u \xF4 c\xF3 d\u1EEF li\u1EC7u (gi\u1EDBi h\u1EA1n ${limit.toLocaleString("vi-VN")} \xF4) \u2014 c\xF3 th\u1EC3 l\xE0 t\u1EC7p b\u1EA5t th\u01B0\u1EDDng.`,
  sheetPartShared: (sheet, other) => `trang "${sheet}" d\xF9ng chung d\u1EEF li\u1EC7u v\u1EDBi trang "${other}"`
};

// shared/presets/registry-presets.ts
function u(code, name, abbr, kind, parentBody) {
  return parentBody ? { code, name, abbr, kind, parentBody, active: true } : { code, name, abbr, kind, active: true };
}
var FUNDING_BEFORE_2025 = ["NSNN t\u1EC9nh", "NSNN huy\u1EC7n/x\xE3", "Ch\u01B0\u01A1ng tr\xECnh MTQG", "X\xE3 h\u1ED9i h\xF3a", "Kh\xE1c"];
var FUNDING_FROM_2025 = ["NSNN t\u1EC9nh", "NSNN c\u1EA5p x\xE3", "Ch\u01B0\u01A1ng tr\xECnh MTQG", "X\xE3 h\u1ED9i h\xF3a", "Kh\xE1c"];
var BEFORE_2025 = {
  id: "mau-truoc-2025",
  province: "t\u1EC9nh M\u1EABu",
  place: "M\u1EABu",
  governingBody: "UBND T\u1EC8NH M\u1EAAU",
  consolidator: { name: "S\u1EDF Th\xF4ng tin v\xE0 Truy\u1EC1n th\xF4ng", short: "STTTT" },
  ministry: { name: "B\u1ED9 Th\xF4ng tin v\xE0 Truy\u1EC1n th\xF4ng (C\u1EE5c Th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i)", short: "BTTTT" },
  fundingSources: FUNDING_BEFORE_2025,
  units: [
    u("SO_TTTT", "S\u1EDF Th\xF4ng tin v\xE0 Truy\u1EC1n th\xF4ng", "STTTT", "so_nganh"),
    u("SO_NGOAI_VU", "S\u1EDF Ngo\u1EA1i v\u1EE5", "SNgV", "so_nganh"),
    u("SO_VHTTDL", "S\u1EDF V\u0103n h\xF3a, Th\u1EC3 thao v\xE0 Du l\u1ECBch", "SVHTTDL", "so_nganh"),
    u("SO_KHDT", "S\u1EDF K\u1EBF ho\u1EA1ch v\xE0 \u0110\u1EA7u t\u01B0", "SKH\u0110T", "so_nganh"),
    u("SO_CONG_THUONG", "S\u1EDF C\xF4ng Th\u01B0\u01A1ng", "SCT", "so_nganh"),
    u("SO_TAI_CHINH", "S\u1EDF T\xE0i ch\xEDnh", "STC", "so_nganh"),
    u("SO_NOI_VU", "S\u1EDF N\u1ED9i v\u1EE5", "SNV", "so_nganh"),
    u("SO_LDTBXH", "S\u1EDF Lao \u0111\u1ED9ng - Th\u01B0\u01A1ng binh v\xE0 X\xE3 h\u1ED9i", "SL\u0110TBXH", "so_nganh"),
    u("CONG_AN_TINH", "C\xF4ng an t\u1EC9nh M\u1EABu", "CAT", "luc_luong_vu_trang", "B\u1ED8 C\xD4NG AN"),
    u("BO_CHQS_TINH", "B\u1ED9 Ch\u1EC9 huy Qu\xE2n s\u1EF1 t\u1EC9nh M\u1EABu", "BCHQS", "luc_luong_vu_trang", "QU\xC2N KHU 1"),
    u(
      "BO_CH_BDBP",
      "B\u1ED9 Ch\u1EC9 huy B\u1ED9 \u0111\u1ED9i Bi\xEAn ph\xF2ng t\u1EC9nh M\u1EABu",
      "B\u0110BP",
      "luc_luong_vu_trang",
      "B\u1ED8 T\u01AF L\u1EC6NH B\u1ED8 \u0110\u1ED8I BI\xCAN PH\xD2NG"
    ),
    u("BAN_DAN_TOC", "Ban D\xE2n t\u1ED9c t\u1EC9nh M\u1EABu", "BDT", "so_nganh"),
    u("VP_UBND_TINH", "V\u0103n ph\xF2ng UBND t\u1EC9nh", "VPUBND", "so_nganh"),
    u("TT_XTDT", "Trung t\xE2m X\xFAc ti\u1EBFn \u0111\u1EA7u t\u01B0", "TTXT\u0110T", "khac"),
    u("LIEN_HIEP_HUU_NGHI", "Li\xEAn hi\u1EC7p c\xE1c t\u1ED5 ch\u1EE9c h\u1EEFu ngh\u1ECB t\u1EC9nh M\u1EABu", "LHHN", "doan_the"),
    u("BAO_TINH", "B\xE1o M\u1EABu", "BM", "bao_chi"),
    u("DAI_PTTH", "\u0110\xE0i Ph\xE1t thanh v\xE0 Truy\u1EC1n h\xECnh t\u1EC9nh M\u1EABu", "PTTH", "bao_chi"),
    u("UBND_TP_MAU", "UBND th\xE0nh ph\u1ED1 M\u1EABu", "UBNDTP", "ubnd_huyen"),
    u("UBND_H_DONG_SON", "UBND huy\u1EC7n \u0110\xF4ng S\u01A1n", "UBND\u0110S", "ubnd_huyen"),
    u("UBND_H_TAY_SON", "UBND huy\u1EC7n T\xE2y S\u01A1n", "UBNDTS", "ubnd_huyen"),
    u("UBND_H_NAM_SON", "UBND huy\u1EC7n Nam S\u01A1n", "UBNDNS", "ubnd_huyen"),
    u("UBND_H_BAC_SON", "UBND huy\u1EC7n B\u1EAFc S\u01A1n", "UBNDBS", "ubnd_huyen")
  ]
};
var FROM_2025 = {
  id: "mau-tu-2025",
  province: "t\u1EC9nh M\u1EABu",
  place: "M\u1EABu",
  governingBody: "UBND T\u1EC8NH M\u1EAAU",
  consolidator: { name: "S\u1EDF V\u0103n h\xF3a, Th\u1EC3 thao v\xE0 Du l\u1ECBch", short: "SVHTTDL" },
  ministry: {
    name: "B\u1ED9 V\u0103n h\xF3a, Th\u1EC3 thao v\xE0 Du l\u1ECBch (C\u1EE5c Th\xF4ng tin c\u01A1 s\u1EDF v\xE0 Th\xF4ng tin \u0111\u1ED1i ngo\u1EA1i)",
    short: "BVHTTDL"
  },
  fundingSources: FUNDING_FROM_2025,
  units: [
    u("SO_VHTTDL", "S\u1EDF V\u0103n h\xF3a, Th\u1EC3 thao v\xE0 Du l\u1ECBch", "SVHTTDL", "so_nganh"),
    u("SO_NGOAI_VU", "S\u1EDF Ngo\u1EA1i v\u1EE5", "SNgV", "so_nganh"),
    u("SO_TAI_CHINH", "S\u1EDF T\xE0i ch\xEDnh", "STC", "so_nganh"),
    u("SO_CONG_THUONG", "S\u1EDF C\xF4ng Th\u01B0\u01A1ng", "SCT", "so_nganh"),
    u("SO_NOI_VU", "S\u1EDF N\u1ED9i v\u1EE5", "SNV", "so_nganh"),
    u("SO_KHCN", "S\u1EDF Khoa h\u1ECDc v\xE0 C\xF4ng ngh\u1EC7", "SKHCN", "so_nganh"),
    u("SO_DAN_TOC_TON_GIAO", "S\u1EDF D\xE2n t\u1ED9c v\xE0 T\xF4n gi\xE1o", "SDTTG", "so_nganh"),
    u("CONG_AN_TINH", "C\xF4ng an t\u1EC9nh M\u1EABu", "CAT", "luc_luong_vu_trang", "B\u1ED8 C\xD4NG AN"),
    u("BO_CHQS_TINH", "B\u1ED9 Ch\u1EC9 huy Qu\xE2n s\u1EF1 t\u1EC9nh M\u1EABu", "BCHQS", "luc_luong_vu_trang", "QU\xC2N KHU 1"),
    u(
      "BO_CH_BDBP",
      "B\u1ED9 Ch\u1EC9 huy B\u1ED9 \u0111\u1ED9i Bi\xEAn ph\xF2ng t\u1EC9nh M\u1EABu",
      "B\u0110BP",
      "luc_luong_vu_trang",
      "B\u1ED8 T\u01AF L\u1EC6NH B\u1ED8 \u0110\u1ED8I BI\xCAN PH\xD2NG"
    ),
    u("VP_UBND_TINH", "V\u0103n ph\xF2ng UBND t\u1EC9nh", "VPUBND", "so_nganh"),
    u("TT_XTDT", "Trung t\xE2m X\xFAc ti\u1EBFn \u0110\u1EA7u t\u01B0, Th\u01B0\u01A1ng m\u1EA1i v\xE0 Du l\u1ECBch", "TTXT\u0110TTMDL", "khac"),
    u("LIEN_HIEP_HUU_NGHI", "Li\xEAn hi\u1EC7p c\xE1c t\u1ED5 ch\u1EE9c h\u1EEFu ngh\u1ECB t\u1EC9nh M\u1EABu", "LHHN", "doan_the"),
    u("BAO_PTTH", "B\xE1o v\xE0 Ph\xE1t thanh, Truy\u1EC1n h\xECnh M\u1EABu", "BPTTH", "bao_chi"),
    u("UBND_P_TRUNG_TAM", "UBND ph\u01B0\u1EDDng Trung T\xE2m", "UBNDPTT", "ubnd_xa"),
    u("UBND_P_BAC_HA", "UBND ph\u01B0\u1EDDng B\u1EAFc H\xE0", "UBNDPBH", "ubnd_xa"),
    u("UBND_X_DONG_SON", "UBND x\xE3 \u0110\xF4ng S\u01A1n", "UBNDX\u0110S", "ubnd_xa"),
    u("UBND_X_TAY_SON", "UBND x\xE3 T\xE2y S\u01A1n", "UBNDXTS", "ubnd_xa"),
    u("UBND_X_NAM_SON", "UBND x\xE3 Nam S\u01A1n", "UBNDXNS", "ubnd_xa"),
    u("UBND_X_BAC_SON", "UBND x\xE3 B\u1EAFc S\u01A1n", "UBNDXBS", "ubnd_xa"),
    u("UBND_X_BIEN_GIOI", "UBND x\xE3 Bi\xEAn Gi\u1EDBi", "UBNDXBG", "ubnd_xa"),
    u("UBND_X_CUA_KHAU", "UBND x\xE3 C\u1EEDa Kh\u1EA9u", "UBNDXCK", "ubnd_xa")
  ]
};
function unitShort(code) {
  if (!/[_\-\s]/.test(code)) return code.toUpperCase();
  return code.split(/[_\-\s]+/).filter(Boolean).map((p) => p[0]).join("").toUpperCase();
}
function findUnit(registry, code) {
  const key = code.trim().toUpperCase();
  return registry.units.find((x2) => x2.code.toUpperCase() === key);
}

// shared/text/normalize.ts
function isClean(s) {
  let space = true;
  for (let i2 = 0; i2 < s.length; i2++) {
    const c = s.charCodeAt(i2);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c >= 33 && c <= 126 || c >= 192 && c <= 591 || c >= 7680 && c <= 7935 || c === 8211 || c === 8212 || c === 8216 || c === 8217 || c === 8220 || c === 8221 || c === 8230)
      space = false;
    else return false;
  }
  return !space;
}
function cleanText(s) {
  if (isClean(s)) return s;
  return s.normalize("NFC").replace(/[\u200B-\u200D\uFEFF]/g, "").replace(/[\u00A0\u2007\u202F\t]/g, " ").replace(/ {2,}/g, " ").trim();
}
var folded = /* @__PURE__ */ new Map();
var FOLD_CACHE_ENTRIES = 2e4;
var FOLD_CACHE_KEY_LENGTH = 200;
function foldKey(s) {
  if (s.length > FOLD_CACHE_KEY_LENGTH) return fold(s);
  let key = folded.get(s);
  if (key === void 0) {
    key = fold(s);
    if (folded.size >= FOLD_CACHE_ENTRIES) folded.clear();
    folded.set(s, key);
  }
  return key;
}
function fold(s) {
  return cleanText(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
var CanonicalList = class {
  constructor(values) {
    this.values = values;
    for (const v of values) this.byKey.set(foldKey(v), v);
    this.exact = new Set(values);
  }
  values;
  byKey = /* @__PURE__ */ new Map();
  exact;
  match(input2) {
    return this.exact.has(input2) ? input2 : this.byKey.get(foldKey(input2));
  }
};

// shared/grid/a1.ts
function columnLetter(col) {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function columnNumber(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function cellRef(row, col) {
  return `${columnLetter(col)}${row}`;
}
function parseRange(ref) {
  const bang = ref.lastIndexOf("!");
  const body = (bang >= 0 ? ref.slice(bang + 1) : ref).replace(/\$/g, "");
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(body);
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right)
  };
}

// shared/grid/workbook-grid.ts
var MapSheetGrid = class {
  constructor(name, state = "visible") {
    this.name = name;
    this.state = state;
  }
  name;
  state;
  cells = /* @__PURE__ */ new Map();
  rowCount = 0;
  columnCount = 0;
  merges = [];
  set(row, col, cell) {
    const c = cell !== null && typeof cell === "object" && !(cell instanceof Date) ? cell : { value: cell };
    this.cells.set(row * 16384 + col, c);
    if (row > this.rowCount) this.rowCount = row;
    if (col > this.columnCount) this.columnCount = col;
    return this;
  }
  cell(row, col) {
    return this.cells.get(row * 16384 + col);
  }
};

// shared/templates/spec-types.ts
var META_SHEET = "_ttdn";
var LISTS_SHEET = "_lists";
var NAME_DOC_NUMBER = "TTDN_SoKyHieu";
var NAME_REPORT_DATE = "TTDN_NgayBaoCao";

// shared/templates/common-parts.ts
var LEAD_COLUMNS = [
  { key: "stt", header: "STT", type: "seq", width: 4 },
  { key: "maNhiemVu", header: "M\xE3 nhi\u1EC7m v\u1EE5", type: "task-code", width: 9 },
  {
    key: "nhomNhiemVu",
    header: "Nh\xF3m nhi\u1EC7m v\u1EE5",
    type: "list",
    list: "nhomNhiemVu",
    width: 10,
    required: true
  }
];
var CLOSING = {
  // Empty: the signature lines come from the unit's kind (`signerFor`), into input cells.
  signer: { capacity: "", title: "", name: "" },
  recipients: ["{consolidator} (\u0111\u1EC3 t\u1ED5ng h\u1EE3p);", "L\u01B0u: VT."]
};

// shared/templates/tt22-pl01-ke-hoach.ts
var PLAN_COLUMNS = [
  ...LEAD_COLUMNS,
  {
    key: "tenNhiemVu",
    header: "T\xEAn nhi\u1EC7m v\u1EE5/ho\u1EA1t \u0111\u1ED9ng",
    type: "text",
    width: 12,
    required: true,
    maxLength: 500
  },
  { key: "noiDung", header: "N\u1ED9i dung ch\u1EE7 y\u1EBFu", type: "text", width: 12, maxLength: 2e3 },
  { key: "hinhThuc", header: "H\xECnh th\u1EE9c th\u1EF1c hi\u1EC7n", type: "text", width: 7, maxLength: 500 },
  { key: "chuTri", header: "C\u01A1 quan ch\u1EE7 tr\xEC", type: "text", width: 7, required: true, maxLength: 300 },
  { key: "phoiHop", header: "C\u01A1 quan ph\u1ED1i h\u1EE3p", type: "text", width: 7, maxLength: 500 },
  { key: "tuNgay", header: "Th\u1EDDi gian t\u1EEB", type: "date-span", spanEnd: "from", window: "period", width: 10 },
  { key: "denNgay", header: "Th\u1EDDi gian \u0111\u1EBFn", type: "date-span", spanEnd: "to", window: "period", width: 10 },
  {
    key: "kinhPhi",
    header: "Kinh ph\xED d\u1EF1 ki\u1EBFn (tri\u1EC7u \u0111\u1ED3ng)",
    type: "number",
    decimals: 3,
    width: 8,
    total: true
  },
  { key: "nguonKinhPhi", header: "Ngu\u1ED3n kinh ph\xED", type: "list", list: "nguonKinhPhi", width: 8 },
  { key: "ghiChu", header: "Ghi ch\xFA", type: "text", width: 6, maxLength: 1e3 }
];
var FUNDING_ANY_ERA = [.../* @__PURE__ */ new Set([...FUNDING_FROM_2025, ...FUNDING_BEFORE_2025, ...FUNDING_SOURCES])];
var TT22_PL01_V1_1 = {
  id: "tt22-pl01",
  version: "1.1",
  kinds: ["ke-hoach-nam"],
  sheetName: "Ke hoach",
  docType: "KH",
  orientation: "landscape",
  titles: { "ke-hoach-nam": "K\u1EBE HO\u1EA0CH HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I N\u0102M {year}" },
  lists: { nhomNhiemVu: DEFAULT_ACTIVITY_GROUPS, nguonKinhPhi: FUNDING_ANY_ERA },
  sections: [
    {
      type: "narrative",
      name: "TTDN_MucDich",
      key: "mucDich",
      heading: "I. M\u1EE4C \u0110\xCDCH, Y\xCAU C\u1EA6U",
      hint: "M\u1EE5c \u0111\xEDch, y\xEAu c\u1EA7u c\u1EE7a k\u1EBF ho\u1EA1ch (kh\xF4ng b\u1EAFt bu\u1ED9c).",
      maxLength: 8e3
    },
    {
      type: "table",
      name: "TTDN_KeHoach",
      heading: "II. NHI\u1EC6M V\u1EE4, HO\u1EA0T \u0110\u1ED8NG",
      bodyRows: 20,
      totalLabel: "T\u1ED5ng c\u1ED9ng",
      columns: PLAN_COLUMNS
    },
    {
      type: "narrative",
      name: "TTDN_ToChuc",
      key: "toChuc",
      heading: "III. T\u1ED4 CH\u1EE8C TH\u1EF0C HI\u1EC6N",
      hint: "Ph\xE2n c\xF4ng, kinh ph\xED, ch\u1EBF \u0111\u1ED9 b\xE1o c\xE1o (kh\xF4ng b\u1EAFt bu\u1ED9c).",
      maxLength: 8e3
    }
  ],
  rules: [
    { type: "date-order", from: "tuNgay", to: "denNgay" },
    { type: "unique", column: "maNhiemVu" },
    { type: "duplicate-rows", columns: ["nhomNhiemVu", "tenNhiemVu", "tuNgay", "denNgay"] }
  ],
  ...CLOSING
};
var TT22_PL01_V1 = {
  id: "tt22-pl01",
  version: "1.0",
  kinds: ["ke-hoach-nam"],
  sheetName: "Ke hoach",
  docType: "KH",
  orientation: "landscape",
  titles: { "ke-hoach-nam": "K\u1EBE HO\u1EA0CH HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I N\u0102M {year}" },
  lists: { nhomNhiemVu: DEFAULT_ACTIVITY_GROUPS, nguonKinhPhi: FUNDING_SOURCES },
  sections: [
    {
      type: "table",
      name: "TTDN_KeHoach",
      bodyRows: 20,
      totalLabel: "T\u1ED5ng c\u1ED9ng",
      columns: [
        ...LEAD_COLUMNS,
        {
          key: "tenNhiemVu",
          header: "T\xEAn nhi\u1EC7m v\u1EE5/ho\u1EA1t \u0111\u1ED9ng",
          type: "text",
          width: 32,
          required: true,
          maxLength: 500
        },
        { key: "noiDung", header: "N\u1ED9i dung ch\u1EE7 y\u1EBFu", type: "text", width: 32, maxLength: 2e3 },
        { key: "hinhThuc", header: "H\xECnh th\u1EE9c th\u1EF1c hi\u1EC7n", type: "text", width: 18, maxLength: 500 },
        { key: "chuTri", header: "C\u01A1 quan ch\u1EE7 tr\xEC", type: "text", width: 18, required: true, maxLength: 300 },
        { key: "phoiHop", header: "C\u01A1 quan ph\u1ED1i h\u1EE3p", type: "text", width: 18, maxLength: 500 },
        {
          key: "tuNgay",
          header: "Th\u1EDDi gian t\u1EEB",
          type: "date-span",
          spanEnd: "from",
          window: "period",
          width: 12
        },
        {
          key: "denNgay",
          header: "Th\u1EDDi gian \u0111\u1EBFn",
          type: "date-span",
          spanEnd: "to",
          window: "period",
          width: 12
        },
        {
          key: "kinhPhi",
          header: "Kinh ph\xED d\u1EF1 ki\u1EBFn (tri\u1EC7u \u0111\u1ED3ng)",
          type: "number",
          decimals: 3,
          width: 13,
          total: true
        },
        { key: "nguonKinhPhi", header: "Ngu\u1ED3n kinh ph\xED", type: "list", list: "nguonKinhPhi", width: 16 },
        { key: "ghiChu", header: "Ghi ch\xFA", type: "text", width: 16, maxLength: 1e3 }
      ]
    }
  ],
  rules: [
    { type: "date-order", from: "tuNgay", to: "denNgay" },
    { type: "unique", column: "maNhiemVu" },
    { type: "duplicate-rows", columns: ["nhomNhiemVu", "tenNhiemVu", "tuNgay", "denNgay"] }
  ],
  ...CLOSING
};

// shared/templates/tt22-pl02-bao-cao.ts
var DEFAULT_INDICATORS = [
  { code: "CT01", name: "V\u0103n b\u1EA3n ch\u1EC9 \u0111\u1EA1o, h\u01B0\u1EDBng d\u1EABn v\u1EC1 TT\u0110N \u0111\u01B0\u1EE3c ban h\xE0nh", unit: "v\u0103n b\u1EA3n" },
  { code: "CT02", name: "Tin, b\xE0i, \u1EA3nh TT\u0110N tr\xEAn b\xE1o in, b\xE1o \u0111i\u1EC7n t\u1EED", unit: "tin/b\xE0i" },
  { code: "CT03", name: "Tin, b\xE0i tr\xEAn c\u1ED5ng/trang th\xF4ng tin \u0111i\u1EC7n t\u1EED v\xE0 m\u1EA1ng x\xE3 h\u1ED9i", unit: "tin/b\xE0i" },
  { code: "CT04", name: "Ch\u01B0\u01A1ng tr\xECnh, ph\xF3ng s\u1EF1 ph\xE1t thanh, truy\u1EC1n h\xECnh", unit: "ch\u01B0\u01A1ng tr\xECnh" },
  { code: "CT05", name: "S\u1EA3n ph\u1EA9m TT\u0110N b\u1EB1ng ti\u1EBFng n\u01B0\u1EDBc ngo\xE0i", unit: "s\u1EA3n ph\u1EA9m" },
  { code: "CT06", name: "S\u1EA3n ph\u1EA9m TT\u0110N b\u1EB1ng ti\u1EBFng d\xE2n t\u1ED9c thi\u1EC3u s\u1ED1", unit: "s\u1EA3n ph\u1EA9m" },
  { code: "CT07", name: "\u1EA4n ph\u1EA9m TT\u0110N \u0111\u01B0\u1EE3c xu\u1EA5t b\u1EA3n", unit: "\u1EA5n ph\u1EA9m" },
  { code: "CT08", name: "S\u1ED1 b\u1EA3n, l\u01B0\u1EE3t ph\xE1t h\xE0nh \u1EA5n ph\u1EA9m", unit: "b\u1EA3n" },
  { code: "CT09", name: "H\u1ECDp b\xE1o, cung c\u1EA5p th\xF4ng tin cho b\xE1o ch\xED", unit: "cu\u1ED9c" },
  { code: "CT10", name: "L\u1EDBp t\u1EADp hu\u1EA5n, b\u1ED3i d\u01B0\u1EE1ng", unit: "l\u1EDBp" },
  { code: "CT11", name: "L\u01B0\u1EE3t ng\u01B0\u1EDDi \u0111\u01B0\u1EE3c t\u1EADp hu\u1EA5n", unit: "l\u01B0\u1EE3t ng\u01B0\u1EDDi" },
  { code: "CT12", name: "\u0110o\xE0n ph\xF3ng vi\xEAn n\u01B0\u1EDBc ngo\xE0i \u0111\u01B0\u1EE3c qu\u1EA3n l\xFD, h\u01B0\u1EDBng d\u1EABn", unit: "\u0111o\xE0n" },
  { code: "CT13", name: "S\u1EF1 ki\u1EC7n, h\u1ED9i ch\u1EE3, tri\u1EC3n l\xE3m, x\xFAc ti\u1EBFn c\xF3 ho\u1EA1t \u0111\u1ED9ng TT\u0110N", unit: "s\u1EF1 ki\u1EC7n" },
  { code: "CT14", name: "\u0110o\xE0n ra, \u0111o\xE0n v\xE0o c\xF3 ho\u1EA1t \u0111\u1ED9ng TT\u0110N", unit: "\u0111o\xE0n" },
  { code: "CT15", name: "Tin, b\xE0i \u0111\u1EA5u tranh ph\u1EA3n b\xE1c th\xF4ng tin sai tr\xE1i", unit: "tin/b\xE0i" },
  { code: "CT16", name: "C\u1EE5m th\xF4ng tin \u0111i\u1EC7n t\u1EED \u0111\u1ED1i ngo\u1EA1i \u0111\u01B0\u1EE3c thi\u1EBFt l\u1EADp, duy tr\xEC", unit: "c\u1EE5m" },
  { code: "CT17", name: "Kinh ph\xED th\u1EF1c hi\u1EC7n", unit: "tri\u1EC7u \u0111\u1ED3ng", money: true }
];
var TT22_PL02_V1 = {
  id: "tt22-pl02",
  version: "1.0",
  kinds: ["bao-cao-6-thang", "bao-cao-nam", "bao-cao-dot-xuat"],
  sheetName: "Bao cao",
  docType: "BC",
  orientation: "landscape",
  titles: {
    "bao-cao-6-thang": "B\xC1O C\xC1O K\u1EBET QU\u1EA2 HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I 6 TH\xC1NG \u0110\u1EA6U N\u0102M {year}",
    "bao-cao-nam": "B\xC1O C\xC1O K\u1EBET QU\u1EA2 HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I N\u0102M {year}",
    "bao-cao-dot-xuat": "B\xC1O C\xC1O \u0110\u1ED8T XU\u1EA4T K\u1EBET QU\u1EA2 HO\u1EA0T \u0110\u1ED8NG TH\xD4NG TIN \u0110\u1ED0I NGO\u1EA0I N\u0102M {year}"
  },
  lists: { nhomNhiemVu: DEFAULT_ACTIVITY_GROUPS, tinhTrang: ACTIVITY_STATUSES },
  sections: [
    {
      type: "narrative",
      name: "TTDN_ChiDao",
      key: "chiDao",
      heading: "I. C\xD4NG T\xC1C CH\u1EC8 \u0110\u1EA0O, \u0110I\u1EC0U H\xC0NH",
      hint: "V\u0103n b\u1EA3n ch\u1EC9 \u0111\u1EA1o, h\u01B0\u1EDBng d\u1EABn, k\u1EBF ho\u1EA1ch \u0111\xE3 ban h\xE0nh; c\xF4ng t\xE1c ph\u1ED1i h\u1EE3p.",
      maxLength: 8e3
    },
    { type: "heading", text: "II. K\u1EBET QU\u1EA2 TH\u1EF0C HI\u1EC6N" },
    {
      type: "table",
      name: "TTDN_HoatDong",
      heading: "1. K\u1EBFt qu\u1EA3 th\u1EF1c hi\u1EC7n c\xE1c nhi\u1EC7m v\u1EE5, ho\u1EA1t \u0111\u1ED9ng",
      bodyRows: 20,
      columns: [
        ...LEAD_COLUMNS,
        {
          key: "tenHoatDong",
          header: "T\xEAn ho\u1EA1t \u0111\u1ED9ng",
          type: "text",
          width: 18,
          required: true,
          maxLength: 500
        },
        { key: "ketQua", header: "K\u1EBFt qu\u1EA3 c\u1EE5 th\u1EC3", type: "text", width: 24, maxLength: 2e3 },
        {
          key: "thoiGian",
          header: "Th\u1EDDi gian th\u1EF1c hi\u1EC7n",
          type: "date-span",
          spanEnd: "from",
          window: "period",
          width: 10
        },
        { key: "phoiHop", header: "C\u01A1 quan ph\u1ED1i h\u1EE3p", type: "text", width: 10, maxLength: 500 },
        { key: "kinhPhi", header: "Kinh ph\xED th\u1EF1c hi\u1EC7n (tri\u1EC7u \u0111\u1ED3ng)", type: "number", decimals: 3, width: 8 },
        {
          key: "tinhTrang",
          header: "T\xECnh tr\u1EA1ng",
          type: "list",
          list: "tinhTrang",
          width: 10,
          required: true
        },
        { key: "ghiChu", header: "Ghi ch\xFA", type: "text", width: 7, maxLength: 1e3 }
      ]
    },
    { type: "indicators", name: "TTDN_ChiTieu", heading: "2. Bi\u1EC3u s\u1ED1 li\u1EC7u", indicators: DEFAULT_INDICATORS },
    {
      type: "narrative",
      name: "TTDN_DanhGia",
      key: "danhGia",
      heading: "III. \u0110\xC1NH GI\xC1 CHUNG",
      hint: "1. \u01AFu \u0111i\u1EC3m. 2. H\u1EA1n ch\u1EBF, kh\xF3 kh\u0103n. 3. Nguy\xEAn nh\xE2n.",
      maxLength: 8e3
    },
    {
      type: "narrative",
      name: "TTDN_PhuongHuong",
      key: "phuongHuong",
      heading: "IV. PH\u01AF\u01A0NG H\u01AF\u1EDANG, NHI\u1EC6M V\u1EE4 TH\u1EDCI GIAN T\u1EDAI",
      hint: "Nhi\u1EC7m v\u1EE5 tr\u1ECDng t\xE2m k\u1EF3 t\u1EDBi.",
      maxLength: 8e3
    },
    {
      type: "narrative",
      name: "TTDN_KienNghi",
      key: "kienNghi",
      heading: "V. \u0110\u1EC0 XU\u1EA4T, KI\u1EBEN NGH\u1ECA",
      hint: "\u0110\u1EC1 xu\u1EA5t, ki\u1EBFn ngh\u1ECB v\u1EDBi c\u1EA5p tr\xEAn.",
      maxLength: 8e3
    }
  ],
  rules: [
    { type: "indicator-requires", indicator: "CT11", requires: "CT10" },
    { type: "budget-vs-indicator", column: "kinhPhi", indicator: "CT17", tolerance: 0.05 },
    { type: "task-in-plan", column: "maNhiemVu" },
    { type: "duplicate-rows", columns: ["nhomNhiemVu", "tenHoatDong", "thoiGian"] }
  ],
  ...CLOSING
};

// shared/templates/catalog.ts
var BUILT_IN_TEMPLATES = [TT22_PL01_V1, TT22_PL02_V1, TT22_PL01_V1_1];
function findTemplate(id, version, templates = BUILT_IN_TEMPLATES) {
  return templates.find((t) => t.id === id && t.version === version);
}

// shared/layout/document-form.ts
var INPUT_FILL = "FFF7D6";
var HEADER_FILL = "E7EEF7";
var AUTO_FILL = "EDEDED";
var S = {
  headerLeft: { font: { size: 13 }, h: "center", v: "middle", wrap: true, unlocked: true },
  headerUnit: { font: { size: 13, bold: true }, h: "center", v: "middle", wrap: true, unlocked: true },
  nation: { font: { size: 12, bold: true }, h: "center", v: "middle" },
  motto: { font: { size: 13, bold: true }, h: "center", v: "middle" },
  /** The short rules under the unit name and the motto: a centred run of underscores (see RULE_FONT). */
  rule: { font: { size: 7 }, h: "center", v: "top" },
  docNumber: { font: { size: 13 }, h: "center", v: "middle", unlocked: true, fill: INPUT_FILL },
  // The same look as the subtitle (one style group fewer for hosts that apply each look in calls).
  dateLine: { font: { size: 13, italic: true }, h: "center", v: "middle", wrap: true },
  dateInput: {
    font: { size: 12 },
    h: "center",
    v: "middle",
    unlocked: true,
    fill: INPUT_FILL,
    border: "all",
    numFmt: "dd/mm/yyyy"
  },
  title: { font: { size: 14, bold: true }, h: "center", v: "middle", wrap: true },
  subtitle: { font: { size: 13, italic: true }, h: "center", v: "middle", wrap: true },
  heading: { font: { size: 13, bold: true }, h: "left", v: "middle", wrap: true },
  hint: { font: { size: 11, italic: true, color: "595959" }, h: "left", v: "top", wrap: true },
  narrative: {
    font: { size: 13 },
    h: "left",
    v: "top",
    wrap: true,
    unlocked: true,
    fill: INPUT_FILL
  },
  tableHeader: {
    font: { size: 11, bold: true },
    h: "center",
    v: "middle",
    wrap: true,
    border: "all",
    fill: HEADER_FILL
  },
  tableIndex: { font: { size: 11, italic: true }, h: "center", v: "middle", border: "all" },
  bodyInput: { font: { size: 11 }, v: "top", wrap: true, border: "all", unlocked: true, fill: INPUT_FILL },
  bodyAuto: { font: { size: 11 }, h: "center", v: "top", wrap: true, border: "all", fill: AUTO_FILL },
  total: { font: { size: 11, bold: true }, h: "center", v: "middle", border: "all" },
  recipientsTitle: { font: { size: 12, bold: true, italic: true }, h: "left", v: "top" },
  recipients: { font: { size: 11 }, h: "left", v: "top", wrap: true, unlocked: true },
  signerCapacity: { font: { size: 13, bold: true }, h: "center", v: "top", wrap: true, unlocked: true },
  signerNote: { font: { size: 13, italic: true }, h: "center", v: "top" },
  signerName: { font: { size: 13, bold: true }, h: "center", v: "top", unlocked: true }
};

// shared/layout/task-code.ts
function taskCode(year, unitShort2, seq) {
  return `KH${year}-${unitShort2}-${String(seq).padStart(3, "0")}`;
}
var TASK_CODE = /^KH(\d{4})-([A-Z0-9]+)-(\d{3,})$/;
function parseTaskCode(code) {
  const m = TASK_CODE.exec(code.trim().toUpperCase());
  return m ? { year: Number(m[1]), unit: m[2], seq: Number(m[3]) } : null;
}

// shared/layout/print-fit.ts
var MM = 72 / 25.4;

// shared/layout/build-template.ts
var MARGINS = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 8 };
var MM2 = 72 / 25.4;
var PAGE_HEIGHT = {
  landscape: (210 - MARGINS.top - MARGINS.bottom) * MM2,
  portrait: (297 - MARGINS.top - MARGINS.bottom) * MM2
};

// shared/parse/submission.ts
function isEmptySubmission(s) {
  return s.rows.length === 0 && Object.values(s.indicators).every((v) => v === null || v === void 0) && Object.values(s.narratives).every((t) => !t || !t.trim());
}

// shared/validate/finding.ts
var SEVERITY = {
  META_MISSING: "error",
  UNIT_UNKNOWN: "error",
  PERIOD_MISMATCH: "error",
  YEAR_INVALID: "error",
  HEADER_MISSING: "warning",
  REQUIRED: "error",
  LIST_VALUE: "error",
  NUMBER_INVALID: "error",
  NUMBER_NEGATIVE: "error",
  NUMBER_NOT_INTEGER: "error",
  NUMBER_DECIMALS: "error",
  DATE_INVALID: "error",
  DATE_OUT_OF_RANGE: "error",
  DATE_ORDER: "error",
  TEXT_TOO_LONG: "error",
  FORMULA_INPUT: "warning",
  LEGACY_ENCODING: "warning",
  INDICATOR_REQUIRES: "error",
  BUDGET_MISMATCH: "warning",
  TASK_NOT_IN_PLAN: "warning",
  DUPLICATE_ROW: "warning",
  DUPLICATE_CODE: "warning",
  ROW_BELOW_TABLE: "warning",
  COLUMN_EXTRA: "info",
  COLUMN_MISSING: "error",
  COLUMN_ABSENT: "info",
  METADATA_LOST: "warning",
  FORM_EMPTY: "warning"
};
function finding(code, where, ...args) {
  const fn = FINDING_MESSAGES[code];
  const quoted = args.map((a) => typeof a === "string" ? clip(a) : a);
  return {
    code,
    severity: SEVERITY[code],
    sheet: where.sheet,
    cell: where.cell,
    field: where.field,
    message: fn(...quoted),
    value: displayValue(where.value)
  };
}
var MAX_FINDING_TEXT = 200;
function clip(s) {
  return s.length > MAX_FINDING_TEXT ? `${s.slice(0, MAX_FINDING_TEXT)}\u2026` : s;
}
function displayValue(v) {
  if (v === void 0 || v === null) return null;
  if (typeof v === "number") return v;
  if (typeof v === "string") return clip(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return clip(JSON.stringify(v));
}

// shared/validate/cross-rules.ts
function fmt(n) {
  return (Math.round(n * 1e3) / 1e3).toLocaleString("vi-VN");
}
function applyCrossRules(spec, s, ctx2) {
  const out = [];
  for (const rule of spec.rules) out.push(...applyRule(rule, spec, s, ctx2));
  return out;
}
function headerOf(spec, key) {
  for (const sec of spec.sections)
    if (sec.type === "table") {
      for (const c of sec.columns) if (c.key === key) return c.header;
    }
  return key;
}
function applyRule(rule, spec, s, ctx2) {
  const out = [];
  switch (rule.type) {
    case "date-order":
      for (const r of s.rows) {
        const a = r.spans[rule.from];
        const b = r.spans[rule.to];
        if (a && b && a.from > b.to)
          out.push(
            finding(
              "DATE_ORDER",
              { sheet: s.sheet, cell: r.cells[rule.to], field: rule.to, value: r.values[rule.to] },
              headerOf(spec, rule.from),
              headerOf(spec, rule.to)
            )
          );
      }
      break;
    case "indicator-requires": {
      const v = s.indicators[rule.indicator];
      const req = s.indicators[rule.requires];
      if (v !== void 0 && v !== null && v > 0 && !(req !== null && req !== void 0 && req > 0))
        out.push(
          finding(
            "INDICATOR_REQUIRES",
            {
              sheet: s.sheet,
              cell: s.indicatorCells[rule.requires] ?? "",
              field: rule.requires,
              value: req ?? null
            },
            rule.indicator,
            rule.requires
          )
        );
      break;
    }
    case "budget-vs-indicator": {
      const ind = s.indicators[rule.indicator];
      let sum = 0;
      for (const r of s.rows)
        if (typeof r.values[rule.column] === "number") sum += r.values[rule.column];
      const value = ind ?? 0;
      if (ind !== null && ind !== void 0 || sum > 0) {
        const diff = Math.abs(sum - value);
        if (diff > rule.tolerance * Math.max(sum, value) + 1e-9)
          out.push(
            finding(
              "BUDGET_MISMATCH",
              {
                sheet: s.sheet,
                cell: s.indicatorCells[rule.indicator] ?? "",
                field: rule.indicator,
                value: ind ?? null
              },
              fmt(sum),
              rule.indicator,
              fmt(value)
            )
          );
      }
      break;
    }
    case "task-in-plan":
      if (!ctx2.planCodes) break;
      for (const r of s.rows) {
        const code = r.values[rule.column];
        if (typeof code === "string" && code && !ctx2.planCodes.has(code.toUpperCase()))
          out.push(
            finding(
              "TASK_NOT_IN_PLAN",
              { sheet: s.sheet, cell: r.cells[rule.column], field: rule.column, value: code },
              code
            )
          );
      }
      break;
    case "duplicate-rows": {
      const seen = /* @__PURE__ */ new Map();
      for (const r of s.rows) {
        const key = rule.columns.map((c) => String(r.values[c] ?? "").toLowerCase()).join("|");
        if (!key.replace(/\|/g, "")) continue;
        const first = seen.get(key);
        if (first !== void 0) {
          const anchor = rule.columns[1] ?? rule.columns[0];
          out.push(
            finding(
              "DUPLICATE_ROW",
              { sheet: s.sheet, cell: r.cells[anchor], field: anchor, value: r.values[anchor] },
              first
            )
          );
        } else seen.set(key, r.sheetRow);
      }
      break;
    }
    case "unique":
      break;
  }
  return out;
}

// shared/parse/cell-values.ts
function cellText(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "string") return cleanText(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const p = jsDateToPlain(v);
  return p ? formatDmy(p) : "";
}
function isBlank(v) {
  return v === null || v === void 0 || typeof v === "string" && cleanText(v) === "";
}

// shared/text/legacy-encoding.ts
var TCVN3_TABLE = [
  [161, "\u0102"],
  [162, "\xC2"],
  [163, "\xCA"],
  [164, "\xD4"],
  [165, "\u01A0"],
  [166, "\u01AF"],
  [167, "\u0110"],
  [168, "\u0103"],
  [169, "\xE2"],
  [170, "\xEA"],
  [171, "\xF4"],
  [172, "\u01A1"],
  [173, "\u01B0"],
  [174, "\u0111"],
  [181, "\xE0"],
  [182, "\u1EA3"],
  [183, "\xE3"],
  [184, "\xE1"],
  [185, "\u1EA1"],
  [187, "\u1EB1"],
  [188, "\u1EB3"],
  [189, "\u1EB5"],
  [190, "\u1EAF"],
  [198, "\u1EB7"],
  [199, "\u1EA7"],
  [200, "\u1EA9"],
  [201, "\u1EAB"],
  [202, "\u1EA5"],
  [203, "\u1EAD"],
  [204, "\xE8"],
  [206, "\u1EBB"],
  [207, "\u1EBD"],
  [208, "\xE9"],
  [209, "\u1EB9"],
  [210, "\u1EC1"],
  [211, "\u1EC3"],
  [212, "\u1EC5"],
  [213, "\u1EBF"],
  [214, "\u1EC7"],
  [215, "\xEC"],
  [216, "\u1EC9"],
  [220, "\u0129"],
  [221, "\xED"],
  [222, "\u1ECB"],
  [223, "\xF2"],
  [225, "\u1ECF"],
  [226, "\xF5"],
  [227, "\xF3"],
  [228, "\u1ECD"],
  [229, "\u1ED3"],
  [230, "\u1ED5"],
  [231, "\u1ED7"],
  [232, "\u1ED1"],
  [233, "\u1ED9"],
  [234, "\u1EDD"],
  [235, "\u1EDF"],
  [236, "\u1EE1"],
  [237, "\u1EDB"],
  [238, "\u1EE3"],
  [239, "\xF9"],
  [241, "\u1EE7"],
  [242, "\u0169"],
  [243, "\xFA"],
  [244, "\u1EE5"],
  [245, "\u1EEB"],
  [246, "\u1EED"],
  [247, "\u1EEF"],
  [248, "\u1EE9"],
  [249, "\u1EF1"],
  [250, "\u1EF3"],
  [251, "\u1EF7"],
  [252, "\u1EF9"],
  [253, "\xFD"],
  [254, "\u1EF5"]
];
var TCVN3_DECODE = new Map(
  TCVN3_TABLE.map(([code, ch]) => [String.fromCharCode(code), ch])
);
var GRAVE = "\u0300";
var ACUTE = "\u0301";
var CIRCUMFLEX = "\u0302";
var TILDE = "\u0303";
var BREVE = "\u0306";
var HOOK = "\u0309";
var HORN = "\u031B";
var DOT = "\u0323";
var VNI_TONE_MARKS = [
  ["\xF9", "\xD9", ACUTE],
  ["\xF8", "\xD8", GRAVE],
  ["\xFB", "\xDB", HOOK],
  ["\xF5", "\xD5", TILDE],
  ["\xEF", "\xCF", DOT]
];
var VNI_CIRCUMFLEX_MARKS = [
  ["\xE2", "\xC2", CIRCUMFLEX],
  ["\xE1", "\xC1", CIRCUMFLEX + ACUTE],
  ["\xE0", "\xC0", CIRCUMFLEX + GRAVE],
  ["\xE5", "\xC5", CIRCUMFLEX + HOOK],
  ["\xE3", "\xC3", CIRCUMFLEX + TILDE],
  ["\xE4", "\xC4", CIRCUMFLEX + DOT]
];
var VNI_BREVE_MARKS = [
  ["\xEA", "\xCA", BREVE],
  ["\xE9", "\xC9", BREVE + ACUTE],
  ["\xE8", "\xC8", BREVE + GRAVE],
  ["\xFA", "\xDA", BREVE + HOOK],
  ["\xFC", "\xDC", BREVE + TILDE],
  ["\xEB", "\xCB", BREVE + DOT]
];
var VNI_STANDALONE = [
  ["\xF1", "\xD1", "\u0111"],
  ["\xF4", "\xD4", "o" + HORN],
  ["\xF6", "\xD6", "u" + HORN],
  ["\xED", "\xCD", "i" + ACUTE],
  ["\xEC", "\xCC", "i" + GRAVE],
  ["\xE6", "\xC6", "i" + HOOK],
  ["\xF3", "\xD3", "i" + TILDE],
  ["\xF2", "\xD2", "i" + DOT],
  ["\xEE", "\xCE", "y" + DOT]
];
function markMap(...groups) {
  const map = /* @__PURE__ */ new Map();
  for (const group of groups) {
    for (const [lower, upper, marks] of group) {
      map.set(lower, marks);
      map.set(upper, marks);
    }
  }
  return map;
}
var TONES_ONLY = markMap(VNI_TONE_MARKS);
var TONES_AND_CIRCUMFLEX = markMap(VNI_TONE_MARKS, VNI_CIRCUMFLEX_MARKS);
var ALL_VNI_MARKS = markMap(VNI_TONE_MARKS, VNI_CIRCUMFLEX_MARKS, VNI_BREVE_MARKS);
var VNI_BASE_MARKS = /* @__PURE__ */ new Map();
for (const base of "aA") VNI_BASE_MARKS.set(base, ALL_VNI_MARKS);
for (const base of "eEoO") VNI_BASE_MARKS.set(base, TONES_AND_CIRCUMFLEX);
for (const base of "uUyY\xF4\xD4\xF6\xD6") VNI_BASE_MARKS.set(base, TONES_ONLY);
var VNI_STANDALONE_DECODE = /* @__PURE__ */ new Map();
for (const [lower, upper, letter] of VNI_STANDALONE) {
  VNI_STANDALONE_DECODE.set(lower, letter);
  VNI_STANDALONE_DECODE.set(upper, letter.toUpperCase());
}
function isLatin1High(ch) {
  const code = ch.charCodeAt(0);
  return code >= 161 && code <= 255;
}
function decodeTcvn3(text) {
  let out = "";
  let converted = 0;
  let rejected = 0;
  for (const ch of text) {
    const letter = TCVN3_DECODE.get(ch);
    if (letter !== void 0) {
      out += letter;
      converted++;
    } else {
      if (isLatin1High(ch)) rejected++;
      out += ch;
    }
  }
  return { text: out.normalize("NFC"), converted, rejected };
}
function decodeVni(text) {
  const chars = Array.from(text);
  let out = "";
  let converted = 0;
  let rejected = 0;
  for (let i2 = 0; i2 < chars.length; i2++) {
    const ch = chars[i2];
    const standalone = VNI_STANDALONE_DECODE.get(ch);
    const base = standalone ?? ch;
    if (standalone !== void 0) converted++;
    const marks = VNI_BASE_MARKS.get(ch)?.get(chars[i2 + 1] ?? "");
    if (marks !== void 0) {
      out += base + marks;
      converted++;
      i2++;
    } else if (standalone !== void 0) {
      out += base;
    } else {
      if (isLatin1High(ch)) rejected++;
      out += ch;
    }
  }
  return { text: out.normalize("NFC"), converted, rejected };
}
function decode(text, encoding) {
  return encoding === "tcvn3" ? decodeTcvn3(text) : decodeVni(text);
}
function convertLegacyText(text, encoding) {
  return decode(text, encoding).text;
}
var UNICODE_VIETNAMESE_LETTER = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
var COMBINING_MARK = /[\u0300-\u036F]/;
var TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
var NUCLEI = [
  "a",
  "\u0103",
  "\xE2",
  "e",
  "\xEA",
  "i",
  "o",
  "\xF4",
  "\u01A1",
  "u",
  "\u01B0",
  "y",
  "ai",
  "ao",
  "au",
  "ay",
  "\xE2u",
  "\xE2y",
  "eo",
  "\xEAu",
  "ia",
  "i\xEA",
  "iu",
  "oa",
  "o\u0103",
  "oe",
  "oi",
  "oo",
  "\xF4i",
  "\u01A1i",
  "ua",
  "u\xE2",
  "u\xEA",
  "ui",
  "u\xF4",
  "u\u01A1",
  "uy",
  "\u01B0a",
  "\u01B0i",
  "\u01B0\u01A1",
  "\u01B0u",
  "y\xEA",
  "i\xEAu",
  "y\xEAu",
  "oai",
  "oao",
  "oay",
  "oeo",
  "u\xE2y",
  "u\xF4i",
  "uya",
  "uy\xEA",
  "uyu",
  "\u01B0\u01A1i",
  "\u01B0\u01A1u"
];
var SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcd\u0111ghklmnpqrstvx])?(?:${NUCLEI.join("|")})(ch|ng|nh|[cmnpt])?$`
);
var STOP_FINALS = /* @__PURE__ */ new Set(["c", "ch", "p", "t"]);
var VIETNAMESE_LETTERS = /^[a-z\u00E0-\u00E3\u00E8-\u00EA\u00EC\u00ED\u00F2-\u00F5\u00F9\u00FA\u00FD\u0103\u0111\u0129\u0169\u01A1\u01B0\u1EA1-\u1EF9]+$/;
function hasWordCaseShape(word) {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (word === lower || word === upper) return true;
  return word.slice(0, 1) === upper.slice(0, 1) && word.slice(1) === lower.slice(1);
}
function isPlausibleSyllable(word, strictCase) {
  if (strictCase && !hasWordCaseShape(word)) return false;
  const lower = word.toLowerCase();
  if (!VIETNAMESE_LETTERS.test(lower)) return false;
  const decomposed = lower.normalize("NFD");
  const tones = decomposed.match(TONE_MARK) ?? [];
  if (tones.length > 1) return false;
  const match = SYLLABLE.exec(decomposed.replace(TONE_MARK, "").normalize("NFC"));
  if (!match) return false;
  const final = match[1];
  if (final !== void 0 && STOP_FINALS.has(final) && tones.length === 1) {
    return tones[0] === ACUTE || tones[0] === DOT;
  }
  return true;
}
function hasVowel(word) {
  return /[aeiouy]/.test(word.toLowerCase().normalize("NFD"));
}
var WORD = /[A-Za-z\u00A1-\u00FF]+/g;
function weigh(text, encoding) {
  const evidence = { strong: 0, hits: 0, against: 0 };
  for (const [word] of text.matchAll(WORD)) {
    if (/^[A-Za-z]+$/.test(word)) continue;
    const decoded = decode(word, encoding);
    if (decoded.rejected === 0 && !hasVowel(decoded.text)) continue;
    if (decoded.rejected > 0 || !isPlausibleSyllable(decoded.text, false)) {
      evidence.against++;
      continue;
    }
    evidence.hits += decoded.converted;
    if (/[A-Za-z]/.test(word) && !isPlausibleSyllable(word, true)) evidence.strong++;
  }
  return evidence;
}
function isConvincing(e) {
  return e.strong >= 1 && e.hits >= 2 && e.against * 3 <= e.strong;
}
function detectLegacyEncoding(text) {
  if (!/[\u00A1-\u00FF]/.test(text) || UNICODE_VIETNAMESE_LETTER.test(text) || COMBINING_MARK.test(text)) {
    return null;
  }
  const tcvn3 = weigh(text, "tcvn3");
  const vni = weigh(text, "vni");
  const tcvn3Ok = isConvincing(tcvn3);
  const vniOk = isConvincing(vni);
  if (tcvn3Ok && vniOk) {
    const margin = tcvn3.strong - tcvn3.against - (vni.strong - vni.against);
    if (margin === 0) return null;
    return margin > 0 ? "tcvn3" : "vni";
  }
  if (tcvn3Ok) return "tcvn3";
  if (vniOk) return "vni";
  return null;
}

// shared/values/parse-number.ts
var GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
var GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;
var GROUPED_SPACE = /^\d{1,3}( \d{3})+$/;
function parseNumber(input2) {
  if (typeof input2 === "number") {
    if (!Number.isFinite(input2)) return { ok: false, reason: "invalid" };
    return input2 < 0 ? { ok: false, reason: "negative" } : { ok: true, value: input2 };
  }
  if (typeof input2 !== "string") return { ok: false, reason: "invalid" };
  let s = input2.replace(/[\u00A0\u202F\u2007]/g, " ").trim();
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) s = s.slice(1).trim();
  const value = parseUnsigned(s);
  if (value === null) return { ok: false, reason: "invalid" };
  if (negative && value !== 0) return { ok: false, reason: "negative" };
  return { ok: true, value };
}
function parseUnsigned(s) {
  if (s === "") return null;
  if (GROUPED_SPACE.test(s)) return Number(s.replace(/ /g, ""));
  if (/\s/.test(s)) return null;
  const dot = s.lastIndexOf(".");
  const comma = s.lastIndexOf(",");
  let normalized;
  if (dot >= 0 && comma >= 0) {
    const [intPart, frac, group] = dot > comma ? [s.slice(0, dot), s.slice(dot + 1), ","] : [s.slice(0, comma), s.slice(comma + 1), "."];
    const groupRe = group === "," ? GROUPED_COMMA : GROUPED_DOT;
    if (!/^\d+$/.test(frac) || !(groupRe.test(intPart) || /^\d{1,3}$/.test(intPart))) return null;
    normalized = `${intPart.split(group).join("")}.${frac}`;
  } else if (dot >= 0) {
    if (GROUPED_DOT.test(s)) normalized = s.replace(/\./g, "");
    else if (/^\d*\.\d+$/.test(s)) normalized = s;
    else return null;
  } else if (comma >= 0) {
    if ((s.match(/,/g) ?? []).length > 1 && GROUPED_COMMA.test(s)) normalized = s.replace(/,/g, "");
    else if (/^\d*,\d+$/.test(s)) normalized = s.replace(",", ".");
    else return null;
  } else {
    if (!/^\d+$/.test(s)) return null;
    normalized = s;
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}
function decimalPlaces(n) {
  for (let d = 0; d <= 10; d++) {
    const scaled = n * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-7 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 11;
}

// shared/values/parse-time-span.ts
var PLAIN_DAY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
var MAX_LENGTH = 80;
var ROMAN = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
function fold2(s) {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u00a0\s]+/g, " ").replace(/\s*([/,;.])\s*/g, "$1").replace(/[.;,]+$/, "").trim();
}
function monthStart(y, m) {
  return makeDate(y, m, 1);
}
function monthEnd(y, m) {
  if (!Number.isInteger(m) || m < 1 || m > 12) return null;
  return makeDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
}
function months(y, first, last, g) {
  const from = monthStart(y, first);
  const to = monthEnd(y, last);
  return from && to && from <= to ? { from, to, granularity: g } : null;
}
function yearSpan(y) {
  return months(y, 1, 12, "year");
}
var ONGOING = /^(?:thuong xuyen|ca ky|trong ky|lien tuc|quanh nam|hang thang|hang quy|dinh ky)$/;
var YEAR_SUFFIX = String.raw`(?:(?:/|-| ?nam | )\s*(\d{4}))?`;
var QUARTERS = new RegExp(
  String.raw`^(?:quy|q) ?((?:iv|iii|ii|i|[1-4])(?:(?:,|-| - | va | den |, ?quy |- ?quy | - quy | va quy | den quy )(?:iv|iii|ii|i|[1-4]))*)${YEAR_SUFFIX}$`
);
var MONTHS = new RegExp(
  String.raw`^(?:thang|t) ?(\d{1,2}(?:(?:,|-| - | va | den |, ?thang |- ?thang | - thang | va thang | den thang )\d{1,2})*)${YEAR_SUFFIX}$`
);
function parseItem(s, ctx2) {
  const y0 = ctx2.year;
  if (ONGOING.test(s) || /^thuong xuyen (?:trong|ca) (?:nam|ky)$/.test(s)) {
    if (ctx2.periodSpan) return { from: ctx2.periodSpan.from, to: ctx2.periodSpan.to, granularity: "range" };
    return y0 ? yearSpan(y0) : null;
  }
  let m = /^(?:(?:ca |trong )?nam ?|ca nam ?)?(\d{4})$/.exec(s);
  if (m) return yearSpan(Number(m[1]));
  if (/^(?:ca|trong) nam$/.test(s)) return y0 ? yearSpan(y0) : null;
  m = /^(?:6|sau) thang (dau|cuoi)(?: nam)?(?: ?(\d{4}))?$/.exec(s) ?? /^nua (dau|cuoi) nam(?: ?(\d{4}))?$/.exec(s);
  if (m) {
    const y = m[2] ? Number(m[2]) : y0;
    if (!y) return null;
    return m[1] === "dau" ? months(y, 1, 6, "half") : months(y, 7, 12, "half");
  }
  m = QUARTERS.exec(s);
  if (m) {
    const qs = (m[1].match(/\b(?:iv|iii|ii|i|[1-4])\b/g) ?? []).map((q) => ROMAN[q]);
    const y = m[2] ? Number(m[2]) : y0;
    if (!y || qs.some((q) => !q)) return null;
    const first = Math.min(...qs);
    const last = Math.max(...qs);
    return months(y, first * 3 - 2, last * 3, qs.length === 1 ? "quarter" : "range");
  }
  m = MONTHS.exec(s);
  if (m) {
    const ms = m[1].split(/\D+/).filter(Boolean).map(Number);
    const y = m[2] ? Number(m[2]) : y0;
    if (!y || ms.some((n) => n < 1 || n > 12)) return null;
    return months(y, Math.min(...ms), Math.max(...ms), ms.length === 1 ? "month" : "range");
  }
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) return day(Number(m[4]), Number(m[3]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+z?)?$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s) ?? /^(\d{1,2}) nam (\d{4})$/.exec(s);
  if (m) return months(Number(m[2]), Number(m[1]), Number(m[1]), "month");
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return months(Number(m[1]), Number(m[2]), Number(m[2]), "month");
  m = /^(?:ngay )?(\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (m && y0) return day(y0, Number(m[2]), Number(m[1]));
  return null;
}
function day(y, m, d) {
  const p = makeDate(y, m, d);
  return p ? { from: p, to: p, granularity: "day" } : null;
}
function yearOf(span) {
  return Number(span.to.slice(0, 4));
}
function parseRange2(s, ctx2) {
  const body = s.replace(/^tu (?:ngay )?/, "");
  const seps = /\s*(?:-|\bden\b|\btoi\b)\s*/g;
  let sep;
  while (sep = seps.exec(body)) {
    const left = body.slice(0, sep.index).trim();
    const right = body.slice(sep.index + sep[0].length).replace(/^(?:ngay )/, "").trim();
    if (!left || !right) continue;
    const b = parseItem(right, ctx2);
    if (!b) continue;
    const a = parseItem(left, { ...ctx2, year: yearOf(b) }) ?? // `15-20/3/2026`: the left end is a bare day of the right end's month.
    (/^\d{1,2}$/.test(left) && b.granularity === "day" ? day(yearOf(b), Number(b.from.slice(5, 7)), Number(left)) : null);
    if (a && a.from <= b.to) return { from: a.from, to: b.to, granularity: "range" };
  }
  return null;
}
function parseTimeSpanText(input2, ctx2 = {}) {
  if (input2.length > MAX_LENGTH) return null;
  const plain = PLAIN_DAY.exec(input2);
  const span = plain && day(Number(plain[4]), Number(plain[3]), Number(plain[1]));
  if (span) return span;
  const s = fold2(input2).replace(/^(?:thoi gian(?: thuc hien)?|thuc hien) ?:? ?/, "");
  if (!s) return null;
  return parseItem(s, ctx2) ?? parseRange2(s, ctx2);
}

// shared/values/parse-date.ts
var DAYS_1904 = 1462;
function parseDateText(input2, defaultYear, ctx2 = {}) {
  return parseTimeSpanText(input2, { ...ctx2, year: defaultYear ?? ctx2.year });
}
function parseDateValue(value, defaultYear, o = {}) {
  if (value instanceof Date) {
    const p = jsDateToPlain(value);
    return p ? { from: p, to: p, granularity: "day" } : null;
  }
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1990 && value <= 2100) return parseTimeSpanText(String(value), o);
    const p = excelSerialToDate(Math.floor(value) + (o.date1904 ? DAYS_1904 : 0));
    return p ? { from: p, to: p, granularity: "day" } : null;
  }
  if (typeof value === "string") return parseDateText(value, defaultYear, o);
  return null;
}

// shared/validate/field-rules.ts
var LEGACY_LABEL = { tcvn3: "TCVN3/ABC", vni: "VNI" };
function checkText(cell, where, label, maxLength) {
  const findings = [];
  const raw = cellText(cell?.value ?? null);
  let text = raw;
  const legacy = raw ? detectLegacyEncoding(raw) : null;
  if (legacy) {
    text = convertLegacyText(raw, legacy);
    findings.push(finding("LEGACY_ENCODING", { ...where, value: raw }, LEGACY_LABEL[legacy]));
  }
  if (maxLength && text.length > maxLength)
    findings.push(finding("TEXT_TOO_LONG", { ...where, value: text.slice(0, 80) }, label, maxLength));
  return { value: text || null, findings };
}
function checkField(column, cell, where, ctx2) {
  const findings = [];
  if (cell?.formula !== void 0)
    findings.push(finding("FORMULA_INPUT", { ...where, value: `=${cell.formula}` }, column.header));
  const raw = cell?.value ?? null;
  if (isBlank(raw)) {
    if (column.required) findings.push(finding("REQUIRED", { ...where, value: null }, column.header));
    return { value: null, findings };
  }
  const at2 = (extra) => findings.concat(extra);
  switch (column.type) {
    case "seq":
      return { value: typeof raw === "number" ? raw : cellText(raw), findings };
    case "text":
    case "task-code": {
      const r = checkText(cell, where, column.header, column.maxLength);
      const value = column.type === "task-code" && typeof r.value === "string" ? r.value.toUpperCase() : r.value;
      return { value, findings: at2(r.findings) };
    }
    case "list": {
      const listId = column.list ?? "";
      let list = ctx2.listCache.get(listId);
      if (!list) {
        list = new CanonicalList(ctx2.lists[listId] ?? []);
        ctx2.listCache.set(listId, list);
      }
      const text = cellText(raw);
      const canonical = list.match(text);
      if (!canonical)
        return {
          value: text,
          findings: at2([finding("LIST_VALUE", { ...where, value: text }, column.header, text)])
        };
      return { value: canonical, findings };
    }
    case "number": {
      const n = parseNumber(raw);
      if (!n.ok) {
        const code = n.reason === "negative" ? "NUMBER_NEGATIVE" : "NUMBER_INVALID";
        return {
          value: null,
          findings: at2([
            code === "NUMBER_NEGATIVE" ? finding("NUMBER_NEGATIVE", { ...where, value: raw }, column.header) : finding("NUMBER_INVALID", { ...where, value: raw }, column.header, cellText(raw))
          ])
        };
      }
      if (column.integer && !Number.isInteger(n.value))
        return {
          value: n.value,
          findings: at2([finding("NUMBER_NOT_INTEGER", { ...where, value: n.value }, column.header)])
        };
      if (column.decimals !== void 0 && decimalPlaces(n.value) > column.decimals)
        return {
          value: n.value,
          findings: at2([
            finding("NUMBER_DECIMALS", { ...where, value: n.value }, column.header, column.decimals)
          ])
        };
      return { value: n.value, findings };
    }
    case "date-span": {
      const window = column.window === "period" ? { from: ctx2.period.from, to: ctx2.period.to } : void 0;
      const span = parseDateValue(raw, ctx2.period.year, { periodSpan: window, date1904: ctx2.date1904 });
      if (!span)
        return {
          value: cellText(raw),
          findings: at2([finding("DATE_INVALID", { ...where, value: raw }, column.header, cellText(raw))])
        };
      const display = span.granularity === "day" ? formatDmy(span.from) : cellText(raw);
      if (column.window === "period") {
        if (span.to < ctx2.period.from || span.from > ctx2.period.to)
          return {
            value: display,
            span,
            findings: at2([
              finding(
                "DATE_OUT_OF_RANGE",
                { ...where, value: display },
                column.header,
                formatDmy(ctx2.period.from),
                formatDmy(ctx2.period.to)
              )
            ])
          };
      }
      return { value: display, span, findings };
    }
  }
}

// shared/parse/merged-cells.ts
var MergedCells = class {
  /** row * 16384 + col of a covered cell → its anchor (top row of the merge, same column). */
  down = /* @__PURE__ */ new Map();
  /** row → widest merge (in columns) covering that row. */
  widths = /* @__PURE__ */ new Map();
  /** Only merges meeting `rows` × `cols` are indexed, and at most `maxCells` covered cells. */
  constructor(merges, rows, cols, maxCells = 2e5) {
    let budget = maxCells;
    for (const ref of merges ?? []) {
      const box = parseRange(ref);
      if (!box || box.bottom < rows[0] || box.top > rows[1] || box.right < cols[0] || box.left > cols[1])
        continue;
      const width = box.right - box.left + 1;
      const r0 = Math.max(box.top, rows[0]);
      const r1 = Math.min(box.bottom, rows[1]);
      for (let r = r0; r <= r1; r++) this.widths.set(r, Math.max(this.widths.get(r) ?? 0, width));
      if (box.bottom === box.top) continue;
      for (let r = Math.max(box.top + 1, rows[0]); r <= r1 && budget > 0; r++, budget--)
        this.down.set(r * 16384 + box.left, box.top);
    }
  }
  /** The cell as the table sees it: a covered cell shows its merge's value. */
  cell(sheet, row, col) {
    const anchor = this.down.get(row * 16384 + col);
    return anchor === void 0 ? sheet.cell(row, col) : sheet.cell(anchor, col);
  }
  /** True when the cell's value comes from a merge anchored above it. */
  covered(row, col) {
    return this.down.has(row * 16384 + col);
  }
  /** Width of the widest merge covering the row (0 when none). */
  widthAt(row) {
    return this.widths.get(row) ?? 0;
  }
};

// shared/parse/read-meta.ts
function readMeta(grid, templates = BUILT_IN_TEMPLATES) {
  const sheet = grid.sheet(META_SHEET);
  if (!sheet) throw new NotTtdnWorkbookError(ERROR_MESSAGES.notTtdnWorkbook);
  const meta = {};
  const rows = {};
  for (let r = 1; r <= sheet.rowCount; r++) {
    const key = cellText(sheet.cell(r, 1)?.value ?? null);
    if (!key) continue;
    meta[key] = cellText(sheet.cell(r, 2)?.value ?? null);
    rows[key] = r;
  }
  if (!meta.template) throw new NotTtdnWorkbookError(ERROR_MESSAGES.notTtdnWorkbook);
  const spec = findTemplate(meta.template, meta.version ?? "", templates);
  if (!spec)
    throw new UnknownTemplateError(ERROR_MESSAGES.unknownTemplate(meta.template, meta.version || "?"));
  return { meta, rows, spec };
}

// shared/parse/table-columns.ts
var ALIASES = {
  stt: ["tt", "so tt", "so thu tu"]
};
var MIN_PREFIX = 6;
var folded2 = (text) => {
  const f = foldKey(text);
  return { f, words: f.split(" ") };
};
function labelScore(text, header) {
  if (!text.f) return 0;
  if (text.f === header.f) return 3;
  if ((ALIASES[header.f] ?? []).includes(text.f)) return 3;
  const short = text.f.length < header.f.length ? text : header;
  const long = short === text ? header : text;
  if (short.f.length >= MIN_PREFIX && long.f.startsWith(short.f)) return 2;
  if (short.words.length < 2) return 0;
  let at2 = 0;
  for (const w of short.words) {
    at2 = long.words.indexOf(w, at2);
    if (at2 < 0) return 0;
    at2++;
  }
  return 1;
}
function findHeaderRow(sheet, labels, rows, cols, minMatches) {
  const keys = labels.map((l) => ({ key: l.key, label: folded2(l.header) }));
  let best = null;
  const [c0, c1] = [Math.max(1, cols[0]), Math.max(1, cols[1])];
  for (let r = Math.max(1, rows[0]); r <= rows[1]; r++) {
    const texts = [];
    for (let c = c0; c <= c1; c++) {
      const text = cellText(sheet.cell(r, c)?.value ?? null);
      if (text) texts.push({ col: c, label: folded2(text), text });
    }
    if (texts.length < minMatches) continue;
    const pairs = [];
    for (const l of keys)
      for (const t of texts) {
        const score = labelScore(t.label, l.label);
        if (score) pairs.push({ key: l.key, col: t.col, score });
      }
    pairs.sort((a, b) => b.score - a.score || a.col - b.col);
    const colsOf = /* @__PURE__ */ new Map();
    const used = /* @__PURE__ */ new Set();
    for (const p of pairs) {
      if (colsOf.has(p.key) || used.has(p.col)) continue;
      colsOf.set(p.key, p.col);
      used.add(p.col);
    }
    if (colsOf.size < minMatches || best && colsOf.size <= best.cols.size) continue;
    const matched = [...colsOf.values()];
    const left = Math.min(...matched);
    const right = Math.max(...matched);
    const unmatched = texts.filter((t) => !used.has(t.col)).map((t) => ({ col: t.col, text: t.text }));
    best = { row: r, cols: colsOf, unmatched, left, right };
  }
  return best;
}
function isIndexRow(sheet, row, left, right) {
  let n = 0;
  for (let c = left; c <= right; c++) {
    const t = cellText(sheet.cell(row, c)?.value ?? null);
    if (!t) continue;
    if (!/^\(?\d{1,2}\)?$/.test(t)) return false;
    n++;
  }
  return n >= 2;
}

// shared/parse/recognise-form.ts
var TITLE_ROWS = 15;
var TITLE_COLS = 30;
var HEADER_ROWS = 400;
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function titlePatterns(templates) {
  const out = [];
  for (const spec of templates)
    for (const kind of spec.kinds) {
      const title = spec.titles[kind];
      if (!title) continue;
      const [before, after = ""] = title.split("{year}").map((p) => escapeRegExp(foldKey(p)));
      out.push({ spec, kind, re: new RegExp(`^${before}\\s*(\\d{4})\\s*${after}$`) });
    }
  return out;
}
function tableOf(spec) {
  return spec.sections.find((s) => s.type === "table");
}
function unitFromHeader(sheet, registry) {
  const byName = registry.units.map((u2) => ({ code: u2.code, f: foldKey(u2.name) })).filter((u2) => u2.f);
  let best;
  for (let r = 1; r <= Math.min(sheet.rowCount, 6); r++)
    for (let c = 1; c <= Math.min(sheet.columnCount, TITLE_COLS); c++) {
      const f = foldKey(cellText(sheet.cell(r, c)?.value ?? null));
      if (!f) continue;
      for (const u2 of byName)
        if ((f === u2.f || f.includes(u2.f)) && (!best || u2.f.length > best.len))
          best = { code: u2.code, len: u2.f.length };
    }
  return best?.code;
}
function recogniseForm(grid, templates, registry) {
  const patterns = titlePatterns(templates);
  for (const name of grid.sheetNames) {
    if (name === META_SHEET || name === LISTS_SHEET) continue;
    const sheet = grid.sheet(name);
    if (!sheet || sheet.state !== "visible") continue;
    for (let r = 1; r <= Math.min(sheet.rowCount, TITLE_ROWS); r++)
      for (let c = 1; c <= Math.min(sheet.columnCount, TITLE_COLS); c++) {
        const f = foldKey(cellText(sheet.cell(r, c)?.value ?? null));
        if (f.length < 20) continue;
        for (const p of patterns) {
          const m = p.re.exec(f);
          if (!m) continue;
          const table = tableOf(p.spec);
          const labels = table?.columns.map((col) => ({ key: col.key, header: col.header })) ?? [];
          const need = Math.max(2, Math.ceil(labels.length / 2));
          const header = table ? findHeaderRow(
            sheet,
            labels,
            [r + 1, Math.min(sheet.rowCount, HEADER_ROWS)],
            [1, Math.min(sheet.columnCount, 60)],
            need
          ) : null;
          if (table && !header) continue;
          const unit = registry ? unitFromHeader(sheet, registry) : "";
          if (unit === void 0) throw new NotTtdnWorkbookError(READ_ERROR_MESSAGES.unitNotFound);
          return { spec: p.spec, kind: p.kind, year: Number(m[1]), unit, sheet };
        }
      }
  }
  throw new NotTtdnWorkbookError(READ_ERROR_MESSAGES.unrecognisedForm);
}

// shared/parse/row-kinds.ts
var TOTAL_LABEL = /^(?:[ivx]+ |[a-d] |\d+ )?(?:tong cong|tong so|tong|cong)(?: (?:nhom|muc|phan|i|ii|iii|iv|v|[a-d]|\d+)\b.*)?$/;
function isTotalLabel(text) {
  const f = foldKey(text);
  return f.length <= 40 && TOTAL_LABEL.test(f);
}
function isSumFormula(formula) {
  return formula !== void 0 && /^\s*=?\s*(?:SUM|SUBTOTAL|AGGREGATE)\s*\(/i.test(formula);
}
var HEADING_NUMBERING = /^\s*(?:[IVXLC]+|[A-Z])\s*[.)/:-]\s+/;
function looksLikeHeading(text) {
  if (HEADING_NUMBERING.test(text) || /^nhom\b/.test(foldKey(text))) return true;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
function groupOfHeading(text, groups) {
  const bare = foldKey(text).replace(/^(?:[ivxlc]+|[a-z]|\d+(?: \d+)*) /, "").replace(/^nhom (?:nhiem vu )?/, "");
  return groups.match(bare) ?? groups.match(text);
}

// shared/parse/parse-workbook.ts
var MAX_BLANK_RUN_BELOW = 3;
function parseWorkbook(grid, ctx2) {
  const templates = ctx2.templates ?? BUILT_IN_TEMPLATES;
  const findings = [];
  let info;
  let recognised;
  try {
    info = readMeta(grid, templates);
  } catch (e) {
    if (!(e instanceof NotTtdnWorkbookError)) throw e;
    recognised = recogniseForm(grid, templates, ctx2.registry);
    info = {
      spec: recognised.spec,
      rows: {},
      meta: {
        template: recognised.spec.id,
        version: recognised.spec.version,
        kind: recognised.kind,
        unit: recognised.unit,
        year: String(recognised.year)
      }
    };
  }
  const { meta, rows: metaRows, spec } = info;
  const metaWhere = (key) => ({
    sheet: META_SHEET,
    cell: cellRef(metaRows[key] ?? 1, 2),
    field: key
  });
  if (!recognised)
    for (const key of ["template", "version", "kind", "unit", "year", "period"]) {
      if (!meta[key]) findings.push(finding("META_MISSING", { ...metaWhere(key), value: null }, key));
    }
  const kind = REPORT_KINDS.includes(meta.kind) && spec.kinds.includes(meta.kind) ? meta.kind : spec.kinds[0];
  let year = Number(meta.year);
  if (!Number.isInteger(year) || year < 2e3 || year > 2100) {
    if (meta.year)
      findings.push(finding("YEAR_INVALID", { ...metaWhere("year"), value: meta.year }, meta.year));
    year = (/* @__PURE__ */ new Date()).getUTCFullYear();
  }
  const adHoc = kind === "bao-cao-dot-xuat" && meta.period_from && meta.period_to ? { from: meta.period_from, to: meta.period_to, deadline: meta.deadline || meta.period_to } : void 0;
  const period = periodOf(ctx2.calendar, kind, year, adHoc);
  if (recognised) {
    meta.period = period.label;
    findings.push(
      finding(
        "METADATA_LOST",
        { sheet: recognised.sheet.name, cell: "A1", field: "meta", value: null },
        KIND_LABELS[kind] ?? kind,
        year,
        recognised.unit || "?"
      )
    );
  }
  if (meta.period && meta.period !== period.label)
    findings.push(
      finding("PERIOD_MISMATCH", { ...metaWhere("period"), value: meta.period }, meta.period, period.label)
    );
  if (ctx2.registry && meta.unit && !findUnit(ctx2.registry, meta.unit))
    findings.push(finding("UNIT_UNKNOWN", { ...metaWhere("unit"), value: meta.unit }, meta.unit));
  const names = new Map(grid.definedNames.map((n) => [n.name, n]));
  const mainSheet = recognised?.sheet ?? grid.sheet(spec.sheetName) ?? firstVisibleSheet(grid);
  const need = (name) => {
    const n = names.get(name);
    const sheet = n ? grid.sheet(n.sheet) : void 0;
    const box = n ? parseRange(n.range) : null;
    if (n && sheet && box) return { sheet, box, named: true };
    const found = mainSheet ? locateByLabel(spec, name, mainSheet) : null;
    if (found) return found;
    throw new NotTtdnWorkbookError(
      recognised ? READ_ERROR_MESSAGES.missingTable(name) : ERROR_MESSAGES.missingName(name)
    );
  };
  const submission = {
    template: { id: spec.id, version: spec.version },
    kind,
    unit: (meta.unit ?? "").toUpperCase(),
    year,
    period: period.label,
    meta,
    sheet: spec.sheetName,
    docNumber: null,
    reportDate: null,
    rows: [],
    indicators: {},
    indicatorCells: {},
    narratives: {},
    narrativeCells: {}
  };
  const date1904 = ctx2.date1904 ?? grid.date1904 === true;
  const header = (name) => {
    if (!recognised) return need(name);
    try {
      return need(name);
    } catch {
      return null;
    }
  };
  const fallbackWhere = (field) => ({ sheet: mainSheet?.name ?? spec.sheetName, cell: "A1", field });
  const doc = header(NAME_DOC_NUMBER);
  submission.sheet = doc?.sheet.name ?? mainSheet?.name ?? spec.sheetName;
  const docText = doc ? cellText(doc.sheet.cell(doc.box.top, doc.box.left)?.value ?? null) : "";
  const docWhere = doc ? { sheet: doc.sheet.name, cell: cellRef(doc.box.top, doc.box.left), field: NAME_DOC_NUMBER } : fallbackWhere(NAME_DOC_NUMBER);
  if (/\d/.test(docText)) submission.docNumber = docText.replace(/^Số\s*:?\s*/i, "").replace(/\s+/g, "");
  else findings.push(finding("HEADER_MISSING", { ...docWhere, value: docText }, "s\u1ED1 v\u0103n b\u1EA3n (S\u1ED1: \u2026)"));
  const dateRef = header(NAME_REPORT_DATE);
  const dateCell = dateRef?.sheet.cell(dateRef.box.top, dateRef.box.left);
  const dateWhere = dateRef ? { sheet: dateRef.sheet.name, cell: cellRef(dateRef.box.top, dateRef.box.left), field: NAME_REPORT_DATE } : fallbackWhere(NAME_REPORT_DATE);
  if (isBlank(dateCell?.value))
    findings.push(finding("HEADER_MISSING", { ...dateWhere, value: null }, "ng\xE0y ban h\xE0nh v\u0103n b\u1EA3n"));
  else {
    const span = parseDateValue(dateCell?.value ?? null, void 0, { date1904 });
    const line = dateLine(dateCell?.value ?? null);
    if (span && span.granularity === "day") submission.reportDate = span.from;
    else if (line) submission.reportDate = line;
    else
      findings.push(
        finding(
          "DATE_INVALID",
          { ...dateWhere, value: dateCell?.value ?? null },
          "Ng\xE0y ban h\xE0nh",
          cellText(dateCell?.value ?? null)
        )
      );
  }
  const fieldCtx = { period, lists: spec.lists, listCache: /* @__PURE__ */ new Map(), date1904 };
  const stopKeys = stopMarkers(spec);
  for (const section of spec.sections) {
    if (section.type === "table")
      readTable(section, need(section.name), kind, year, submission, findings, fieldCtx, stopKeys);
    else if (section.type === "indicators") readIndicators(section, need(section.name), submission, findings);
    else if (section.type === "narrative") readNarrative(section, need(section.name), submission, findings);
  }
  findings.push(...applyCrossRules(spec, submission, { planCodes: ctx2.planCodes }));
  if (isEmptySubmission(submission))
    findings.push(finding("FORM_EMPTY", { sheet: submission.sheet, cell: "A1", field: "form", value: null }));
  return { submission, findings, spec, period };
}
function stopMarkers(spec) {
  const keys = ["noi nhan"];
  for (const s of spec.sections) {
    if (s.type === "heading") keys.push(foldKey(s.text));
    if (s.type === "narrative" || s.type === "indicators") keys.push(foldKey(s.heading));
    if (s.type === "table" && s.heading) keys.push(foldKey(s.heading));
  }
  return keys.filter(Boolean);
}
function firstVisibleSheet(grid) {
  for (const n of grid.sheetNames) {
    const s = grid.sheet(n);
    if (s && s.state === "visible" && !n.startsWith("_")) return s;
  }
  return void 0;
}
function dateLine(v) {
  if (typeof v !== "string") return null;
  const m = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(foldKey(v));
  return m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}
var HEADER_SCAN_ROWS = 400;
var HEADER_SCAN_COLS = 60;
var INDICATOR_LABELS = [
  { key: "code", header: "M\xE3 ch\u1EC9 ti\xEAu" },
  { key: "value", header: "S\u1ED1 l\u01B0\u1EE3ng" }
];
var INDICATOR_VALUE_ALIASES = ["so lieu", "gia tri", "ket qua", "thuc hien", "so luong thuc hien"];
function locateByLabel(spec, name, sheet) {
  const rows = [1, Math.min(sheet.rowCount, HEADER_SCAN_ROWS)];
  const cols = [1, Math.min(sheet.columnCount, HEADER_SCAN_COLS)];
  const scan = (test) => {
    for (let r = rows[0]; r <= rows[1]; r++)
      for (let c = cols[0]; c <= cols[1]; c++) {
        const t = cellText(sheet.cell(r, c)?.value ?? null);
        if (t && test(t, r, c)) return [r, c];
      }
    return null;
  };
  if (name === NAME_DOC_NUMBER) {
    const at2 = scan((t, r) => r <= 10 && /^số\s*[:.]/i.test(t));
    return at2 ? { sheet, box: { top: at2[0], left: at2[1], bottom: at2[0], right: at2[1] }, named: false } : null;
  }
  if (name === NAME_REPORT_DATE) {
    const at2 = scan((_t, r, c) => {
      if (r > 10) return false;
      const v = sheet.cell(r, c)?.value ?? null;
      return dateLine(v) !== null || (typeof v === "number" || v instanceof Date) && parseDateValue(v)?.granularity === "day";
    });
    return at2 ? { sheet, box: { top: at2[0], left: at2[1], bottom: at2[0], right: at2[1] }, named: false } : null;
  }
  const section = spec.sections.find((s) => "name" in s && s.name === name);
  if (!section) return null;
  if (section.type === "table") {
    const labels = section.columns.map((c) => ({ key: c.key, header: c.header }));
    const h = findHeaderRow(sheet, labels, rows, cols, Math.max(2, Math.ceil(labels.length / 2)));
    if (!h) return null;
    const top = h.row + (isIndexRow(sheet, h.row + 1, h.left, h.right) ? 2 : 1);
    return { sheet, box: { top, left: h.left, bottom: top - 1, right: h.right }, named: false };
  }
  if (section.type === "indicators") {
    const h = findHeaderRow(sheet, INDICATOR_LABELS, rows, cols, 2);
    if (!h) return null;
    const [code, value] = [h.cols.get("code"), h.cols.get("value")];
    return {
      sheet,
      box: { top: h.row + 1, left: code, bottom: h.row + section.indicators.length, right: value },
      named: false
    };
  }
  if (section.type === "narrative") {
    const key = foldKey(section.heading);
    const at2 = scan((t) => foldKey(t) === key);
    if (!at2) return null;
    const hint = foldKey(section.hint);
    const next = foldKey(cellText(sheet.cell(at2[0] + 1, at2[1])?.value ?? null));
    const row = next === hint ? at2[0] + 2 : at2[0] + 1;
    return { sheet, box: { top: row, left: at2[1], bottom: row, right: at2[1] }, named: false };
  }
  return null;
}
function tableColumns(section, at2, findings) {
  const { sheet, box } = at2;
  const labels = section.columns.map((c) => ({ key: c.key, header: c.header }));
  const need = Math.max(2, Math.ceil(labels.length / 2));
  const scanCols = [
    Math.max(1, box.left - 3),
    Math.min(Math.max(sheet.columnCount, box.right), box.right + 10)
  ];
  const h = at2.named ? findHeaderRow(sheet, labels, [box.top - 4, box.top - 1], scanCols, need) : findHeaderRow(sheet, labels, [box.top - 2, box.top - 1], scanCols, need);
  if (!h) {
    const colOf = new Map(section.columns.map((c, i2) => [c.key, box.left + i2]));
    return { colOf, left: box.left, right: box.right, bodyTop: box.top };
  }
  const left = Math.min(h.left, at2.named ? box.left : h.left);
  const right = Math.max(h.right, at2.named ? box.right : h.right);
  for (const x2 of h.unmatched)
    if (x2.col >= left && x2.col <= right)
      findings.push(
        finding(
          "COLUMN_EXTRA",
          { sheet: sheet.name, cell: cellRef(h.row, x2.col), field: section.name, value: x2.text },
          x2.text
        )
      );
  for (const c of section.columns) {
    if (h.cols.has(c.key) || c.type === "seq") continue;
    const where = { sheet: sheet.name, cell: cellRef(h.row, left), field: c.key, value: null };
    findings.push(
      c.required ? finding("COLUMN_MISSING", where, c.header) : finding("COLUMN_ABSENT", where, c.header)
    );
  }
  const afterHeader = h.row + (isIndexRow(sheet, h.row + 1, left, right) ? 2 : 1);
  return { colOf: h.cols, left, right, bodyTop: at2.named ? Math.min(box.top, afterHeader) : afterHeader };
}
function rowLabel(sheet, row, left, right) {
  for (let c = left; c <= right; c++) {
    const v = sheet.cell(row, c)?.value ?? null;
    if (typeof v === "string") {
      const t = cellText(v);
      if (t) return t;
    }
  }
  return "";
}
var MAX_BLANK_RUN_OPEN = 40;
function readTable(section, at2, kind, year, submission, findings, ctx2, stopKeys) {
  const { sheet, box } = at2;
  const isPlan = kind === "ke-hoach-nam";
  const cols = section.columns;
  const { colOf, left, right, bodyTop } = tableColumns(section, at2, findings);
  const mapped = cols.filter((c) => colOf.has(c.key));
  const dataCols = mapped.filter((c) => c.type !== "seq" && !(c.type === "task-code" && isPlan));
  const groupCol = cols.find((c) => c.type === "list" && c.list === "nhomNhiemVu");
  const groups = new CanonicalList(ctx2.lists.nhomNhiemVu ?? []);
  const rows = [];
  let blankRun = 0;
  const codeCol = cols.find((c) => c.type === "task-code");
  let maxPrinted = 0;
  const bottom = at2.named ? box.bottom : bodyTop - 1;
  const last = Math.max(bottom, sheet.rowCount);
  const merges = new MergedCells(sheet.merges, [bodyTop, last], [left, right]);
  const width = right - left + 1;
  let headingGroup;
  for (let r = bodyTop; r <= last; r++) {
    const below = r > bottom;
    const label = rowLabel(sheet, r, left, right);
    const first = foldKey(label);
    if ((below || !at2.named) && first && stopKeys.some((k) => first.startsWith(k))) break;
    if (isPlan && codeCol && colOf.has(codeCol.key)) {
      const printed = parseTaskCode(cellText(sheet.cell(r, colOf.get(codeCol.key))?.value ?? null));
      if (printed) maxPrinted = Math.max(maxPrinted, printed.seq);
    }
    const filled = dataCols.filter((c) => !isBlank(sheet.cell(r, colOf.get(c.key))?.value ?? null));
    if (label && isTotalLabel(label) || mapped.some((c) => c.type === "number" && isSumFormula(sheet.cell(r, colOf.get(c.key))?.formula))) {
      blankRun = 0;
      continue;
    }
    const ownTexts = countFilled(sheet, r, left, right);
    if (label && (merges.widthAt(r) >= Math.max(3, Math.ceil(width / 2)) && ownTexts <= 1 || ownTexts === 1 && looksLikeHeading(label) && !(groupCol && filled.length === 1 && filled[0] === groupCol))) {
      headingGroup = groupOfHeading(label, groups) ?? headingGroup;
      blankRun = 0;
      continue;
    }
    if (!filled.length) {
      if ((below || !at2.named) && ++blankRun >= (at2.named ? MAX_BLANK_RUN_BELOW : MAX_BLANK_RUN_OPEN)) break;
      continue;
    }
    blankRun = 0;
    const row = {
      index: rows.length + 1,
      sheetRow: r,
      values: {},
      spans: {},
      cells: {},
      belowTable: below && at2.named
    };
    for (const c of cols) {
      const col = colOf.get(c.key);
      if (col === void 0) {
        row.values[c.key] = null;
        row.cells[c.key] = cellRef(r, left);
        continue;
      }
      const where = { sheet: sheet.name, cell: cellRef(r, col), field: c.key };
      row.cells[c.key] = where.cell;
      let cell = merges.cell(sheet, r, col);
      if (c === groupCol && isBlank(cell?.value ?? null) && headingGroup) cell = { value: headingGroup };
      const res = checkField(c, cell, where, ctx2);
      row.values[c.key] = res.value;
      if (res.span) row.spans[c.key] = res.span;
      findings.push(...res.findings);
    }
    if (below && at2.named)
      findings.push(
        finding("ROW_BELOW_TABLE", {
          sheet: sheet.name,
          cell: cellRef(r, left),
          field: section.name,
          value: null
        })
      );
    rows.push(row);
  }
  if (isPlan)
    assignTaskCodes(
      codeCol?.key,
      rows,
      year,
      // The form's own task-code unit (registry abbreviation, in _ttdn since layout 11a), else derived.
      submission.meta.unit_abbr || unitShort(submission.unit),
      findings,
      sheet.name,
      maxPrinted
    );
  submission.rows.push(...rows);
}
function countFilled(sheet, row, left, right) {
  let n = 0;
  for (let c = left; c <= right; c++) if (!isBlank(sheet.cell(row, c)?.value ?? null)) n++;
  return n;
}
function assignTaskCodes(key, rows, year, short, findings, sheet, maxPrinted) {
  if (!key) return;
  const seen = /* @__PURE__ */ new Map();
  let next = maxPrinted;
  for (const r of rows) {
    const p = typeof r.values[key] === "string" ? parseTaskCode(r.values[key]) : null;
    if (p) next = Math.max(next, p.seq);
  }
  for (const r of rows) {
    const code = typeof r.values[key] === "string" ? r.values[key] : "";
    if (code && seen.has(code)) {
      findings.push(
        finding(
          "DUPLICATE_CODE",
          { sheet, cell: r.cells[key], field: key, value: code },
          code,
          seen.get(code)
        )
      );
      r.values[key] = taskCode(year, short, ++next);
    } else if (!code) r.values[key] = taskCode(year, short, ++next);
    seen.set(String(r.values[key]), r.sheetRow);
  }
}
function readIndicators(section, at2, submission, findings) {
  const { sheet, box } = at2;
  const h = findHeaderRow(
    sheet,
    [...INDICATOR_LABELS, ...INDICATOR_VALUE_ALIASES.map((a) => ({ key: "value", header: a }))],
    [box.top - 3, box.top - 1],
    [Math.max(1, box.left - 3), Math.min(Math.max(sheet.columnCount, box.right), box.right + 10)],
    2
  );
  const codeCol = h?.cols.get("code") ?? box.left;
  const valueCol = h?.cols.get("value") ?? box.right;
  const specByKey = new Map(section.indicators.map((i2) => [foldKey(i2.code), i2]));
  for (const ind of section.indicators) submission.indicators[ind.code] = null;
  const last = Math.max(box.bottom, Math.min(sheet.rowCount, box.bottom + section.indicators.length));
  for (let r = box.top; r <= last; r++) {
    const ind = specByKey.get(foldKey(cellText(sheet.cell(r, codeCol)?.value ?? null)));
    if (!ind) continue;
    const cell = sheet.cell(r, valueCol);
    const where = { sheet: sheet.name, cell: cellRef(r, valueCol), field: ind.code };
    submission.indicatorCells[ind.code] = where.cell;
    const res = checkField(
      {
        key: ind.code,
        header: `${ind.code} ${ind.name}`,
        type: "number",
        width: 0,
        decimals: ind.money ? 3 : void 0,
        integer: !ind.money
      },
      cell,
      where,
      {
        period: { kind: submission.kind, year: submission.year, from: "", to: "", deadline: "", label: "" },
        lists: {},
        listCache: /* @__PURE__ */ new Map()
      }
    );
    findings.push(...res.findings);
    submission.indicators[ind.code] = typeof res.value === "number" ? res.value : null;
  }
}
function readNarrative(section, at2, submission, findings) {
  const { sheet, box } = at2;
  const where = { sheet: sheet.name, cell: cellRef(box.top, box.left), field: section.name };
  submission.narrativeCells[section.key] = where.cell;
  const cell = sheet.cell(box.top, box.left);
  if (cell?.formula !== void 0)
    findings.push(finding("FORMULA_INPUT", { ...where, value: `=${cell.formula}` }, section.heading));
  const res = checkText(cell, where, section.heading, section.maxLength);
  findings.push(...res.findings);
  submission.narratives[section.key] = typeof res.value === "string" ? res.value : "";
}

// shared/consolidate/parsed-file.ts
function parseReceivedFile(file, grid, ctx2) {
  if (grid instanceof Error) return { file, outcome: "unreadable", reason: grid.message };
  try {
    const parsed = parseWorkbook(grid, {
      calendar: ctx2.calendar,
      registry: ctx2.registry,
      templates: ctx2.templates
    });
    return { file, outcome: "parsed", submission: parsed.submission, findings: parsed.findings };
  } catch (e) {
    if (!(e instanceof TtdnError)) throw e;
    return { file, outcome: "unreadable", reason: e.message };
  }
}

// shared/export/province-report.ts
var STATUS = {
  done: foldKey("Ho\xE0n th\xE0nh"),
  inProgress: foldKey("\u0110ang th\u1EF1c hi\u1EC7n"),
  notDone: foldKey("Ch\u01B0a th\u1EF1c hi\u1EC7n"),
  unplanned: foldKey("Ph\xE1t sinh ngo\xE0i k\u1EBF ho\u1EA1ch")
};

// shared/export/province-report-sheet.ts
var WIDTHS = [5, 17, 5.5, 5.5, 5.5, 5.5, 5.5, 9, 7];
var WIDTH = WIDTHS.length;
var input = { unlocked: true };
var L = {
  paragraph: { font: { size: 13 }, h: "left", v: "top", wrap: true, ...input },
  plain: { font: { size: 13 }, h: "left", v: "top", wrap: true },
  head: { ...S.tableHeader, font: { size: 12, bold: true } },
  cell: { font: { size: 12 }, v: "top", wrap: true, border: "all" },
  num: { font: { size: 12 }, h: "right", v: "top", border: "all", numFmt: "#,##0" },
  money: { font: { size: 12 }, h: "right", v: "top", border: "all", numFmt: "#,##0.###" },
  pct: { font: { size: 12 }, h: "right", v: "top", border: "all", numFmt: "0.0%" },
  totalText: { font: { size: 12, bold: true }, h: "center", v: "top", border: "all" },
  totalNum: { font: { size: 12, bold: true }, h: "right", v: "top", border: "all", numFmt: "#,##0" },
  totalMoney: { font: { size: 12, bold: true }, h: "right", v: "top", border: "all", numFmt: "#,##0.###" },
  totalPct: { font: { size: 12, bold: true }, h: "right", v: "top", border: "all", numFmt: "0.0%" },
  unitName: { font: { size: 12, bold: true, underline: true }, h: "center", v: "top", wrap: true },
  motto: { font: { size: 13, bold: true, underline: true }, h: "center", v: "top" },
  docNumber: { font: { size: 13 }, h: "center", v: "middle", ...input },
  dateLine: { font: { size: 13, italic: true }, h: "center", v: "middle", ...input },
  recipient: { font: { size: 11 }, h: "left", v: "top", wrap: true, ...input },
  signer: { font: { size: 13, bold: true }, h: "center", v: "top", wrap: true, ...input },
  note: { font: { size: 11, italic: true, color: "595959" }, h: "left", v: "top", wrap: true }
};

// shared/export/summary-model.ts
var VN_OFFSET_DAYS = 7 / 24;

// cli/files.ts
var import_node_crypto = require("node:crypto");

// node_modules/csv-parse/lib/api/index.js
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};

// cli/files.ts
function sha256Hex(bytes) {
  return (0, import_node_crypto.createHash)("sha256").update(bytes).digest("hex");
}

// cli/xlsx/load-file.ts
var import_promises = require("node:fs/promises");

// node_modules/fflate/esm/index.mjs
var import_module = require("module");
var require2 = (0, import_module.createRequire)("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb2, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb2);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb2);
  for (i2 = 1; i2 < mb2; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb2);
    var rvb = 15 - mb2;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb2 - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  Inflate2.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}

// shared/file/text-bytes.ts
var decodeUtf8 = (bytes) => strFromU8(
  bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes
);
function decodeUtf16(bytes, littleEndian) {
  let out = "";
  for (let i2 = 2; i2 + 1 < bytes.length; i2 += 2) {
    out += String.fromCharCode(
      littleEndian ? bytes[i2] | bytes[i2 + 1] << 8 : bytes[i2] << 8 | bytes[i2 + 1]
    );
  }
  return out;
}

// shared/file/xml-scanner.ts
var ENTITY_RX = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeEntities(s) {
  if (s.indexOf("&") < 0) return s;
  return s.replace(
    ENTITY_RX,
    (m, hex, dec, named) => {
      if (named) return NAMED[named];
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code <= 1114111 ? String.fromCodePoint(code) : m;
    }
  );
}
var Tag = { Eof: 0, Open: 1, Close: 2 };
var XmlScanner = class {
  constructor(xml) {
    this.xml = xml;
  }
  xml;
  pos = 0;
  kind = Tag.Eof;
  /** Local name (prefix stripped) of the current tag. */
  name = "";
  selfClosing = false;
  attrStart = 0;
  attrEnd = 0;
  /** Advances to the next start or end tag, skipping text, comments, CDATA, PIs and DOCTYPE. */
  next() {
    const xml = this.xml;
    const len = xml.length;
    for (; ; ) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = len;
        return this.kind = Tag.Eof;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 63) {
        this.pos = skipPast(xml, "?>", lt + 2);
        continue;
      }
      if (c === 33) {
        if (xml.startsWith("<!--", lt)) this.pos = skipPast(xml, "-->", lt + 4);
        else if (xml.startsWith("<![CDATA[", lt)) this.pos = skipPast(xml, "]]>", lt + 9);
        else {
          const bracket = xml.indexOf("[", lt);
          const gt = xml.indexOf(">", lt);
          this.pos = bracket >= 0 && bracket < gt ? skipPast(xml, "]>", bracket) : gt < 0 ? len : gt + 1;
        }
        continue;
      }
      if (c === 47) {
        const gt = xml.indexOf(">", lt + 2);
        let end = gt < 0 ? len : gt;
        let start = lt + 2;
        while (start < end && isSpace(xml.charCodeAt(start))) start++;
        while (end > start && isSpace(xml.charCodeAt(end - 1))) end--;
        const colon2 = xml.indexOf(":", start);
        this.name = nameAt(xml, colon2 >= 0 && colon2 < end ? colon2 + 1 : start, end);
        this.pos = (gt < 0 ? len : gt) + 1;
        this.selfClosing = false;
        return this.kind = Tag.Close;
      }
      let i2 = lt + 1;
      let colon = -1;
      for (; i2 < len; i2++) {
        const ch = xml.charCodeAt(i2);
        if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
        if (ch === 58 && colon < 0) colon = i2;
      }
      this.name = nameAt(xml, colon < 0 ? lt + 1 : colon + 1, i2);
      let quote = 0;
      let j = i2;
      for (; j < len; j++) {
        const ch = xml.charCodeAt(j);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      this.selfClosing = xml.charCodeAt(j - 1) === 47;
      this.attrStart = i2;
      this.attrEnd = this.selfClosing ? j - 1 : j;
      this.pos = j + 1;
      return this.kind = Tag.Open;
    }
  }
  /**
   * The current start tag's attribute value (entity-decoded), or undefined. With `anyPrefix`, `id` also matches
   * `r:id` or any other prefixed `id` (writers choose their own prefix for the relationships namespace).
   */
  attr(name, anyPrefix = false) {
    let found;
    this.eachAttr((nameStart, nameEnd, valueStart, valueEnd) => {
      const n = nameEnd - nameStart;
      if (n < name.length || !this.xml.startsWith(name, nameEnd - name.length)) return false;
      if (n !== name.length && !(anyPrefix && this.xml.charCodeAt(nameEnd - name.length - 1) === 58 && !this.xml.startsWith("xmlns:", nameStart)))
        return false;
      found = decodeEntities(this.xml.slice(valueStart, valueEnd));
      return true;
    });
    return found;
  }
  /** Hot path for `<c>`: reads r, t and s in one pass, without a per-attribute callback. */
  cellAttrs(out) {
    out.r = out.t = out.s = void 0;
    const xml = this.xml;
    let p = this.attrStart;
    const end = this.attrEnd;
    while (p < end) {
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      const nameStart = p;
      while (p < end && xml.charCodeAt(p) !== 61 && !isSpace(xml.charCodeAt(p))) p++;
      const oneChar = p - nameStart === 1;
      while (p < end && xml.charCodeAt(p) !== 34 && xml.charCodeAt(p) !== 39) p++;
      if (p >= end) return;
      const valueEnd = xml.indexOf(xml[p], p + 1);
      if (valueEnd < 0 || valueEnd > end) return;
      if (oneChar) {
        const c = xml.charCodeAt(nameStart);
        if (c === 114) out.r = xml.slice(p + 1, valueEnd);
        else if (c === 116) out.t = xml.slice(p + 1, valueEnd);
        else if (c === 115) out.s = xml.slice(p + 1, valueEnd);
      }
      p = valueEnd + 1;
    }
  }
  /** Calls `visit` with the bounds of each attribute name and (raw) value until it returns true. */
  eachAttr(visit) {
    const xml = this.xml;
    let p = this.attrStart;
    const end = this.attrEnd;
    while (p < end) {
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      const nameStart = p;
      while (p < end && xml.charCodeAt(p) !== 61 && !isSpace(xml.charCodeAt(p))) p++;
      const nameEnd = p;
      while (p < end && xml.charCodeAt(p) !== 34 && xml.charCodeAt(p) !== 39) p++;
      if (p >= end) return;
      const valueEnd = xml.indexOf(xml[p], p + 1);
      if (valueEnd < 0 || valueEnd > end) return;
      if (visit(nameStart, nameEnd, p + 1, valueEnd)) return;
      p = valueEnd + 1;
    }
  }
  /** Character data from here to the next tag (CDATA included, comments skipped), entity-decoded. */
  text() {
    return this.selfClosing ? "" : this.textHere();
  }
  /** Character data from the scan position to the next tag, also after a self-closing tag (mixed content). */
  textHere() {
    const xml = this.xml;
    let out = "";
    for (; ; ) {
      const lt = xml.indexOf("<", this.pos);
      const end = lt < 0 ? xml.length : lt;
      if (end > this.pos) out += decodeEntities(xml.slice(this.pos, end));
      this.pos = end;
      if (lt < 0) break;
      if (xml.startsWith("<![CDATA[", lt)) {
        const close = xml.indexOf("]]>", lt + 9);
        const stop = close < 0 ? xml.length : close;
        out += xml.slice(lt + 9, stop);
        this.pos = close < 0 ? stop : close + 3;
      } else if (xml.startsWith("<!--", lt)) this.pos = skipPast(xml, "-->", lt + 4);
      else break;
    }
    return out.indexOf("\r") < 0 ? out : out.replace(/\r\n?/g, "\n");
  }
  /** Skips to the end of the element whose start tag is current (no-op for a self-closing tag). */
  skipElement() {
    if (this.selfClosing) return;
    let depth = 1;
    while (depth > 0) {
      const k = this.next();
      if (k === Tag.Eof) return;
      if (k === Tag.Open) {
        if (!this.selfClosing) depth++;
      } else depth--;
    }
  }
};
function nameAt(xml, start, end) {
  const c = xml.charCodeAt(start);
  switch (end - start) {
    case 1:
      if (c === 99) return "c";
      if (c === 118) return "v";
      if (c === 102) return "f";
      if (c === 116) return "t";
      break;
    case 2:
      if (c === 105 && xml.charCodeAt(start + 1) === 115) return "is";
      if (c === 115 && xml.charCodeAt(start + 1) === 105) return "si";
      break;
    case 3:
      if (c === 114 && xml.startsWith("row", start)) return "row";
      break;
  }
  return xml.slice(start, end);
}
var isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
var skipPast = (xml, token, from) => {
  const i2 = xml.indexOf(token, from);
  return i2 < 0 ? xml.length : i2 + token.length;
};
function decodeXml(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return decodeUtf16(bytes, true);
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return decodeUtf16(bytes, false);
  return decodeUtf8(bytes);
}

// shared/file/zip-guard.ts
var MB = 1024 * 1024;
var DEFAULT_XLSX_LIMITS = Object.freeze({
  maxFileBytes: 20 * MB,
  maxEntries: 2e3,
  maxUncompressedBytes: 200 * MB,
  maxRatio: 200,
  ratioMinBytes: 1 * MB
});
var UnsafeFileError = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
  name = "UnsafeFileError";
};
var mb = (n) => (n / MB).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
var corrupt = (detail) => new UnsafeFileError("corrupt", `T\u1EC7p b\u1ECB h\u1ECFng ho\u1EB7c kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c: ${detail}.`);
var notXlsx = (detail) => new UnsafeFileError("not-xlsx", `T\u1EC7p kh\xF4ng ph\u1EA3i l\xE0 t\u1EC7p Excel .xlsx h\u1EE3p l\u1EC7: ${detail}.`);
var zipBomb = (detail) => new UnsafeFileError("zip-bomb", `T\u1EC7p n\xE9n b\u1EA5t th\u01B0\u1EDDng (c\xF3 th\u1EC3 l\xE0 "zip bomb"): ${detail}.`);
var overDeclared = (e) => zipBomb(
  `th\xE0nh ph\u1EA7n "${e.name}" gi\u1EA3i n\xE9n ra nhi\u1EC1u h\u01A1n k\xEDch th\u01B0\u1EDBc khai b\xE1o (${e.uncompressedSize.toLocaleString("vi-VN")} byte)`
);
var macro = (format = "xlsx") => new UnsafeFileError(
  "macro",
  format === "ods" ? FILE_READER_MESSAGES.odsMacro : "T\u1EC7p ch\u1EE9a macro (.xlsm) \u2014 kh\xF4ng nh\u1EADn."
);
var u162 = (b, p) => b[p] | b[p + 1] << 8;
var u32 = (b, p) => (b[p] | b[p + 1] << 8 | b[p + 2] << 16) + b[p + 3] * 16777216;
var u64 = (b, p) => u32(b, p) + u32(b, p + 4) * 4294967296;
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_EOCD = 101010256;
var SIG_ZIP64_LOCATOR = 117853008;
var SIG_ZIP64_EOCD = 101075792;
var OLE2_MAGIC = [208, 207, 17, 224, 161, 177, 26, 225];
var ONE_SHOT_MAX_COMPRESSED = 16 * 1024;
var partKey = (name) => name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
function readEndOfCentralDirectory(b) {
  const min = Math.max(0, b.length - 22 - 65535);
  for (let p = b.length - 22; p >= min; p--) {
    if (u32(b, p) !== SIG_EOCD || p + 22 + u162(b, p + 20) > b.length) continue;
    if (u162(b, p + 4) !== 0 || u162(b, p + 6) !== 0)
      throw corrupt("t\u1EC7p n\xE9n nhi\u1EC1u ph\u1EA7n (multi-disk) kh\xF4ng \u0111\u01B0\u1EE3c h\u1ED7 tr\u1EE3");
    let count = u162(b, p + 10);
    let cdSize = u32(b, p + 12);
    let cdOffset = u32(b, p + 16);
    if ((count === 65535 || cdSize === 4294967295 || cdOffset === 4294967295) && p >= 20 && u32(b, p - 20) === SIG_ZIP64_LOCATOR) {
      const z = u64(b, p - 12);
      if (z + 56 > b.length || u32(b, z) !== SIG_ZIP64_EOCD) throw corrupt("b\u1EA3n ghi Zip64 kh\xF4ng h\u1EE3p l\u1EC7");
      count = u64(b, z + 32);
      cdSize = u64(b, z + 40);
      cdOffset = u64(b, z + 48);
    }
    if (cdOffset + cdSize > p) throw corrupt("th\u01B0 m\u1EE5c trung t\xE2m n\u1EB1m ngo\xE0i t\u1EC7p");
    return { count, cdOffset, cdSize };
  }
  throw corrupt("kh\xF4ng t\xECm th\u1EA5y th\u01B0 m\u1EE5c trung t\xE2m (t\u1EC7p b\u1ECB c\u1EAFt c\u1EE5t?)");
}
function readCentralDirectory(b, limits) {
  const { count, cdOffset, cdSize } = readEndOfCentralDirectory(b);
  const tooMany = (n) => new UnsafeFileError(
    "too-many-entries",
    `T\u1EC7p .xlsx c\xF3 qu\xE1 nhi\u1EC1u th\xE0nh ph\u1EA7n (${n.toLocaleString("vi-VN")}, gi\u1EDBi h\u1EA1n ${limits.maxEntries.toLocaleString("vi-VN")}).`
  );
  if (count > limits.maxEntries) throw tooMany(count);
  const entries = [];
  const end = cdOffset + cdSize;
  let p = cdOffset;
  while (p + 46 <= end && u32(b, p) === SIG_CENTRAL) {
    if (entries.length >= limits.maxEntries) throw tooMany(entries.length + 1);
    const flags = u162(b, p + 8);
    const nameLen = u162(b, p + 28);
    const extraLen = u162(b, p + 30);
    const next = p + 46 + nameLen + extraLen + u162(b, p + 32);
    if (next > end) throw corrupt("b\u1EA3n ghi th\u01B0 m\u1EE5c trung t\xE2m b\u1ECB c\u1EAFt c\u1EE5t");
    const entry = {
      name: decodeUtf8(b.subarray(p + 46, p + 46 + nameLen)),
      method: u162(b, p + 10),
      flags,
      compressedSize: u32(b, p + 20),
      uncompressedSize: u32(b, p + 24),
      localHeaderOffset: u32(b, p + 42),
      crc32: u32(b, p + 16)
    };
    for (let x2 = p + 46 + nameLen; x2 + 4 <= p + 46 + nameLen + extraLen; x2 += 4 + u162(b, x2 + 2)) {
      if (u162(b, x2) !== 1) continue;
      let q = x2 + 4;
      if (entry.uncompressedSize === 4294967295) {
        entry.uncompressedSize = u64(b, q);
        q += 8;
      }
      if (entry.compressedSize === 4294967295) {
        entry.compressedSize = u64(b, q);
        q += 8;
      }
      if (entry.localHeaderOffset === 4294967295) entry.localHeaderOffset = u64(b, q);
    }
    entries.push(entry);
    p = next;
  }
  if (entries.length === 0 && count > 0) throw corrupt("th\u01B0 m\u1EE5c trung t\xE2m kh\xF4ng h\u1EE3p l\u1EC7");
  return entries;
}
var GuardedZip = class {
  constructor(bytes, entries, limits, codec) {
    this.bytes = bytes;
    this.entries = entries;
    this.limits = limits;
    this.codec = codec;
    for (const e of entries) {
      const key = partKey(e.name);
      if (this.byKey.has(key)) throw corrupt(`th\xE0nh ph\u1EA7n "${e.name}" b\u1ECB l\u1EB7p`);
      this.byKey.set(key, e);
    }
  }
  bytes;
  entries;
  limits;
  codec;
  byKey = /* @__PURE__ */ new Map();
  inflatedTotal = 0;
  /** For an .xlsx: the workbook part named by the package relationships (set by openGuardedXlsx). */
  workbookPart = "xl/workbook.xml";
  has(name) {
    return this.byKey.has(partKey(name));
  }
  /** The part's bytes, or undefined when the zip has no such part. */
  read(name) {
    const e = this.byKey.get(partKey(name));
    return e && this.inflate(e);
  }
  inflate(e) {
    const b = this.bytes;
    const h = e.localHeaderOffset;
    if (h + 30 > b.length || u32(b, h) !== SIG_LOCAL) throw corrupt(`kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c th\xE0nh ph\u1EA7n "${e.name}"`);
    const start = h + 30 + u162(b, h + 26) + u162(b, h + 28);
    const data = b.subarray(start, start + e.compressedSize);
    if (data.length !== e.compressedSize) throw corrupt(`th\xE0nh ph\u1EA7n "${e.name}" b\u1ECB c\u1EAFt c\u1EE5t`);
    if (e.flags & 1) throw encrypted();
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize)
        throw corrupt(`k\xEDch th\u01B0\u1EDBc th\xE0nh ph\u1EA7n "${e.name}" kh\xF4ng kh\u1EDBp`);
      this.charge(e, e.uncompressedSize, e.uncompressedSize);
      checkCrc(e, crc32Update(0, data));
      return data;
    }
    if (e.method !== 8)
      throw corrupt(`th\xE0nh ph\u1EA7n "${e.name}" d\xF9ng ph\u01B0\u01A1ng th\u1EE9c n\xE9n kh\xF4ng h\u1ED7 tr\u1EE3 (${e.method})`);
    if (e.compressedSize === 0) {
      if (e.uncompressedSize !== 0) throw corrupt(`th\xE0nh ph\u1EA7n "${e.name}" r\u1ED7ng`);
      checkCrc(e, 0);
      return data;
    }
    try {
      if (this.codec) return this.inflateNative(e, data, this.codec);
      return e.compressedSize <= ONE_SHOT_MAX_COMPRESSED ? this.inflateOneShot(e, data) : this.inflateStreaming(e, data);
    } catch (err2) {
      if (err2 instanceof UnsafeFileError) throw err2;
      throw corrupt(`d\u1EEF li\u1EC7u n\xE9n c\u1EE7a "${e.name}" b\u1ECB l\u1ED7i`);
    }
  }
  /** Through the host's inflater, stopped one byte past the declared size (so a lying entry is caught). */
  inflateNative(e, data, codec) {
    const out = codec.inflateRaw(data, e.uncompressedSize + 1);
    if (!out) throw overDeclared(e);
    this.charge(e, out.length, out.length);
    checkCrc(e, codec.crc32(out));
    return out;
  }
  /**
   * Small parts (nearly all of them): one call into a buffer one byte larger than declared. fflate never grows a
   * caller-supplied buffer, so a lying entry fills the spare byte and is caught; the wasted work is bounded by
   * deflate's ~1032:1 maximum over at most ONE_SHOT_MAX_COMPRESSED input bytes.
   */
  inflateOneShot(e, data) {
    const out = inflateSync(data, { out: new Uint8Array(e.uncompressedSize + 1) });
    this.charge(e, out.length, out.length);
    checkCrc(e, crc32Update(0, out));
    return out;
  }
  /**
   * Larger parts: streamed in small input slices (each push can expand at most ~1000x) into a buffer of the declared
   * size, stopping the moment real output exceeds the declaration.
   */
  inflateStreaming(e, data) {
    const out = new Uint8Array(e.uncompressedSize);
    let written = 0;
    let crc = 0;
    const inflater = new Inflate((chunk) => {
      this.charge(e, written + chunk.length, chunk.length);
      out.set(chunk, written);
      crc = crc32Update(crc, chunk);
      written += chunk.length;
    });
    const SLICE = 16 * 1024;
    for (let p = 0; p < data.length; p += SLICE)
      inflater.push(data.subarray(p, p + SLICE), p + SLICE >= data.length);
    checkCrc(e, crc);
    return written === out.length ? out : out.subarray(0, written);
  }
  /** Counts real inflated bytes against both the entry's declared size and the whole-file budget. */
  charge(e, entryBytesSoFar, added) {
    if (entryBytesSoFar > e.uncompressedSize) throw overDeclared(e);
    this.inflatedTotal += added;
    if (this.inflatedTotal > this.limits.maxUncompressedBytes)
      throw zipBomb(`d\u1EEF li\u1EC7u gi\u1EA3i n\xE9n v\u01B0\u1EE3t ${mb(this.limits.maxUncompressedBytes)} MB`);
  }
};
var crcTables;
function crc32Update(crc, data) {
  let t = crcTables;
  if (!t) {
    t = crcTables = new Uint32Array(1024);
    for (let n2 = 0; n2 < 256; n2++) {
      let c2 = n2;
      for (let k = 0; k < 8; k++) c2 = c2 & 1 ? 3988292384 ^ c2 >>> 1 : c2 >>> 1;
      t[n2] = c2 >>> 0;
    }
    for (let n2 = 0; n2 < 256; n2++)
      for (let k = 1; k < 4; k++)
        t[k * 256 + n2] = t[(k - 1) * 256 + n2] >>> 8 ^ t[t[(k - 1) * 256 + n2] & 255];
  }
  let c = ~crc;
  let i2 = 0;
  const n = data.length;
  for (; i2 + 4 <= n; i2 += 4) {
    c ^= data[i2] | data[i2 + 1] << 8 | data[i2 + 2] << 16 | data[i2 + 3] << 24;
    c = t[768 + (c & 255)] ^ t[512 + (c >>> 8 & 255)] ^ t[256 + (c >>> 16 & 255)] ^ t[c >>> 24];
  }
  for (; i2 < n; i2++) c = t[(c ^ data[i2]) & 255] ^ c >>> 8;
  return ~c >>> 0;
}
function checkCrc(e, actual) {
  if (actual !== e.crc32) throw corrupt(`d\u1EEF li\u1EC7u c\u1EE7a "${e.name}" b\u1ECB h\u1ECFng (sai m\xE3 ki\u1EC3m tra CRC-32)`);
}
var encrypted = () => new UnsafeFileError("encrypted", "T\u1EC7p \u0111\u01B0\u1EE3c \u0111\u1EB7t m\u1EADt kh\u1EA9u \u2014 h\xE3y l\u01B0u l\u1EA1i th\xE0nh .xlsx kh\xF4ng m\u1EADt kh\u1EA9u.");
var UTF16_ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);
function oleError(b) {
  const pat = UTF16_ENCRYPTED_PACKAGE;
  outer: for (let i2 = b.indexOf(pat[0]); i2 >= 0 && i2 + pat.length <= b.length; i2 = b.indexOf(pat[0], i2 + 1)) {
    for (let k = 1; k < pat.length; k++) if (b[i2 + k] !== pat[k]) continue outer;
    return encrypted();
  }
  return new UnsafeFileError("legacy-xls", FILE_READER_MESSAGES.legacyXls);
}
function openGuardedZip(bytes, limits, codec) {
  const lim = { ...DEFAULT_XLSX_LIMITS, ...limits };
  if (bytes.length > lim.maxFileBytes)
    throw new UnsafeFileError(
      "too-large",
      `T\u1EC7p qu\xE1 l\u1EDBn (${mb(bytes.length)} MB, gi\u1EDBi h\u1EA1n ${mb(lim.maxFileBytes)} MB).`
    );
  if (bytes.length >= 8 && OLE2_MAGIC.every((v, i2) => bytes[i2] === v)) throw oleError(bytes);
  if (bytes.length < 22 || u32(bytes, 0) !== SIG_LOCAL) throw notXlsx("kh\xF4ng ph\u1EA3i t\u1EC7p n\xE9n ZIP");
  const entries = readCentralDirectory(bytes, lim);
  let declaredTotal = 0;
  for (const e of entries) {
    declaredTotal += e.uncompressedSize;
    if (e.uncompressedSize > lim.ratioMinBytes && (e.compressedSize === 0 || e.uncompressedSize / e.compressedSize > lim.maxRatio))
      throw zipBomb(
        `th\xE0nh ph\u1EA7n "${e.name}" c\xF3 t\u1EC9 l\u1EC7 n\xE9n ${e.compressedSize ? Math.round(e.uncompressedSize / e.compressedSize) : "\u221E"}:1 (gi\u1EDBi h\u1EA1n ${lim.maxRatio}:1)`
      );
  }
  if (declaredTotal > lim.maxUncompressedBytes)
    throw zipBomb(
      `t\u1ED5ng dung l\u01B0\u1EE3ng gi\u1EA3i n\xE9n ${mb(declaredTotal)} MB (gi\u1EDBi h\u1EA1n ${mb(lim.maxUncompressedBytes)} MB)`
    );
  const zip = new GuardedZip(bytes, entries, lim, codec);
  if (entries.some((e) => e.flags & 1)) throw encrypted();
  return zip;
}
function xmlAttr(tag, name) {
  const m = new RegExp(`[\\s:]${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return void 0;
  return (m[2] ?? m[3]).replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
function startTags(xml, localName) {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>`, "g")) ?? [];
}
function resolvePartPath(baseDir, target) {
  const parts = target.startsWith("/") ? [] : baseDir.split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}
function findWorkbookPart(zip) {
  const rels = zip.read("_rels/.rels");
  if (rels) {
    for (const tag of startTags(decodeUtf8(rels), "Relationship")) {
      const type = xmlAttr(tag, "Type") ?? "";
      const target = xmlAttr(tag, "Target");
      if (!target || xmlAttr(tag, "TargetMode") === "External" || !/\/officeDocument$/.test(type)) continue;
      const path = resolvePartPath("", target);
      if (zip.has(path)) return path;
      try {
        if (zip.has(decodeURIComponent(path))) return decodeURIComponent(path);
      } catch {
      }
    }
  }
  return "xl/workbook.xml";
}
var MACRO_TYPE_RX = /macroEnabled|vbaProject/i;
function hasMacroPart(zip, contentTypes) {
  const keys = zip.entries.map((e) => partKey(e.name));
  if (keys.some((k) => k === "vbaproject.bin" || k.endsWith("/vbaproject.bin"))) return true;
  const overridden = /* @__PURE__ */ new Set();
  for (const tag of startTags(contentTypes, "Override")) {
    const part = partKey(xmlAttr(tag, "PartName") ?? "");
    overridden.add(part);
    if (MACRO_TYPE_RX.test(xmlAttr(tag, "ContentType") ?? "") && zip.has(part)) return true;
  }
  for (const tag of startTags(contentTypes, "Default")) {
    const ext = `.${(xmlAttr(tag, "Extension") ?? "").toLowerCase()}`;
    if (MACRO_TYPE_RX.test(xmlAttr(tag, "ContentType") ?? "") && keys.some((k) => k.endsWith(ext) && !overridden.has(k)))
      return true;
  }
  return false;
}
function checkXlsxPackage(zip) {
  if (zip.entries.some((e) => /(^|\/)vbaproject\.bin$/.test(partKey(e.name)))) throw macro();
  const contentTypes = zip.read("[Content_Types].xml");
  if (!contentTypes) throw notXlsx("thi\u1EBFu ph\u1EA7n [Content_Types].xml");
  if (hasMacroPart(zip, decodeUtf8(contentTypes))) throw macro();
  const workbookPart = findWorkbookPart(zip);
  if (!zip.has(workbookPart)) throw notXlsx(`thi\u1EBFu ph\u1EA7n ${workbookPart}`);
  zip.workbookPart = workbookPart;
  return zip;
}
var ODS_MIME_TYPES = [
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.spreadsheet-template"
];
function checkOdsPackage(zip) {
  const mime = zip.read("mimetype");
  const mimeText = mime ? decodeUtf8(mime).trim() : "";
  if (mimeText && !ODS_MIME_TYPES.includes(mimeText))
    throw new UnsafeFileError(
      "not-xlsx",
      FILE_READER_MESSAGES.notOds(FILE_READER_MESSAGES.otherOpenDocument(mimeText))
    );
  if (!zip.has("content.xml"))
    throw new UnsafeFileError("not-xlsx", FILE_READER_MESSAGES.notOds("thi\u1EBFu ph\u1EA7n content.xml"));
  if (zip.entries.some((e) => /^(basic|scripts)\/./.test(partKey(e.name)))) throw macro("ods");
  const manifest = zip.read("META-INF/manifest.xml");
  if (manifest && /encryption-data/.test(decodeUtf8(manifest))) throw encrypted();
  return zip;
}
function zipFormat(zip) {
  if (zip.has("[Content_Types].xml")) return "xlsx";
  if (zip.has("content.xml") && (zip.has("mimetype") || zip.has("META-INF/manifest.xml"))) return "ods";
  return "unknown";
}

// shared/file/read-xlsx-grid.ts
var XlsxWorkbookGrid = class {
  constructor(sheetNames, sheets, definedNames, date1904) {
    this.sheetNames = sheetNames;
    this.sheets = sheets;
    this.definedNames = definedNames;
    this.date1904 = date1904;
  }
  sheetNames;
  sheets;
  definedNames;
  date1904;
  sheet(name) {
    return this.sheets.get(name);
  }
};
var corrupt2 = (detail) => new UnsafeFileError("corrupt", `T\u1EC7p .xlsx b\u1ECB h\u1ECFng ho\u1EB7c kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c: ${detail}.`);
var OOXML_ESCAPE_RX = /_x([0-9A-Fa-f]{4})_/g;
function decodeOoxmlEscapes(s) {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(OOXML_ESCAPE_RX, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));
}
function readRichText(sc, endName) {
  if (sc.selfClosing) return "";
  let out = "";
  for (; ; ) {
    const k = sc.next();
    if (k === Tag.Eof) break;
    if (k === Tag.Close) {
      if (sc.name === endName) break;
      continue;
    }
    if (sc.name === "t") out += sc.text();
    else if (sc.name === "rPh") sc.skipElement();
  }
  return decodeOoxmlEscapes(out);
}
function parseWorkbook2(xml) {
  const sc = new XmlScanner(xml);
  const sheets = [];
  const seen = /* @__PURE__ */ new Set();
  const definedNames = [];
  let date1904;
  while (sc.next() !== Tag.Eof) {
    if (sc.kind !== Tag.Open) continue;
    if (sc.name === "extLst" || sc.name === "AlternateContent") sc.skipElement();
    else if (sc.name === "sheet") {
      const name = sc.attr("name");
      const relId = sc.attr("id", true);
      if (name === void 0 || !relId || seen.has(name)) continue;
      seen.add(name);
      const state = sc.attr("state");
      sheets.push({
        name,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
        relId
      });
    } else if (sc.name === "definedName") {
      const name = sc.attr("name");
      if (name === void 0 || sc.attr("localSheetId") !== void 0 || name.startsWith("_xlnm.")) continue;
      const ref = parseDefinedNameRef(sc.text());
      if (ref) definedNames.push({ name, ...ref });
    } else if (sc.name === "workbookPr" && date1904 === void 0) {
      const v = sc.attr("date1904")?.trim();
      date1904 = v === "1" || v === "true";
    }
  }
  return { sheets, definedNames, date1904: date1904 ?? false };
}
var A1_AREA_RX = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;
function parseDefinedNameRef(text) {
  let s = text.trim();
  if (s.startsWith("=")) s = s.slice(1);
  if (s.includes("#REF!")) return null;
  let sheet;
  let rest;
  if (s.startsWith("'")) {
    let i2 = 1;
    for (; i2 < s.length; i2++) {
      if (s[i2] !== "'") continue;
      if (s[i2 + 1] === "'") i2++;
      else break;
    }
    sheet = s.slice(1, i2).replace(/''/g, "'");
    rest = s.slice(i2 + 1);
  } else {
    const bang = s.indexOf("!");
    if (bang < 0) return null;
    sheet = s.slice(0, bang);
    rest = s.slice(bang);
  }
  if (!rest.startsWith("!") || !sheet || sheet.includes("[") || sheet.includes(":")) return null;
  const range = rest.slice(1);
  return A1_AREA_RX.test(range) ? { sheet, range } : null;
}
function parseRels(xml, baseDir) {
  const sc = new XmlScanner(xml);
  const rels = /* @__PURE__ */ new Map();
  while (sc.next() !== Tag.Eof) {
    if (sc.kind !== Tag.Open || sc.name !== "Relationship" || sc.attr("TargetMode") === "External") continue;
    const id = sc.attr("Id");
    const target = sc.attr("Target");
    if (id && target) rels.set(id, { target: resolvePartPath(baseDir, target), type: sc.attr("Type") ?? "" });
  }
  return rels;
}
var BUILTIN_NUM_FMTS = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@"
};
function parseStyles(xml) {
  const sc = new XmlScanner(xml);
  const custom = /* @__PURE__ */ new Map();
  const xfFormats = [];
  const xfIds = [];
  let inCellXfs = false;
  let inNumFmts = false;
  while (sc.next() !== Tag.Eof) {
    if (sc.kind === Tag.Close) {
      if (sc.name === "cellXfs") inCellXfs = false;
      else if (sc.name === "numFmts") inNumFmts = false;
      continue;
    }
    if (sc.name === "numFmts") inNumFmts = !sc.selfClosing;
    else if (inNumFmts && sc.name === "numFmt") {
      const id = Number(sc.attr("numFmtId"));
      const code = sc.attr("formatCode");
      if (Number.isInteger(id) && code !== void 0) custom.set(id, code);
    } else if (sc.name === "cellXfs") inCellXfs = !sc.selfClosing;
    else if (inCellXfs && sc.name === "xf") {
      xfIds.push(Number(sc.attr("numFmtId") ?? 0));
      sc.skipElement();
    }
  }
  for (const id of xfIds) {
    const code = custom.get(id) ?? BUILTIN_NUM_FMTS[id];
    xfFormats.push(code === void 0 || code === "General" ? void 0 : code);
  }
  return xfFormats;
}
function parseSharedStrings(xml) {
  const sc = new XmlScanner(xml);
  const out = [];
  while (sc.next() !== Tag.Eof)
    if (sc.kind === Tag.Open && sc.name === "si") out.push(readRichText(sc, "si"));
  return out;
}
var MAX_ROW = 1048576;
var MAX_COL = 16384;
function strictCellRef(ref) {
  const n = ref.length;
  let i2 = ref.charCodeAt(0) === 36 ? 1 : 0;
  const lettersStart = i2;
  let col = 0;
  for (; i2 < n; i2++) {
    const c = ref.charCodeAt(i2) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i2 === lettersStart || i2 - lettersStart > 3) return null;
  if (ref.charCodeAt(i2) === 36) i2++;
  const digitsStart = i2;
  if (ref.charCodeAt(i2) === 48) return null;
  let row = 0;
  for (; i2 < n; i2++) {
    const d = ref.charCodeAt(i2) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (i2 === digitsStart || i2 - digitsStart > 7) return null;
  return row <= MAX_ROW && col <= MAX_COL ? { row, col } : null;
}
function mergeRange(ref) {
  const [a, b, extra] = ref.trim().split(":");
  if (b === void 0 || extra !== void 0) return null;
  const p = strictCellRef(a);
  const q = strictCellRef(b);
  if (!p || !q) return null;
  const top = Math.min(p.row, q.row);
  const bottom = Math.max(p.row, q.row);
  const left = Math.min(p.col, q.col);
  const right = Math.max(p.col, q.col);
  if (top === bottom && left === right) return null;
  return `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
}
function parseCellRef(ref) {
  let col = 0;
  let row = 0;
  for (let i2 = 0; i2 < ref.length; i2++) {
    const c = ref.charCodeAt(i2);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
  }
  return { row, col };
}
function columnLetters(col) {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
var FORMULA_REF_RX = /(^|[^A-Za-z0-9_.$'"\]])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(![])/g;
function shiftFormula(formula, dRow, dCol) {
  if (dRow === 0 && dCol === 0) return formula;
  const shift = (segment) => segment.replace(
    FORMULA_REF_RX,
    (m, pre, cAbs, letters, rAbs, digits) => {
      const upper = letters.toUpperCase();
      if (upper.length === 3 && upper > "XFD") return m;
      const col = parseCellRef(upper).col + (cAbs ? 0 : dCol);
      const row = Number(digits) + (rAbs ? 0 : dRow);
      if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return `${pre}#REF!`;
      return `${pre}${cAbs}${columnLetters(col)}${rAbs}${row}`;
    }
  );
  let out = "";
  let plain = 0;
  for (let i2 = 0; i2 < formula.length; i2++) {
    const ch = formula[i2];
    let end = -1;
    if (ch === '"' || ch === "'") {
      end = i2 + 1;
      while (end < formula.length && (formula[end] !== ch || formula[end + 1] === ch))
        end += formula[end] === ch ? 2 : 1;
      end++;
    } else if (ch === "[") {
      let depth = 0;
      end = i2;
      for (; end < formula.length; end++) {
        if (formula[end] === "[") depth++;
        else if (formula[end] === "]" && --depth === 0) break;
      }
      end++;
    }
    if (end < 0) continue;
    out += shift(formula.slice(plain, i2)) + formula.slice(i2, end);
    plain = end;
    i2 = end - 1;
  }
  return out + shift(formula.slice(plain));
}
var MAX_FORMULA_CHARS = 8192;
var SharedFormulaRef = class {
  constructor(value, anchor, dRow, dCol) {
    this.value = value;
    this.anchor = anchor;
    this.dRow = dRow;
    this.dCol = dCol;
  }
  value;
  anchor;
  dRow;
  dCol;
  numFmt;
};
var XlsxSheetGrid = class extends MapSheetGrid {
  cell(row, col) {
    const c = super.cell(row, col);
    if (!(c instanceof SharedFormulaRef)) return c;
    const out = { value: c.value, formula: shiftFormula(c.anchor.text, c.dRow, c.dCol) };
    if (c.numFmt !== void 0) out.numFmt = c.numFmt;
    return out;
  }
};
function parseIsoDate(text) {
  let s = text.trim();
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s)) s += "Z";
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? text : d;
}
var AFTER_MERGES = /* @__PURE__ */ new Set([
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "drawing",
  "legacyDrawing",
  "tableParts"
]);
function parseWorksheet(xml, name, state, strings, numFmts) {
  const grid = new XlsxSheetGrid(name, state);
  const sc = new XmlScanner(xml);
  const shared = /* @__PURE__ */ new Map();
  const attrs = {};
  let inData = false;
  let row = 0;
  let col = 0;
  while (sc.next() !== Tag.Eof) {
    const k = sc.kind;
    const tag = sc.name;
    if (!inData) {
      if (k !== Tag.Open) {
        if (tag === "mergeCells") break;
        continue;
      }
      if (tag === "sheetData") inData = !sc.selfClosing;
      else if (tag === "mergeCell") {
        const m = mergeRange(sc.attr("ref") ?? "");
        if (m) grid.merges.push(m);
      } else if (AFTER_MERGES.has(tag)) break;
      else if (tag === "extLst") sc.skipElement();
      continue;
    }
    if (k === Tag.Close) {
      if (tag === "sheetData") inData = false;
      continue;
    }
    if (tag === "row") {
      const r = sc.attr("r");
      const n = r === void 0 ? row + 1 : Number(r);
      row = Number.isInteger(n) && n >= 1 && n <= MAX_ROW ? n : NaN;
      col = 0;
      continue;
    }
    if (tag !== "c") continue;
    sc.cellAttrs(attrs);
    const { r: ref, t: type, s: styleAttr } = attrs;
    let dropped = false;
    if (ref !== void 0) {
      const p = strictCellRef(ref.trim());
      if (p) {
        col = p.col;
        row = p.row;
      } else {
        col++;
        dropped = true;
      }
    } else col++;
    if (sc.selfClosing) continue;
    let v;
    let formula;
    let sharedFrom;
    let inline;
    while (sc.next() !== Tag.Eof) {
      if (sc.kind === Tag.Close) {
        if (sc.name === "c") break;
        continue;
      }
      const child = sc.name;
      if (child === "v") v = sc.text();
      else if (child === "is") inline = readRichText(sc, "is");
      else if (child === "f") {
        const fType = sc.attr("t");
        const si = sc.attr("si");
        const fRef = sc.attr("ref");
        const text = sc.text();
        if (fType === "shared" && si !== void 0) {
          if (text) {
            formula = text;
            if ((fRef !== void 0 || !shared.has(si)) && text.length <= MAX_FORMULA_CHARS)
              shared.set(si, { text, row, col });
          } else {
            const anchor = shared.get(si);
            if (anchor) sharedFrom = { anchor, dRow: row - anchor.row, dCol: col - anchor.col };
          }
        } else if (text) formula = text;
      } else sc.skipElement();
    }
    if (dropped || !(row >= 1 && row <= MAX_ROW && col >= 1 && col <= MAX_COL)) continue;
    if (v === void 0 && formula === void 0 && sharedFrom === void 0 && inline === void 0)
      continue;
    let value;
    switch (type) {
      case "s": {
        const t = v?.trim();
        value = t && /^\d+$/.test(t) ? strings[Number(t)] ?? null : null;
        break;
      }
      case "inlineStr":
        value = inline ?? (v === void 0 ? null : decodeOoxmlEscapes(v));
        break;
      case "str":
        value = v === void 0 ? null : decodeOoxmlEscapes(v);
        break;
      case "b":
        value = v === void 0 ? null : v.trim() === "1" || v.trim() === "true";
        break;
      case "e":
        value = v === void 0 ? null : v.trim();
        break;
      case "d":
        value = v === void 0 ? null : parseIsoDate(v);
        break;
      default: {
        if (v === void 0) value = inline ?? null;
        else {
          const t = v.trim();
          const n = Number(t);
          value = t === "" ? null : Number.isFinite(n) ? n : t;
        }
      }
    }
    if (value === null && formula === void 0 && sharedFrom === void 0) continue;
    const cell = formula === void 0 && sharedFrom ? new SharedFormulaRef(value, sharedFrom.anchor, sharedFrom.dRow, sharedFrom.dCol) : { value };
    if (formula !== void 0) cell.formula = formula;
    const numFmt = styleAttr === void 0 ? void 0 : numFmts[Number(styleAttr)];
    if (numFmt !== void 0) cell.numFmt = numFmt;
    grid.set(row, col, cell);
  }
  return grid;
}
function readPart(zip, path) {
  let bytes = zip.read(path);
  if (!bytes && path.includes("%")) {
    try {
      bytes = zip.read(decodeURIComponent(path));
    } catch {
    }
  }
  return bytes && decodeXml(bytes);
}
function readXlsxZip(zip, options = {}) {
  const workbookPart = zip.workbookPart;
  const slash = workbookPart.lastIndexOf("/");
  const workbookDir = slash < 0 ? "" : workbookPart.slice(0, slash);
  const { wb, rels } = guardParse(() => {
    const workbookXml = readPart(zip, workbookPart);
    if (workbookXml === void 0) throw corrupt2(`thi\u1EBFu ph\u1EA7n ${workbookPart}`);
    const relsXml = readPart(
      zip,
      `${workbookDir ? `${workbookDir}/` : ""}_rels/${workbookPart.slice(slash + 1)}.rels`
    );
    return {
      wb: parseWorkbook2(workbookXml),
      rels: relsXml === void 0 ? /* @__PURE__ */ new Map() : parseRels(relsXml, workbookDir)
    };
  });
  const names = wb.sheets.map((s) => s.name);
  const wanted = new Set(
    options.sheets ? options.sheets(
      [...names],
      wb.definedNames.map((d) => ({ ...d }))
    ) : names
  );
  const selected = wb.sheets.filter((s) => wanted.has(s.name));
  const sheets = guardParse(() => {
    const out = /* @__PURE__ */ new Map();
    if (selected.length === 0) return out;
    const relOfType = (suffix, fallback) => {
      for (const r of rels.values()) if (r.type.endsWith(suffix)) return r.target;
      return `${workbookDir ? `${workbookDir}/` : ""}${fallback}`;
    };
    const used = /* @__PURE__ */ new Map([[partKey(workbookPart), "workbook"]]);
    const claim = (path, what) => {
      const other = used.get(partKey(path));
      if (other !== void 0) throw corrupt2(FILE_READER_MESSAGES.sheetPartShared(what, other));
      used.set(partKey(path), what);
    };
    const sstPath = relOfType("/sharedStrings", "sharedStrings.xml");
    const stylesPath = relOfType("/styles", "styles.xml");
    const sstXml = readPart(zip, sstPath);
    if (sstXml !== void 0) claim(sstPath, "sharedStrings");
    const strings = sstXml === void 0 ? [] : parseSharedStrings(sstXml);
    const stylesXml = partKey(stylesPath) === partKey(sstPath) ? void 0 : readPart(zip, stylesPath);
    if (stylesXml !== void 0) claim(stylesPath, "styles");
    const numFmts = stylesXml === void 0 ? [] : parseStyles(stylesXml);
    for (const s of selected) {
      const target = rels.get(s.relId)?.target;
      if (target === void 0) throw corrupt2(`kh\xF4ng t\xECm th\u1EA5y d\u1EEF li\u1EC7u c\u1EE7a trang "${s.name}"`);
      claim(target, s.name);
      const xml = readPart(zip, target);
      if (xml === void 0) throw corrupt2(`thi\u1EBFu ph\u1EA7n ${partKey(target)} c\u1EE7a trang "${s.name}"`);
      out.set(s.name, parseWorksheet(xml, s.name, s.state, strings, numFmts));
    }
    return out;
  });
  return new XlsxWorkbookGrid(names, sheets, wb.definedNames, wb.date1904);
}
function guardParse(step) {
  try {
    return step();
  } catch (err2) {
    if (err2 instanceof UnsafeFileError) throw err2;
    throw corrupt2(err2 instanceof Error ? err2.message : String(err2));
  }
}

// shared/file/read-ods-grid.ts
var DEFAULT_MAX_ODS_CELLS = 1e6;
var MAX_ROW2 = 1048576;
var MAX_COL2 = 16384;
var MAX_SPACE_RUN = 64;
var OdsWorkbookGrid = class {
  constructor(sheetNames, sheets, definedNames) {
    this.sheetNames = sheetNames;
    this.sheets = sheets;
    this.definedNames = definedNames;
  }
  sheetNames;
  sheets;
  definedNames;
  /** ODF stores dates as dates, never as serials. */
  date1904 = false;
  sheet(name) {
    return this.sheets.get(name);
  }
};
var corrupt3 = (detail) => new UnsafeFileError("corrupt", FILE_READER_MESSAGES.odsCorrupt(detail));
function readOdsZip(zip, options = {}) {
  const bytes = zip.read("content.xml");
  if (!bytes) throw corrupt3("thi\u1EBFu ph\u1EA7n content.xml");
  try {
    return new OdsContentReader(decodeXml(bytes), options).read();
  } catch (err2) {
    if (err2 instanceof UnsafeFileError) throw err2;
    throw corrupt3(err2 instanceof Error ? err2.message : String(err2));
  }
}
var OdsContentReader = class {
  constructor(xml, options) {
    this.options = options;
    this.sc = new XmlScanner(xml);
    this.maxCells = options.maxCells ?? DEFAULT_MAX_ODS_CELLS;
  }
  options;
  sc;
  hiddenStyles = /* @__PURE__ */ new Set();
  tables = [];
  definedNames = [];
  maxCells;
  cells = 0;
  read() {
    const sc = this.sc;
    let tableStyle;
    const seen = /* @__PURE__ */ new Set();
    while (sc.next() !== Tag.Eof) {
      if (sc.kind === Tag.Close) {
        if (sc.name === "style") tableStyle = void 0;
        continue;
      }
      switch (sc.name) {
        case "style":
          tableStyle = sc.attr("family", true) === "table" && !sc.selfClosing ? sc.attr("name", true) : void 0;
          break;
        case "table-properties":
          if (tableStyle !== void 0 && sc.attr("display", true) === "false")
            this.hiddenStyles.add(tableStyle);
          break;
        case "table": {
          const name = sc.attr("name", true) ?? "";
          const hidden = this.hiddenStyles.has(sc.attr("style-name", true) ?? "");
          const grid = new MapSheetGrid(name, hidden ? "hidden" : "visible");
          if (!sc.selfClosing) this.readTable(grid);
          if (name && !seen.has(name)) {
            seen.add(name);
            this.tables.push({ name, grid });
          }
          break;
        }
        case "named-range": {
          const name = sc.attr("name", true);
          const ref = name && !name.startsWith("_xlnm.") ? parseOdsRangeAddress(sc.attr("cell-range-address", true) ?? "") : null;
          if (name && ref) this.definedNames.push({ name, ...ref });
          break;
        }
        // Content that is not cells: skipped whole so its text never reaches a table.
        case "annotation":
        case "forms":
        case "shapes":
        case "scripts":
        case "font-face-decls":
          sc.skipElement();
          break;
      }
    }
    const names = this.tables.map((t) => t.name);
    const wanted = new Set(
      this.options.sheets ? this.options.sheets(
        [...names],
        this.definedNames.map((d) => ({ ...d }))
      ) : names
    );
    const sheets = /* @__PURE__ */ new Map();
    for (const t of this.tables) if (wanted.has(t.name)) sheets.set(t.name, t.grid);
    return new OdsWorkbookGrid(names, sheets, this.definedNames);
  }
  /** Reads rows up to the table's end tag. Row groups and header rows are transparent wrappers. */
  readTable(grid) {
    const sc = this.sc;
    let row = 1;
    while (sc.next() !== Tag.Eof) {
      if (sc.kind === Tag.Close) {
        if (sc.name === "table") return;
        continue;
      }
      switch (sc.name) {
        case "table-row": {
          const repeat = positiveInt(sc.attr("number-rows-repeated", true));
          if (!sc.selfClosing) {
            const runs = this.readRow();
            if (runs.length > 0) this.placeRow(grid, row, repeat, runs);
          }
          row += repeat;
          break;
        }
        case "table-header-rows":
        case "table-row-group":
        case "table-rows":
          break;
        default:
          sc.skipElement();
      }
    }
  }
  /** The row's cells with content, as runs (position, repeat, value, spans). Empty cells only move the column. */
  readRow() {
    const sc = this.sc;
    const runs = [];
    let col = 1;
    while (sc.next() !== Tag.Eof) {
      if (sc.kind === Tag.Close) {
        if (sc.name === "table-row") break;
        continue;
      }
      const covered = sc.name === "covered-table-cell";
      if (!covered && sc.name !== "table-cell") {
        sc.skipElement();
        continue;
      }
      const repeat = positiveInt(sc.attr("number-columns-repeated", true));
      const colSpan = positiveInt(sc.attr("number-columns-spanned", true));
      const rowSpan = positiveInt(sc.attr("number-rows-spanned", true));
      const valueType = sc.attr("office:value-type") ?? sc.attr("value-type", true);
      const formula = sc.attr("formula", true);
      const attrs = {
        value: sc.attr("value", true),
        date: sc.attr("date-value", true),
        time: sc.attr("time-value", true),
        bool: sc.attr("boolean-value", true),
        str: sc.attr("string-value", true)
      };
      const text = sc.selfClosing ? void 0 : this.readCellText();
      if (!covered && col <= MAX_COL2) {
        const value = cellValue(valueType, attrs, text);
        const f = formula === void 0 ? void 0 : odsFormulaToA1(formula);
        if (value !== null || f !== void 0 || colSpan > 1 || rowSpan > 1) {
          const cell = { value };
          if (f !== void 0) cell.formula = f;
          if (valueType === "percentage") cell.numFmt = "0%";
          runs.push({ col, repeat, cell, colSpan, rowSpan });
        }
      }
      col += repeat;
    }
    return runs;
  }
  /** Text paragraphs of the current cell, joined by line breaks; undefined when it has none. */
  readCellText() {
    const sc = this.sc;
    const paragraphs = [];
    let current;
    let depth = 1;
    while (depth > 0 && sc.next() !== Tag.Eof) {
      if (sc.kind === Tag.Close) {
        depth--;
        if ((sc.name === "p" || sc.name === "h") && current !== void 0) {
          paragraphs.push(current);
          current = void 0;
        } else if (current !== void 0) current += sc.textHere();
        continue;
      }
      const name = sc.name;
      if (SKIPPED_IN_CELL.has(name)) {
        sc.skipElement();
        continue;
      }
      if (name === "p" || name === "h") {
        if (sc.selfClosing) paragraphs.push("");
        else {
          depth++;
          current = sc.textHere();
        }
        continue;
      }
      if (!sc.selfClosing) depth++;
      if (current === void 0) continue;
      if (name === "s") current += " ".repeat(Math.min(positiveInt(sc.attr("c", true)), MAX_SPACE_RUN));
      else if (name === "tab") current += "	";
      else if (name === "line-break") current += "\n";
      current += sc.textHere();
    }
    return paragraphs.length ? paragraphs.join("\n") : void 0;
  }
  /** Writes a row's runs `repeat` times from `row`, within the sheet bounds and the cell budget. */
  placeRow(grid, row, repeat, runs) {
    const lastRow = Math.min(row + repeat - 1, MAX_ROW2);
    for (let r = row; r <= lastRow; r++)
      for (const run of runs) {
        const lastCol = Math.min(run.col + run.repeat - 1, MAX_COL2);
        for (let c = run.col; c <= lastCol; c++) {
          if (++this.cells > this.maxCells)
            throw new UnsafeFileError("too-many-cells", FILE_READER_MESSAGES.tooManyCells(this.maxCells));
          if (run.cell.value !== null || run.cell.formula !== void 0) grid.set(r, c, run.cell);
          if (run.colSpan > 1 || run.rowSpan > 1)
            grid.merges.push(
              `${columnLetters2(c)}${r}:${columnLetters2(Math.min(c + run.colSpan - 1, MAX_COL2))}${Math.min(
                r + run.rowSpan - 1,
                MAX_ROW2
              )}`
            );
        }
      }
  }
};
var SKIPPED_IN_CELL = /* @__PURE__ */ new Set([
  "annotation",
  "note",
  "table",
  "frame",
  "custom-shape",
  "g",
  "rect",
  "line",
  "ellipse",
  "connector",
  "control"
]);
function positiveInt(text) {
  if (text === void 0) return 1;
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
function columnLetters2(col) {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
function cellValue(type, a, text) {
  switch (type) {
    case "float":
    case "percentage":
    case "currency": {
      const n = a.value === void 0 ? NaN : Number(a.value.trim());
      return Number.isFinite(n) ? n : text ?? null;
    }
    case "date":
      return a.date === void 0 ? text ?? null : isoDate(a.date);
    case "time": {
      const d = a.time === void 0 ? null : isoDurationDays(a.time);
      return d ?? text ?? null;
    }
    case "boolean":
      return a.bool === void 0 ? text ?? null : a.bool.trim() === "true";
    case "string":
      return a.str ?? text ?? null;
    default:
      return text ?? null;
  }
}
function isoDate(text) {
  const s = text.trim();
  if (!/^-?\d{4,}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(s)) return text;
  const d = /* @__PURE__ */ new Date(s.includes("T") ? `${s}Z` : `${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? text : d;
}
function isoDurationDays(text) {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text.trim());
  if (!m) return null;
  const [d, h, mi, s] = [m[1], m[2], m[3], m[4]].map((x2) => x2 === void 0 ? 0 : Number(x2));
  const days = d + (h + (mi + s / 60) / 60) / 24;
  return text.trim().startsWith("-") ? -days : days;
}
function parseOdsCellAddress(part) {
  let s = part.trim();
  if (s.startsWith("$")) s = s.slice(1);
  let sheet;
  if (s.startsWith("'")) {
    let i2 = 1;
    for (; i2 < s.length; i2++) {
      if (s[i2] !== "'") continue;
      if (s[i2 + 1] === "'") i2++;
      else break;
    }
    if (i2 >= s.length) return null;
    sheet = s.slice(1, i2).replace(/''/g, "'");
    s = s.slice(i2 + 1);
  } else {
    const dot = s.lastIndexOf(".");
    if (dot < 0) return null;
    sheet = dot === 0 ? void 0 : s.slice(0, dot);
    s = s.slice(dot);
  }
  if (!s.startsWith(".")) return null;
  const cell = s.slice(1);
  return /^\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/.test(cell) ? { sheet, cell: cell.toUpperCase() } : null;
}
function parseOdsRangeAddress(address) {
  const text = address.trim();
  let colon = -1;
  let quoted = false;
  for (let i2 = 0; i2 < text.length; i2++) {
    if (text[i2] === "'") quoted = !quoted;
    else if (!quoted && text[i2] === ":") {
      if (colon >= 0) return null;
      colon = i2;
    } else if (!quoted && (text[i2] === " " || text[i2] === ";")) return null;
  }
  const first = parseOdsCellAddress(colon < 0 ? text : text.slice(0, colon));
  if (!first?.sheet) return null;
  if (colon < 0) return { sheet: first.sheet, range: first.cell };
  const second = parseOdsCellAddress(text.slice(colon + 1));
  if (!second || second.sheet !== void 0 && second.sheet !== first.sheet) return null;
  return { sheet: first.sheet, range: `${first.cell}:${second.cell}` };
}
function odsFormulaToA1(formula) {
  const f = formula.replace(/^[a-z]+:/i, "").replace(/^=/, "");
  let out = "";
  for (let i2 = 0; i2 < f.length; i2++) {
    const ch = f[i2];
    if (ch === '"') {
      let end = i2 + 1;
      while (end < f.length && (f[end] !== '"' || f[end + 1] === '"')) end += f[end] === '"' ? 2 : 1;
      out += f.slice(i2, end + 1);
      i2 = end;
    } else if (ch === "[") {
      const end = f.indexOf("]", i2);
      if (end < 0) return out + f.slice(i2);
      out += odsReferenceToA1(f.slice(i2 + 1, end));
      i2 = end;
    } else out += ch === ";" ? "," : ch;
  }
  return out;
}
function odsReferenceToA1(ref) {
  const parts = ref.split(":");
  const conv = parts.map((p) => {
    const a = parseOdsCellAddress(p);
    if (!a) return p.replace(/^\./, "");
    return a.sheet === void 0 ? a.cell : `${quoteSheet2(a.sheet)}!${a.cell}`;
  });
  return conv.join(":");
}
function quoteSheet2(name) {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// shared/file/read-workbook-grid.ts
var OLE2_MAGIC2 = [208, 207, 17, 224, 161, 177, 26, 225];
function readWorkbookGrid(bytes, options = {}) {
  const isOle = bytes.length >= 8 && OLE2_MAGIC2.every((v, i2) => bytes[i2] === v);
  const isZip = bytes.length >= 4 && bytes[0] === 80 && bytes[1] === 75 && bytes[2] === 3 && bytes[3] === 4;
  if (!isOle && !isZip && bytes.length <= (options.limits?.maxFileBytes ?? Infinity))
    throw new UnsafeFileError("not-xlsx", FILE_READER_MESSAGES.notSpreadsheet);
  const zip = openGuardedZip(bytes, options.limits, options.codec);
  switch (zipFormat(zip)) {
    case "xlsx":
      return Object.assign(readXlsxZip(checkXlsxPackage(zip), options), { format: "xlsx" });
    case "ods":
      return Object.assign(readOdsZip(checkOdsPackage(zip), options), { format: "ods" });
    default:
      throw new UnsafeFileError("not-xlsx", FILE_READER_MESSAGES.notSpreadsheet);
  }
}

// cli/xlsx/zip-codec.ts
var import_node_zlib = require("node:zlib");
var nodeZipCodec = {
  inflateRaw(data, maxBytes) {
    try {
      return (0, import_node_zlib.inflateRawSync)(data, { maxOutputLength: Math.max(1, maxBytes) });
    } catch (e) {
      if (e.code === "ERR_BUFFER_TOO_LARGE") return null;
      throw e;
    }
  },
  crc32: (data) => (0, import_node_zlib.crc32)(data)
};

// cli/xlsx/load-file.ts
var UnreadableFileError = class extends TtdnError {
  constructor(message) {
    super(message, "unreadable");
  }
};
async function readBytes(file) {
  try {
    return new Uint8Array(await (0, import_promises.readFile)(file));
  } catch (e) {
    const code = e.code;
    throw new UnreadableFileError(
      code === "ENOENT" ? `Kh\xF4ng t\xECm th\u1EA5y t\u1EC7p "${file}".` : `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c t\u1EC7p "${file}" (${code ?? e.message}).`
    );
  }
}
function gridFromBytes(bytes) {
  try {
    return readWorkbookGrid(bytes, { codec: nodeZipCodec });
  } catch (e) {
    if (e instanceof UnsafeFileError || e instanceof TtdnError) throw new UnreadableFileError(e.message);
    throw new UnreadableFileError(`T\u1EC7p h\u1ECFng ho\u1EB7c kh\xF4ng ph\u1EA3i .xlsx/.ods (${e.message}).`);
  }
}

// cli/parallel/parse-job.ts
async function parseJob(job, ctx2) {
  let bytes = null;
  let grid;
  try {
    bytes = await readBytes(job.path);
    grid = gridFromBytes(bytes);
  } catch (e) {
    grid = e;
  }
  const sha256 = bytes ? sha256Hex(bytes) : "0".repeat(64);
  return parseReceivedFile({ file: job.name, sha256, received: job.received }, grid, ctx2);
}

// cli/parallel/parse-worker.ts
var ctx = import_node_worker_threads.workerData;
import_node_worker_threads.parentPort?.on("message", (m) => {
  parseJob(m.job, ctx).then(
    (parsed) => import_node_worker_threads.parentPort?.postMessage({ seq: m.seq, parsed }),
    (e) => import_node_worker_threads.parentPort?.postMessage({ seq: m.seq, error: e.stack ?? String(e) })
  );
});
//# sourceMappingURL=parse-worker.cjs.map
