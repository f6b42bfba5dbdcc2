/** Can this page run the add-in? Checked before anything touches Excel (SPEC §8.1). */

export const REQUIRED_API = { set: 'ExcelApi', version: '1.9' } as const;

export type RuntimeStatus = { ok: true } | { ok: false; reason: 'no-office' | 'not-excel' | 'old-excel' };

export const RUNTIME_MESSAGES: Record<
  Exclude<RuntimeStatus, { ok: true }>['reason'],
  { title: string; body: string }
> = {
  'no-office': {
    title: 'Trang này cần được mở bên trong Excel',
    body: 'Đây là ngăn tác vụ của bổ trợ "Báo cáo TTĐN". Hãy mở Excel (trên máy tính hoặc Excel trên web), vào Trang đầu → Bổ trợ → Báo cáo TTĐN. Nếu chưa cài bổ trợ, hãy liên hệ bộ phận CNTT của đơn vị.',
  },
  'not-excel': {
    title: 'Bổ trợ này chỉ chạy trong Excel',
    body: 'Bổ trợ "Báo cáo TTĐN" được thiết kế cho Excel. Với Google Trang tính, hãy dùng tiện ích "Báo cáo TTĐN" dành cho Google Trang tính.',
  },
  'old-excel': {
    title: 'Phiên bản Excel quá cũ',
    body: `Bổ trợ cần Excel hỗ trợ bộ API ${REQUIRED_API.set} ${REQUIRED_API.version} trở lên (Microsoft 365, Excel 2021, Excel 2019 bản cập nhật mới, Excel trên web hoặc Excel cho Mac). Hãy cập nhật Office hoặc dùng Excel trên web.`,
  },
};

/** Waits for Office.onReady, with a timeout because office.js never calls back outside Office. */
export function checkRuntime(
  timeoutMs = 4000,
  g: { Office?: typeof Office } = globalThis,
): Promise<RuntimeStatus> {
  const office = g.Office;
  if (!office || typeof office.onReady !== 'function')
    return Promise.resolve({ ok: false, reason: 'no-office' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, reason: 'no-office' }), timeoutMs);
    void office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        if (!info.host) resolve({ ok: false, reason: 'no-office' });
        else if (info.host !== office.HostType.Excel) resolve({ ok: false, reason: 'not-excel' });
        else if (!office.context.requirements.isSetSupported(REQUIRED_API.set, REQUIRED_API.version))
          resolve({ ok: false, reason: 'old-excel' });
        else resolve({ ok: true });
      })
      .catch(() => {
        clearTimeout(timer);
        resolve({ ok: false, reason: 'no-office' });
      });
  });
}
