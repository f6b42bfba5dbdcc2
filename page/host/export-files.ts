import { stringify } from 'csv-stringify/sync';
import type { ExportDocument, ProvinceReportEdits, Registry } from '../../shared';
import { activityCsv, buildProvinceReportContent, indicatorCsv, provinceReport } from '../../shared';
import { provinceReportDocx } from '../../shared/export/province-report-docx';
import { GENERATOR } from '../../cli/generate';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';

/** The ministry exports, with the same content as `ttdn export` (cli/commands/export.ts). */

export type ExportFormat = 'xlsx' | 'docx' | 'json' | 'csv';

export interface OutputFile {
  name: string;
  bytes: Uint8Array;
  mime: string;
}

/** CSV as the CLI writes it: csv-stringify, CRLF, UTF-8 with BOM so Excel reads Vietnamese. */
function csvBytes(rows: (string | number)[][]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${stringify(rows, { record_delimiter: '\r\n' })}`);
}

export async function exportFiles(
  doc: ExportDocument,
  registry: Registry,
  format: ExportFormat,
  edits: ProvinceReportEdits = {},
): Promise<OutputFile[]> {
  const base = `ttdn-${doc.kind}-${doc.year}`;
  if (format === 'json')
    return [
      {
        name: `${base}.json`,
        bytes: new TextEncoder().encode(`${JSON.stringify(doc, null, 2)}\n`),
        mime: 'application/json',
      },
    ];
  if (format === 'csv')
    return [
      { name: `${base}-chi-tieu.csv`, bytes: csvBytes(indicatorCsv(doc)), mime: 'text/csv' },
      { name: `${base}-hoat-dong.csv`, bytes: csvBytes(activityCsv(doc)), mime: 'text/csv' },
    ];
  if (format === 'docx')
    return [
      {
        name: `${base}.docx`,
        bytes: await provinceReportDocx(buildProvinceReportContent(doc, registry, edits), GENERATOR),
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    ];
  const report = provinceReport(doc, registry, GENERATOR, edits);
  return [
    {
      name: `${base}.xlsx`,
      bytes: await modelToXlsxBytes(report.model),
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  ];
}
