import { SHEETS_MESSAGES } from '../../shared';
import {
  apiConsolidateCancel,
  apiConsolidatePending,
  apiConsolidateStart,
  apiGenerate,
  apiOpenPicker,
  apiPickerDone,
  apiPickerResult,
  apiPrefillFromPlan,
  apiReadEntry,
} from '../../appsscript/server/api';
import { userMessage } from '../../appsscript/server/errors';
import { openSidebar } from '../../appsscript/server/menu';
import { PICKER_DIALOG } from '../../appsscript/server/picker';
import { readJsonProp, writeJsonProp } from '../../appsscript/server/props';
import { SCOPES, SpreadsheetApp, beginExecution, env, fakeProps, installFakeGas, log, ui } from './fake-gas';
import { formBytes, putFile, registry } from './drive-fixtures';

const unitCode = registry.units[1].code;

beforeEach(() => {
  installFakeGas();
  beginExecution();
});

describe('sidebar API under the manifest scopes', () => {
  it('pre-fills a report from a plan kept as a Google Sheet (exported as .xlsx, no openById)', async () => {
    apiGenerate({ kind: 'bao-cao-nam', unitCode, year: 2026 });
    const plan = await formBytes('ke-hoach-nam', unitCode, 2026, 3);
    const ref = putFile('plan', 'Kế hoạch 2026', 'sheets', plan);
    log.reset();
    const state = apiPrefillFromPlan(ref);
    expect(state.rows.map((r) => r.values.tenHoatDong)).toEqual(['Nhiệm vụ 1', 'Nhiệm vụ 2', 'Nhiệm vụ 3']);
    expect(log.get('SpreadsheetApp.openById')).toBe(0);
    expect(log.get('Drive.Files.export')).toBe(1);
    expect(log.get('Range.setValues')).toBe(1);
  });

  it('says in Vietnamese, with a next step, that a plan not picked cannot be read', async () => {
    apiGenerate({ kind: 'bao-cao-nam', unitCode, year: 2026 });
    const ref = putFile('plan', 'Kế hoạch 2026', 'sheets', await formBytes('ke-hoach-nam', unitCode, 2026), {
      picked: false,
    });
    expect(() => apiPrefillFromPlan(ref)).toThrow(SHEETS_MESSAGES.notGranted('Kế hoạch 2026'));
  });

  it("uses Google's words: bảng tính, not sổ làm việc", () => {
    expect(() => apiReadEntry()).toThrow(/^Bảng tính này chưa có biểu mẫu TTĐN/);
  });

  it('keeps a job across a closed sidebar and removes it on cancel', async () => {
    const bytes = await formBytes('bao-cao-nam', unitCode, 2026);
    apiConsolidateStart({ kind: 'bao-cao-nam', year: 2026, asOf: '2026-12-31' }, [
      putFile('a', 'a.xlsx', 'xlsx', bytes),
    ]);
    // A reopened sidebar finds it…
    expect(apiConsolidatePending()).toMatchObject({ done: 0, total: 1, kind: 'bao-cao-nam', year: 2026 });
    // …and the sidebar opened from the menu starts on "Tổng hợp", where it is offered.
    openSidebar();
    expect(ui._sidebars[0].getContent()).toContain('window.__TTDN_TAB="tonghop"');
    apiConsolidateCancel();
    expect(apiConsolidatePending()).toBeNull();
    expect(fakeProps.document.getProperties()).toEqual({});
  });

  it('refuses an empty selection without touching the spreadsheet', () => {
    const before = SpreadsheetApp.getActiveSpreadsheet().getSheets().length;
    expect(() => apiConsolidateStart({ kind: 'bao-cao-nam', year: 2026, asOf: '2026-12-31' }, [])).toThrow(
      SHEETS_MESSAGES.nothingPicked,
    );
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheets()).toHaveLength(before);
  });
});

describe('Google Picker in a modal dialog', () => {
  it('opens a dialog big enough for the Picker, and hands the picked files to the sidebar once', () => {
    fakeProps.script.setProperties({ PICKER_API_KEY: 'key', PICKER_APP_ID: '123' });
    apiOpenPicker('r1', true);
    expect(ui._dialogs).toHaveLength(1);
    const d = ui._dialogs[0];
    expect(d._width).toBeGreaterThanOrEqual(566);
    expect(d._height).toBeGreaterThanOrEqual(350);
    expect([d._width, d._height]).toEqual([PICKER_DIALOG.width, PICKER_DIALOG.height]);
    expect(d._content).toContain('"appId":"123"');
    expect(d._content).toContain('"multiselect":true');
    expect(apiPickerResult('r1')).toBeNull();
    const files = Array.from({ length: 200 }, (_, i) => ({
      name: `Báo cáo đơn vị số ${i}.xlsx`,
      driveId: `1AbCdEfGhIjKlMnOpQrStUvWxYz${i}`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }));
    // 200 picks are far more than one 9 KB property value: stored in chunks.
    apiPickerDone('r1', files);
    expect(apiPickerResult('r1')).toEqual(files);
    expect(apiPickerResult('r1')).toBeNull();
    expect(fakeProps.user.getProperties()).toEqual({});
  });

  it('tells the administrator what to configure when the Picker keys are missing', () => {
    expect(() => apiOpenPicker('r2', true)).toThrow(SHEETS_MESSAGES.pickerNotConfigured);
  });
});

describe('host errors mapped to Vietnamese with a next step', () => {
  it('maps a call outside the granted scopes to the permission message', () => {
    env.scopes.delete(SCOPES.containerUi);
    fakeProps.script.setProperties({ PICKER_API_KEY: 'key', PICKER_APP_ID: '123' });
    expect(() => apiOpenPicker('r3', true)).toThrow(SHEETS_MESSAGES.noPermission);
  });

  it.each([
    ['Exception: Exceeded maximum execution time', SHEETS_MESSAGES.timeLimit],
    [
      'You have exceeded the property storage quota. Please remove some properties and try again.',
      SHEETS_MESSAGES.storageFull,
    ],
    [
      'Your input contains more than the maximum of 50000 characters in a single cell.',
      SHEETS_MESSAGES.cellTooLong,
    ],
  ])('%s', (raw, want) => {
    expect(userMessage(new Error(raw))).toBe(want);
  });

  it('never shows "Exception:" for an unknown English error, and keeps a Vietnamese one', () => {
    const msg = userMessage(new Error('Exception: Service Spreadsheets failed while accessing document'));
    expect(msg).not.toMatch(/Exception:/);
    expect(msg).toMatch(/^Google Trang tính báo lỗi: Service Spreadsheets failed/);
    expect(userMessage(new Error('Không tìm thấy trang "X" để ghi.'))).toBe(
      'Không tìm thấy trang "X" để ghi.',
    );
  });
});

describe('chunked JSON in properties', () => {
  it('stores Vietnamese text well past 9 KB within the per-value byte limit', () => {
    const text = 'Sở Văn hoá, Thể thao và Du lịch tỉnh — đơn vị thứ '.repeat(600);
    writeJsonProp(fakeProps.document as unknown as GoogleAppsScript.Properties.Properties, 'k', { text });
    expect(
      readJsonProp<{ text: string }>(
        fakeProps.document as unknown as GoogleAppsScript.Properties.Properties,
        'k',
      ),
    ).toEqual({ text });
  });
});
