import { readXlsxGrid } from '../../shared/file';
import type { GridScalar, WorkbookGrid } from '../../shared';
import { MapSheetGrid, MapWorkbookGrid } from '../../shared';
import { readSpreadsheetGrid } from './sheets-port';

/**
 * Reading submitted files from Drive under the `drive.file` scope: only files the user picked with
 * the Google Picker (or that this add-on created) can be opened. Google Sheets files are opened with
 * SpreadsheetApp.openById and read as a grid; .xlsx files are read from their bytes with the pure
 * JS reader (no ExcelJS, no Node built-ins in the Apps Script bundle).
 */

export const MIME_SHEETS = 'application/vnd.google-apps.spreadsheet';
export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MIME_FOLDER = 'application/vnd.google-apps.folder';

export interface DriveInput {
  id: string;
  name: string;
  mimeType: string;
  /** Last modified date, YYYY-MM-DD in the script's time zone. */
  modified: string | null;
}

export interface LoadedFile {
  grid: WorkbookGrid | Error;
  sha256: string;
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

export function plainDate(d: Date | null | undefined): string | null {
  if (!d || Number.isNaN(d.getTime())) return null;
  const p = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The picked ids, with folders expanded one level into their Sheets and .xlsx files. */
export function describeInputs(ids: readonly string[]): DriveInput[] {
  const out: DriveInput[] = [];
  for (const id of ids) {
    const f = DriveApp.getFileById(id);
    const mimeType = f.getMimeType();
    if (mimeType === MIME_FOLDER) {
      const it = DriveApp.getFolderById(id).getFiles();
      while (it.hasNext()) {
        const c = it.next();
        const m = c.getMimeType();
        if (m === MIME_SHEETS || m === MIME_XLSX || /\.xlsx?$/i.test(c.getName()))
          out.push({
            id: c.getId(),
            name: c.getName(),
            mimeType: m,
            modified: plainDate(c.getLastUpdated() as unknown as Date),
          });
      }
    } else
      out.push({
        id,
        name: f.getName(),
        mimeType,
        modified: plainDate(f.getLastUpdated() as unknown as Date),
      });
  }
  return out;
}

/** Reads one submitted file; never throws (an unreadable file becomes an Error for the consolidator). */
export function loadDriveFile(input: DriveInput): LoadedFile {
  try {
    if (input.mimeType === MIME_SHEETS) {
      const ss = SpreadsheetApp.openById(input.id);
      const grid = readSpreadsheetGrid(ss);
      // A Google Sheet has no byte form to hash: its content (values and names) is hashed instead.
      const digest = Utilities.computeDigest(
        Utilities.DigestAlgorithm.SHA_256,
        gridFingerprint(grid),
        Utilities.Charset.UTF_8,
      );
      return { grid, sha256: hex(digest) };
    }
    const bytes = DriveApp.getFileById(input.id).getBlob().getBytes();
    const sha256 = hex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, bytes));
    try {
      return { grid: readXlsxGrid(toUint8(bytes)), sha256 };
    } catch (e) {
      return { grid: e instanceof Error ? e : new Error(String(e)), sha256 };
    }
  } catch (e) {
    return { grid: e instanceof Error ? e : new Error(String(e)), sha256: '' };
  }
}

function gridFingerprint(grid: WorkbookGrid): string {
  return JSON.stringify(encodeGrid(grid));
}

// ---------------------------------------------------------------------------------------------
// Compact grid JSON, so a resumable job can keep every parsed file between executions.

type Enc = string | number | boolean | { d: string } | null;
type Cell =
  [number, number, Enc] | [number, number, Enc, string | null] | [number, number, Enc, string | null, string];
export interface EncodedGrid {
  n: string[];
  /** Cells: [row, col, value, formula or null, number format]. */
  s: { n: string; h: 0 | 1; c: Cell[] }[];
  d: [string, string, string][];
}

export function encodeGrid(grid: WorkbookGrid): EncodedGrid {
  const s: EncodedGrid['s'] = [];
  for (const name of grid.sheetNames) {
    const sh = grid.sheet(name);
    if (!sh) continue;
    const cells: Cell[] = [];
    for (let r = 1; r <= sh.rowCount; r++)
      for (let c = 1; c <= sh.columnCount; c++) {
        const cell = sh.cell(r, c);
        if (!cell) continue;
        const v = cell.value instanceof Date ? { d: cell.value.toISOString() } : cell.value;
        const fmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
        if (fmt !== undefined) cells.push([r, c, v, cell.formula ?? null, fmt]);
        else if (cell.formula !== undefined) cells.push([r, c, v, cell.formula]);
        else if (v !== null) cells.push([r, c, v]);
      }
    s.push({ n: name, h: sh.state === 'visible' ? 0 : 1, c: cells });
  }
  return { n: [...grid.sheetNames], s, d: grid.definedNames.map((d) => [d.name, d.sheet, d.range]) };
}

export function decodeGrid(e: EncodedGrid): WorkbookGrid {
  const sheets = e.s.map((sh) => {
    const g = new MapSheetGrid(sh.n, sh.h ? 'hidden' : 'visible');
    for (const [r, c, v, f, fmt] of sh.c) {
      const value: GridScalar = v !== null && typeof v === 'object' ? new Date(v.d) : v;
      if (f === undefined || (f === null && fmt === undefined)) g.set(r, c, value);
      else
        g.set(r, c, {
          value,
          ...(f !== null ? { formula: f } : {}),
          ...(fmt !== undefined ? { numFmt: fmt } : {}),
        });
    }
    return g;
  });
  const byName = new Map(sheets.map((s) => [s.name, s]));
  // Sheet order as in the file; sheets that were not read stay absent, as in the source grid.
  return new MapWorkbookGrid(
    e.n.map((n) => byName.get(n)).filter((s): s is MapSheetGrid => s !== undefined),
    e.d.map(([name, sheet, range]) => ({ name, sheet, range })),
  );
}
