/**
 * The BUILT add-on: dist-gas/Code.js loaded in a vm sandbox that has the Apps Script fakes and
 * nothing from Node (no require, process, Buffer, module, TextDecoder), and dist-gas/sidebar.html
 * rendered in real headless Chromium with a fake google.script.run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import webpack from 'webpack';
import {
  DEFAULT_CALENDAR,
  DEFAULT_PRESET,
  REGISTRY_PRESETS,
  SUMMARY_SHEETS,
  buildTemplate,
  periodOf,
  templateForKind,
} from '../../shared';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';
import { CHROMIUM, hasChromium, launchChromium } from '../helpers/chromium';
import { screenshotDir } from '../helpers/screenshots';
import type { FakeSpreadsheet } from './fake-gas';
import { drive, installFakeGas, log, pick, ui } from './fake-gas';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist-gas');

async function build(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, 'appsscript', 'webpack.config.js')) as (
    env: unknown,
    argv: { mode: string },
  ) => webpack.Configuration[];
  const configs = configure({}, { mode: 'production' });
  await new Promise<void>((resolve, reject) =>
    webpack(configs, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    }),
  );
}

type Ctx = Record<string, unknown> & Record<string, (...a: unknown[]) => unknown>;

function loadBundle(): Ctx {
  const sandbox: Record<string, unknown> = {};
  installFakeGas(sandbox);
  const context = vm.createContext(sandbox);
  vm.runInContext(readFileSync(path.join(DIST, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return context;
}

const registry = REGISTRY_PRESETS[DEFAULT_PRESET];
const units = registry.units.slice(0, 3);

function reportModel(unitCode: string) {
  const unit = registry.units.find((u) => u.code === unitCode)!;
  return buildTemplate({
    spec: templateForKind('bao-cao-nam'),
    kind: 'bao-cao-nam',
    unit,
    registry,
    period: periodOf(DEFAULT_CALENDAR, 'bao-cao-nam', 2026),
    generatedAt: '2026-11-01T00:00:00.000Z',
    generator: 'test',
    // One value, so the form is a submission and not an untouched template ("mẫu trống").
    indicatorValues: { CT01: 1 },
  }).model;
}

beforeAll(async () => {
  await build();
}, 240_000);

describe('dist-gas/Code.js in a sandbox without Node globals', () => {
  it('has real top-level entry functions and no Node globals', () => {
    // A bare context has no TextDecoder, like Apps Script; the bundle installs its own before the xlsx reader loads.
    expect(vm.runInContext('typeof TextDecoder', vm.createContext({}))).toBe('undefined');
    const ctx = loadBundle();
    expect(vm.runInContext('typeof TextDecoder', ctx)).toBe('function');
    expect(
      vm.runInContext(
        '[typeof require, typeof process, typeof Buffer, typeof module, typeof exports].join()',
        ctx,
      ),
    ).toBe('undefined,undefined,undefined,undefined,undefined');
    for (const fn of [
      'onOpen',
      'onInstall',
      'showSidebar',
      'menuValidate',
      'menuConsolidate',
      'apiListUnits',
      'apiGenerate',
      'apiReadEntry',
      'apiSaveRow',
      'apiValidate',
      'apiSelectCell',
      'apiConsolidateStart',
      'apiConsolidateStep',
      'apiExport',
    ])
      expect(
        vm.runInContext(`typeof ${fn} === 'function' && ${fn}.toString().startsWith('function ${fn}(')`, ctx),
      ).toBe(true);
    const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
    expect(code).not.toMatch(/exceljs|ExcelJS\.Workbook/);
    // The manifest ships unchanged next to the bundle.
    expect(JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(path.join(ROOT, 'manifests/appsscript.json'), 'utf8')),
    );
  });

  it('onOpen builds the add-on menu with functions that exist', () => {
    const ctx = loadBundle();
    ctx.onOpen({ authMode: 'LIMITED' });
    expect(ui._menus).toHaveLength(1);
    const items = ui._menus[0]._items.filter((i) => i.fn);
    expect(items.map((i) => i.caption)).toEqual([
      'Mở bảng điều khiển',
      'Kiểm tra biểu mẫu',
      'Tổng hợp báo cáo…',
    ]);
    for (const i of items) expect(typeof ctx[i.fn!]).toBe('function');
    ctx.showSidebar();
    expect(ui._sidebars[0]._title).toBe('Báo cáo TTĐN');
  });

  it('ships the Picker dialog page and opens it as a modal dialog', () => {
    const ctx = loadBundle();
    const page = readFileSync(path.join(DIST, 'picker-dialog.html'), 'utf8');
    expect(page).toContain('apiPickerDone');
    expect(page).not.toMatch(/<script[^>]+src=/);
    const stored = (
      ctx.PropertiesService as unknown as { getScriptProperties(): { setProperties(p: object): void } }
    ).getScriptProperties();
    stored.setProperties({ PICKER_API_KEY: 'k', PICKER_APP_ID: '1' });
    ctx.apiOpenPicker('req', true);
    expect(ui._dialogs).toHaveLength(1);
    expect(ui._dialogs[0]._width).toBeGreaterThanOrEqual(566);
  });

  it('lists units, generates, saves a row and validates through the entry functions', () => {
    const ctx = loadBundle();
    const list = ctx.apiListUnits() as { code: string }[];
    expect(list.length).toBe(registry.units.length);
    ctx.apiGenerate({ kind: 'ke-hoach-nam', unitCode: units[0].code, year: 2026 });
    const state = ctx.apiSaveRow({
      sheetRow: null,
      values: { nhomNhiemVu: 'xyz không có', tenNhiemVu: '=cmd|calc', chuTri: 'Sở', kinhPhi: '12a' },
    }) as { rows: { sheetRow: number; values: Record<string, unknown> }[] };
    expect(state.rows).toHaveLength(1);
    expect(state.rows[0].values.tenNhiemVu).toBe('=cmd|calc');
    const findings = ctx.apiValidate() as { code: string; cell: string; message: string }[];
    expect(findings.some((f) => f.code === 'LIST_VALUE')).toBe(true);
    expect(findings.some((f) => f.code === 'NUMBER_INVALID')).toBe(true);
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
    expect(() => ctx.apiGenerate({ kind: 'ke-hoach-nam', unitCode: 'KHONG_CO', year: 2026 })).toThrow(
      /KHONG_CO/,
    );
  });

  it('consolidates picked Google Sheets and .xlsx files in resumable steps (pure reader + TextDecoder shim)', async () => {
    const ctx = loadBundle();
    // Two Google Sheets submissions (Drive exports them as .xlsx) and one .xlsx, plus one unreadable
    // file, all granted through the Picker (drive.file).
    for (const u of units.slice(0, 2)) {
      const id = `sheet-${u.code}`;
      drive.set(id, {
        id,
        name: `${u.code}`,
        mimeType: 'application/vnd.google-apps.spreadsheet',
        exported: await modelToXlsxBytes(reportModel(u.code)),
        updated: new Date(2026, 10, 20),
      });
    }
    const xlsx = await modelToXlsxBytes(reportModel(units[2].code));
    drive.set('x1', {
      id: 'x1',
      name: `${units[2].code}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: xlsx,
      updated: new Date(2026, 11, 20),
    });
    drive.set('bad', {
      id: 'bad',
      name: 'hong.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: new TextEncoder().encode('not a zip'),
      updated: new Date(2026, 10, 1),
    });
    pick(...drive.keys());
    const refs = [...drive.values()].map((e) => ({ id: e.id, name: e.name, mimeType: e.mimeType }));

    let step = ctx.apiConsolidateStart({ kind: 'bao-cao-nam', year: 2026, asOf: '2026-12-31' }, refs) as {
      jobId: string;
      done: number;
      total: number;
      finished: boolean;
      summary?: Record<string, unknown>;
    };
    expect(step.total).toBe(4);
    let calls = 0;
    while (!step.finished && calls++ < 10) step = ctx.apiConsolidateStep(step.jobId) as typeof step;
    expect(step.finished).toBe(true);
    expect(step.summary).toMatchObject({ accepted: 3, unreadable: 1 });
    expect(log.get('SpreadsheetApp.openById')).toBe(0);
    const active = (ctx.SpreadsheetApp as unknown as { getActive(): FakeSpreadsheet }).getActive();
    const names = active.getSheets().map((s) => s.getName());
    expect(names).toEqual(
      expect.arrayContaining([
        SUMMARY_SHEETS.indicators,
        SUMMARY_SHEETS.completeness,
        SUMMARY_SHEETS.lineage,
        SUMMARY_SHEETS.report,
      ]),
    );
    expect(names).not.toContain('_ttdn_job');
    const csv = ctx.apiExport('csv') as { fileName: string; content: string }[];
    expect(csv[0].content.startsWith('\uFEFF')).toBe(true);
    const json = ctx.apiExport('json') as { content: string }[];
    expect(JSON.parse(json[0].content)).toMatchObject({ schema: 'ttdn-export/1', year: 2026 });
    // Word: the server sends the report's content; the sidebar packs the .docx (no docx library here).
    const docx = ctx.apiExport('docx') as {
      fileName: string;
      report: { title: string; recipients: string[] };
    }[];
    expect(docx[0].fileName).toBe('ttdn-bao-cao-nam-2026.docx');
    expect(docx[0].report.recipients.length).toBeGreaterThan(1);
    expect(readFileSync(path.join(DIST, 'Code.js'), 'utf8')).not.toContain(
      'wordprocessingml.document.main+xml',
    );
    expect(readFileSync(path.join(DIST, 'sidebar.html'), 'utf8')).toContain(
      'wordprocessingml.document.main+xml',
    );
    expect(log.get('SpreadsheetApp.flush')).toBe(0);
  });
});

describe('dist-gas/sidebar.html in headless Chromium', () => {
  const run = hasChromium() ? it : it.skip;
  if (!hasChromium()) console.warn(`Bỏ qua kiểm thử trình duyệt: không có ${CHROMIUM}.`);

  run('renders the shared UI in Vietnamese over a fake google.script.run', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 300, height: 820 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(
        (unitList) => {
          const calls: string[] = [];
          const server: Record<string, (...a: unknown[]) => unknown> = {
            apiLoadSettings: () => ({ presetId: 'mau-tu-2025' }),
            apiListUnits: () => unitList,
            apiValidate: () => [
              {
                code: 'REQUIRED',
                severity: 'error',
                sheet: 'Bao cao',
                cell: 'D14',
                field: 'tenHoatDong',
                message: 'Thiếu "Tên hoạt động".',
                value: null,
              },
            ],
            apiActiveRow: () => null,
          };
          const make = (ok?: (v: unknown) => void, fail?: (e: Error) => void): unknown =>
            new Proxy(
              {},
              {
                get(_t, name: string) {
                  if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => make(f, fail);
                  if (name === 'withFailureHandler') return (f: (e: Error) => void) => make(ok, f);
                  return (...args: unknown[]) => {
                    calls.push(name);
                    setTimeout(() => {
                      const fn = server[name];
                      if (fn) ok?.(fn(...args));
                      else fail?.(new Error(`Chưa hỗ trợ: ${name}`));
                    }, 5);
                  };
                },
              },
            );
          (window as unknown as { google: unknown }).google = {
            script: { run: make(), host: { origin: 'https://docs.google.com' } },
          };
          (window as unknown as { __calls: string[] }).__calls = calls;
        },
        units.map((u) => ({ ...u })),
      );
      await page.goto(`file://${path.join(DIST, 'sidebar.html')}`);
      await page.getByText('Báo cáo thông tin đối ngoại').waitFor();
      for (const tab of ['Tạo biểu mẫu', 'Nhập liệu', 'Kiểm tra', 'Tổng hợp', 'Xuất'])
        await page.getByRole('tab', { name: tab }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls)).toContain(
        'apiListUnits',
      );
      await page.screenshot({ path: path.join(screenshotDir(), 'sheets-sidebar.png'), fullPage: true });
      // Kiểm tra: the findings from the (fake) server are listed in Vietnamese; a click selects the cell.
      await page.getByRole('tab', { name: 'Kiểm tra' }).click();
      await page
        .getByRole('tabpanel', { name: 'Kiểm tra' })
        .getByRole('button', { name: 'Kiểm tra', exact: true })
        .click();
      await page.getByText('Thiếu "Tên hoạt động".').waitFor();
      await page.getByRole('tab', { name: 'Tổng hợp' }).click();
      await page.getByRole('button', { name: 'Chọn tệp báo cáo…' }).waitFor();
      const calls = await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
      expect(calls).toContain('apiValidate');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  run(
    'the Picker dialog builds a multi-select Picker for files only and hands the pick to the server',
    async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        // Google's loader, replaced by a fake Picker that records the builder calls and picks two files.
        await page.route('https://apis.google.com/js/api.js', (route) =>
          route.fulfill({
            contentType: 'application/javascript',
            body: `
            window.__picker = [];
            const rec = (name) => function (...a) { window.__picker.push([name, ...a]); return this; };
            class DocsView {}
            for (const m of ['setMimeTypes', 'setIncludeFolders', 'setSelectFolderEnabled']) DocsView.prototype[m] = rec(m);
            class PickerBuilder {}
            for (const m of ['addView', 'enableFeature', 'setOAuthToken', 'setDeveloperKey', 'setAppId', 'setOrigin', 'setLocale', 'setTitle', 'setSize'])
              PickerBuilder.prototype[m] = rec(m);
            PickerBuilder.prototype.setCallback = function (cb) { this.cb = cb; return this; };
            PickerBuilder.prototype.build = function () {
              const cb = this.cb;
              return { setVisible: () => setTimeout(() => cb({ action: 'picked', docs: [
                { id: 'a', name: 'A.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', lastEditedUtc: Date.UTC(2026, 5, 10, 20) },
                { id: 'b', name: 'B', mimeType: 'application/vnd.google-apps.spreadsheet' },
              ] }), 5) };
            };
            window.gapi = { load: (n, cb) => { window.google.picker = {
              Action: { PICKED: 'picked', CANCEL: 'cancel' },
              Feature: { MULTISELECT_ENABLED: 'multi', SUPPORT_DRIVES: 'drives' },
              DocsView, PickerBuilder }; cb(); } };`,
          }),
        );
        await page.addInitScript(() => {
          const w = window as unknown as Record<string, unknown>;
          w.__done = [];
          w.__closed = 0;
          const run = {
            withSuccessHandler(f: () => void) {
              return {
                withFailureHandler: () => ({
                  apiPickerDone: (id: string, files: unknown) => {
                    (w.__done as unknown[]).push([id, files]);
                    setTimeout(f, 1);
                  },
                }),
              };
            },
          };
          w.google = {
            script: {
              run,
              host: { origin: 'https://docs.google.com', close: () => (w.__closed as number)++ },
            },
          };
        });
        const html = readFileSync(path.join(DIST, 'picker-dialog.html'), 'utf8').replace(
          '</body>',
          '<script>window.__TTDN_PICK={"requestId":"r9","token":"t","apiKey":"k","appId":"42","multiselect":true,"title":"Chọn"};</script></body>',
        );
        await page.route('https://script.example/dialog', (route) =>
          route.fulfill({ contentType: 'text/html', body: html }),
        );
        await page.goto('https://script.example/dialog');
        await page.waitForFunction(() => (window as unknown as { __closed: number }).__closed === 1);
        const got = await page.evaluate(() => {
          const w = window as unknown as { __done: unknown[]; __picker: unknown[][] };
          return { done: w.__done, picker: w.__picker };
        });
        expect(got.done).toEqual([
          [
            'r9',
            [
              {
                name: 'A.xlsx',
                driveId: 'a',
                mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                modified: expect.stringMatching(/^2026-06-1[01]$/),
              },
              { name: 'B', driveId: 'b', mimeType: 'application/vnd.google-apps.spreadsheet' },
            ],
          ],
        ]);
        expect(got.picker).toEqual(
          expect.arrayContaining([
            ['setSelectFolderEnabled', false],
            ['enableFeature', 'multi'],
            ['setAppId', '42'],
            ['setOrigin', 'https://docs.google.com'],
          ]),
        );
        // Leaving the page after answering sends nothing more.
        await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
        expect(await page.evaluate(() => (window as unknown as { __done: unknown[] }).__done.length)).toBe(1);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
