import type { CellStyle } from './sheet-model';
import type { SheetBuilder } from './sheet-builder';
import { cellRef } from '../grid/a1';
import { columnsPoints, textHeight } from './text-fit';

/** Looks of an administrative document (Nghị định 30/2020/NĐ-CP), shared by every generated sheet. */

export const FONT_NAME = 'Times New Roman';
export const INPUT_FILL = 'FFF7D6';
export const HEADER_FILL = 'E7EEF7';
export const AUTO_FILL = 'EDEDED';

export const S = {
  headerLeft: { font: { size: 13 }, h: 'center', v: 'middle', wrap: true, unlocked: true },
  headerUnit: { font: { size: 13, bold: true }, h: 'center', v: 'middle', wrap: true, unlocked: true },
  nation: { font: { size: 12, bold: true }, h: 'center', v: 'middle' },
  motto: { font: { size: 13, bold: true }, h: 'center', v: 'middle' },
  /** The short rules under the unit name and the motto: a centred run of underscores (see RULE_FONT). */
  rule: { font: { size: 7 }, h: 'center', v: 'top' },
  docNumber: { font: { size: 13 }, h: 'center', v: 'middle', unlocked: true, fill: INPUT_FILL },
  // The same look as the subtitle (one style group fewer for hosts that apply each look in calls).
  dateLine: { font: { size: 13, italic: true }, h: 'center', v: 'middle', wrap: true },
  dateInput: {
    font: { size: 12 },
    h: 'center',
    v: 'middle',
    unlocked: true,
    fill: INPUT_FILL,
    border: 'all',
    numFmt: 'dd/mm/yyyy',
  },
  title: { font: { size: 14, bold: true }, h: 'center', v: 'middle', wrap: true },
  subtitle: { font: { size: 13, italic: true }, h: 'center', v: 'middle', wrap: true },
  heading: { font: { size: 13, bold: true }, h: 'left', v: 'middle', wrap: true },
  hint: { font: { size: 11, italic: true, color: '595959' }, h: 'left', v: 'top', wrap: true },
  narrative: {
    font: { size: 13 },
    h: 'left',
    v: 'top',
    wrap: true,
    unlocked: true,
    fill: INPUT_FILL,
  },
  tableHeader: {
    font: { size: 11, bold: true },
    h: 'center',
    v: 'middle',
    wrap: true,
    border: 'all',
    fill: HEADER_FILL,
  },
  tableIndex: { font: { size: 11, italic: true }, h: 'center', v: 'middle', border: 'all' },
  bodyInput: { font: { size: 11 }, v: 'top', wrap: true, border: 'all', unlocked: true, fill: INPUT_FILL },
  bodyAuto: { font: { size: 11 }, h: 'center', v: 'top', wrap: true, border: 'all', fill: AUTO_FILL },
  total: { font: { size: 11, bold: true }, h: 'center', v: 'middle', border: 'all' },
  recipientsTitle: { font: { size: 12, bold: true, italic: true }, h: 'left', v: 'top' },
  recipients: { font: { size: 11 }, h: 'left', v: 'top', wrap: true, unlocked: true },
  signerCapacity: { font: { size: 13, bold: true }, h: 'center', v: 'top', wrap: true, unlocked: true },
  signerNote: { font: { size: 13, italic: true }, h: 'center', v: 'top' },
  signerName: { font: { size: 13, bold: true }, h: 'center', v: 'top', unlocked: true },
} satisfies Record<string, CellStyle>;

export interface HeaderTexts {
  parentBody: string;
  unitName: string;
  docNumber: string;
  placeForDate: string;
}

/** Underscores of the rule row: 7 pt Times New Roman, 3.5 pt per underscore. */
const RULE_PT_PER_CHAR = 3.5;

/** A centred rule `lengthPt` long, made of underscores (a drawn line is not part of the cell model). */
function ruleText(lengthPt: number): string {
  return '_'.repeat(Math.max(4, Math.round(lengthPt / RULE_PT_PER_CHAR)));
}

/** Printed width in points of a bold 13 pt line (for the length of the rules under it). */
function boldLinePoints(text: string, caps: boolean): number {
  return text.length * 13 * (caps ? 0.72 : 0.5);
}

/**
 * Rows 1–4: the two header blocks, the rules under the unit name and the motto, the number line and
 * the place-and-date line. The date is typed into an input cell just right of the printed area;
 * the printed line is a formula over it (see `dateLineFormula`).
 */
export function writeHeaderBlock(
  b: SheetBuilder,
  width: number,
  t: HeaderTexts,
): { docNumberCell: [number, number]; dateLineCell: [number, number]; leftEnd: number } {
  const leftEnd = Math.max(2, Math.floor(width * 0.4));
  const rightStart = leftEnd + 1;
  const leftPt = columnsPoints(b.columnWidths, 1, leftEnd);
  const parent = t.parentBody.toUpperCase();
  const unit = t.unitName.toUpperCase();
  b.block(1, 1, leftEnd, parent || null, S.headerLeft);
  b.block(1, rightStart, width, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', S.nation);
  b.height(1, textHeight(parent, leftPt, 13, { caps: true }).height);
  b.block(2, 1, leftEnd, unit, S.headerUnit);
  b.block(2, rightStart, width, 'Độc lập - Tự do - Hạnh phúc', S.motto);
  const unitLines = textHeight(unit, leftPt, 13, { bold: true, caps: true });
  b.height(2, unitLines.height);
  // NĐ 30: a rule of 1/3–1/2 the unit name's length under it, as long as the motto under the motto,
  // both centred. Cells cannot hold drawn lines and a border only follows column edges, so the rule
  // is a centred run of underscores in a merged cell: centred to the point whatever the widths.
  const unitLinePt = Math.min(leftPt, boldLinePoints(unit, true));
  b.block(3, 1, leftEnd, ruleText(unitLinePt / 3), S.rule);
  b.block(3, rightStart, width, ruleText(boldLinePoints('Độc lập - Tự do - Hạnh phúc', false)), S.rule);
  b.height(3, 9);
  b.block(4, 1, leftEnd, t.docNumber, S.docNumber);
  b.block(4, rightStart, width, null, S.dateLine);
  b.height(4, 24);
  return { docNumberCell: [4, 1], dateLineCell: [4, rightStart], leftEnd };
}

/**
 * The place-and-date line as a formula over the date cell: "Mẫu, ngày 05 tháng 01 năm 2027" with
 * NĐ 30's leading zero for days 1–9 and months 1–2, for any year. Built from DAY/MONTH/YEAR rather
 * than TEXT(), whose format codes depend on the spreadsheet's locale.
 */
export function dateLineFormula(place: string, dateCell: string): string {
  const p = place.replace(/"/g, '""');
  const d = dateCell;
  return (
    `IF(ISNUMBER(${d}),"${p}, ngày "&IF(DAY(${d})<10,"0","")&DAY(${d})&" tháng "&IF(MONTH(${d})<3,"0","")` +
    `&MONTH(${d})&" năm "&YEAR(${d}),"${p}, ngày ... tháng ... năm ...")`
  );
}

/** What `dateLineFormula` shows for a date: the value cached with the formula. */
export function dateLineText(place: string, date: string | null): string {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return `${place}, ngày ... tháng ... năm ...`;
  const day = Number(m[3]);
  const month = Number(m[2]);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${m[1]}`;
}

/** Rows of the closing blocks, and the page height they need (they must not be split). */
export interface ClosingLayout {
  lastRow: number;
  height: number;
}

/**
 * "Nơi nhận" on the left and the signature block on the right, from `row`. Recipients, the signer's
 * authority, title and name are input cells (an agency adds a recipient or writes "KT. GIÁM ĐỐC").
 */
export function writeClosingBlocks(
  b: SheetBuilder,
  row: number,
  width: number,
  recipients: string[],
  signer: { capacity: string; title: string; name: string },
): ClosingLayout {
  const leftEnd = Math.max(2, Math.floor(width * 0.4));
  const rightStart = Math.max(leftEnd + 1, width - Math.max(3, Math.floor(width * 0.4)) + 1);
  b.block(row, 1, leftEnd, 'Nơi nhận:', S.recipientsTitle);
  b.block(row, rightStart, width, signer.capacity || null, S.signerCapacity);
  b.block(row + 1, rightStart, width, signer.title || null, S.signerCapacity);
  // Two spare recipient lines the agency can fill.
  const lines = [...recipients.map((r) => `- ${r}`), null, null];
  lines.forEach((r, i) => b.block(row + 1 + i, 1, leftEnd, r, S.recipients));
  // Rows keep the default height (16 pt): four of them leave the signature and seal their space.
  const nameRow = Math.max(row + 6, row + lines.length);
  b.block(nameRow, rightStart, width, signer.name || null, S.signerName);
  b.textRanges.push(`${cellRef(row + 1, 1)}:${cellRef(row + lines.length, 1)}`);
  return { lastRow: nameRow, height: (nameRow - row + 1) * 18 };
}
