import type { CellStyle, FontStyle } from '../layout/sheet-model';
import { xmlAttr } from './xml-text';

/**
 * The workbook's `cellXfs`: one entry per distinct look, with fonts, fills, borders and number
 * formats shared between looks. A look is the model's style groups applied in order, later groups
 * winning property by property as the ExcelJS writer applies them (a font, the alignment, a border,
 * a fill or a number format replaces the earlier one whole; `unlocked` sticks).
 */

interface Look {
  font?: FontStyle;
  align?: { h?: CellStyle['h']; v?: CellStyle['v']; wrap?: boolean };
  border?: 'all' | 'top';
  fill?: string;
  numFmt?: string;
  unlocked?: boolean;
}

/** The number format of the `textRanges`: text stays text even if it starts with `=`. */
export const TEXT_FORMAT = '@';

/** Formats every Excel knows by id (ECMA-376 §18.8.30); any other gets a custom id from 164. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/**
 * The look of a cell under `styles` (in model order). With `base`, a cell without a font of its own
 * gets the model's font (what the ExcelJS writer gave every value cell of a document sheet).
 */
export function composeLook(styles: readonly CellStyle[], base = false): Look {
  const look: Look = base ? { font: {} } : {};
  for (const st of styles) {
    if (st.font) look.font = st.font;
    if (st.h || st.v || st.wrap) look.align = { h: st.h, v: st.v, wrap: st.wrap };
    if (st.border) look.border = st.border;
    if (st.fill) look.fill = st.fill;
    if (st.numFmt) look.numFmt = st.numFmt;
    if (st.unlocked) look.unlocked = true;
  }
  return look;
}

/** An id per distinct XML fragment, in order of first use; `first` entries are fixed. */
class Pool {
  readonly items: string[];
  private readonly ids = new Map<string, number>();
  constructor(first: string[]) {
    this.items = [...first];
    first.forEach((x, i) => this.ids.set(x, i));
  }
  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.items.push(xml) - 1;
      this.ids.set(xml, id);
    }
    return id;
  }
}

const THIN = '<color rgb="FF000000"/>';

/**
 * The Normal style's font: Calibri 11, as the summary has always been written (ExcelJS's default).
 * Column widths count in its digits, and the summary's printed layout (the province report's
 * columns, the lists fitted to the page) was designed and measured with it
 * (`test/integration/print-report.test.ts`); the model's font goes on the cells themselves.
 */
const NORMAL_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';

export class StyleTable {
  private readonly fonts: Pool;
  private readonly fills = new Pool([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Pool(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly formats = new Map<string, number>();

  constructor(private readonly defaultFont: { name: string; size: number }) {
    this.fonts = new Pool([NORMAL_FONT]);
  }

  /** The `s` index of a look; 0 is the default look (no attribute needed). */
  xf(look: Look): number {
    const numFmtId = look.numFmt === undefined ? 0 : this.formatId(look.numFmt);
    const fontId = look.font ? this.fonts.id(this.fontXml(look.font)) : 0;
    const fillId = look.fill
      ? this.fills.id(
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${look.fill}"/></patternFill></fill>`,
        )
      : 0;
    const borderId = look.border ? this.borders.id(borderXml(look.border)) : 0;
    let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) attrs += ' applyNumberFormat="1"';
    if (fontId) attrs += ' applyFont="1"';
    if (fillId) attrs += ' applyFill="1"';
    if (borderId) attrs += ' applyBorder="1"';
    let inner = '';
    const a = look.align;
    if (a && (a.h || a.v || a.wrap)) {
      attrs += ' applyAlignment="1"';
      inner += `<alignment${a.h ? ` horizontal="${a.h}"` : ''}${a.v ? ` vertical="${a.v === 'middle' ? 'center' : a.v}"` : ''}${a.wrap ? ' wrapText="1"' : ''}/>`;
    }
    if (look.unlocked) {
      attrs += ' applyProtection="1"';
      inner += '<protection locked="0"/>';
    }
    return this.xfs.id(inner ? `<xf ${attrs}>${inner}</xf>` : `<xf ${attrs}/>`);
  }

  /** `xl/styles.xml`, once every look of every sheet has been asked for. */
  xml(): string {
    const formats = [...this.formats].filter(([, id]) => id >= 164);
    const list = (tag: string, items: string[]) =>
      `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length
        ? list(
            'numFmts',
            formats.map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`),
          )
        : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** Child order per CT_Font: b, i, u, sz, color, name, family. */
  private fontXml(f: FontStyle): string {
    const d = this.defaultFont;
    return (
      '<font>' +
      (f.bold ? '<b/>' : '') +
      (f.italic ? '<i/>' : '') +
      (f.underline ? '<u/>' : '') +
      `<sz val="${f.size ?? d.size}"/>` +
      (f.color ? `<color rgb="FF${f.color}"/>` : '') +
      `<name val="${xmlAttr(d.name)}"/><family val="1"/></font>`
    );
  }
}

function borderXml(border: 'all' | 'top'): string {
  const thin = (edge: string) => `<${edge} style="thin">${THIN}</${edge}>`;
  return border === 'all'
    ? `<border>${thin('left')}${thin('right')}${thin('top')}${thin('bottom')}<diagonal/></border>`
    : `<border><left/><right/>${thin('top')}<bottom/><diagonal/></border>`;
}
