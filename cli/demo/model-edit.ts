import type { ModelValue, WorkbookModel } from '../../shared';
import { parseRange } from '../../shared';

/** Sets one cell of a laid-out model, the way an agency would type it (used by demo and bench). */
export function setModelCell(model: WorkbookModel, sheet: string, ref: string, value: ModelValue): void {
  const s = model.sheets.find((x) => x.name === sheet);
  const box = parseRange(ref);
  if (!s || !box) throw new Error(`no cell ${sheet}!${ref}`);
  while (s.values.length < box.top)
    s.values.push(Array.from({ length: s.values[0]?.length ?? 1 }, () => null));
  const row = s.values[box.top - 1];
  while (row.length < box.left) row.push(null);
  row[box.left - 1] = value;
}

/** Top-left cell and size of a defined name in a model. */
export function namedBox(model: WorkbookModel, name: string) {
  const n = model.definedNames.find((d) => d.name === name);
  const box = n ? parseRange(n.range) : null;
  if (!n || !box) throw new Error(`no name ${name}`);
  return { sheet: n.sheet, ...box };
}
