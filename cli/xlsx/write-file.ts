import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { WorkbookModel } from '../../shared';
import { modelToExcelJs, writeSheet } from './write-workbook';

/**
 * Writes a model to a file. Large models without defined names (the consolidation summary) go
 * through ExcelJS's streaming writer, row by row, with inline strings (a shared-strings table would
 * hold every distinct string of 40,000 rows until the end: +170 MB at 1,000 files) and one style
 * object per look (see LookCache); forms use the in-memory writer, which supports everything.
 */
export async function writeModelToFile(model: WorkbookModel, path: string): Promise<void> {
  // Forms (protected, validated, small) use the in-memory writer; the summary streams.
  const streamable = model.sheets.every((s) => !s.protection);
  if (!streamable) {
    await modelToExcelJs(model).xlsx.writeFile(path);
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: createWriteStream(path),
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = model.creator;
  wb.title = model.title;
  wb.created = new Date(0);
  wb.modified = new Date(0);
  for (const sheet of model.sheets) writeSheet(wb, sheet, model, true).commit();
  // The streaming writer keeps workbook-scoped names (the report's input cells) and derives print
  // titles and areas from each sheet's page setup, like the in-memory writer.
  for (const n of model.definedNames)
    wb.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!${n.range}`, n.name);
  await wb.commit();
}
