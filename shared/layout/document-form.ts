import type { CellStyle } from './sheet-model';
import type { SheetBuilder } from './sheet-builder';
import { columnLetter as colLetter } from '../grid/a1';

/** Looks of an administrative document (Nghị định 30/2020/NĐ-CP), shared by every generated sheet. */

export const FONT_NAME = 'Times New Roman';
export const INPUT_FILL = 'FFF7D6';
export const HEADER_FILL = 'E7EEF7';
export const AUTO_FILL = 'EDEDED';

export const S = {
  headerLeft: { font: { size: 13 }, h: 'center', v: 'middle', wrap: true },
  headerUnit: { font: { size: 13, bold: true }, h: 'center', v: 'middle', wrap: true },
  nation: { font: { size: 12, bold: true }, h: 'center', v: 'middle' },
  motto: { font: { size: 13, bold: true }, h: 'center', v: 'middle' },
  rule: { border: 'top' },
  docNumber: { font: { size: 13 }, h: 'center', v: 'middle', unlocked: true, fill: INPUT_FILL },
  dateLine: { font: { size: 13, italic: true }, h: 'center', v: 'middle', unlocked: true, fill: INPUT_FILL },
  title: { font: { size: 14, bold: true }, h: 'center', v: 'middle', wrap: true },
  subtitle: { font: { size: 13, italic: true }, h: 'center', v: 'middle', wrap: true },
  heading: { font: { size: 13, bold: true }, h: 'left', v: 'middle', wrap: true },
  hint: { font: { size: 12, italic: true, color: '595959' }, h: 'left', v: 'middle', wrap: true },
  narrative: {
    font: { size: 13 },
    h: 'left',
    v: 'top',
    wrap: true,
    unlocked: true,
    fill: INPUT_FILL,
    border: 'all',
  },
  tableHeader: {
    font: { size: 12, bold: true },
    h: 'center',
    v: 'middle',
    wrap: true,
    border: 'all',
    fill: HEADER_FILL,
  },
  tableIndex: { font: { size: 11, italic: true }, h: 'center', v: 'middle', border: 'all' },
  bodyInput: { font: { size: 12 }, v: 'top', wrap: true, border: 'all', unlocked: true, fill: INPUT_FILL },
  bodyAuto: { font: { size: 12 }, h: 'center', v: 'top', border: 'all', fill: AUTO_FILL },
  total: { font: { size: 12, bold: true }, h: 'center', v: 'middle', border: 'all' },
  recipientsTitle: { font: { size: 12, bold: true, italic: true }, h: 'left', v: 'top' },
  recipients: { font: { size: 11 }, h: 'left', v: 'top', wrap: true },
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

/** Rows 1–4: the two header blocks, the number line and the italic place-and-date line. */
export function writeHeaderBlock(
  b: SheetBuilder,
  width: number,
  t: HeaderTexts,
): { docNumberCell: [number, number]; dateCell: [number, number] } {
  const leftEnd = Math.max(2, Math.floor(width * 0.35));
  const rightStart = leftEnd + 1;
  b.block(1, 1, leftEnd, t.parentBody.toUpperCase(), S.headerLeft);
  b.block(1, rightStart, width, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', S.nation);
  b.block(2, 1, leftEnd, t.unitName.toUpperCase(), S.headerUnit);
  b.block(2, rightStart, width, 'Độc lập - Tự do - Hạnh phúc', S.motto);
  b.height(2, 34);
  // Short rules under the unit name and the motto (about a third of the line, centred): a top border
  // on the unmerged row below, on the column(s) around the block's centre.
  b.style(`${colLetter(centreColumn(b.columnWidths, 1, leftEnd))}3`, S.rule);
  const rc = centreColumn(b.columnWidths, rightStart, width);
  b.style(`${colLetter(rc)}3:${colLetter(Math.min(width, rc + 1))}3`, S.rule);
  b.height(3, 6);
  b.block(4, 1, leftEnd, t.docNumber, S.docNumber);
  b.block(4, rightStart, width, null, S.dateLine);
  b.height(4, 22);
  return { docNumberCell: [4, 1], dateCell: [4, rightStart] };
}

/** The column under the horizontal centre of columns `from..to`, by their widths. */
function centreColumn(widths: number[], from: number, to: number): number {
  const w = (c: number) => widths[c - 1] ?? 10;
  let total = 0;
  for (let c = from; c <= to; c++) total += w(c);
  let acc = 0;
  for (let c = from; c <= to; c++) {
    acc += w(c);
    if (acc >= total / 2) return c;
  }
  return from;
}

/**
 * Number format that shows a date as the ND 30 place-and-date line with the leading-zero rule
 * (months 1–2 get a zero, 3–12 do not): the condition splits at 1 March of the document year.
 */
export function dateLineFormat(place: string, marchFirstSerial: number): string {
  const lit = (s: string) => `"${s.replace(/"/g, '')}"`;
  const withZero = `${lit(`${place}, ngày `)}dd${lit(' tháng ')}mm${lit(' năm ')}yyyy`;
  const noZero = `${lit(`${place}, ngày `)}dd${lit(' tháng ')}m${lit(' năm ')}yyyy`;
  return `[<${marchFirstSerial}]${withZero};${noZero}`;
}

/** "Nơi nhận" on the left and the signature block on the right, from `row`. Returns the last row. */
export function writeClosingBlocks(
  b: SheetBuilder,
  row: number,
  width: number,
  recipients: string[],
  signer: { capacity: string; title: string; name: string },
): number {
  const leftEnd = Math.max(2, Math.floor(width * 0.4));
  const rightStart = Math.max(leftEnd + 1, width - Math.max(3, Math.floor(width * 0.4)) + 1);
  b.block(row, 1, leftEnd, 'Nơi nhận:', S.recipientsTitle);
  b.block(row, rightStart, width, signer.capacity, S.signerCapacity);
  b.block(row + 1, rightStart, width, signer.title, S.signerCapacity);
  recipients.forEach((r, i) => b.block(row + 1 + i, 1, leftEnd, `- ${r}`, S.recipients));
  b.block(row + 2, rightStart, width, '(Ký, đóng dấu)', S.signerNote);
  const nameRow = row + 6;
  for (let r = row + 3; r < nameRow; r++) b.height(r, 18);
  b.block(nameRow, rightStart, width, signer.name, S.signerName);
  return Math.max(nameRow, row + 1 + recipients.length);
}
