import { webcrypto } from 'node:crypto';
import { DEFAULT_CALENDAR, REGISTRY_PRESETS } from '../../shared';
import type { Registry, Unit, WorkbookModel } from '../../shared';
import { PortBridge, periodWarning, vietnameseError } from '../../addin/bridge/port-bridge';
import type { HostServices } from '../../addin/bridge/port-bridge';
import { ALL_CAPS, OfficeSheetPort } from '../../addin/office/office-sheet-port';
import type { ExcelCaps } from '../../addin/office/office-sheet-port';
import { filledModel } from '../../cli/demo/mailbox';
import { sampleReport } from '../../cli/demo/sample-data';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';
import { readXlsxGrid } from '../../shared/file/read-xlsx-grid';
import { FakeExcel, PAYLOAD_LIMIT, officeError } from './fake-excel';
import type { UiSettings } from '../../addin/ui/host-bridge';

/**
 * The Office.js adapter and the task-pane bridge against the stricter fake: the defects of issue 12
 * (protected STT column, swap on failure, 5 MB both ways, error codes, wrong-year consolidation).
 */

function setup(
  opts: { caps?: ExcelCaps; clock?: () => number; settings?: UiSettings; apiMinor?: number } = {},
) {
  const x = new FakeExcel({ apiMinor: opts.apiMinor });
  let stored: UiSettings | null = opts.settings ?? null;
  const delivered: { name: string; bytes: Uint8Array }[] = [];
  const services: HostServices = {
    loadSettings: () => Promise.resolve(stored),
    saveSettings: (s) => {
      stored = s;
      return Promise.resolve();
    },
    pickFiles: () => Promise.resolve([]),
    deliver: (name, bytes) => {
      delivered.push({ name, bytes });
      return Promise.resolve();
    },
    onRowSelected: () => () => undefined,
    readXlsx: (bytes, sheets) => Promise.resolve(readXlsxGrid(bytes, sheets ? { sheets } : {})),
    writeXlsx: (m: WorkbookModel) => modelToXlsxBytes(m),
    sha256: async (b) => Buffer.from(await webcrypto.subtle.digest('SHA-256', b)).toString('hex'),
    ...(opts.clock ? { now: opts.clock } : {}),
  };
  const port = new OfficeSheetPort(x.run, undefined, opts.caps ?? ALL_CAPS);
  return { x, port, bridge: new PortBridge(port, services), delivered };
}

const tagOf = (x: FakeExcel) =>
  x.sheets.map((s) => `${s.name}:${s.visibility}:${s.protectedWith ? 'P' : '-'}:${s.cells.size}`).join('|');

describe('row writes on a protected form', () => {
  it('save, delete and pre-fill write the locked STT column and leave the sheet protected', async () => {
    const { x, bridge } = setup();
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    expect(x.sheet('Bao cao').protectedWith).not.toBeNull();
    let st = await bridge.saveRow({ sheetRow: null, values: { tenHoatDong: 'Hội nghị', kinhPhi: 5 } });
    const row = st.rows[0].sheetRow;
    expect(x.sheet('Bao cao').cell(row, 1)?.value).toBe(1);
    st = await bridge.deleteRow(row);
    expect(st.rows).toHaveLength(0);
    expect(x.sheet('Bao cao').protectedWith).toMatchObject({ allowFormatCells: true, allowInsertRows: true });
  });

  it('re-protects the sheet when the write request fails part-way (no rollback)', async () => {
    const { x, port, bridge } = setup();
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    // Queued after the sync that loads protection: unprotect, value write (fails), protect.
    x.failAt = { after: 2, code: 'GeneralException' };
    await expect(port.writeCells([{ sheet: 'Bao cao', cell: 'B20', values: [['x']] }])).rejects.toMatchObject(
      {
        code: 'GeneralException',
      },
    );
    expect(x.sheet('Bao cao').protectedWith).not.toBeNull();
  });

  it('never unprotects a sheet that is not protected (office-js#6784)', async () => {
    const { x, port } = setup();
    await port.writeCells([{ sheet: 'Sheet1', cell: 'A1', values: [['a']] }]);
    expect(x.log.map((l) => l.path)).not.toContain('protection.unprotect()');
    expect(x.value('Sheet1', 'A1')).toBe('a');
  });

  it('a sheet protected by the user with a password gives a Vietnamese message with a next step', async () => {
    const { x, bridge } = setup();
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    // Our unprotect() carries no password: Excel answers AccessDenied.
    x.failAt = { after: 1, code: 'AccessDenied' };
    const e = await bridge
      .saveRow({ sheetRow: null, values: { tenHoatDong: 'A' } })
      .catch((err: Error) => err);
    expect((e as Error).message).toMatch(
      /^Ghi dòng không thành công: trang tính đang được bảo vệ.*Bỏ bảo vệ/,
    );
    expect((e as Error).message).not.toMatch(/protected sheet/);
  });
});

describe('generate builds aside and swaps', () => {
  it('a failure at any point leaves the workbook exactly as it was, with no ~ttdn leftovers', async () => {
    const { x, bridge } = setup();
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    await bridge.saveRow({ sheetRow: null, values: { tenHoatDong: 'Giữ lại', kinhPhi: 1 } });
    const before = tagOf(x);
    const names = new Map(x.names);
    // Count the commands of one successful replacement, then fail each tenth of them in turn.
    const probe = setup();
    await probe.bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    probe.x.resetCounters();
    await probe.bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    const total = probe.x.log.length;
    for (const at of [3, Math.floor(total / 2), total - 8, total - 3]) {
      x.failAt = { after: at, code: 'GeneralException' };
      await expect(
        bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 }),
      ).rejects.toThrow(/^Tạo biểu mẫu không thành công: Excel gặp lỗi/);
      expect(`${at}/${total} ${tagOf(x)}`).toBe(`${at}/${total} ${before}`);
      expect(new Map(x.names)).toEqual(names);
    }
    // And a retry succeeds without accumulating anything.
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    expect(x.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Bao cao', '_ttdn', '_lists']);
  });

  it('cleans up sheets a crashed earlier run left behind', async () => {
    const { x, bridge } = setup();
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    // A pane closed mid-swap: the original moved aside, a half-built sheet present.
    x.sheet('Bao cao').name = '~ttdn~o~Bao cao';
    x.sheets.push(
      Object.assign(Object.create(Object.getPrototypeOf(x.sheets[0]) as object), x.sheets[1], {
        name: '~ttdn~n~0',
        cells: new Map(),
      }) as (typeof x.sheets)[number],
    );
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    expect(x.sheets.map((s) => s.name).filter((n) => n.startsWith('~'))).toEqual([]);
    expect(x.sheets.map((s) => s.name)).toContain('Bao cao');
  });

  it('adds list validations only once the list sheet exists, and date rules as ISO dates', async () => {
    const { x, bridge } = setup();
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    const rules = x.sheet('Bao cao').validations.map((v) => JSON.stringify(v.rule));
    expect(rules.some((r) => r.includes('_lists'))).toBe(true);
    const dates = x.sheet('Bao cao').validations.flatMap((v) => {
      const d = (v.rule as { date?: { formula1: string } }).date;
      return d ? [d.formula1] : [];
    });
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('degrades per feature on an older Excel (ExcelApi 1.7): no dropdowns, no print setup, same data', async () => {
    const old: ExcelCaps = {
      dataValidation: false,
      gridlines: false,
      rangeAreas: false,
      pageLayout: false,
      mergedAreas: false,
      selectionAllSheets: false,
      autoFilter: false,
    };
    // The fake refuses every ExcelApi 1.8+ call it gates (API_SET): the form is still made.
    const { x, bridge } = setup({ caps: old, apiMinor: 7 });
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    const paths = x.log.map((l) => l.path);
    expect(paths.some((p) => p.startsWith('pageLayout') || p.startsWith('dataValidation'))).toBe(false);
    const st = await bridge.saveRow({ sheetRow: null, values: { tenHoatDong: 'Cũ', kinhPhi: 2 } });
    expect(st.rows).toHaveLength(1);
    expect((await bridge.validate()).length).toBeGreaterThan(0);
  });
});

describe('reading', () => {
  it('passes merged ranges to the core where ExcelApi 1.13 exists, and none where it does not', async () => {
    const { port, bridge } = setup();
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    const merges = (await port.readGrid(['Bao cao'])).sheet('Bao cao')?.merges ?? [];
    expect(merges.length).toBeGreaterThan(5);
    for (const m of merges) expect(m).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
    const old = setup({ caps: { ...ALL_CAPS, mergedAreas: false } });
    await old.bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    expect((await old.port.readGrid(['Bao cao'])).sheet('Bao cao')?.merges ?? []).toEqual([]);
  });
});

describe('large reads', () => {
  it('a sheet whose cells exceed the first size guess is read in halves until each response fits 5 MB', async () => {
    const { x, port } = setup();
    const sheet = x.sheet('Sheet1');
    const text = 'Thông tin đối ngoại '.repeat(1000); // ~20 KB of UTF-8 per cell
    for (let r = 1; r <= 300; r++) sheet.ensure(r, 1).value = `${r}:${text}`;
    x.resetCounters();
    const g = await port.readGrid(['Sheet1'], { valuesOnly: true });
    expect(g.sheet('Sheet1')?.cell(300, 1)?.value).toBe(`300:${text}`);
    // The first request overshot (Excel refuses it), the halves came back under the limit.
    expect(x.responses.filter((b) => b > PAYLOAD_LIMIT)).toHaveLength(1); // one refused request, then halves
    const ok = x.responses.filter((b) => b <= PAYLOAD_LIMIT && b > 0);
    expect(ok.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
    console.log(
      `Đọc 6 MB văn bản: ${x.syncs} lần sync, phản hồi ${x.responses.map((b) => (b / 1e6).toFixed(2)).join(' / ')} MB`,
    );
  });
});

describe('error codes', () => {
  it('maps the Office code, never the English message, with a next step', () => {
    expect(vietnameseError(officeError('InvalidOperationInCellEditMode'), 'Ghi dòng').message).toBe(
      'Ghi dòng không thành công: Excel đang ở chế độ sửa ô. Hãy nhấn Enter (hoặc Esc) để rời ô đang sửa, rồi thử lại.',
    );
    const unknown = vietnameseError(officeError('SomethingNew'), 'Kiểm tra').message;
    expect(unknown).toContain('SomethingNew');
    expect(unknown).toContain('bộ phận CNTT');
    expect(vietnameseError(new Error('Failed to fetch'), 'Xuất').message).not.toContain('fetch');
  });
});

function bigRegistry(n: number): Registry {
  const base = REGISTRY_PRESETS['mau-tu-2025'];
  const units: Unit[] = Array.from({ length: n }, (_, i) => ({
    code: `DV_${String(i + 1).padStart(4, '0')}`,
    abbr: `DV${i + 1}`,
    name: `Đơn vị thử ${i + 1}`,
    kind: 'khac',
    active: true,
  }));
  return { ...base, id: 'test', units };
}

async function reportFiles(reg: Registry, n: number, year: number) {
  const files = [];
  for (let i = 0; i < n; i++) {
    const code = reg.units[i].code;
    const model = filledModel({
      registry: reg,
      calendar: DEFAULT_CALENDAR,
      kind: 'bao-cao-6-thang',
      year,
      unitCode: code,
      ...sampleReport(code, 'bao-cao-6-thang', year, 40),
      reportDate: `${year}-06-10`,
    });
    files.push({ name: `${code}.xlsx`, bytes: await modelToXlsxBytes(model), modified: `${year}-06-12` });
  }
  return files;
}

describe('consolidation', () => {
  it('reports progress on a time budget, not after every file', async () => {
    const reg = bigRegistry(6);
    const files = await reportFiles(reg, 6, 2026);
    let t = 0;
    const settings: UiSettings = {
      presetId: 'mau-tu-2025',
      registryText: JSON.stringify({ units: reg.units }),
      registryFormat: 'json',
    };
    const { bridge } = setup({ clock: () => (t += 20), settings });
    const seen: number[] = [];
    await bridge.consolidate(
      { kind: 'bao-cao-6-thang', year: 2026, asOf: '2026-06-30', files },
      (p) => seen.push(p.done),
      new AbortController().signal,
    );
    // 20 ms per clock read, 50 ms budget: every third file or so, plus the end.
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(6);
    expect(seen.length).toBeLessThan(7);
    expect(seen.length).toBeGreaterThan(2);
  });

  it('wrong year: warns, keeps the previous summary, and writes only when confirmed', async () => {
    const reg = bigRegistry(3);
    const settings: UiSettings = {
      presetId: 'mau-tu-2025',
      registryText: JSON.stringify({ units: reg.units }),
      registryFormat: 'json',
    };
    const { x, bridge } = setup({ settings });
    const good = await reportFiles(reg, 3, 2026);
    const sum1 = await bridge.consolidate(
      { kind: 'bao-cao-6-thang', year: 2026, asOf: '2026-06-30', files: good },
      () => undefined,
      new AbortController().signal,
    );
    expect(sum1).toMatchObject({ written: true, accepted: 3 });
    const before = tagOf(x);
    const sum2 = await bridge.consolidate(
      { kind: 'bao-cao-6-thang', year: 2025, asOf: '2025-06-30', files: good },
      () => undefined,
      new AbortController().signal,
    );
    expect(sum2.written).toBe(false);
    expect(sum2.warning).toMatch(/3\/3 tệp là Báo cáo 6 tháng.* 2026, khác loại\/năm.*giữ nguyên/);
    expect(tagOf(x)).toBe(before);
    await bridge.writePendingSummary();
    expect(tagOf(x)).not.toBe(before);
    await expect(bridge.writePendingSummary()).rejects.toThrow('Không còn kết quả');
  });

  it('periodWarning stays quiet for a normal run', () => {
    expect(periodWarning([], { kind: 'bao-cao-nam', year: 2026 }, 0)).toBeNull();
  });

  it('170 units × 40 activities: every request and response under 5 MB; export reads the JSON in chunks', async () => {
    const reg = bigRegistry(170);
    const settings: UiSettings = {
      presetId: 'mau-tu-2025',
      registryText: JSON.stringify({ units: reg.units }),
      registryFormat: 'json',
    };
    const { x, bridge, delivered } = setup({ settings });
    const files = await reportFiles(reg, 170, 2026);
    x.resetCounters();
    const sum = await bridge.consolidate(
      { kind: 'bao-cao-6-thang', year: 2026, asOf: '2026-06-30', files },
      () => undefined,
      new AbortController().signal,
    );
    expect(sum.accepted + sum.rejected).toBe(170);
    const writeSyncs = x.syncs;
    const maxRequest = Math.max(...x.payloads);
    const total = x.payloads.reduce((a, b) => a + b, 0);
    console.log(
      `Ghi bảng tổng hợp 170 × 40: ${writeSyncs} lần sync, yêu cầu lớn nhất ${(maxRequest / 1e6).toFixed(2)} MB, tổng ${(total / 1e6).toFixed(1)} MB`,
    );
    expect(total).toBeGreaterThan(PAYLOAD_LIMIT); // the whole does not fit one request…
    expect(maxRequest).toBeLessThan(PAYLOAD_LIMIT); // …so it is split.
    expect(writeSyncs).toBeLessThan(12);

    x.resetCounters();
    await bridge.exportSummary('json');
    const doc = JSON.parse(new TextDecoder().decode(delivered[0].bytes)) as { activities: unknown[] };
    expect(doc.activities.length).toBe(170 * 40);
    const maxResponse = Math.max(...x.responses);
    console.log(
      `Đọc dữ liệu xuất: ${x.syncs} lần sync, phản hồi lớn nhất ${(maxResponse / 1e6).toFixed(2)} MB, tổng ${(x.responses.reduce((a, b) => a + b, 0) / 1e6).toFixed(1)} MB`,
    );
    expect(maxResponse).toBeLessThan(PAYLOAD_LIMIT);
    expect(x.syncs).toBeLessThan(10);
  }, 120_000);
});
