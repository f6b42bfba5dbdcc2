import type { WorkbookModel } from '../../shared';
import { localPlainDate } from '../../shared';
import { EXCEL_PANE_MESSAGES } from '../../shared';
import type { ExportOutcome, HostBridge, PickedFile, UiSettings } from '../ui/host-bridge';
import type { HostServices } from '../bridge/port-bridge';
import { PortBridge } from '../bridge/port-bridge';
import { OfficeSheetPort } from './office-sheet-port';
import type { ExcelCaps, ExcelRun } from './office-sheet-port';
import { ALL_CAPS } from './office-sheet-port';

/** HostBridge for the Excel task pane: the shared PortBridge plus Office-specific services. */

const SETTINGS_KEY = 'ttdn.ui';

function officeSettingsLoad(): Promise<Partial<UiSettings> | null> {
  const raw: unknown = Office.context.document.settings.get(SETTINGS_KEY);
  if (typeof raw !== 'string') return Promise.resolve(null);
  try {
    return Promise.resolve(JSON.parse(raw) as Partial<UiSettings>);
  } catch {
    return Promise.resolve(null);
  }
}

function officeSettingsSave(s: UiSettings): Promise<void> {
  // Document settings travel with the workbook, so each unit's file remembers its preset.
  Office.context.document.settings.set(SETTINGS_KEY, JSON.stringify(s));
  return new Promise((resolve, reject) =>
    Office.context.document.settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error(`Không lưu được cài đặt vào sổ làm việc: ${r.error?.message ?? ''}`)),
    ),
  );
}

/** Opens the browser's file dialog; must be called from a click handler (user gesture). */
export function pickFilesWithInput(doc: Document = document): Promise<PickedFile[]> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    input.style.display = 'none';
    input.addEventListener('cancel', () => {
      input.remove();
      resolve([]);
    });
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.remove();
      Promise.all(
        files.map(async (f) => ({
          name: f.name,
          bytes: new Uint8Array(await f.arrayBuffer()),
          // The received date is the calendar day where the user is (Vietnam), not in UTC.
          modified: localPlainDate(new Date(f.lastModified)),
        })),
      ).then(resolve, () => reject(new Error('Không đọc được tệp đã chọn.')));
    });
    doc.body.appendChild(input);
    input.click();
  });
}

function download(name: string, bytes: Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Where a file goes (issue 12, office-js#2700 / #4681: `<a download>` does nothing in Office for
 * Mac's WKWebView, and may be blocked in desktop web views):
 * - .xlsx → `Excel.createWorkbook(base64)` (ExcelApi 1.8), which opens the report as a new
 *   workbook on Windows, Mac and the web; the user saves it with Excel's own Save As.
 * - .json/.csv on Excel for Mac → returned as text for the pane to show with a "Sao chép" button.
 * - otherwise a browser download (Excel on the web, Windows WebView2).
 */
export function officeServices(run: ExcelRun, caps: ExcelCaps = ALL_CAPS): HostServices {
  return {
    loadSettings: officeSettingsLoad,
    saveSettings: officeSettingsSave,
    pickFiles: () => pickFilesWithInput(),
    async deliver(name, bytes, mime): Promise<void | ExportOutcome> {
      if (name.endsWith('.xlsx') && Office.context.requirements.isSetSupported('ExcelApi', '1.8')) {
        await Excel.createWorkbook(toBase64(bytes));
        return;
      }
      // Excel for Mac ignores downloads (office-js#2700) and a Word file cannot be pasted as text.
      if (Office.context.platform === Office.PlatformType.Mac && name.endsWith('.docx'))
        throw new Error(EXCEL_PANE_MESSAGES.macNoWordDownload);
      if (Office.context.platform === Office.PlatformType.Mac && !name.endsWith('.xlsx'))
        return {
          name,
          text: new TextDecoder().decode(bytes),
          note: EXCEL_PANE_MESSAGES.macCopyInstead(name),
        };
      download(name, bytes, mime);
    },
    onRowSelected(cb, onError) {
      let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs> | null = null;
      let stopped = false;
      void run(async (ctx) => {
        const source = caps.selectionAllSheets
          ? ctx.workbook.worksheets
          : ctx.workbook.worksheets.getActiveWorksheet();
        handler = source.onSelectionChanged.add((ev) => {
          const m = /(\d+)/.exec(ev.address);
          if (m) cb(Number(m[1]));
          return Promise.resolve();
        });
        await ctx.sync();
      }).catch((e: unknown) => onError?.(e instanceof Error ? e : new Error(String(e))));
      return () => {
        if (stopped || !handler) return;
        stopped = true;
        const h = handler;
        // Unsubscribing when the panel closes: a failure here leaves a harmless stale handler.
        void Excel.run(h.context, async (ctx) => {
          h.remove();
          await ctx.sync();
        }).catch(() => undefined);
      };
    },
    async readXlsx(bytes, sheets) {
      const { readXlsxGrid } = await import(/* webpackChunkName: "xlsx-reader" */ '../../shared/file');
      try {
        return readXlsxGrid(bytes, sheets ? { sheets } : {});
      } catch (e) {
        throw new Error(
          e instanceof Error && /[À-ỹ]/.test(e.message)
            ? e.message
            : `Tệp hỏng hoặc không phải .xlsx (${String(e)}).`,
          { cause: e },
        );
      }
    },
    async writeXlsx(model: WorkbookModel) {
      const { modelToXlsxBytes } = await import(
        /* webpackChunkName: "exceljs" */ '../../cli/xlsx/write-workbook'
      );
      return modelToXlsxBytes(model);
    },
    sha256: sha256Hex,
    yieldToUi: () => new Promise((r) => setTimeout(r, 0)),
    now: () => performance.now(),
  };
}

/** Office's theme (Office.context.officeTheme, desktop Office): dark when its body background is dark. */
export function officeThemeKind(): 'light' | 'dark' | null {
  const bg = (Office.context as { officeTheme?: { bodyBackgroundColor?: string } }).officeTheme
    ?.bodyBackgroundColor;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bg ?? '');
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? 'dark' : 'light';
}

export function createOfficeBridge(
  run: ExcelRun = (batch) => Excel.run(batch),
  caps: ExcelCaps = ALL_CAPS,
): HostBridge {
  const bridge = new PortBridge(
    new OfficeSheetPort(run, undefined, caps),
    officeServices(run, caps),
    'excel',
  );
  return Object.assign(bridge, { theme: officeThemeKind });
}
