/**
 * Detection and conversion of Vietnamese text typed with legacy 8-bit fonts.
 *
 * Such workbooks store the font's byte values, which surface as Latin-1 characters when read as Unicode:
 * TCVN3/ABC (.VnTime) gives `Th«ng tin ®èi ngo¹i`, VNI Windows (VNI-Times) gives `Thoâng tin ñoái ngoaïi`.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * TCVN3 (TCVN 5712:1993 VN3, the ABC font layout): one byte per letter, lower case only plus the seven
 * upper-case base letters. Upper-case text used the separate .VnTimeH font at these same code points, so it
 * decodes to lower case. Slots that VN1 fills with upper-case toned letters (0xAF, 0xB0–0xB4, 0xBA, 0xBF,
 * 0xC0–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF) are empty in VN3 and deliberately left unmapped.
 */
// prettier-ignore
const TCVN3_TABLE: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

const TCVN3_DECODE = new Map<string, string>(
  TCVN3_TABLE.map(([code, ch]) => [String.fromCharCode(code), ch]),
);

// Combining marks used to assemble VNI letters; NFC then folds them into precomposed letters.
const GRAVE = '\u0300';
const ACUTE = '\u0301';
const CIRCUMFLEX = '\u0302';
const TILDE = '\u0303';
const BREVE = '\u0306';
const HOOK = '\u0309';
const HORN = '\u031B';
const DOT = '\u0323';

/**
 * VNI Windows: a base letter followed by one mark character. Each entry is [lower-case mark, upper-case mark,
 * combining marks]; VNI fonts draw capitals' marks at other code points, so both cases are accepted.
 */
// prettier-ignore
const VNI_TONE_MARKS: ReadonlyArray<readonly [string, string, string]> = [
  ['ù', 'Ù', ACUTE], ['ø', 'Ø', GRAVE], ['û', 'Û', HOOK], ['õ', 'Õ', TILDE], ['ï', 'Ï', DOT],
];
// prettier-ignore
const VNI_CIRCUMFLEX_MARKS: ReadonlyArray<readonly [string, string, string]> = [
  ['â', 'Â', CIRCUMFLEX],
  ['á', 'Á', CIRCUMFLEX + ACUTE], ['à', 'À', CIRCUMFLEX + GRAVE], ['å', 'Å', CIRCUMFLEX + HOOK],
  ['ã', 'Ã', CIRCUMFLEX + TILDE], ['ä', 'Ä', CIRCUMFLEX + DOT],
];
// prettier-ignore
const VNI_BREVE_MARKS: ReadonlyArray<readonly [string, string, string]> = [
  ['ê', 'Ê', BREVE],
  ['é', 'É', BREVE + ACUTE], ['è', 'È', BREVE + GRAVE], ['ú', 'Ú', BREVE + HOOK],
  ['ü', 'Ü', BREVE + TILDE], ['ë', 'Ë', BREVE + DOT],
];

/** Letters VNI encodes as a single character: đ, ơ, ư, the toned i's and ỵ. */
// prettier-ignore
const VNI_STANDALONE: ReadonlyArray<readonly [string, string, string]> = [
  ['ñ', 'Ñ', 'đ'], ['ô', 'Ô', 'o' + HORN], ['ö', 'Ö', 'u' + HORN],
  ['í', 'Í', 'i' + ACUTE], ['ì', 'Ì', 'i' + GRAVE], ['æ', 'Æ', 'i' + HOOK], ['ó', 'Ó', 'i' + TILDE],
  ['ò', 'Ò', 'i' + DOT], ['î', 'Î', 'y' + DOT],
];

function markMap(
  ...groups: ReadonlyArray<ReadonlyArray<readonly [string, string, string]>>
): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups) {
    for (const [lower, upper, marks] of group) {
      map.set(lower, marks);
      map.set(upper, marks);
    }
  }
  return map;
}

const TONES_ONLY = markMap(VNI_TONE_MARKS);
const TONES_AND_CIRCUMFLEX = markMap(VNI_TONE_MARKS, VNI_CIRCUMFLEX_MARKS);
const ALL_VNI_MARKS = markMap(VNI_TONE_MARKS, VNI_CIRCUMFLEX_MARKS, VNI_BREVE_MARKS);

/** Which marks may follow each VNI base (ô/ö are VNI's ơ/ư and take tones only). */
const VNI_BASE_MARKS = new Map<string, ReadonlyMap<string, string>>();
for (const base of 'aA') VNI_BASE_MARKS.set(base, ALL_VNI_MARKS);
for (const base of 'eEoO') VNI_BASE_MARKS.set(base, TONES_AND_CIRCUMFLEX);
for (const base of 'uUyYôÔöÖ') VNI_BASE_MARKS.set(base, TONES_ONLY);

const VNI_STANDALONE_DECODE = new Map<string, string>();
for (const [lower, upper, letter] of VNI_STANDALONE) {
  VNI_STANDALONE_DECODE.set(lower, letter);
  VNI_STANDALONE_DECODE.set(upper, letter.toUpperCase());
}

interface Decoded {
  text: string;
  /** Legacy units turned into Vietnamese letters. */
  converted: number;
  /** Characters in U+00A1–U+00FF the encoding cannot produce there (e.g. a VNI mark with no base). */
  rejected: number;
}

function isLatin1High(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0xa1 && code <= 0xff;
}

function decodeTcvn3(text: string): Decoded {
  let out = '';
  let converted = 0;
  let rejected = 0;
  for (const ch of text) {
    const letter = TCVN3_DECODE.get(ch);
    if (letter !== undefined) {
      out += letter;
      converted++;
    } else {
      if (isLatin1High(ch)) rejected++;
      out += ch;
    }
  }
  return { text: out.normalize('NFC'), converted, rejected };
}

function decodeVni(text: string): Decoded {
  const chars = Array.from(text);
  let out = '';
  let converted = 0;
  let rejected = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const standalone = VNI_STANDALONE_DECODE.get(ch);
    const base = standalone ?? ch;
    if (standalone !== undefined) converted++;
    const marks = VNI_BASE_MARKS.get(ch)?.get(chars[i + 1] ?? '');
    if (marks !== undefined) {
      out += base + marks;
      converted++;
      i++;
    } else if (standalone !== undefined) {
      out += base;
    } else {
      if (isLatin1High(ch)) rejected++;
      out += ch;
    }
  }
  return { text: out.normalize('NFC'), converted, rejected };
}

function decode(text: string, encoding: LegacyEncoding): Decoded {
  return encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text);
}

/** Converts legacy-encoded text to Unicode NFC. */
export function convertLegacyText(text: string, encoding: LegacyEncoding): string {
  return decode(text, encoding).text;
}

// ---- Detection -------------------------------------------------------------------------------------------

/** Letters only proper Unicode Vietnamese has: ă đ ĩ ũ ơ ư and U+1EA0–U+1EF9. */
const UNICODE_VIETNAMESE_LETTER =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
/** Combining marks: NFD Vietnamese, never produced by 8-bit fonts. */
const COMBINING_MARK = /[\u0300-\u036F]/;

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Vietnamese vowel nuclei, tones removed. */
// prettier-ignore
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'oo', 'ôi', 'ơi',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu',
];

/** One Vietnamese syllable: optional initial consonant, vowel nucleus, optional final consonant. */
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:${NUCLEI.join('|')})(ch|ng|nh|[cmnpt])?$`,
);

/** Syllables closed by a stop (c, ch, p, t) only carry the acute or dot-below tone. */
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);

/** Lower-case ASCII and Vietnamese letters (NFC); others such as ñ, ä, ö never occur in Vietnamese. */
const VIETNAMESE_LETTERS =
  /^[a-z\u00E0-\u00E3\u00E8-\u00EA\u00EC\u00ED\u00F2-\u00F5\u00F9\u00FA\u00FD\u0103\u0111\u0129\u0169\u01A1\u01B0\u1EA1-\u1EF9]+$/;

function hasWordCaseShape(word: string): boolean {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (word === lower || word === upper) return true;
  return word.slice(0, 1) === upper.slice(0, 1) && word.slice(1) === lower.slice(1);
}

/**
 * Whether `word` is shaped like one Vietnamese syllable. `strictCase` also requires normal word casing,
 * because legacy bytes read as Unicode give mixed-case words like `tÝnh`.
 */
function isPlausibleSyllable(word: string, strictCase: boolean): boolean {
  if (strictCase && !hasWordCaseShape(word)) return false;
  const lower = word.toLowerCase();
  // Checked before decomposing, or `ñ`, `ä`, `ö` would pass as n, a, o with a tone.
  if (!VIETNAMESE_LETTERS.test(lower)) return false;
  const decomposed = lower.normalize('NFD');
  const tones = decomposed.match(TONE_MARK) ?? [];
  if (tones.length > 1) return false;
  const match = SYLLABLE.exec(decomposed.replace(TONE_MARK, '').normalize('NFC'));
  if (!match) return false;
  const final = match[1];
  if (final !== undefined && STOP_FINALS.has(final) && tones.length === 1) {
    return tones[0] === ACUTE || tones[0] === DOT;
  }
  return true;
}

function hasVowel(word: string): boolean {
  return /[aeiouy]/.test(word.toLowerCase().normalize('NFD'));
}

interface Evidence {
  /** Words that only make sense once converted. */
  strong: number;
  /** Legacy units in words that convert to a plausible syllable. */
  hits: number;
  /** Words the conversion turns into something un-Vietnamese. */
  against: number;
}

const WORD = /[A-Za-z\u00A1-\u00FF]+/g;

function weigh(text: string, encoding: LegacyEncoding): Evidence {
  const evidence: Evidence = { strong: 0, hits: 0, against: 0 };
  for (const [word] of text.matchAll(WORD)) {
    if (/^[A-Za-z]+$/.test(word)) continue;
    const decoded = decode(word, encoding);
    // Abbreviations such as `Q§` (QĐ) or `N§-CP` carry no vowel and say nothing either way.
    if (decoded.rejected === 0 && !hasVowel(decoded.text)) continue;
    if (decoded.rejected > 0 || !isPlausibleSyllable(decoded.text, false)) {
      evidence.against++;
      continue;
    }
    evidence.hits += decoded.converted;
    // A word that already reads as Vietnamese (`Tôi`, `Chú`) proves nothing; nor does a lone symbol (`©`).
    if (/[A-Za-z]/.test(word) && !isPlausibleSyllable(word, true)) evidence.strong++;
  }
  return evidence;
}

function isConvincing(e: Evidence): boolean {
  return e.strong >= 1 && e.hits >= 2 && e.against * 3 <= e.strong;
}

/**
 * Returns the legacy encoding the text was most likely typed in, or null for normal Unicode/ASCII text.
 * Must not flag ordinary Unicode Vietnamese (NFC or NFD) or plain ASCII/English or numbers.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  // Legacy text lives in ASCII plus U+00A1–U+00FF; real Vietnamese letters mean it is already Unicode.
  if (!/[\u00A1-\u00FF]/.test(text) || UNICODE_VIETNAMESE_LETTER.test(text) || COMBINING_MARK.test(text)) {
    return null;
  }
  const tcvn3 = weigh(text, 'tcvn3');
  const vni = weigh(text, 'vni');
  const tcvn3Ok = isConvincing(tcvn3);
  const vniOk = isConvincing(vni);
  if (tcvn3Ok && vniOk) {
    const margin = tcvn3.strong - tcvn3.against - (vni.strong - vni.against);
    if (margin === 0) return null;
    return margin > 0 ? 'tcvn3' : 'vni';
  }
  if (tcvn3Ok) return 'tcvn3';
  if (vniOk) return 'vni';
  return null;
}
