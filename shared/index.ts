/**
 * The TTĐN core: the one public entry of `shared/`. Pure TypeScript: it touches no DOM, no
 * Office.js, no Apps Script service, no Node built-in, no file and no network. Hosts (Excel
 * add-in, Google Sheets add-on, CLI) hand it grids and apply the models it returns.
 */
export * from './domain/types';
export * from './domain/errors';
export * from './domain/activity-groups';
export * from './calendar/calendar';
export * from './calendar/calendar-file';
export * from './calendar/plain-date';
export * from './presets/registry-presets';
export * from './presets/registry-file';
export * from './grid/a1';
export * from './grid/workbook-grid';
export * from './grid/model-grid';
export * from './templates/spec-types';
export * from './templates/catalog';
export { TT22_PL01_V1, TT22_PL01_V1_1 } from './templates/tt22-pl01-ke-hoach';
export { TT22_PL02_V1, DEFAULT_INDICATORS } from './templates/tt22-pl02-bao-cao';
export * from './layout/sheet-model';
export * from './layout/build-template';
export * from './layout/task-code';
export * from './layout/text-fit';
export * from './layout/print-fit';
export { dateLineFormula, dateLineText } from './layout/document-form';
export * from './parse/submission';
export * from './parse/parse-workbook';
export * from './validate/finding';
export * from './messages/vi';
export * from './text/normalize';
export * from './text/legacy-encoding';
export * from './values/parse-number';
export * from './values/parse-date';
export * from './values/parse-time-span';
export * from './ports/sheet-port';
export * from './ports/flows';
export * from './entry/entry-ops';
export { cellText } from './parse/cell-values';
export * from './consolidate/types';
export * from './consolidate/consolidator';
export * from './consolidate/parsed-file';
export * from './consolidate/picked-files';
export * from './consolidate/parse-threads';
export * from './export/export-document';
export * from './export/csv-tables';
export * from './export/summary-model';
export * from './export/province-report';
export * from './export/province-report-sheet';
export * from './export/report-edits';
