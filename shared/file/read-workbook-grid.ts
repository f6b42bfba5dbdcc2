/**
 * One entry for every spreadsheet file a host receives: detects the format from the bytes (never from the file name,
 * which agencies change) and reads it through the guarded zip. .xlsx and .ods are read; an .xls (Excel 97–2003, OLE2)
 * or anything else is refused with a typed error that says what to do ("lưu lại thành .xlsx").
 */
import type { GridDefinedName, WorkbookGrid } from '../grid/workbook-grid';
import { FILE_READER_MESSAGES } from '../messages/vi';
import { readOdsZip } from './read-ods-grid';
import { readXlsxZip } from './read-xlsx-grid';
import { UnsafeFileError, checkOdsPackage, checkXlsxPackage, openGuardedZip, zipFormat } from './zip-guard';
import type { XlsxLimits, ZipCodec } from './zip-guard';

export type WorkbookFormat = 'xlsx' | 'ods';

export interface ReadWorkbookGridOptions {
  /** Picks the sheets to parse (default: all); the others are listed in `sheetNames` only. */
  sheets?: (names: string[], definedNames: GridDefinedName[]) => string[];
  limits?: Partial<XlsxLimits>;
  /** The host's native inflater (default: fflate's). */
  codec?: ZipCodec;
  /** .ods only: most cells with content the file may materialise through repeats (default DEFAULT_MAX_ODS_CELLS). */
  maxCells?: number;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads an .xlsx or .ods file. Throws UnsafeFileError only; `format` on the result says which it was. */
export function readWorkbookGrid(
  bytes: Uint8Array,
  options: ReadWorkbookGridOptions = {},
): WorkbookGrid & { readonly format: WorkbookFormat } {
  const isOle = bytes.length >= 8 && OLE2_MAGIC.every((v, i) => bytes[i] === v);
  const isZip =
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  if (!isOle && !isZip && bytes.length <= (options.limits?.maxFileBytes ?? Infinity))
    throw new UnsafeFileError('not-xlsx', FILE_READER_MESSAGES.notSpreadsheet);
  // Size and OLE2 (.xls or encrypted) are refused here, before the format is known.
  const zip = openGuardedZip(bytes, options.limits, options.codec);
  switch (zipFormat(zip)) {
    case 'xlsx':
      return Object.assign(readXlsxZip(checkXlsxPackage(zip), options), { format: 'xlsx' as const });
    case 'ods':
      return Object.assign(readOdsZip(checkOdsPackage(zip), options), { format: 'ods' as const });
    default:
      throw new UnsafeFileError('not-xlsx', FILE_READER_MESSAGES.notSpreadsheet);
  }
}
