import type { CanonicalList } from '../text/normalize';
import { foldKey } from '../text/normalize';

/**
 * Rows an agency adds inside a table that are not activities (issue 9): headings ("I. NHÓM TUYÊN
 * TRUYỀN …", "A. Hoạt động thường xuyên") and subtotals/totals ("Cộng", "Tổng cộng", "Cộng nhóm I").
 */

/** "Cộng", "Tổng cộng", "Tổng số", "Cộng nhóm I", "Cộng mục 2", "Tổng" — not "Tổng kết …". */
const TOTAL_LABEL =
  /^(?:[ivx]+ |[a-d] |\d+ )?(?:tong cong|tong so|tong|cong)(?: (?:nhom|muc|phan|i|ii|iii|iv|v|[a-d]|\d+)\b.*)?$/;

export function isTotalLabel(text: string): boolean {
  const f = foldKey(text);
  return f.length <= 40 && TOTAL_LABEL.test(f);
}

/** A SUM/SUBTOTAL formula, the mark of a total row whatever its label. */
export function isSumFormula(formula: string | undefined): boolean {
  return formula !== undefined && /^\s*=?\s*(?:SUM|SUBTOTAL|AGGREGATE)\s*\(/i.test(formula);
}

/** `I.`, `IV)`, `A.` — the numbering of a heading, not of an activity (`1.` may be either). */
const HEADING_NUMBERING = /^\s*(?:[IVXLC]+|[A-Z])\s*[.)/:-]\s+/;

/**
 * Text that reads as a heading on its own: roman or letter numbering, "Nhóm …", or all capitals.
 * An arabic-numbered line ("1. Hội nghị …") may be an activity missing its other fields, so it is
 * kept as a row (and its missing fields reported) rather than dropped.
 */
export function looksLikeHeading(text: string): boolean {
  if (HEADING_NUMBERING.test(text) || /^nhom\b/.test(foldKey(text))) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The activity group a heading names, if any: numbering and the word "Nhóm" dropped. */
export function groupOfHeading(text: string, groups: CanonicalList): string | undefined {
  const bare = foldKey(text)
    .replace(/^(?:[ivxlc]+|[a-z]|\d+(?: \d+)*) /, '')
    .replace(/^nhom (?:nhiem vu )?/, '');
  return groups.match(bare) ?? groups.match(text);
}
