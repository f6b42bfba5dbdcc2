import type { ExportDocument, ProvinceReportContent, ProvinceReportEdits, Registry } from '../../shared';
import {
  SUMMARY_SHEETS,
  UsageError,
  activityCsv,
  buildProvinceReportContent,
  indicatorCsv,
  readProvinceReportEdits,
} from '../../shared';
import { readSpreadsheetGrid } from './sheets-port';

/**
 * Export of the summary in this spreadsheet (SPEC §7). The export document is read back from the
 * hidden data sheet the summary model writes. JSON and CSV are returned as text for the sidebar to
 * download; xlsx is Sheets' own export of the province report tab, opened in the user's browser
 * (no extra OAuth scope: the download happens under the user's session, not the script's).
 * The Word report's CONTENT is built here (the data and the officer's edits live in this spreadsheet);
 * the .docx itself is packed in the sidebar, which is a browser: the `docx` library stays out of the
 * server bundle, and the file reaches the user the way json/csv do (a download from the sidebar).
 */

export interface ExportPayload {
  fileName: string;
  mimeType: string;
  /** Text content (json, csv), or a URL to open (xlsx). */
  content?: string;
  url?: string;
  /** docx: the province report to pack in the sidebar, with the generator named in its properties. */
  report?: ProvinceReportContent;
  generator?: string;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The Sở's edits of the "Báo cáo tỉnh" sheet (named input cells), as `ttdn export` reads them. */
export function readReportEdits(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  place: string,
): ProvinceReportEdits {
  if (!ss.getSheetByName(SUMMARY_SHEETS.report)) return {}; // an older summary: the data alone
  return readProvinceReportEdits(readSpreadsheetGrid(ss, [SUMMARY_SHEETS.report]), place);
}

export function readExportDocument(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ExportDocument {
  const sheet = ss.getSheetByName(SUMMARY_SHEETS.data);
  if (!sheet)
    throw new UsageError('Bảng tính này chưa có bảng tổng hợp. Hãy chạy "Tổng hợp" trước khi xuất.');
  const parts = (sheet.getDataRange().getValues() as unknown[][]).map((r) =>
    typeof r[0] === 'string' ? r[0] : '',
  );
  return JSON.parse(parts.join('')) as ExportDocument;
}

function csvText(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  // UTF-8 BOM so Excel opens Vietnamese text correctly.
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function exportSummary(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  format: 'xlsx' | 'docx' | 'json' | 'csv',
  registry?: Registry,
  generator = '',
): ExportPayload[] {
  const doc = readExportDocument(ss);
  const base = `ttdn-${doc.kind}-${doc.year}`;
  if (format === 'docx') {
    if (!registry) throw new UsageError('Thiếu danh sách đơn vị để lập báo cáo Word.');
    const report = buildProvinceReportContent(doc, registry, readReportEdits(ss, registry.place));
    return [{ fileName: `${base}.docx`, mimeType: DOCX_MIME, report, generator }];
  }
  if (format === 'json')
    return [
      { fileName: `${base}.json`, mimeType: 'application/json', content: JSON.stringify(doc, null, 2) },
    ];
  if (format === 'csv')
    return [
      { fileName: `${base}-chi-tieu.csv`, mimeType: 'text/csv', content: csvText(indicatorCsv(doc)) },
      { fileName: `${base}-hoat-dong.csv`, mimeType: 'text/csv', content: csvText(activityCsv(doc)) },
    ];
  const report = ss.getSheetByName(SUMMARY_SHEETS.report);
  const gid = report ? `&gid=${report.getSheetId()}` : '';
  return [
    {
      fileName: `${base}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      url: `https://docs.google.com/spreadsheets/d/${ss.getId()}/export?format=xlsx${gid}`,
    },
  ];
}
