/** Plan task codes, `KH2026-SNV-007`: year, unit short form, sequence. Stable once written. */

export function taskCode(year: number, unitShort: string, seq: number): string {
  return `KH${year}-${unitShort}-${String(seq).padStart(3, '0')}`;
}

const TASK_CODE = /^KH(\d{4})-([A-Z0-9]+)-(\d{3,})$/;

export function parseTaskCode(code: string): { year: number; unit: string; seq: number } | null {
  const m = TASK_CODE.exec(code.trim().toUpperCase());
  return m ? { year: Number(m[1]), unit: m[2], seq: Number(m[3]) } : null;
}
