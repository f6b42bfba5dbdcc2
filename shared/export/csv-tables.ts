import { looksLikeFormula } from '../text/normalize';
import type { ExportDocument } from './export-document';

/**
 * CSV content as rows (the host serialises them with a CSV library and a UTF-8 BOM). Every text
 * field that a spreadsheet would take as a formula gets a leading apostrophe (OWASP CSV injection).
 */
export type CsvRow = (string | number)[];

export function escapeCsvText(v: string | number | null | undefined): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  return looksLikeFormula(v) ? `'${v}` : v;
}

export function indicatorCsv(doc: ExportDocument): CsvRow[] {
  const units = [...new Set(doc.indicators.flatMap((i) => i.values.map((v) => v.unit)))].sort();
  const rows: CsvRow[] = [['ma_chi_tieu', 'chi_tieu', 'don_vi_tinh', 'tong_tinh', ...units]];
  for (const i of doc.indicators) {
    const byUnit = new Map(i.values.map((v) => [v.unit, v.value]));
    rows.push([i.code, i.name, i.unit, i.total, ...units.map((u) => byUnit.get(u) ?? '')].map(escapeCsvText));
  }
  return rows;
}

export function activityCsv(doc: ExportDocument): CsvRow[] {
  const rows: CsvRow[] = [['don_vi', 'ten_don_vi', ...doc.columns.map((c) => c.key), 'tep', 'o']];
  for (const a of doc.activities)
    rows.push(
      [a.unit, a.unitName, ...doc.columns.map((c) => a.values[c.key]), a.file, a.cell].map(escapeCsvText),
    );
  return rows;
}
