import type { WorkbookModel } from '../layout/sheet-model';
import type { GridScalar } from './workbook-grid';
import { MapSheetGrid, MapWorkbookGrid } from './workbook-grid';

/** Reads a freshly laid-out model as a grid (hosts and tests parse what they are about to write). */
export function modelToGrid(model: WorkbookModel): MapWorkbookGrid {
  const sheets = model.sheets.map((s) => {
    const g = new MapSheetGrid(s.name, s.state);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        if (typeof v === 'object')
          g.set(r + 1, c + 1, { value: (v.result ?? null) as GridScalar, formula: v.formula });
        else g.set(r + 1, c + 1, v);
      }),
    );
    return g;
  });
  return new MapWorkbookGrid(sheets, model.definedNames);
}
