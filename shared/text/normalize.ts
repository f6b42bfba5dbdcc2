/** Text normalisation shared by parsing and list matching. */

/**
 * Already clean, without the slower normalisation: characters NFC never changes and cleaning never
 * touches (printable ASCII, Latin-1 letters to Latin Extended-B U+00C0–U+024F, precomposed
 * Vietnamese U+1E00–U+1EFF, dashes, curly quotes, ellipsis), single spaces between words. A
 * character loop: the equivalent regular expression backtracked at every character.
 */
function isClean(s: string): boolean {
  let space = true; // no leading space
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (isVisible(c)) space = false;
    else return false;
  }
  return !space; // not empty, no trailing space
}

/**
 * The characters clean text is made of, besides the space. One of them never disappears in
 * cleaning, so a text that starts with one is not blank.
 */
export function isVisible(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x7e) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2026
  );
}

/** NFC, non-breaking and zero-width spaces turned into plain spaces, runs collapsed, ends trimmed. */
export function cleanText(s: string): string {
  // Fast path: most cells of a submission are already clean.
  if (isClean(s)) return s;
  return s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Folded keys of short texts, remembered: parsing looks up every cell of a sheet once per heading
 * it searches for, and the same labels recur in every file (foldKey was the parse workers' top
 * cost). Bounded in entries and key length, so memory stays flat over a thousand files.
 */
const folded = new Map<string, string>();
const FOLD_CACHE_ENTRIES = 20_000;
const FOLD_CACHE_KEY_LENGTH = 200;

/** Case- and diacritics-insensitive key: `Hoàn thành` and `hoan thanh` fold to the same key. */
export function foldKey(s: string): string {
  if (s.length > FOLD_CACHE_KEY_LENGTH) return fold(s);
  let key = folded.get(s);
  if (key === undefined) {
    key = fold(s);
    if (folded.size >= FOLD_CACHE_ENTRIES) folded.clear();
    folded.set(s, key);
  }
  return key;
}

function fold(s: string): string {
  return cleanText(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A lookup from folded key to canonical value, for closed lists. */
export class CanonicalList {
  private readonly byKey = new Map<string, string>();
  private readonly exact: ReadonlySet<string>;
  constructor(readonly values: readonly string[]) {
    for (const v of values) this.byKey.set(foldKey(v), v);
    this.exact = new Set(values);
  }
  match(input: string): string | undefined {
    // Most cells were picked from the dropdown and are already canonical.
    return this.exact.has(input) ? input : this.byKey.get(foldKey(input));
  }
}

/** True when the text would be taken as a formula by a spreadsheet or CSV consumer. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@\t\r]/.test(s);
}
