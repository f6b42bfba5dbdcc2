/**
 * A small indexOf-based XML tag scanner, shared by the .xlsx and .ods readers. Spreadsheet parts are machine-written,
 * and values-only reading needs tags, a few attributes and text, so a full parser is not worth its size here. It
 * tolerates namespace prefixes (`<x:c>`), any attribute order, self-closing tags, comments, CDATA and processing
 * instructions; a DOCTYPE's internal subset is skipped, never interpreted (no entity expansion).
 */
import { decodeUtf16, decodeUtf8 } from './text-bytes';

const ENTITY_RX = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(
    ENTITY_RX,
    (m, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
      if (named) return NAMED[named];
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    },
  );
}

/**
 * The first `code` in xml[from, to), or -1. A bounded loop where `indexOf` would search the rest of
 * the part when the character is absent: once per tag, that is time in the square of the part's size.
 */
function indexBefore(xml: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) === code) return i;
  return -1;
}

export const localName = (qname: string): string => {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
};

// Plain numeric constants (not an enum) so the scanner stays a tight loop under any transpiler.
export const Tag = { Eof: 0, Open: 1, Close: 2 } as const;
export type Tag = (typeof Tag)[keyof typeof Tag];

export class XmlScanner {
  private pos = 0;
  kind: Tag = Tag.Eof;
  /** Local name (prefix stripped) of the current tag. */
  name = '';
  selfClosing = false;
  private attrStart = 0;
  private attrEnd = 0;

  constructor(private readonly xml: string) {}

  /** Advances to the next start or end tag, skipping text, comments, CDATA, PIs and DOCTYPE. */
  next(): Tag {
    const xml = this.xml;
    const len = xml.length;
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      if (lt < 0) {
        this.pos = len;
        return (this.kind = Tag.Eof);
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        this.pos = skipPast(xml, '?>', lt + 2);
        continue;
      }
      if (c === 33 /* ! */) {
        if (xml.startsWith('<!--', lt)) this.pos = skipPast(xml, '-->', lt + 4);
        else if (xml.startsWith('<![CDATA[', lt)) this.pos = skipPast(xml, ']]>', lt + 9);
        else {
          // DOCTYPE: its internal subset is skipped, never interpreted (so no entity expansion tricks).
          const gt = xml.indexOf('>', lt);
          const bracket = indexBefore(xml, 91 /* [ */, lt, gt < 0 ? len : gt);
          this.pos = bracket >= 0 ? skipPast(xml, ']>', bracket) : gt < 0 ? len : gt + 1;
        }
        continue;
      }
      if (c === 47 /* / */) {
        const gt = xml.indexOf('>', lt + 2);
        let end = gt < 0 ? len : gt;
        let start = lt + 2;
        while (start < end && isSpace(xml.charCodeAt(start))) start++;
        while (end > start && isSpace(xml.charCodeAt(end - 1))) end--;
        const colon = indexBefore(xml, 58 /* : */, start, end);
        this.name = nameAt(xml, colon >= 0 ? colon + 1 : start, end);
        this.pos = (gt < 0 ? len : gt) + 1;
        this.selfClosing = false;
        return (this.kind = Tag.Close);
      }
      let i = lt + 1;
      let colon = -1;
      for (; i < len; i++) {
        const ch = xml.charCodeAt(i);
        if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
        if (ch === 58 /* : */ && colon < 0) colon = i;
      }
      this.name = nameAt(xml, colon < 0 ? lt + 1 : colon + 1, i);
      // Find the closing '>' outside quoted attribute values ('>' is legal inside them).
      let quote = 0;
      let j = i;
      for (; j < len; j++) {
        const ch = xml.charCodeAt(j);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      this.selfClosing = xml.charCodeAt(j - 1) === 47;
      this.attrStart = i;
      this.attrEnd = this.selfClosing ? j - 1 : j;
      this.pos = j + 1;
      return (this.kind = Tag.Open);
    }
  }

  /**
   * The current start tag's attribute value (entity-decoded), or undefined. With `anyPrefix`, `id` also matches
   * `r:id` or any other prefixed `id` (writers choose their own prefix for the relationships namespace).
   */
  attr(name: string, anyPrefix = false): string | undefined {
    let found: string | undefined;
    this.eachAttr((nameStart, nameEnd, valueStart, valueEnd) => {
      const n = nameEnd - nameStart;
      if (n < name.length || !this.xml.startsWith(name, nameEnd - name.length)) return false;
      if (
        n !== name.length &&
        !(
          anyPrefix &&
          this.xml.charCodeAt(nameEnd - name.length - 1) === 58 /* : */ &&
          !this.xml.startsWith('xmlns:', nameStart)
        )
      )
        return false;
      found = decodeEntities(this.xml.slice(valueStart, valueEnd));
      return true;
    });
    return found;
  }

  /** Row and column read by `plainCellRef`. */
  refRow = 0;
  refCol = 0;

  /**
   * Hot path for an empty `<c r="B7" s="3"/>` (a styled blank: half the cells of a form), whose
   * position is all that matters: reads `r` in place into refRow and refCol when it is the first
   * attribute and plain (capital letters, then digits without a leading zero, within `maxRow` and
   * `maxCol`). False otherwise: the caller then reads the attributes the general way.
   */
  plainCellRef(maxRow: number, maxCol: number): boolean {
    const xml = this.xml;
    let p = this.attrStart;
    if (!xml.startsWith(' r="', p)) return false;
    p += 4;
    const lettersStart = p;
    let col = 0;
    for (let c = xml.charCodeAt(p); c >= 65 && c <= 90; c = xml.charCodeAt(++p)) col = col * 26 + (c - 64);
    if (p === lettersStart || p - lettersStart > 3 || xml.charCodeAt(p) === 48 /* 0 */) return false;
    const digitsStart = p;
    let row = 0;
    for (let d = xml.charCodeAt(p) - 48; d >= 0 && d <= 9; d = xml.charCodeAt(++p) - 48) row = row * 10 + d;
    if (p === digitsStart || p - digitsStart > 7 || xml.charCodeAt(p) !== 34 || p >= this.attrEnd)
      return false;
    if (row > maxRow || col > maxCol) return false;
    this.refRow = row;
    this.refCol = col;
    return true;
  }

  /** Hot path for `<c>`: reads r, t and s in one pass, without a per-attribute callback. */
  cellAttrs(out: { r?: string; t?: string; s?: string }): void {
    out.r = out.t = out.s = undefined;
    const xml = this.xml;
    let p = this.attrStart;
    const end = this.attrEnd;
    while (p < end) {
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      const nameStart = p;
      while (p < end && xml.charCodeAt(p) !== 61 /* = */ && !isSpace(xml.charCodeAt(p))) p++;
      const oneChar = p - nameStart === 1;
      while (p < end && xml.charCodeAt(p) !== 34 && xml.charCodeAt(p) !== 39) p++;
      if (p >= end) return;
      const valueEnd = xml.indexOf(xml[p], p + 1);
      if (valueEnd < 0 || valueEnd > end) return;
      if (oneChar) {
        const c = xml.charCodeAt(nameStart);
        if (c === 114 /* r */) out.r = xml.slice(p + 1, valueEnd);
        else if (c === 116 /* t */) out.t = xml.slice(p + 1, valueEnd);
        else if (c === 115 /* s */) out.s = xml.slice(p + 1, valueEnd);
      }
      p = valueEnd + 1;
    }
  }

  /** Calls `visit` with the bounds of each attribute name and (raw) value until it returns true. */
  private eachAttr(
    visit: (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => boolean,
  ): void {
    const xml = this.xml;
    let p = this.attrStart;
    const end = this.attrEnd;
    while (p < end) {
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      const nameStart = p;
      while (p < end && xml.charCodeAt(p) !== 61 /* = */ && !isSpace(xml.charCodeAt(p))) p++;
      const nameEnd = p;
      while (p < end && xml.charCodeAt(p) !== 34 && xml.charCodeAt(p) !== 39) p++;
      if (p >= end) return;
      const valueEnd = xml.indexOf(xml[p], p + 1);
      if (valueEnd < 0 || valueEnd > end) return;
      if (visit(nameStart, nameEnd, p + 1, valueEnd)) return;
      p = valueEnd + 1;
    }
  }

  /** Character data from here to the next tag (CDATA included, comments skipped), entity-decoded. */
  text(): string {
    return this.selfClosing ? '' : this.textHere();
  }

  /** Character data from the scan position to the next tag, also after a self-closing tag (mixed content). */
  textHere(): string {
    const xml = this.xml;
    let out = '';
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      const end = lt < 0 ? xml.length : lt;
      if (end > this.pos) out += decodeEntities(xml.slice(this.pos, end));
      this.pos = end;
      if (lt < 0) break;
      if (xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt + 9);
        const stop = close < 0 ? xml.length : close;
        out += xml.slice(lt + 9, stop);
        this.pos = close < 0 ? stop : close + 3;
      } else if (xml.startsWith('<!--', lt)) this.pos = skipPast(xml, '-->', lt + 4);
      else break;
    }
    // XML parsers normalise line ends in character data; do the same.
    return out.indexOf('\r') < 0 ? out : out.replace(/\r\n?/g, '\n');
  }

  /** Skips to the end of the element whose start tag is current (no-op for a self-closing tag). */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    while (depth > 0) {
      const k = this.next();
      if (k === Tag.Eof) return;
      if (k === Tag.Open) {
        if (!this.selfClosing) depth++;
      } else depth--;
    }
  }
}

/**
 * The tag name xml[start, end): the names a worksheet repeats thousands of times are returned as
 * constants rather than sliced out again for every tag (the scanner's main cost on a sheet).
 */
function nameAt(xml: string, start: number, end: number): string {
  const c = xml.charCodeAt(start);
  switch (end - start) {
    case 1:
      if (c === 99) return 'c';
      if (c === 118) return 'v';
      if (c === 102) return 'f';
      if (c === 116) return 't';
      break;
    case 2:
      if (c === 105 && xml.charCodeAt(start + 1) === 115) return 'is';
      if (c === 115 && xml.charCodeAt(start + 1) === 105) return 'si';
      break;
    case 3:
      if (c === 114 && xml.startsWith('row', start)) return 'row';
      break;
  }
  return xml.slice(start, end);
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
export const skipPast = (xml: string, token: string, from: number): number => {
  const i = xml.indexOf(token, from);
  return i < 0 ? xml.length : i + token.length;
};

export function decodeXml(bytes: Uint8Array): string {
  // Parts are UTF-8 in practice; honour a UTF-16 byte-order mark just in case.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false);
  return decodeUtf8(bytes);
}
