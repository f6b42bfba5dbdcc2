import type { PickedFile } from '../../addin/ui/host-bridge';
import { localPlainDate } from '../../shared';

/**
 * Google Picker in the sidebar (drive.file scope: a picked file becomes readable by the add-on).
 * Needs the Cloud project's API key and project number (app id) in the script properties
 * PICKER_API_KEY / PICKER_APP_ID; the OAuth token comes from ScriptApp.getOAuthToken().
 */

interface PickerConfig {
  token: string;
  apiKey: string;
  appId: string;
}

interface PickerDoc {
  id: string;
  name: string;
  mimeType: string;
  lastEditedUtc?: number;
}

interface PickerApi {
  Action: { PICKED: string; CANCEL: string };
  Feature: { MULTISELECT_ENABLED: string; SUPPORT_DRIVES: string };
  ViewId: { SPREADSHEETS: string; FOLDERS: string };
  DocsView: new (id?: string) => PickerView;
  PickerBuilder: new () => PickerBuilder;
}
interface PickerView {
  setMimeTypes(m: string): PickerView;
  setIncludeFolders(v: boolean): PickerView;
  setSelectFolderEnabled(v: boolean): PickerView;
  setMode?(m: unknown): PickerView;
}
interface PickerBuilder {
  addView(v: PickerView): PickerBuilder;
  enableFeature(f: string): PickerBuilder;
  setOAuthToken(t: string): PickerBuilder;
  setDeveloperKey(k: string): PickerBuilder;
  setAppId(id: string): PickerBuilder;
  setOrigin(o: string): PickerBuilder;
  setLocale(l: string): PickerBuilder;
  setTitle(t: string): PickerBuilder;
  setSize(w: number, h: number): PickerBuilder;
  setCallback(cb: (data: { action: string; docs?: PickerDoc[] }) => void): PickerBuilder;
  build(): { setVisible(v: boolean): void };
}

const MIME = [
  'application/vnd.google-apps.spreadsheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.google-apps.folder',
].join(',');

let loading: Promise<PickerApi> | null = null;

function loadPicker(): Promise<PickerApi> {
  loading ??= new Promise<PickerApi>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = 'https://apis.google.com/js/api.js';
    s.onload = () => {
      const gapi = (window as unknown as { gapi: { load(n: string, cb: () => void): void } }).gapi;
      gapi.load('picker', () => resolve((window.google as unknown as { picker: PickerApi }).picker));
    };
    s.onerror = () => reject(new Error('Không tải được Google Picker. Kiểm tra kết nối mạng.'));
    document.head.appendChild(s);
  });
  return loading;
}

export async function pickDriveFiles(config: PickerConfig, origin?: string): Promise<PickedFile[]> {
  const picker = await loadPicker();
  return new Promise<PickedFile[]>((resolve) => {
    const view = new picker.DocsView()
      .setMimeTypes(MIME)
      .setIncludeFolders(true)
      .setSelectFolderEnabled(true);
    let b = new picker.PickerBuilder()
      .addView(view)
      .enableFeature(picker.Feature.MULTISELECT_ENABLED)
      .enableFeature(picker.Feature.SUPPORT_DRIVES)
      .setOAuthToken(config.token)
      .setDeveloperKey(config.apiKey)
      .setAppId(config.appId)
      .setLocale('vi')
      .setTitle('Chọn các tệp báo cáo (Google Trang tính hoặc .xlsx)')
      .setSize(Math.max(280, window.innerWidth - 10), Math.max(360, window.innerHeight - 40));
    if (origin) b = b.setOrigin(origin);
    b.setCallback((data) => {
      if (data.action === picker.Action.PICKED)
        resolve(
          (data.docs ?? []).map((d) => ({
            name: d.name,
            driveId: d.id,
            // Calendar day in the user's time zone (the received date), not in UTC.
            modified: d.lastEditedUtc ? localPlainDate(new Date(d.lastEditedUtc)) : undefined,
          })),
        );
      else if (data.action === picker.Action.CANCEL) resolve([]);
    })
      .build()
      .setVisible(true);
  });
}
