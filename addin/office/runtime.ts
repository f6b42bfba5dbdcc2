import type { ExcelCaps } from './office-sheet-port';

/**
 * Can this page run the add-in? Checked before anything touches Excel (SPEC §8.1).
 *
 * Requirement sets by feature (learn.microsoft.com/javascript/api/requirement-sets/excel/
 * excel-api-requirement-sets): the manifest declares the minimum, ExcelApi 1.7 (defined names and
 * settings 1.4, protection 1.2, Worksheet.onSelectionChanged 1.7), which Office 2019 and later,
 * Microsoft 365, Excel on the web and Excel for Mac have. Everything newer is checked here and
 * degrades alone (see `ExcelCaps`). Office 2016 bought once stops at ExcelApi 1.1: it never lists
 * the add-in; its users are pointed to the offline page ttdn.html.
 */
export const REQUIRED_API = { set: 'ExcelApi', version: '1.7' } as const;

export type RuntimeStatus =
  { ok: true; caps: ExcelCaps } | { ok: false; reason: 'no-office' | 'not-excel' | 'old-excel' };

const OFFLINE_PAGE =
  'Máy không chạy được bổ trợ vẫn làm được mọi việc bằng trang ngoại tuyến "ttdn.html" (một tệp HTML, mở bằng Chrome, Edge hoặc Firefox, không cần cài đặt, không cần mạng): hãy xin tệp này từ bộ phận CNTT hoặc sở chủ trì.';

export const RUNTIME_MESSAGES: Record<
  Exclude<RuntimeStatus, { ok: true }>['reason'] | 'slow',
  { title: string; body: string }
> = {
  'no-office': {
    title: 'Trang này cần được mở bên trong Excel',
    body: `Đây là ngăn tác vụ của bổ trợ "Báo cáo TTĐN". Hãy mở Excel (trên máy tính hoặc Excel trên web), vào Trang đầu → Bổ trợ → Báo cáo TTĐN. Nếu chưa cài bổ trợ, hãy liên hệ bộ phận CNTT của đơn vị. ${OFFLINE_PAGE}`,
  },
  'not-excel': {
    title: 'Bổ trợ này chỉ chạy trong Excel',
    body: `Bổ trợ "Báo cáo TTĐN" được thiết kế cho Excel. Với Google Trang tính, hãy dùng tiện ích "Báo cáo TTĐN" dành cho Google Trang tính. ${OFFLINE_PAGE}`,
  },
  'old-excel': {
    title: 'Phiên bản Excel quá cũ',
    body: `Bổ trợ cần Excel có bộ API ${REQUIRED_API.set} ${REQUIRED_API.version} trở lên: Microsoft 365, Office 2019, 2021, 2024 trên Windows, Excel trên web hoặc Excel cho Mac (2019 trở lên). Office 2016 và cũ hơn không chạy được bổ trợ. ${OFFLINE_PAGE}`,
  },
  slow: {
    title: 'Đang chờ Excel khởi động bổ trợ…',
    body: 'Excel chưa sẵn sàng; trên máy chậm việc này có thể mất vài chục giây. Ngăn này sẽ tự mở khi Excel sẵn sàng — không cần đóng lại. Nếu trang này được mở ngoài Excel, hãy mở nó từ Excel: Trang đầu → Bổ trợ → Báo cáo TTĐN.',
  },
};

type OfficeLike = Pick<typeof Office, 'onReady' | 'HostType' | 'context'>;

/** Which optional features this Excel has (each checked once, at start). */
export function excelCaps(office: OfficeLike): ExcelCaps {
  const has = (v: string) => office.context.requirements.isSetSupported('ExcelApi', v);
  return {
    dataValidation: has('1.8'),
    gridlines: has('1.8'),
    rangeAreas: has('1.9'),
    pageLayout: has('1.9'),
    mergedAreas: has('1.13'),
    selectionAllSheets: has('1.9'),
    autoFilter: has('1.9'),
  };
}

/**
 * Waits for `Office.onReady` for as long as it takes — a slow PC can need well over 4 s — calling
 * `onSlow` once after `slowMs` so the pane can say it is waiting (and recover by itself when Office
 * answers). Without office.js at all (blocked, or the page opened in a browser) it answers at once;
 * in a plain browser office.js itself resolves onReady with no host.
 */
export function checkRuntime(
  opts: { onSlow?: () => void; slowMs?: number; g?: { Office?: OfficeLike } } = {},
): Promise<RuntimeStatus> {
  const g: { Office?: OfficeLike } = opts.g ?? globalThis;
  const office = g.Office;
  if (!office || typeof office.onReady !== 'function')
    return Promise.resolve({ ok: false, reason: 'no-office' });
  const timer = setTimeout(() => opts.onSlow?.(), opts.slowMs ?? 4000);
  return office
    .onReady()
    .then((info): RuntimeStatus => {
      if (!info.host) return { ok: false, reason: 'no-office' };
      if (info.host !== office.HostType.Excel) return { ok: false, reason: 'not-excel' };
      if (!office.context.requirements.isSetSupported(REQUIRED_API.set, REQUIRED_API.version))
        return { ok: false, reason: 'old-excel' };
      return { ok: true, caps: excelCaps(office) };
    })
    .catch((): RuntimeStatus => ({ ok: false, reason: 'no-office' }))
    .finally(() => clearTimeout(timer));
}
