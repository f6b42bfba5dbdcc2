import { pendingJob } from './consolidate-job';

/** Menus and the sidebar (editor add-on and bound script alike). */

export const SIDEBAR_TITLE = 'Báo cáo TTĐN';

/**
 * The add-on menu (Extensions › Báo cáo TTĐN). It works for a bound script and an installed add-on
 * alike, and in AuthMode.NONE (before the file is authorised) it only names functions.
 */
export function buildMenu(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Mở bảng điều khiển', 'showSidebar')
    .addSeparator()
    .addItem('Kiểm tra biểu mẫu', 'menuValidate')
    .addItem('Tổng hợp báo cáo…', 'menuConsolidate')
    .addToUi();
}

export function openSidebar(panel?: string): void {
  // An unfinished consolidation (sidebar closed mid-job): open where "Tiếp tục" is offered.
  if (!panel && pendingJob(SpreadsheetApp.getActiveSpreadsheet())) panel = 'tonghop';
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(SIDEBAR_TITLE);
  // Read by the sidebar before it renders (it starts on DOMContentLoaded, after this script ran).
  if (panel) html.append(`<script>window.__TTDN_TAB=${JSON.stringify(panel)};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}
