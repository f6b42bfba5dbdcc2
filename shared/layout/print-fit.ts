import { columnsPoints } from './text-fit';

/**
 * Whether a form's printed columns fit between the margins of A4 at 100 % (SPEC §3.6, issue 11):
 * forms print at their real sizes, and shrinking is only a safety net for a template whose columns
 * grew — never below MIN_PRINT_SCALE, where 11 pt table text would print under 10 pt. A template
 * that needs less is reported (`fits: false`), since templates are data and a new column must not
 * silently print at 60 %.
 */
export const MIN_PRINT_SCALE = 90;

const MM = 72 / 25.4;
const A4_WIDTH_MM = { portrait: 210, landscape: 297 } as const;

export interface PrintFit {
  /**
   * Percent the columns fit at: 100 when they fit, else the largest whole percent that fits (the
   * print scale when ≥ MIN_PRINT_SCALE; below it, what the template would need, for the report).
   */
  scale: number;
  /** True only when even MIN_PRINT_SCALE is too large: then the page is fitted to width. */
  fitToWidth: boolean;
  /** False when the columns need less than MIN_PRINT_SCALE to fit (a layout error). */
  fits: boolean;
  /** Width of the printed columns at 100 %, and the width between the margins, in points. */
  neededPt: number;
  availablePt: number;
}

export function printFit(
  widths: readonly number[],
  orientation: 'portrait' | 'landscape',
  margins: { left: number; right: number },
): PrintFit {
  const neededPt = columnsPoints(widths, 1, widths.length);
  const availablePt = (A4_WIDTH_MM[orientation] - margins.left - margins.right) * MM;
  if (neededPt <= availablePt) return { scale: 100, fitToWidth: false, fits: true, neededPt, availablePt };
  const scale = Math.floor((availablePt / neededPt) * 100);
  const fits = scale >= MIN_PRINT_SCALE;
  return { scale, fitToWidth: !fits, fits, neededPt, availablePt };
}
