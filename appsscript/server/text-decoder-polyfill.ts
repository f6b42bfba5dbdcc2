/**
 * Apps Script's V8 runtime has no TextDecoder, but the pure .xlsx reader (cli/xlsx) creates one at
 * module load. This module is imported first by main.ts and installs a small, spec-following
 * decoder (utf-8 with U+FFFD for malformed input and BOM stripping; utf-16le/be) only when the
 * runtime lacks one, so the same reader runs in Node, the browser and Apps Script.
 */

const REPLACEMENT = 0xfffd;
const FLUSH = 8192;

export function decodeUtf8(b: Uint8Array): string {
  let out = '';
  const units: number[] = [];
  const n = b.length;
  let i = n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  const cont = (k: number) => k < n && (b[k] & 0xc0) === 0x80;
  while (i < n) {
    const c = b[i];
    let cp = REPLACEMENT;
    if (c < 0x80) {
      cp = c;
      i += 1;
    } else if (c >= 0xc2 && c <= 0xdf && cont(i + 1)) {
      cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
      i += 2;
    } else if (c >= 0xe0 && c <= 0xef && cont(i + 1) && cont(i + 2)) {
      cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      // Overlong forms and surrogates are malformed.
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) cp = REPLACEMENT;
      i += 3;
    } else if (c >= 0xf0 && c <= 0xf4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
      cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
      if (cp < 0x10000 || cp > 0x10ffff) cp = REPLACEMENT;
      i += 4;
    } else {
      // Skip the lead byte and any continuation bytes that belong to it.
      i += 1;
      while (cont(i) && c >= 0xc0) i++;
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    if (units.length >= FLUSH) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

export function decodeUtf16(b: Uint8Array, littleEndian: boolean): string {
  let out = '';
  const units: number[] = [];
  let i =
    b.length >= 2 && (littleEndian ? b[0] === 0xff && b[1] === 0xfe : b[0] === 0xfe && b[1] === 0xff) ? 2 : 0;
  for (; i + 1 < b.length; i += 2) {
    units.push(littleEndian ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
    if (units.length >= FLUSH) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

export class PolyfillTextDecoder {
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  constructor(label = 'utf-8') {
    const l = label.trim().toLowerCase();
    if (l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8') this.encoding = 'utf-8';
    else if (l === 'utf-16le' || l === 'utf-16') this.encoding = 'utf-16le';
    else if (l === 'utf-16be') this.encoding = 'utf-16be';
    else throw new RangeError(`TextDecoder: unsupported encoding ${label}`);
  }
  decode(input?: ArrayBuffer | ArrayBufferView): string {
    if (!input) return '';
    const bytes =
      input instanceof Uint8Array
        ? input
        : ArrayBuffer.isView(input)
          ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
          : new Uint8Array(input);
    return this.encoding === 'utf-8' ? decodeUtf8(bytes) : decodeUtf16(bytes, this.encoding === 'utf-16le');
  }
}

const g = globalThis as unknown as { TextDecoder?: unknown };
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = PolyfillTextDecoder;
