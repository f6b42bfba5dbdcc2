import { stringify } from 'csv-stringify/sync';
import type { ExportDocument, Registry } from '../../shared';
import { activityCsv, indicatorCsv, provinceReport } from '../../shared';
import { GENERATOR } from '../../cli/generate';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';

/** The ministry exports, with the same content as `ttdn export` (cli/commands/export.ts). */

export type ExportFormat = 'xlsx' | 'json' | 'csv';

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
  const report = provinceReport(doc, registry, GENERATOR);
  return [
    {
      name: `${base}.xlsx`,
      bytes: await modelToXlsxBytes(report.model),
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  ];
}
