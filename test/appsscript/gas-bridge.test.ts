/**
 * The sidebar's bridge against the real server functions over a fake `google.script.run`: every
 * call is a new execution of the server on the stricter fake, as in Apps Script.
 */
import * as api from '../../appsscript/server/api';
import { jobConfig } from '../../appsscript/server/consolidate-job';
import { GasBridge, clientMessage, timing } from '../../appsscript/client/gas-bridge';
import type { ConsolidateProgress } from '../../addin/ui/host-bridge';
import { SHEETS_MESSAGES } from '../../shared';
import { strFromU8, unzipSync } from 'fflate';
import type { FakeSpreadsheet } from './fake-gas';
import { beginExecution, env, fakeProps, installFakeGas, log, ui } from './fake-gas';
import { formBytes, putFile, registry } from './drive-fixtures';

type Handler = (v: unknown) => void;

/**
 * What google.script.run carries between sidebar and server: "Requests fail if you attempt to pass a
 * Date, Function, DOM element besides a form, or other prohibited type, including prohibited types
 * inside objects or arrays … undefined fields within arrays become null", and the other side gets a
 * copy (developers.google.com/apps-script/guides/html/reference/run, "Legal parameters").
 */
function overTheWire(v: unknown): unknown {
  const check = (x: unknown, at: string): void => {
    if (x instanceof Date || typeof x === 'function' || typeof x === 'symbol' || typeof x === 'bigint')
      throw new Error(`google.script.run cannot carry ${Object.prototype.toString.call(x)} at ${at}`);
    if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) check(y, `${at}.${k}`);
  };
  check(v, '$');
  return v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown);
}

/** google.script.run: runs the named server function asynchronously, in a fresh execution. */
function scriptRun(failNext: { name?: string; message?: string } = {}): unknown {
  const make = (ok?: Handler, fail?: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_t, name: string) {
          if (name === 'withSuccessHandler') return (f: Handler) => make(f, fail);
          if (name === 'withFailureHandler') return (f: Handler) => make(ok, f);
          return (...args: unknown[]) =>
            setTimeout(() => {
              if (failNext.name === name) {
                failNext.name = undefined;
                fail?.(new Error(failNext.message));
                return;
              }
              try {
                beginExecution();
                const fn = (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
                ok?.(overTheWire(fn(...args.map(overTheWire))));
              } catch (e) {
                fail?.(e);
              }
            }, 0);
        },
      },
    );
  return make();
}

const realNow = jobConfig.now;
beforeEach(() => {
  installFakeGas();
  jobConfig.now = () => env.clock;
  jobConfig.stepBudgetMs = 1; // one file per step
  timing.retry = 0;
  timing.pickPoll = 0;
});
afterEach(() => {
  jobConfig.now = realNow;
  jobConfig.stepBudgetMs = 240_000;
  delete (globalThis as Record<string, unknown>).window;
});

function setRun(failNext?: { name?: string; message?: string }): void {
  (globalThis as Record<string, unknown>).window = { google: { script: { run: scriptRun(failNext) } } };
}

async function pickedFiles(n: number) {
  const bytes = await formBytes('bao-cao-nam', registry.units[0].code, 2026, 1, true);
  return Array.from({ length: n }, (_, i) => {
    const ref = putFile(`f${i}`, `f${i}.xlsx`, 'xlsx', bytes);
    return { name: ref.name, driveId: ref.id, mimeType: ref.mimeType };
  });
}

const REQ = { kind: 'bao-cao-nam' as const, year: 2026, asOf: '2026-12-31' };

describe('GasBridge', () => {
  it("speaks Google's vocabulary", () => {
    expect(new GasBridge().terms).toEqual({ workbook: 'bảng tính', sheet: 'trang tính' });
  });

  it('a sidebar reopened after being closed mid-job offers the job and finishes it', async () => {
    setRun();
    const files = await pickedFiles(3);
    const ctrl = new AbortController();
    const seen: ConsolidateProgress[] = [];
    // The first sidebar stops listening after the first step (it was closed).
    await expect(
      new GasBridge().consolidate(
        { ...REQ, files },
        (p) => {
          seen.push(p);
          if (p.done === 1) throw new Error('sidebar closed');
        },
        ctrl.signal,
      ),
    ).rejects.toThrow('sidebar closed');
    expect(seen[0]).toEqual({ done: 0, total: 3, current: 'f0.xlsx' });
    const reopened = new GasBridge();
    expect(await reopened.pendingConsolidation()).toMatchObject({ done: 1, total: 3 });
    const progress: string[] = [];
    const summary = await reopened.resumeConsolidation(
      (p) => progress.push(`${p.done}/${p.total} ${p.current ?? ''}`.trim()),
      ctrl.signal,
    );
    expect(progress).toEqual(['1/3 f1.xlsx', '2/3 f2.xlsx', '3/3', '3/3']);
    expect(summary.accepted).toBe(1);
    expect(await reopened.pendingConsolidation()).toBeNull();
  });

  it('stopping removes the job state', async () => {
    setRun();
    const files = await pickedFiles(3);
    const ctrl = new AbortController();
    await expect(
      new GasBridge().consolidate({ ...REQ, files }, (p) => p.done === 1 && ctrl.abort(), ctrl.signal),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(fakeProps.document.getProperties()).toEqual({});
    expect(await new GasBridge().pendingConsolidation()).toBeNull();
  });

  it('tries a step once more after the 6-minute limit stopped it', async () => {
    setRun({ name: 'apiConsolidateStep', message: 'Exception: Exceeded maximum execution time' });
    const files = await pickedFiles(2);
    log.reset();
    const summary = await new GasBridge().consolidate(
      { ...REQ, files },
      () => undefined,
      new AbortController().signal,
    );
    expect(summary.accepted).toBe(1);
  });

  it('gets the picked files from the Picker dialog through the server', async () => {
    setRun();
    fakeProps.script.setProperties({ PICKER_API_KEY: 'k', PICKER_APP_ID: '1' });
    const bridge = new GasBridge();
    const picked = bridge.pickFiles();
    // The dialog (another page) answers a little later.
    setTimeout(() => api.apiPickerDone(dialogRequestId(), [{ name: 'a.xlsx', driveId: 'a' }]), 20);
    expect(await picked).toEqual([{ name: 'a.xlsx', driveId: 'a' }]);
  });

  it('maps failures that never reached the server to Vietnamese', () => {
    expect(clientMessage(new Error('NetworkError: Connection failure due to HTTP 0'))).toBe(
      SHEETS_MESSAGES.noConnection,
    );
    expect(clientMessage(new Error('ScriptError: Authorization is required to perform that action.'))).toBe(
      SHEETS_MESSAGES.noPermission,
    );
  });
});

test('google.script.run refuses a Date anywhere in what it carries and hands over a copy', () => {
  expect(() => overTheWire({ rows: [{ when: new Date(0) }] })).toThrow(
    /cannot carry \[object Date\] at \$\.rows\.0\.when/,
  );
  const sent = { a: [1, 'x', null] };
  const got = overTheWire(sent);
  expect(got).toEqual(sent);
  expect(got).not.toBe(sent);
});

describe('Word export from the Sheets sidebar', () => {
  let ss: FakeSpreadsheet;
  beforeEach(() => {
    ss = installFakeGas().ss;
  });

  /** The sidebar's download: an <a download> click with a blob URL, captured here. */
  function captureDownloads(): { name: string; blob: Blob }[] {
    const got: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    const g = globalThis as Record<string, unknown>;
    g.document = {
      createElement: () => {
        const a = {
          href: '',
          download: '',
          click: () => got.push({ name: a.download, blob: blobs.get(a.href)! }),
          remove: () => undefined,
        };
        return a;
      },
      body: { appendChild: () => undefined },
    };
    jest.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, b as Blob);
      return url;
    });
    jest.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    return got;
  }
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).document;
    jest.restoreAllMocks();
  });

  const typeInto = (name: string, lines: string[]) => {
    const r = ss
      .getNamedRanges()
      .find((n) => n.getName() === name)!
      .getRange();
    lines.forEach((t, i) =>
      r.getSheet()._put(`${String.fromCharCode(64 + r.getColumn())}${r.getRow() + i}`, t),
    );
  };

  it("writes a .docx with the report's title, the officer's edits and the recipients", async () => {
    setRun();
    const files = await pickedFiles(1);
    await new GasBridge().consolidate({ ...REQ, files }, () => undefined, new AbortController().signal);
    typeInto('TTDN_TH_DanhGia', ['Sở đánh giá: công tác thông tin đối ngoại năm nay có nhiều chuyển biến.']);
    typeInto('TTDN_TH_NoiNhan', ['Bộ Ngoại giao (Vụ Thông tin Báo chí);', 'Lưu: VT, PTTĐN.']);
    // A date typed into the date line, read in the spreadsheet's zone (UTC+7) by a UTC script.
    const dateCell = ss
      .getNamedRanges()
      .find((n) => n.getName() === 'TTDN_TH_Ngay')!
      .getRange();
    dateCell.getSheet()._putDate(dateCell.getA1Notation().split(':')[0], '2027-01-05');
    const got = captureDownloads();
    await new GasBridge().exportSummary('docx');
    expect(got.map((d) => d.name)).toEqual(['ttdn-bao-cao-nam-2026.docx']);
    const zip = unzipSync(new Uint8Array(await got[0].blob.arrayBuffer()));
    const text = strFromU8(zip['word/document.xml']).replace(/<[^>]+>/g, '');
    beginExecution();
    const title = api.apiExport('docx')[0].report!.title;
    expect(text).toContain(title);
    expect(text).toContain('Sở đánh giá: công tác thông tin đối ngoại năm nay có nhiều chuyển biến.');
    expect(text).toContain('Bộ Ngoại giao (Vụ Thông tin Báo chí);');
    expect(text).toContain('Lưu: VT, PTTĐN.');
    expect(text).toMatch(/ngày 05 tháng 01 năm 2027/);
  });
});

/** The request id the server put into the dialog page it opened. */
function dialogRequestId(): string {
  const html = ui._dialogs[ui._dialogs.length - 1]._content;
  return /"requestId":"([^"]+)"/.exec(html)![1];
}
