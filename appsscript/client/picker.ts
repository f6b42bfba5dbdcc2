import type { PickedFile } from '../../addin/ui/host-bridge';
import { SHEETS_MESSAGES, localPlainDate } from '../../shared';

/**
 * Google Picker, run inside the modal dialog (picker-dialog.ts). Under the drive.file scope the
 * Picker is what grants the add-on a file: `setAppId` (the Cloud project number) ties the grant to
 * this script's project (Google's sample: "fix for drive.file scope by adding .setAppId()",
 * apps-script-samples#486). Folders are shown for navigation but cannot be picked: picking a folder
 * does not grant the files inside it.
 */

export interface PickerDialogConfig {
  requestId: string;
  token: string;
  apiKey: string;
  appId: string;
  multiselect: boolean;
  title: string;
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
  DocsView: new (id?: string) => PickerView;
  PickerBuilder: new () => PickerBuilder;
}
interface PickerView {
  setMimeTypes(m: string): PickerView;
  setIncludeFolders(v: boolean): PickerView;
  setSelectFolderEnabled(v: boolean): PickerView;
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

/** Google Sheets and .xlsx only; folders are listed (setIncludeFolders) but not selectable. */
export const PICKABLE_MIME = [
  'application/vnd.google-apps.spreadsheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

let loading: Promise<PickerApi> | null = null;

function loadPicker(): Promise<PickerApi> {
  loading ??= new Promise<PickerApi>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = 'https://apis.google.com/js/api.js';
    s.onload = () => {
      const gapi = (window as unknown as { gapi: { load(n: string, cb: () => void): void } }).gapi;
      gapi.load('picker', () =>
        resolve((window as unknown as { google: { picker: PickerApi } }).google.picker),
      );
    };
    s.onerror = () => reject(new Error(SHEETS_MESSAGES.pickerLoadFailed));
    document.head.appendChild(s);
  });
  return loading;
}

export function toPickedFiles(docs: readonly PickerDoc[]): PickedFile[] {
  return docs.map((d) => ({
    name: d.name,
    driveId: d.id,
    mimeType: d.mimeType,
    // Calendar day in the user's time zone (the received date), not in UTC.
    modified: d.lastEditedUtc ? localPlainDate(new Date(d.lastEditedUtc)) : undefined,
  }));
}

/** Shows the Picker filling the dialog; resolves with the picked files ([] when cancelled). */
export async function pickDriveFiles(config: PickerDialogConfig, origin?: string): Promise<PickedFile[]> {
  const picker = await loadPicker();
  return new Promise<PickedFile[]>((resolve) => {
    const view = new picker.DocsView()
      .setMimeTypes(PICKABLE_MIME)
      .setIncludeFolders(true)
      .setSelectFolderEnabled(false);
    let b = new picker.PickerBuilder()
      .addView(view)
      .enableFeature(picker.Feature.SUPPORT_DRIVES)
      .setOAuthToken(config.token)
      .setDeveloperKey(config.apiKey)
      .setAppId(config.appId)
      .setLocale('vi')
      .setTitle(config.title)
      .setSize(Math.max(566, window.innerWidth), Math.max(350, window.innerHeight));
    if (config.multiselect) b = b.enableFeature(picker.Feature.MULTISELECT_ENABLED);
    if (origin) b = b.setOrigin(origin);
    b.setCallback((data) => {
      if (data.action === picker.Action.PICKED) resolve(toPickedFiles(data.docs ?? []));
      else if (data.action === picker.Action.CANCEL) resolve([]);
    })
      .build()
      .setVisible(true);
  });
}
