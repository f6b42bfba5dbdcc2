import { readXlsxGrid } from '../../shared/file';
import type { ReceivedFile, WorkbookGrid } from '../../shared';
import { SHEETS_MESSAGES, TtdnError, UsageError } from '../../shared';

/**
 * Reading picked files under the `drive.file` scope, one path for both kinds (docs/google-sheets.md
 * "Reading picked files"): a Google Sheet is exported as .xlsx by the Drive API (`files.export`), an
 * .xlsx is downloaded (`files.get?alt=media`), both through the Advanced Drive service (v3), and the
 * bytes go to the core's guarded reader. Neither `SpreadsheetApp.openById` (needs `spreadsheets`)
 * nor `DriveApp` (needs `drive.readonly`/`drive`) is used: under `drive.file` the Drive API opens
 * exactly the files the user picked in the Google Picker.
 */

export const MIME_SHEETS = 'application/vnd.google-apps.spreadsheet';
export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MIME_FOLDER = 'application/vnd.google-apps.folder';

interface DriveBlob {
  getBytes(): number[];
}
interface DriveFileMeta {
  id?: string;
  name?: string;
  mimeType?: string;
  modifiedTime?: string;
}
interface AdvancedDrive {
  Files: {
    get(id: string, opts?: Record<string, unknown>): unknown;
    export(id: string, mimeType: string, opts?: Record<string, unknown>): unknown;
  };
}

/** The Advanced Drive service (manifest `enabledAdvancedServices`, user symbol `Drive`, v3). */
function drive(): AdvancedDrive {
  const d = (globalThis as unknown as { Drive?: AdvancedDrive }).Drive;
  if (!d?.Files) throw new UsageError(SHEETS_MESSAGES.driveServiceOff);
  return d;
}

/** Apps Script bytes are signed Java bytes. */
export function toUint8(bytes: readonly number[]): Uint8Array {
  return Uint8Array.from(bytes, (b) => b & 255);
}

export function hex(digest: readonly number[]): string {
  let s = '';
  for (const b of digest) s += ((b & 255) < 16 ? '0' : '') + (b & 255).toString(16);
  return s;
}

function blobBytes(x: unknown): number[] {
  if (x && typeof (x as DriveBlob).getBytes === 'function') return (x as DriveBlob).getBytes();
  throw new Error('Drive không trả về nội dung tệp');
}

/** A Drive API failure as the reason a submission could not be read (Vietnamese, with a next step). */
export function driveReason(name: string, e: unknown): string {
  if (e instanceof TtdnError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  if (/You do not have permission to call/i.test(msg)) return SHEETS_MESSAGES.noPermission;
  if (/File not found|insufficient/i.test(msg)) return SHEETS_MESSAGES.notGranted(name);
  if (/too large to be exported|exportSizeLimitExceeded/i.test(msg))
    return SHEETS_MESSAGES.tooLargeToExport(name);
  return SHEETS_MESSAGES.driveReadFailed(name, msg.replace(/^.*failed with error:\s*/, ''));
}

export interface PickedRef {
  id: string;
  /** Name and type as the Picker reported them (used in messages before Drive answers). */
  name: string;
  mimeType?: string;
}

export interface ReadResult {
  file: ReceivedFile;
  grid: WorkbookGrid | Error;
  /** The file is a plan/report candidate (false for folders and other types: never read). */
  kind: 'sheets' | 'xlsx' | 'folder' | 'other';
}

/**
 * Reads one picked file; never throws for a bad file (its reason becomes an Error for the core).
 * Costs two Drive calls: metadata, then export or download. The received date is the Drive
 * modification date as a calendar day in the spreadsheet's time zone.
 */
export function readPickedFile(ref: PickedRef, timeZone: string): ReadResult {
  let name = ref.name;
  const unreadable = (reason: string, kind: ReadResult['kind'] = 'other'): ReadResult => ({
    file: { file: name, sha256: '', received: null },
    grid: new Error(reason),
    kind,
  });
  let meta: DriveFileMeta;
  try {
    meta = drive().Files.get(ref.id, {
      fields: 'id,name,mimeType,modifiedTime',
      supportsAllDrives: true,
    }) as DriveFileMeta;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    return unreadable(driveReason(name, e));
  }
  name = meta.name ?? name;
  const mimeType = meta.mimeType ?? ref.mimeType ?? '';
  const received = meta.modifiedTime
    ? Utilities.formatDate(new Date(meta.modifiedTime), timeZone, 'yyyy-MM-dd')
    : null;
  if (mimeType === MIME_FOLDER) return unreadable(SHEETS_MESSAGES.folderNotReadable(name), 'folder');
  const isSheet = mimeType === MIME_SHEETS;
  if (!isSheet && mimeType !== MIME_XLSX && !/\.xlsx$/i.test(name))
    return unreadable(SHEETS_MESSAGES.notASpreadsheet(name));
  let bytes: number[];
  try {
    bytes = blobBytes(
      isSheet
        ? drive().Files.export(ref.id, MIME_XLSX, { alt: 'media' })
        : drive().Files.get(ref.id, { alt: 'media', supportsAllDrives: true }),
    );
  } catch (e) {
    return {
      file: { file: name, sha256: '', received },
      grid: new Error(driveReason(name, e)),
      kind: isSheet ? 'sheets' : 'xlsx',
    };
  }
  const sha256 = hex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, bytes));
  const file: ReceivedFile = { file: name, sha256, received };
  try {
    return { file, grid: readXlsxGrid(toUint8(bytes)), kind: isSheet ? 'sheets' : 'xlsx' };
  } catch (e) {
    return { file, grid: e instanceof Error ? e : new Error(String(e)), kind: isSheet ? 'sheets' : 'xlsx' };
  }
}
