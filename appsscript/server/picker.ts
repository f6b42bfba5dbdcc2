import type { PickedFile } from '../../addin/ui/host-bridge';
import { SHEETS_MESSAGES, UsageError } from '../../shared';
import { readJsonProp, writeJsonProp } from './props';

/**
 * The Google Picker in a modal dialog (Google's Apps Script sample opens it with showModalDialog,
 * 800 × 600; the Picker needs at least 566 × 350, more than the 300 px sidebar). The dialog sends the
 * picked files to the server; the sidebar polls for them by request id. They are kept in the
 * user's properties (chunked, deleted once read), so two users of one spreadsheet never mix picks.
 */

export const PICKER_DIALOG = { width: 800, height: 600 };
const KEY = (requestId: string) => `ttdn_pick_${requestId.replace(/[^\w-]/g, '').slice(0, 40)}`;

export interface PickerConfig {
  requestId: string;
  token: string;
  apiKey: string;
  appId: string;
  multiselect: boolean;
  title: string;
}

export function pickerConfig(requestId: string, multiselect: boolean): PickerConfig {
  const props = PropertiesService.getScriptProperties();
  const apiKey = props.getProperty('PICKER_API_KEY') ?? '';
  const appId = props.getProperty('PICKER_APP_ID') ?? '';
  if (!apiKey || !appId) throw new UsageError(SHEETS_MESSAGES.pickerNotConfigured);
  return {
    requestId,
    token: ScriptApp.getOAuthToken(),
    apiKey,
    appId,
    multiselect,
    title: SHEETS_MESSAGES.pickerTitle,
  };
}

export function openPickerDialog(requestId: string, multiselect: boolean): void {
  const config = pickerConfig(requestId, multiselect);
  const html = HtmlService.createHtmlOutputFromFile('picker-dialog')
    .setWidth(PICKER_DIALOG.width)
    .setHeight(PICKER_DIALOG.height);
  // Read by the dialog before it builds the Picker (it starts on DOMContentLoaded).
  html.append(`<script>window.__TTDN_PICK=${JSON.stringify(config).replace(/</g, '\\u003c')};</script>`);
  SpreadsheetApp.getUi().showModalDialog(html, config.title);
}

/** Called by the dialog: the picked files (empty when cancelled). */
export function storePicked(requestId: string, files: PickedFile[]): void {
  const clean = files.map((f) => ({
    name: String(f.name),
    driveId: String(f.driveId),
    mimeType: f.mimeType ? String(f.mimeType) : undefined,
    modified: f.modified ? String(f.modified) : undefined,
  }));
  writeJsonProp(PropertiesService.getUserProperties(), KEY(requestId), { files: clean });
}

/** Polled by the sidebar: null while the dialog is open; the files once, then forgotten. */
export function takePicked(requestId: string): PickedFile[] | null {
  const props = PropertiesService.getUserProperties();
  const got = readJsonProp<{ files: PickedFile[] }>(props, KEY(requestId));
  if (!got) return null;
  const all = props.getProperties();
  for (const k of Object.keys(all)) if (k.startsWith(`${KEY(requestId)}#`)) props.deleteProperty(k);
  return got.files;
}
