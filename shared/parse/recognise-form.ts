import { NotTtdnWorkbookError } from '../domain/errors';
import type { Registry, ReportKind } from '../domain/types';
import type { SheetGrid, WorkbookGrid } from '../grid/workbook-grid';
import { READ_ERROR_MESSAGES } from '../messages/vi';
import { foldKey } from '../text/normalize';
import type { TableSection, TemplateSpec } from '../templates/spec-types';
import { LISTS_SHEET, META_SHEET } from '../templates/spec-types';
import { cellText } from './cell-values';
import { findHeaderRow } from './table-columns';

/**
 * A form that lost its metadata (issue 9): pasted into a new workbook, so no `_ttdn` and no defined
 * names. It is recognised by its title (kind and year) and its table's header labels; the unit is
 * the header-block line that names a unit of the registry.
 */
export interface RecognisedForm {
  spec: TemplateSpec;
  kind: ReportKind;
  year: number;
  /** Unit code, or '' when no registry was given to match against. */
  unit: string;
  sheet: SheetGrid;
}

/** Rows from the top searched for the header block and the title. */
const TITLE_ROWS = 15;
const TITLE_COLS = 30;
/** Rows searched for a table's header row. */
const HEADER_ROWS = 400;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function titlePatterns(templates: readonly TemplateSpec[]) {
  const out: { spec: TemplateSpec; kind: ReportKind; re: RegExp }[] = [];
  for (const spec of templates)
    for (const kind of spec.kinds) {
      const title = spec.titles[kind];
      if (!title) continue;
      const [before, after = ''] = title.split('{year}').map((p) => escapeRegExp(foldKey(p)));
      out.push({ spec, kind, re: new RegExp(`^${before}\\s*(\\d{4})\\s*${after}$`) });
    }
  return out;
}

export function tableOf(spec: TemplateSpec): TableSection | undefined {
  return spec.sections.find((s): s is TableSection => s.type === 'table');
}

/** The unit whose name appears on a line of the header block (longest name wins). */
function unitFromHeader(sheet: SheetGrid, registry: Registry): string | undefined {
  const byName = registry.units.map((u) => ({ code: u.code, f: foldKey(u.name) })).filter((u) => u.f);
  let best: { code: string; len: number } | undefined;
  for (let r = 1; r <= Math.min(sheet.rowCount, 6); r++)
    for (let c = 1; c <= Math.min(sheet.columnCount, TITLE_COLS); c++) {
      const f = foldKey(cellText(sheet.cell(r, c)?.value ?? null));
      if (!f) continue;
      for (const u of byName)
        if ((f === u.f || f.includes(u.f)) && (!best || u.f.length > best.len))
          best = { code: u.code, len: u.f.length };
    }
  return best?.code;
}

/** Recognises a form without metadata, or throws a typed error saying in Vietnamese what to do. */
export function recogniseForm(
  grid: WorkbookGrid,
  templates: readonly TemplateSpec[],
  registry?: Registry,
): RecognisedForm {
  const patterns = titlePatterns(templates);
  for (const name of grid.sheetNames) {
    if (name === META_SHEET || name === LISTS_SHEET) continue;
    const sheet = grid.sheet(name);
    if (!sheet || sheet.state !== 'visible') continue;
    for (let r = 1; r <= Math.min(sheet.rowCount, TITLE_ROWS); r++)
      for (let c = 1; c <= Math.min(sheet.columnCount, TITLE_COLS); c++) {
        const f = foldKey(cellText(sheet.cell(r, c)?.value ?? null));
        if (f.length < 20) continue;
        for (const p of patterns) {
          const m = p.re.exec(f);
          if (!m) continue;
          const table = tableOf(p.spec);
          const labels = table?.columns.map((col) => ({ key: col.key, header: col.header })) ?? [];
          const need = Math.max(2, Math.ceil(labels.length / 2));
          const header = table
            ? findHeaderRow(
                sheet,
                labels,
                [r + 1, Math.min(sheet.rowCount, HEADER_ROWS)],
                [1, Math.min(sheet.columnCount, 60)],
                need,
              )
            : null;
          if (table && !header) continue;
          const unit = registry ? unitFromHeader(sheet, registry) : '';
          if (unit === undefined) throw new NotTtdnWorkbookError(READ_ERROR_MESSAGES.unitNotFound);
          return { spec: p.spec, kind: p.kind, year: Number(m[1]), unit, sheet };
        }
      }
  }
  throw new NotTtdnWorkbookError(READ_ERROR_MESSAGES.unrecognisedForm);
}
