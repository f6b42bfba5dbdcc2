import type { Calendar } from '../calendar/calendar';
import { TtdnError } from '../domain/errors';
import type { Registry } from '../domain/types';
import type { WorkbookGrid } from '../grid/workbook-grid';
import { parseWorkbook } from '../parse/parse-workbook';
import type { Submission } from '../parse/submission';
import type { TemplateSpec } from '../templates/spec-types';
import type { Finding } from '../validate/finding';
import type { ReceivedFile } from './types';

/**
 * One received file after parsing, as plain JSON (no class, no grid, no function): what a host
 * hands the consolidator. Because it is serialisable, files can be parsed anywhere — a worker
 * thread, a Web Worker, another Apps Script execution — and a job can checkpoint between files.
 * Plan-link checks are not in here: they need the unit's plan, so the consolidator adds them.
 */
export type ParsedFile =
  | { file: ReceivedFile; outcome: 'parsed'; submission: Submission; findings: Finding[] }
  | { file: ReceivedFile; outcome: 'unreadable'; reason: string };

export interface ParseFileContext {
  registry: Registry;
  calendar: Calendar;
  templates?: readonly TemplateSpec[];
}

/** Grid (or the host's read error) → `ParsedFile`. Never throws for bad input: it becomes a reason. */
export function parseReceivedFile(
  file: ReceivedFile,
  grid: WorkbookGrid | Error,
  ctx: ParseFileContext,
): ParsedFile {
  if (grid instanceof Error) return { file, outcome: 'unreadable', reason: grid.message };
  try {
    const parsed = parseWorkbook(grid, {
      calendar: ctx.calendar,
      registry: ctx.registry,
      templates: ctx.templates,
    });
    return { file, outcome: 'parsed', submission: parsed.submission, findings: parsed.findings };
  } catch (e) {
    if (!(e instanceof TtdnError)) throw e;
    return { file, outcome: 'unreadable', reason: e.message };
  }
}
