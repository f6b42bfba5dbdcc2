/** Text as SpreadsheetML carries it: XML-escaped, with what XML 1.0 cannot hold removed. */

/**
 * Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE/U+FFFF; unpaired surrogates):
 * a reader refuses the whole part for one of them, so they are dropped.
 */
/* eslint-disable no-control-regex -- these patterns exist to find control characters */
const ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_WORK = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
/** A quick test before the slower ILLEGAL replace (JSON and quoted text need escaping, rarely this). */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes cell text (element content: quotes stay as they are, which keeps the JSON of the hidden
 * data sheet a third smaller). A literal `_xHHHH_` in the text is written `_x005F_xHHHH_`: Excel
 * (and our reader) decode `_xHHHH_` in cell text as a character.
 */
export function xmlText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return (SUSPECT.test(s) ? s.replace(ILLEGAL, '') : s)
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[&<>]/g, (c) => ENTITIES[c]);
}

/** Escapes an attribute value or non-cell text (names, formulas, header codes): no `_xHHHH_` rule. */
export function xmlAttr(s: string): string {
  return (SUSPECT.test(s) ? s.replace(ILLEGAL, '') : s).replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

/** What makes text need escaping, dropping or xml:space="preserve" inside it: one scan for plain text. */
/* eslint-disable no-control-regex -- it exists to find control characters */
const NOT_PLAIN =
  /[&<>\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
/* eslint-enable no-control-regex */

/** Cell text as a `<t>` element: escaped, with xml:space="preserve" where spaces or breaks need it. */
export function textElement(s: string): string {
  if (!NOT_PLAIN.test(s) && !isXmlSpace(s.charCodeAt(0)) && !isXmlSpace(s.charCodeAt(s.length - 1)))
    return `<t>${s}</t>`;
  return `<t${needsPreserve(s) ? ' xml:space="preserve"' : ''}>${xmlText(s)}</t>`;
}

/** Leading or trailing spaces, line breaks and tabs survive only with xml:space="preserve". */
export function needsPreserve(s: string): boolean {
  // Character tests, not /^\s|\s$|[\t\n\r]/: that pattern tries `\s$` at every position of the
  // hidden data sheet's 30,000-character JSON cells.
  if (!s) return false;
  return (
    isXmlSpace(s.charCodeAt(0)) ||
    isXmlSpace(s.charCodeAt(s.length - 1)) ||
    s.indexOf('\n') >= 0 ||
    s.indexOf('\t') >= 0 ||
    s.indexOf('\r') >= 0
  );
}

/** The characters `\s` matches (ECMA-262 WhiteSpace and LineTerminator). */
const isXmlSpace = (c: number): boolean =>
  c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff;
