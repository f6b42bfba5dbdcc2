/**
 * The core's file layer: bytes in, grid out. Pure TypeScript plus fflate, used by every host (CLI,
 * task pane, offline page, Apps Script for .xlsx blobs). A separate entry from `shared/index.ts` so a
 * host can load the parser lazily (the task pane's initial bundle stays small).
 * `readWorkbookGrid` takes .xlsx and .ods (format detected from the bytes); `readXlsxGrid` only .xlsx.
 */
export * from './read-xlsx-grid';
export { DEFAULT_MAX_ODS_CELLS, OdsWorkbookGrid, readOdsGrid } from './read-ods-grid';
export type { ReadOdsGridOptions } from './read-ods-grid';
export { readWorkbookGrid } from './read-workbook-grid';
export { crc32Update } from './zip-guard';
export type { ReadWorkbookGridOptions, WorkbookFormat } from './read-workbook-grid';
