import { RUNTIME_MESSAGES, checkRuntime } from '../../addin/office/runtime';

/** The runtime check waits for Office as long as it takes, says so when slow, and reads capabilities. */

function fakeOffice(opts: { readyAfterMs: number; host?: string | null; maxMinor: number }) {
  return {
    HostType: { Excel: 'Excel' },
    onReady: () =>
      new Promise<{ host: string | null; platform: string }>((ok) =>
        setTimeout(
          () => ok({ host: opts.host === undefined ? 'Excel' : opts.host, platform: 'PC' }),
          opts.readyAfterMs,
        ),
      ),
    context: {
      requirements: {
        isSetSupported: (name: string, v: string) =>
          name === 'ExcelApi' && Number(v.split('.')[1]) <= opts.maxMinor,
      },
    },
  } as unknown as typeof Office;
}

describe('checkRuntime', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('on a slow PC: says it is waiting after 4 s, then opens when Office answers (no give-up)', async () => {
    const onSlow = jest.fn();
    const p = checkRuntime({ onSlow, g: { Office: fakeOffice({ readyAfterMs: 20_000, maxMinor: 9 }) } });
    await jest.advanceTimersByTimeAsync(4_100);
    expect(onSlow).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(16_000);
    await expect(p).resolves.toEqual({
      ok: true,
      caps: {
        dataValidation: true,
        gridlines: true,
        rangeAreas: true,
        pageLayout: true,
        mergedAreas: false,
        selectionAllSheets: true,
        autoFilter: true,
      },
    });
  });

  it('a fast Office never shows the waiting message', async () => {
    const onSlow = jest.fn();
    const p = checkRuntime({ onSlow, g: { Office: fakeOffice({ readyAfterMs: 100, maxMinor: 17 }) } });
    await jest.advanceTimersByTimeAsync(10_000);
    await expect(p).resolves.toMatchObject({ ok: true, caps: { mergedAreas: true } });
    expect(onSlow).not.toHaveBeenCalled();
  });

  it('Office 2016 (ExcelApi 1.1) is refused with the offline page named; no office.js means outside Office', async () => {
    const p = checkRuntime({ g: { Office: fakeOffice({ readyAfterMs: 10, maxMinor: 1 }) } });
    await jest.advanceTimersByTimeAsync(100);
    await expect(p).resolves.toEqual({ ok: false, reason: 'old-excel' });
    expect(RUNTIME_MESSAGES['old-excel'].body).toContain('ttdn.html');
    expect(RUNTIME_MESSAGES['old-excel'].body).toContain('Office 2016');
    await expect(checkRuntime({ g: {} })).resolves.toEqual({ ok: false, reason: 'no-office' });
  });

  it('a plain browser (office.js loaded, no host) is "outside Office"', async () => {
    const p = checkRuntime({ g: { Office: fakeOffice({ readyAfterMs: 10, host: null, maxMinor: 17 }) } });
    await jest.advanceTimersByTimeAsync(100);
    await expect(p).resolves.toEqual({ ok: false, reason: 'no-office' });
  });
});
