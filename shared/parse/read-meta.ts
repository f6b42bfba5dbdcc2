import { NotTtdnWorkbookError, UnknownTemplateError } from '../domain/errors';
import type { WorkbookGrid } from '../grid/workbook-grid';
import { ERROR_MESSAGES } from '../messages/vi';
import { BUILT_IN_TEMPLATES, findTemplate } from '../templates/catalog';
import type { TemplateSpec } from '../templates/spec-types';
import { META_SHEET } from '../templates/spec-types';
import { cellText } from './cell-values';

export interface MetaInfo {
  meta: Record<string, string>;
  /** Row of each key in `_ttdn`, for findings that point at metadata. */
  rows: Record<string, number>;
  spec: TemplateSpec;
}

/** Reads `_ttdn` and resolves the template; throws a typed error for foreign or unknown workbooks. */
export function readMeta(
  grid: WorkbookGrid,
  templates: readonly TemplateSpec[] = BUILT_IN_TEMPLATES,
): MetaInfo {
  const sheet = grid.sheet(META_SHEET);
  if (!sheet) throw new NotTtdnWorkbookError(ERROR_MESSAGES.notTtdnWorkbook);
  const meta: Record<string, string> = {};
  const rows: Record<string, number> = {};
  for (let r = 1; r <= sheet.rowCount; r++) {
    const key = cellText(sheet.cell(r, 1)?.value ?? null);
    if (!key) continue;
    meta[key] = cellText(sheet.cell(r, 2)?.value ?? null);
    rows[key] = r;
  }
  if (!meta.template) throw new NotTtdnWorkbookError(ERROR_MESSAGES.notTtdnWorkbook);
  const spec = findTemplate(meta.template, meta.version ?? '', templates);
  if (!spec)
    throw new UnknownTemplateError(ERROR_MESSAGES.unknownTemplate(meta.template, meta.version || '?'));
  return { meta, rows, spec };
}
