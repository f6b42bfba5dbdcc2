/**
 * Estimates of how printed text fills a cell, so rows can be given the height their content needs.
 *
 * Why estimate: Excel sizes rows without a stored height to their wrapped content when it opens a
 * file, but never for merged cells, and LibreOffice and Google Sheets do not do it on import at
 * all (a row without height keeps the default 16 pt and the text overlaps the next row). A row
 * whose content the layout knows therefore gets a height from these estimates, generous rather
 * than tight: too much height costs white space, too little cuts text.
 */

/**
 * Points of a column `widthUnits` wide. Excel counts widths in digits of the Normal style's font
 * (ECMA-376 §18.3.1.13), here Times New Roman 12 (8 px digits at 96 dpi) + 5 px padding, × 0.75 pt/px.
 * Using the document font as the Normal font keeps widths identical in Excel and LibreOffice
 * (Liberation Serif has Times New Roman's metrics; Calibri is often absent on Linux).
 */
export function columnPoints(widthUnits: number): number {
  return (widthUnits * 8 + 5) * 0.75;
}

export function columnsPoints(widths: readonly number[], from: number, to: number): number {
  let pt = 0;
  for (let c = from; c <= to; c++) pt += columnPoints(widths[c - 1] ?? 10);
  return pt;
}

/** Average advance of a Times New Roman character, in ems, for the look of the text. */
function emPerChar(look: { bold?: boolean; caps?: boolean }): number {
  if (look.caps) return look.bold ? 0.72 : 0.66;
  return look.bold ? 0.54 : 0.5;
}

/** Printed lines of `text` in a cell `widthPt` wide (word wrap), at `fontPt`. */
export function wrappedLines(
  text: string,
  widthPt: number,
  fontPt: number,
  look: { bold?: boolean; caps?: boolean } = {},
): number {
  const usable = Math.max(10, widthPt - 8);
  const perLine = Math.max(1, Math.floor(usable / (fontPt * emPerChar(look))));
  let lines = 0;
  for (const para of text.split('\n')) {
    // Greedy word wrap: a word that does not fit starts a new line.
    let line = 0;
    let n = 1;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const w = word.length;
      if (line === 0) line = w;
      else if (line + 1 + w <= perLine) line += 1 + w;
      else {
        n++;
        line = w;
      }
      while (line > perLine) {
        n++;
        line -= perLine;
      }
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/** Height in points of `lines` lines at `fontPt`, with the cell's padding. */
export function linesHeight(lines: number, fontPt: number): number {
  return Math.ceil(lines * fontPt * 1.2 + 4);
}

/** Excel's largest row height. Text needing more cannot print from one row. */
export const MAX_ROW_HEIGHT = 409;

/** Height a text needs in a cell, capped at Excel's maximum; `fits` is false when the cap cuts it. */
export function textHeight(
  text: string,
  widthPt: number,
  fontPt: number,
  look: { bold?: boolean; caps?: boolean } = {},
  minLines = 1,
): { height: number; fits: boolean } {
  const need = linesHeight(Math.max(minLines, wrappedLines(text, widthPt, fontPt, look)), fontPt);
  return { height: Math.min(MAX_ROW_HEIGHT, need), fits: need <= MAX_ROW_HEIGHT };
}
