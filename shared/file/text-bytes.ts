import { strFromU8 } from 'fflate';

/**
 * Bytes → text without the host's `TextDecoder` (not part of the core's ES2022 lib, and missing in
 * Apps Script): fflate's decoder uses the native one where it exists and a pure fallback elsewhere.
 */
export const decodeUtf8 = (bytes: Uint8Array): string =>
  strFromU8(
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? bytes.subarray(3)
      : bytes,
  );

/** UTF-16 with a byte-order mark (rare in OOXML parts; some old writers emit it). */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  let out = '';
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    out += String.fromCharCode(
      littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1],
    );
  }
  return out;
}
