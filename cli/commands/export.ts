import { basename, dirname, extname, join } from 'node:path';
import Ajv from 'ajv';
import { stringify } from 'csv-stringify/sync';
import type { ExportDocument, Registry } from '../../shared';
import { SUMMARY_SHEETS, TtdnError, activityCsv, indicatorCsv, provinceReport } from '../../shared';
import schema from '../../shared/export/ttdn-export.schema.json';
import { GENERATOR } from '../generate';
import { writeAtomically } from '../files';
import { UnreadableFileError, readBytes } from '../xlsx/load-file';
import { readXlsxGrid } from '../../shared/file';
import { modelToXlsxBytes } from '../xlsx/write-workbook';

const validateDoc = new Ajv({ allErrors: true, allowUnionTypes: true }).compile<ExportDocument>(schema);

export function checkExportDocument(doc: unknown): doc is ExportDocument {
  return validateDoc(doc);
}

/** Reads the export document a summary workbook carries in its hidden data sheet. */
export async function readSummary(file: string): Promise<ExportDocument> {
  const bytes = await readBytes(file);
  let json = '';
  try {
    const grid = readXlsxGrid(bytes, { sheets: () => [SUMMARY_SHEETS.data] });
    const sheet = grid.sheet(SUMMARY_SHEETS.data);
    if (!sheet)
      throw new UnreadableFileError(
        `"${basename(file)}" không phải bảng tổng hợp do ttdn consolidate tạo ra (thiếu trang ${SUMMARY_SHEETS.data}).`,
      );
    for (let r = 1; r <= sheet.rowCount; r++) json += String(sheet.cell(r, 1)?.value ?? '');
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
  return doc;
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
  const doc = await readSummary(summary);
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
  const report = provinceReport(doc, registry, GENERATOR);
  await writeAtomically(output, await modelToXlsxBytes(report.model));
  out(`Đã xuất báo cáo của tỉnh (.xlsx, thể thức văn bản): ${output}`);
  return [output];
}
