import { FakeExcel } from './fake-excel';

/**
 * Installs a fake `Office` and `Excel` on a window, backed by FakeExcel. Bundled with esbuild and
 * injected by the browser e2e test before the page's scripts run.
 */
export function installFakeOffice(win: Record<string, unknown>): FakeExcel {
  const x = new FakeExcel();
  const docSettings = new Map<string, unknown>();
  const created: string[] = [];
  win.__fakeExcel = x;
  win.__createdWorkbooks = created;
  win.Excel = { run: x.run, createWorkbook: (b64: string) => (created.push(b64), Promise.resolve()) };
  win.Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
    context: {
      requirements: {
        isSetSupported: (name: string, v: string) =>
          name === 'ExcelApi' && Number(v.split('.')[1] ?? 0) <= 12,
      },
      document: {
        settings: {
          get: (k: string) => docSettings.get(k) ?? null,
          set: (k: string, v: unknown) => docSettings.set(k, v),
          saveAsync: (cb: (r: { status: string }) => void) => cb({ status: 'succeeded' }),
        },
      },
    },
  };
  return x;
}

installFakeOffice(globalThis);
