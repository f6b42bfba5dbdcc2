/**
 * Apps Script entry: ONLY the top-level functions Apps Script and google.script.run call. The
 * build (appsscript/webpack.config.js) turns every export of this module into a real top-level
 * `function name() {}` in Code.js. All logic lives in the core and in the modules beside this one.
 */
// First: the runtime shims the bundled modules need when they load.
import './text-decoder-polyfill';
import { buildMenu, openSidebar } from './menu';
import { apiValidate } from './api';

export {
  apiLoadSettings,
  apiSaveSettings,
  apiListUnits,
  apiGenerate,
  apiReadEntry,
  apiSaveRow,
  apiDeleteRow,
  apiSaveIndicators,
  apiSaveNarrative,
  apiPrefillFromPlan,
  apiValidate,
  apiConvertLegacyText,
  apiSelectCell,
  apiActiveRow,
  apiOpenPicker,
  apiPickerDone,
  apiPickerResult,
  apiConsolidateStart,
  apiConsolidateStep,
  apiConsolidatePending,
  apiConsolidateCancel,
  apiExport,
} from './api';

export function onOpen(): void {
  buildMenu();
}

export function onInstall(): void {
  buildMenu();
}

export function showSidebar(): void {
  openSidebar();
}

export function menuValidate(): void {
  const findings = apiValidate();
  const errors = findings.filter((f) => f.severity === 'error').length;
  SpreadsheetApp.getActiveSpreadsheet().toast(
    findings.length
      ? `${errors} lỗi, ${findings.length - errors} cảnh báo — các ô có vấn đề đã được tô màu.`
      : 'Không có lỗi nào.',
    'Kiểm tra TTĐN',
  );
  openSidebar('kiemtra');
}

export function menuConsolidate(): void {
  openSidebar('tonghop');
}
