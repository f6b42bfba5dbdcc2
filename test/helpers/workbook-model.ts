import type { SheetModel, WorkbookModel } from '../../shared';

/** A workbook model around test sheets, in the house font (what every writer test starts from). */
export function testWorkbook(
  sheets: SheetModel[],
  definedNames: WorkbookModel['definedNames'] = [],
  title = 'thử',
): WorkbookModel {
  return { sheets, definedNames, defaultFont: { name: 'Times New Roman', size: 11 }, title, creator: 'test' };
}
