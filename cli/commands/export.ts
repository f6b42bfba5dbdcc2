import { basename, dirname, extname, join } from 'node:path';
import Ajv from 'ajv';
import { stringify } from 'csv-stringify/sync';
import type { ExportDocument, ProvinceReportEdits, Registry } from '../../shared';
import {
  SUMMARY_SHEETS,
  TtdnError,
  activityCsv,
  buildProvinceReportContent,
  indicatorCsv,
  provinceReport,
  readProvinceReportEdits,
  summarySheetNames,
} from '../../shared';
import { provinceReportDocx } from '../../shared/export/province-report-docx';
import schema from '../../shared/export/ttdn-export.schema.json';
import { GENERATOR } from '../generate';
import { writeAtomically } from '../files';
import { UnreadableFileError, readBytes } from '../xlsx/load-file';
import { readXlsxGrid } from '../../shared/file';
import { writeModelToFile } from '../xlsx/write-file';

const validateDoc = new Ajv({ allErrors: true, allowUnionTypes: true }).compile<ExportDocument>(schema);

export function checkExportDocument(doc: unknown): doc is ExportDocument {
  return validateDoc(doc);
}

/** Reads the export document a summary workbook carries in its hidden data sheet. */
export async function readSummary(file: string): Promise<ExportDocument> {
  return (await readSummaryWithEdits(file, '')).doc;
}

/**
 * The export document plus the officer's edits of the province report sheet (its named input
 * cells), so that what is exported is what the Sở wrote in the summary.
 */
export async function readSummaryWithEdits(
  file: string,
  place: string,
): Promise<{ doc: ExportDocument; edits: ProvinceReportEdits }> {
  const bytes = await readBytes(file);
  let json = '';
  let edits: ProvinceReportEdits;
  try {
    const wanted = new Set([SUMMARY_SHEETS.data, ...summarySheetNames('report')]);
    const grid = readXlsxGrid(bytes, { sheets: (all) => all.filter((n) => wanted.has(n)) });
    const sheet = grid.sheet(SUMMARY_SHEETS.data);
    if (!sheet)
      throw new UnreadableFileError(
        `"${basename(file)}" không phải bảng tổng hợp do ttdn consolidate tạo ra (thiếu trang ${SUMMARY_SHEETS.data}).`,
      );
    for (let r = 1; r <= sheet.rowCount; r++) json += String(sheet.cell(r, 1)?.value ?? '');
    edits = readProvinceReportEdits(grid, place);
  } catch (e) {
    if (e instanceof TtdnError) throw e;
    throw new UnreadableFileError(
      `Không đọc được bảng tổng hợp "${basename(file)}": ${(e as Error).message}`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw new UnreadableFileError(`Dữ liệu tổng hợp trong "${basename(file)}" bị hỏng.`);
  }
  if (!checkExportDocument(doc))
    throw new UnreadableFileError(
      `Dữ liệu tổng hợp trong "${basename(file)}" không đúng lược đồ ttdn-export/1: ${validateDoc.errors?.[0]?.message ?? ''}`,
    );
  return { doc, edits };
}

/** CSV with a UTF-8 BOM so Excel opens Vietnamese text correctly. */
export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${stringify(rows, { record_delimiter: '\r\n' })}`;
}

export async function exportCommand(
  summary: string,
  format: string,
  output: string,
  registry: Registry,
  out: (s: string) => void,
): Promise<string[]> {
  const { doc, edits } = await readSummaryWithEdits(summary, registry.place);
  if (format === 'json') {
    await writeAtomically(output, `${JSON.stringify(doc, null, 2)}\n`);
    out(`Đã xuất JSON (lược đồ ${doc.schema}): ${output}`);
    return [output];
  }
  if (format === 'csv') {
    const base = join(dirname(output), basename(output, extname(output)));
    const files = [`${base}-chi-tieu.csv`, `${base}-hoat-dong.csv`];
    await writeAtomically(files[0], toCsv(indicatorCsv(doc)));
    await writeAtomically(files[1], toCsv(activityCsv(doc)));
    out(`Đã xuất CSV (UTF-8 có BOM): ${files.join(', ')}`);
    return files;
  }
  const what = doc.kind === 'ke-hoach-nam' ? 'kế hoạch' : 'báo cáo';
  if (format === 'docx') {
    const content = buildProvinceReportContent(doc, registry, edits);
    await writeAtomically(output, await provinceReportDocx(content, GENERATOR));
    out(`Đã xuất ${what} của tỉnh (.docx, thể thức Nghị định 30/2020/NĐ-CP): ${output}`);
    return [output];
  }
  const report = provinceReport(doc, registry, GENERATOR, edits);
  // Streamed: the appendix lists every activity (tens of thousands of rows at a large province).
  await writeAtomically(output, (tmp) => writeModelToFile(report.model, tmp));
  out(`Đã xuất ${what} của tỉnh (.xlsx, thể thức văn bản): ${output}`);
  return [output];
}
