import { basename } from 'node:path';
import type { Calendar, Finding, Registry } from '../../shared';
import { SEVERITY_LABELS, TtdnError, countBySeverity, parseWorkbook } from '../../shared';
import { gridFromBytes, readBytes } from '../xlsx/load-file';

export interface ValidateJson {
  file: string;
  ok: boolean;
  template: { id: string; version: string } | null;
  kind: string | null;
  unit: string | null;
  year: number | null;
  period: string | null;
  findings: Finding[];
  error?: string;
}

/** Exit 0: no errors; 1: errors found; 2: unreadable or not a TTĐN workbook (SPEC §8.3). */
export async function validateCommand(
  file: string,
  registry: Registry,
  calendar: Calendar,
  json: boolean,
  out: (s: string) => void,
): Promise<number> {
  let result: ValidateJson;
  let code: number;
  try {
    const grid = gridFromBytes(await readBytes(file));
    const parsed = parseWorkbook(grid, { registry, calendar });
    const s = parsed.submission;
    const { errors } = countBySeverity(parsed.findings);
    result = {
      file,
      ok: errors === 0,
      template: s.template,
      kind: s.kind,
      unit: s.unit,
      year: s.year,
      period: s.period,
      findings: parsed.findings,
    };
    code = errors ? 1 : 0;
  } catch (e) {
    if (!(e instanceof TtdnError)) throw e;
    result = {
      file,
      ok: false,
      template: null,
      kind: null,
      unit: null,
      year: null,
      period: null,
      findings: [],
      error: e.message,
    };
    code = 2;
  }
  if (json) out(JSON.stringify(result, null, 2));
  else printHuman(result, out);
  return code;
}

function printHuman(r: ValidateJson, out: (s: string) => void): void {
  const name = basename(r.file);
  if (r.error) {
    out(`✗ ${name}: ${r.error}`);
    return;
  }
  const { errors, warnings } = countBySeverity(r.findings);
  out(
    `${r.ok ? '✓' : '✗'} ${name} — ${r.unit}, ${r.kind} ${r.year} (${r.template?.id} v${r.template?.version}): ${errors} lỗi, ${warnings} cảnh báo`,
  );
  for (const f of r.findings)
    out(`  ${SEVERITY_LABELS[f.severity].padEnd(8)} ${f.sheet}!${f.cell}  ${f.message}`);
}
