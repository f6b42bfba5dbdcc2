/**
 * Safety gate for submitted spreadsheet files (.xlsx and .ods are both zips): everything here runs on the raw bytes,
 * before (or while) anything is inflated, so a hostile upload is rejected with a typed, Vietnamese-worded error instead
 * of exhausting memory or CPU. Every inflated part is CRC-32-checked, so damaged data is refused, never returned
 * changed. Browser-compatible: no Node built-ins; the only dependency is fflate's streaming inflater. A host with
 * a native inflater (Node's zlib, several times faster) plugs it in as a ZipCodec; every check stays here.
 */
import { Inflate, inflateSync } from 'fflate';
import { FILE_READER_MESSAGES } from '../messages/vi';
import { decodeUtf8 } from './text-bytes';

export interface XlsxLimits {
  /** Largest accepted file, in bytes. */
  maxFileBytes: number;
  /** Most zip entries the central directory may declare. */
  maxEntries: number;
  /** Cap on the sum of declared uncompressed sizes, and on the bytes actually inflated while reading. */
  maxUncompressedBytes: number;
  /** Highest uncompressed/compressed ratio accepted for an entry larger than `ratioMinBytes`. */
  maxRatio: number;
  /** Entries at or below this uncompressed size are not ratio-checked (tiny parts compress wildly and are harmless). */
  ratioMinBytes: number;
}

const MB = 1024 * 1024;

/**
 * A host's native raw-DEFLATE inflater and CRC-32, used instead of fflate's. The guard keeps every check: the
 * codec only has to stop at `maxBytes` (returning null) so a lying entry never allocates more than it declared.
 */
export interface ZipCodec {
  /** The inflated bytes, or null when they would exceed `maxBytes`. Throws on damaged data. */
  inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array | null;
  crc32(data: Uint8Array): number;
}

export const DEFAULT_XLSX_LIMITS: Readonly<XlsxLimits> = Object.freeze({
  maxFileBytes: 20 * MB,
  maxEntries: 2000,
  maxUncompressedBytes: 200 * MB,
  maxRatio: 200,
  ratioMinBytes: 1 * MB,
});

export type UnsafeFileReason =
  | 'too-large'
  | 'zip-bomb'
  | 'macro'
  | 'encrypted'
  | 'not-xlsx'
  | 'too-many-entries'
  | 'corrupt'
  /** An Excel 97–2003 .xls (OLE2 without an encrypted package): no BIFF parser here, by choice. */
  | 'legacy-xls'
  /** A crafted repeat or expansion would materialise more cells than any real form holds. */
  | 'too-many-cells';

/** Why a file was refused. `message` is shown to the user as-is; `reason` is for code. */
export class UnsafeFileError extends Error {
  override readonly name = 'UnsafeFileError';
  constructor(
    readonly reason: UnsafeFileReason,
    message: string,
  ) {
    super(message);
  }
}

const mb = (n: number): string => (n / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
// Zip-level damage is the same for .xlsx and .ods, so the message names no format.
const corrupt = (detail: string): UnsafeFileError =>
  new UnsafeFileError('corrupt', `Tệp bị hỏng hoặc không đọc được: ${detail}.`);
const notXlsx = (detail: string): UnsafeFileError =>
  new UnsafeFileError('not-xlsx', `Tệp không phải là tệp Excel .xlsx hợp lệ: ${detail}.`);
const zipBomb = (detail: string): UnsafeFileError =>
  new UnsafeFileError('zip-bomb', `Tệp nén bất thường (có thể là "zip bomb"): ${detail}.`);
const overDeclared = (e: ZipEntry): UnsafeFileError =>
  zipBomb(
    `thành phần "${e.name}" giải nén ra nhiều hơn kích thước khai báo (${e.uncompressedSize.toLocaleString('vi-VN')} byte)`,
  );
const macro = (format: 'xlsx' | 'ods' = 'xlsx'): UnsafeFileError =>
  new UnsafeFileError(
    'macro',
    format === 'ods' ? FILE_READER_MESSAGES.odsMacro : 'Tệp chứa macro (.xlsm) — không nhận.',
  );

/** One central-directory record, with sizes as declared (the inflater re-checks them against reality). */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** CRC-32 of the uncompressed data, as the central directory declares it. */
  crc32: number;
}

const u16 = (b: Uint8Array, p: number): number => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number): number =>
  (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;
const u64 = (b: Uint8Array, p: number): number => u32(b, p) + u32(b, p + 4) * 0x100000000;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Compressed size up to which a part is inflated in one call (see GuardedZip.inflateOneShot). */
const ONE_SHOT_MAX_COMPRESSED = 16 * 1024;

/** Part names are matched case-insensitively (OPC rule) and some old writers use backslashes. */
export const partKey = (name: string): string => name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();

/** Finds and reads the End Of Central Directory record (and its Zip64 twin when the 16/32-bit fields overflow). */
function readEndOfCentralDirectory(b: Uint8Array): { count: number; cdOffset: number; cdSize: number } {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let p = b.length - 22; p >= min; p--) {
    if (u32(b, p) !== SIG_EOCD || p + 22 + u16(b, p + 20) > b.length) continue;
    if (u16(b, p + 4) !== 0 || u16(b, p + 6) !== 0)
      throw corrupt('tệp nén nhiều phần (multi-disk) không được hỗ trợ');
    let count = u16(b, p + 10);
    let cdSize = u32(b, p + 12);
    let cdOffset = u32(b, p + 16);
    if (
      (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) &&
      p >= 20 &&
      u32(b, p - 20) === SIG_ZIP64_LOCATOR
    ) {
      const z = u64(b, p - 12);
      if (z + 56 > b.length || u32(b, z) !== SIG_ZIP64_EOCD) throw corrupt('bản ghi Zip64 không hợp lệ');
      count = u64(b, z + 32);
      cdSize = u64(b, z + 40);
      cdOffset = u64(b, z + 48);
    }
    if (cdOffset + cdSize > p) throw corrupt('thư mục trung tâm nằm ngoài tệp');
    return { count, cdOffset, cdSize };
  }
  throw corrupt('không tìm thấy thư mục trung tâm (tệp bị cắt cụt?)');
}

function readCentralDirectory(b: Uint8Array, limits: XlsxLimits): ZipEntry[] {
  const { count, cdOffset, cdSize } = readEndOfCentralDirectory(b);
  const tooMany = (n: number): UnsafeFileError =>
    new UnsafeFileError(
      'too-many-entries',
      `Tệp .xlsx có quá nhiều thành phần (${n.toLocaleString('vi-VN')}, giới hạn ${limits.maxEntries.toLocaleString('vi-VN')}).`,
    );
  if (count > limits.maxEntries) throw tooMany(count);
  const entries: ZipEntry[] = [];
  const end = cdOffset + cdSize;
  let p = cdOffset;
  // Walk the records actually present rather than trusting `count`, which can lie like any other field.
  while (p + 46 <= end && u32(b, p) === SIG_CENTRAL) {
    if (entries.length >= limits.maxEntries) throw tooMany(entries.length + 1);
    const flags = u16(b, p + 8);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const next = p + 46 + nameLen + extraLen + u16(b, p + 32);
    if (next > end) throw corrupt('bản ghi thư mục trung tâm bị cắt cụt');
    const entry: ZipEntry = {
      name: decodeUtf8(b.subarray(p + 46, p + 46 + nameLen)),
      method: u16(b, p + 10),
      flags,
      compressedSize: u32(b, p + 20),
      uncompressedSize: u32(b, p + 24),
      localHeaderOffset: u32(b, p + 42),
      crc32: u32(b, p + 16),
    };
    // Zip64 extra field: carries the 64-bit values for whichever 32-bit fields are saturated, in this order.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; x += 4 + u16(b, x + 2)) {
      if (u16(b, x) !== 0x0001) continue;
      let q = x + 4;
      if (entry.uncompressedSize === 0xffffffff) {
        entry.uncompressedSize = u64(b, q);
        q += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = u64(b, q);
        q += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = u64(b, q);
    }
    entries.push(entry);
    p = next;
  }
  if (entries.length === 0 && count > 0) throw corrupt('thư mục trung tâm không hợp lệ');
  return entries;
}

/** A zip whose central directory passed every declared-size check; `read` inflates one part under an actual-bytes budget. */
export class GuardedZip {
  private readonly byKey = new Map<string, ZipEntry>();
  private inflatedTotal = 0;
  /** For an .xlsx: the workbook part named by the package relationships (set by openGuardedXlsx). */
  workbookPart = 'xl/workbook.xml';

  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    private readonly limits: XlsxLimits,
    private readonly codec?: ZipCodec,
  ) {
    for (const e of entries) {
      const key = partKey(e.name);
      // Two entries with one name let two readers see two different files; refuse the ambiguity.
      if (this.byKey.has(key)) throw corrupt(`thành phần "${e.name}" bị lặp`);
      this.byKey.set(key, e);
    }
  }

  has(name: string): boolean {
    return this.byKey.has(partKey(name));
  }

  /** The part's bytes, or undefined when the zip has no such part. */
  read(name: string): Uint8Array | undefined {
    const e = this.byKey.get(partKey(name));
    return e && this.inflate(e);
  }

  private inflate(e: ZipEntry): Uint8Array {
    const b = this.bytes;
    const h = e.localHeaderOffset;
    if (h + 30 > b.length || u32(b, h) !== SIG_LOCAL) throw corrupt(`không đọc được thành phần "${e.name}"`);
    const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
    const data = b.subarray(start, start + e.compressedSize);
    if (data.length !== e.compressedSize) throw corrupt(`thành phần "${e.name}" bị cắt cụt`);
    if (e.flags & 1) throw encrypted();
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize)
        throw corrupt(`kích thước thành phần "${e.name}" không khớp`);
      this.charge(e, e.uncompressedSize, e.uncompressedSize);
      checkCrc(e, crc32Update(0, data));
      return data;
    }
    if (e.method !== 8)
      throw corrupt(`thành phần "${e.name}" dùng phương thức nén không hỗ trợ (${e.method})`);

    if (e.compressedSize === 0) {
      if (e.uncompressedSize !== 0) throw corrupt(`thành phần "${e.name}" rỗng`);
      checkCrc(e, 0);
      return data;
    }
    try {
      if (this.codec) return this.inflateNative(e, data, this.codec);
      return e.compressedSize <= ONE_SHOT_MAX_COMPRESSED
        ? this.inflateOneShot(e, data)
        : this.inflateStreaming(e, data);
    } catch (err) {
      if (err instanceof UnsafeFileError) throw err;
      throw corrupt(`dữ liệu nén của "${e.name}" bị lỗi`);
    }
  }

  /** Through the host's inflater, stopped one byte past the declared size (so a lying entry is caught). */
  private inflateNative(e: ZipEntry, data: Uint8Array, codec: ZipCodec): Uint8Array {
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
  private inflateOneShot(e: ZipEntry, data: Uint8Array): Uint8Array {
    const out = inflateSync(data, { out: new Uint8Array(e.uncompressedSize + 1) });
    this.charge(e, out.length, out.length);
    checkCrc(e, crc32Update(0, out));
    return out;
  }

  /**
   * Larger parts: streamed in small input slices (each push can expand at most ~1000x) into a buffer of the declared
   * size, stopping the moment real output exceeds the declaration.
   */
  private inflateStreaming(e: ZipEntry, data: Uint8Array): Uint8Array {
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
  private charge(e: ZipEntry, entryBytesSoFar: number, added: number): void {
    if (entryBytesSoFar > e.uncompressedSize) throw overDeclared(e);
    this.inflatedTotal += added;
    if (this.inflatedTotal > this.limits.maxUncompressedBytes)
      throw zipBomb(`dữ liệu giải nén vượt ${mb(this.limits.maxUncompressedBytes)} MB`);
  }
}

let crcTables: Uint32Array | undefined;

/** Standard CRC-32 (zip's polynomial 0xEDB88320), continued from `crc`; slice-by-4, as it runs over every part. */
export function crc32Update(crc: number, data: Uint8Array): number {
  let t = crcTables;
  if (!t) {
    t = crcTables = new Uint32Array(1024);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t[n] = c >>> 0;
    }
    for (let n = 0; n < 256; n++)
      for (let k = 1; k < 4; k++)
        t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
  }
  let c = ~crc;
  let i = 0;
  const n = data.length;
  for (; i + 4 <= n; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = t[768 + (c & 0xff)] ^ t[512 + ((c >>> 8) & 0xff)] ^ t[256 + ((c >>> 16) & 0xff)] ^ t[c >>> 24];
  }
  for (; i < n; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function checkCrc(e: ZipEntry, actual: number): void {
  if (actual !== e.crc32) throw corrupt(`dữ liệu của "${e.name}" bị hỏng (sai mã kiểm tra CRC-32)`);
}

const encrypted = (): UnsafeFileError =>
  new UnsafeFileError('encrypted', 'Tệp được đặt mật khẩu — hãy lưu lại thành .xlsx không mật khẩu.');

const UTF16_ENCRYPTED_PACKAGE = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);

/** An OLE2 compound file is either an encrypted .xlsx (it holds an "EncryptedPackage" stream) or an old .xls. */
function oleError(b: Uint8Array): UnsafeFileError {
  const pat = UTF16_ENCRYPTED_PACKAGE;
  outer: for (let i = b.indexOf(pat[0]); i >= 0 && i + pat.length <= b.length; i = b.indexOf(pat[0], i + 1)) {
    for (let k = 1; k < pat.length; k++) if (b[i + k] !== pat[k]) continue outer;
    return encrypted();
  }
  return new UnsafeFileError('legacy-xls', FILE_READER_MESSAGES.legacyXls);
}

/**
 * The checks every zip-based spreadsheet passes before anything is inflated: size, format, entry count, declared
 * sizes and ratios, encrypted entries. Returns the zip ready for guarded (budgeted, CRC-checked) reads.
 */
export function openGuardedZip(
  bytes: Uint8Array,
  limits?: Partial<XlsxLimits>,
  codec?: ZipCodec,
): GuardedZip {
  const lim: XlsxLimits = { ...DEFAULT_XLSX_LIMITS, ...limits };
  if (bytes.length > lim.maxFileBytes)
    throw new UnsafeFileError(
      'too-large',
      `Tệp quá lớn (${mb(bytes.length)} MB, giới hạn ${mb(lim.maxFileBytes)} MB).`,
    );
  if (bytes.length >= 8 && OLE2_MAGIC.every((v, i) => bytes[i] === v)) throw oleError(bytes);
  // Every real .xlsx/.ods starts with a local file header; an empty zip or random bytes do not.
  if (bytes.length < 22 || u32(bytes, 0) !== SIG_LOCAL) throw notXlsx('không phải tệp nén ZIP');

  const entries = readCentralDirectory(bytes, lim);
  let declaredTotal = 0;
  for (const e of entries) {
    declaredTotal += e.uncompressedSize;
    if (
      e.uncompressedSize > lim.ratioMinBytes &&
      (e.compressedSize === 0 || e.uncompressedSize / e.compressedSize > lim.maxRatio)
    )
      throw zipBomb(
        `thành phần "${e.name}" có tỉ lệ nén ${e.compressedSize ? Math.round(e.uncompressedSize / e.compressedSize) : '∞'}:1 (giới hạn ${lim.maxRatio}:1)`,
      );
  }
  if (declaredTotal > lim.maxUncompressedBytes)
    throw zipBomb(
      `tổng dung lượng giải nén ${mb(declaredTotal)} MB (giới hạn ${mb(lim.maxUncompressedBytes)} MB)`,
    );
  const zip = new GuardedZip(bytes, entries, lim, codec);
  if (entries.some((e) => e.flags & 1)) throw encrypted();
  return zip;
}

/** Attribute value of a start tag's source text (`Name="v"` or `p:Name='v'`), entity-decoded for the common five. */
function xmlAttr(tag: string, name: string): string | undefined {
  const m = new RegExp(`[\\s:]${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return undefined;
  return (m[2] ?? m[3])
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Start tags with the given local name, as source text (package parts are tiny and machine-written). */
function startTags(xml: string, localName: string): string[] {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>`, 'g')) ?? [];
}

/** Resolves a relationship target against the source part's folder; absolute targets start at the package root. */
export function resolvePartPath(baseDir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/**
 * The workbook part, found as the package's officeDocument relationship (`_rels/.rels`), as the OPC rules say;
 * `xl/workbook.xml` only when the package has no such relationship.
 */
function findWorkbookPart(zip: GuardedZip): string {
  const rels = zip.read('_rels/.rels');
  if (rels) {
    for (const tag of startTags(decodeUtf8(rels), 'Relationship')) {
      const type = xmlAttr(tag, 'Type') ?? '';
      const target = xmlAttr(tag, 'Target');
      if (!target || xmlAttr(tag, 'TargetMode') === 'External' || !/\/officeDocument$/.test(type)) continue;
      const path = resolvePartPath('', target);
      if (zip.has(path)) return path;
      try {
        if (zip.has(decodeURIComponent(path))) return decodeURIComponent(path);
      } catch {
        /* malformed escape: not this one */
      }
    }
  }
  return 'xl/workbook.xml';
}

const MACRO_TYPE_RX = /macroEnabled|vbaProject/i;

/**
 * A macro part is present when a part is named vbaProject.bin, or a part present in the zip gets a macro content
 * type — through an Override, or through a Default for its extension. A Default alone is not a macro: SheetJS writes
 * a macro-enabled Default for ".bin" into every file, with no .bin part inside.
 */
function hasMacroPart(zip: GuardedZip, contentTypes: string): boolean {
  const keys = zip.entries.map((e) => partKey(e.name));
  if (keys.some((k) => k === 'vbaproject.bin' || k.endsWith('/vbaproject.bin'))) return true;
  const overridden = new Set<string>();
  for (const tag of startTags(contentTypes, 'Override')) {
    const part = partKey(xmlAttr(tag, 'PartName') ?? '');
    overridden.add(part);
    if (MACRO_TYPE_RX.test(xmlAttr(tag, 'ContentType') ?? '') && zip.has(part)) return true;
  }
  for (const tag of startTags(contentTypes, 'Default')) {
    const ext = `.${(xmlAttr(tag, 'Extension') ?? '').toLowerCase()}`;
    if (
      MACRO_TYPE_RX.test(xmlAttr(tag, 'ContentType') ?? '') &&
      keys.some((k) => k.endsWith(ext) && !overridden.has(k))
    )
      return true;
  }
  return false;
}

/**
 * Runs every .xlsx check and returns the zip ready for guarded reads, with `workbookPart` set. The size, format,
 * entry-count, declared-size/ratio and VBA-part checks happen before any inflation; only then are the small package
 * parts ([Content_Types].xml, _rels/.rels; size-checked, budgeted) inflated.
 */
export function openGuardedXlsx(
  bytes: Uint8Array,
  limits?: Partial<XlsxLimits>,
  codec?: ZipCodec,
): GuardedZip {
  return checkXlsxPackage(openGuardedZip(bytes, limits, codec));
}

/** The .xlsx checks of openGuardedXlsx, on a zip already opened by openGuardedZip. */
export function checkXlsxPackage(zip: GuardedZip): GuardedZip {
  if (zip.entries.some((e) => /(^|\/)vbaproject\.bin$/.test(partKey(e.name)))) throw macro();
  const contentTypes = zip.read('[Content_Types].xml');
  if (!contentTypes) throw notXlsx('thiếu phần [Content_Types].xml');
  if (hasMacroPart(zip, decodeUtf8(contentTypes))) throw macro();
  const workbookPart = findWorkbookPart(zip);
  if (!zip.has(workbookPart)) throw notXlsx(`thiếu phần ${workbookPart}`);
  zip.workbookPart = workbookPart;
  return zip;
}

export const ODS_MIME_TYPES = [
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet-template',
];

/**
 * Runs every .ods check (the same zip limits as .xlsx) and returns the zip ready for guarded reads. Refused: another
 * OpenDocument kind (text, presentation), a package with Basic or script macros, and an encrypted package (ODF
 * encrypts entries itself and says so in META-INF/manifest.xml; the zip flag stays clear).
 */
export function openGuardedOds(
  bytes: Uint8Array,
  limits?: Partial<XlsxLimits>,
  codec?: ZipCodec,
): GuardedZip {
  return checkOdsPackage(openGuardedZip(bytes, limits, codec));
}

/** The .ods checks of openGuardedOds, on a zip already opened by openGuardedZip. */
export function checkOdsPackage(zip: GuardedZip): GuardedZip {
  const mime = zip.read('mimetype');
  const mimeText = mime ? decodeUtf8(mime).trim() : '';
  if (mimeText && !ODS_MIME_TYPES.includes(mimeText))
    throw new UnsafeFileError(
      'not-xlsx',
      FILE_READER_MESSAGES.notOds(FILE_READER_MESSAGES.otherOpenDocument(mimeText)),
    );
  if (!zip.has('content.xml'))
    throw new UnsafeFileError('not-xlsx', FILE_READER_MESSAGES.notOds('thiếu phần content.xml'));
  if (zip.entries.some((e) => /^(basic|scripts)\/./.test(partKey(e.name)))) throw macro('ods');
  const manifest = zip.read('META-INF/manifest.xml');
  if (manifest && /encryption-data/.test(decodeUtf8(manifest))) throw encrypted();
  return zip;
}

/** Which zip-based spreadsheet this is, from its package parts (no inflation). */
export function zipFormat(zip: GuardedZip): 'xlsx' | 'ods' | 'unknown' {
  if (zip.has('[Content_Types].xml')) return 'xlsx';
  if (zip.has('content.xml') && (zip.has('mimetype') || zip.has('META-INF/manifest.xml'))) return 'ods';
  return 'unknown';
}

/** Throws UnsafeFileError when the bytes are not a plain, reasonably sized, macro-free .xlsx. */
export function inspectXlsxBytes(bytes: Uint8Array, limits?: Partial<XlsxLimits>): void {
  openGuardedXlsx(bytes, limits);
}
