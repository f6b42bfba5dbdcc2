import { strFromU8, unzipSync } from 'fflate';
import { webcrypto } from 'node:crypto';
import { DEFAULT_CALENDAR, REGISTRY_PRESETS, SUMMARY_SHEETS } from '../../shared';
import type { WorkbookModel } from '../../shared';
import { PortBridge } from '../../addin/bridge/port-bridge';
import type { HostServices } from '../../addin/bridge/port-bridge';
import { OfficeSheetPort } from '../../addin/office/office-sheet-port';
import { ALL_CAPS } from '../../addin/office/office-sheet-port';
import { generateXlsx } from '../../cli/generate';
import { readXlsxGrid } from '../../shared/file/read-xlsx-grid';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';
import { FakeExcel } from './fake-excel';
import type { UiSettings } from '../../addin/ui/host-bridge';

/** The real flows through the Office.js port on the fake Excel: what the task pane does. */

function setup() {
  const x = new FakeExcel();
  let stored: UiSettings | null = null;
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
  };
  const port = new OfficeSheetPort(x.run);
  return { x, services, bridge: new PortBridge(port, services), delivered, stored: () => stored };
}

const registry = REGISTRY_PRESETS['mau-tu-2025'];

describe('PortBridge over the Office.js port (fake Excel)', () => {
  it('says which parts of a new form an older Excel could not apply, and nothing on a current one', async () => {
    const old = new FakeExcel({ apiMinor: 8 });
    const oldCaps = { ...ALL_CAPS, pageLayout: false, autoFilter: false };
    const bridge = new PortBridge(new OfficeSheetPort(old.run, undefined, oldCaps), setup().services);
    const req = { kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 } as const;
    const outcome = await bridge.generate(req);
    expect(outcome.skipped.join('\n')).toContain('thiết lập in (cần ExcelApi 1.9');
    expect((await setup().bridge.generate(req)).skipped).toEqual([]);
  });

  it('rewrites text typed in TCVN3 as Unicode and checks again', async () => {
    const { bridge } = setup();
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    await bridge.saveNarrative('kienNghi', '§Ò nghÞ hç trî kinh phÝ th«ng tin ®èi ngo¹i');
    const before = await bridge.validate();
    expect(before.filter((f) => f.code === 'LEGACY_ENCODING')).toHaveLength(1);
    const after = await bridge.convertLegacyText();
    expect(after.some((f) => f.code === 'LEGACY_ENCODING')).toBe(false);
    const st = await bridge.readEntry();
    expect(st.narratives.find((n) => n.key === 'kienNghi')?.text).toBe(
      'Đề nghị hỗ trợ kinh phí thông tin đối ngoại',
    );
  });

  it('generates, edits rows, indicators and narratives, validates and marks cells', async () => {
    const { x, bridge } = setup();
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    let st = await bridge.readEntry();
    expect(st).toMatchObject({ kind: 'bao-cao-nam', unit: 'SO_NGOAI_VU', year: 2026, rows: [] });
    expect(st.columns.find((c) => c.key === 'tinhTrang')?.list?.length).toBeGreaterThan(1);
    st = await bridge.saveRow({
      sheetRow: null,
      values: {
        nhomNhiemVu: st.columns.find((c) => c.key === 'nhomNhiemVu')!.list![0],
        tenHoatDong: '=HYPERLINK("x")',
        kinhPhi: 12.5,
        tinhTrang: 'Hoàn thành',
        thoiGian: '03/2026',
      },
    });
    expect(st.rows).toHaveLength(1);
    expect(st.rows[0].values.tenHoatDong).toBe('=HYPERLINK("x")');
    const row = st.rows[0].sheetRow;
    st = await bridge.saveRow({ sheetRow: null, values: { tenHoatDong: 'Dòng thứ hai', kinhPhi: 1 } });
    expect(st.rows.map((r) => r.sheetRow)).toEqual([row, row + 1]);
    st = await bridge.saveIndicators({ CT01: 3, CT10: 0, CT11: 2 });
    expect(st.indicators.find((i) => i.code === 'CT01')?.value).toBe(3);
    st = await bridge.saveNarrative('kienNghi', 'Đề nghị hỗ trợ.');
    expect(st.narratives.find((n) => n.key === 'kienNghi')?.text).toBe('Đề nghị hỗ trợ.');

    const findings = await bridge.validate();
    expect(findings.some((f) => f.code === 'REQUIRED' || f.severity === 'error')).toBe(true);
    const marked = JSON.parse(String(x.settings.get('ttdn.marks'))) as { cell: string }[];
    expect(marked.length).toBe(
      findings.filter((f) => f.cell).length > 0
        ? new Set(findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`)).size
        : 0,
    );

    st = await bridge.deleteRow(row + 1);
    expect(st.rows.map((r) => r.sheetRow)).toEqual([row]);
    await bridge.selectCell('Bao cao', `D${row}`);
    expect(x.selected).toEqual({ sheet: 'Bao cao', address: `D${row}` });
  });

  it('pre-fills report rows from the unit plan', async () => {
    const { bridge } = setup();
    const plan = await generateXlsx({
      registry,
      calendar: DEFAULT_CALENDAR,
      kind: 'ke-hoach-nam',
      unitCode: 'SO_NGOAI_VU',
      year: 2026,
      prefill: [
        {
          nhomNhiemVu: 'Thông tin đối ngoại trên báo chí',
          tenNhiemVu: 'Loạt bài biển đảo',
          chuTri: 'Sở Ngoại vụ',
        },
        { nhomNhiemVu: 'Thông tin đối ngoại trên báo chí', tenNhiemVu: 'Hội nghị', chuTri: 'Sở Ngoại vụ' },
      ],
    });
    await bridge.generate({ kind: 'bao-cao-nam', unitCode: 'SO_NGOAI_VU', year: 2026 });
    const st = await bridge.prefillFromPlan({ name: 'ke-hoach.xlsx', bytes: plan });
    expect(st.rows.map((r) => r.values.tenHoatDong)).toEqual(['Loạt bài biển đảo', 'Hội nghị']);
    expect(String(st.rows[0].values.maNhiemVu)).toMatch(/^KH2026-SNGV-\d+$/);
    // Running it again adds nothing: plan codes already present are skipped.
    expect((await bridge.prefillFromPlan({ name: 'ke-hoach.xlsx', bytes: plan })).rows).toHaveLength(2);
    await expect(
      bridge.prefillFromPlan({ name: 'rac.xlsx', bytes: new Uint8Array([1, 2, 3]) }),
    ).rejects.toThrow(/Lấy từ kế hoạch|Tệp/);
  });

  it('consolidates picked files into summary sheets, reports progress, cancels, and exports', async () => {
    const { x, bridge, delivered } = setup();
    const files = [];
    for (const unitCode of ['SO_NGOAI_VU', 'SO_TAI_CHINH'])
      files.push({
        name: `${unitCode}.xlsx`,
        bytes: await generateXlsx({
          registry,
          calendar: DEFAULT_CALENDAR,
          kind: 'bao-cao-nam',
          unitCode,
          year: 2026,
          reportDate: '2026-11-10',
          // One activity, so the file is a submission and not an untouched template ("mẫu trống").
          prefill: [{ nhomNhiemVu: 'Khác', tenHoatDong: 'Hội nghị', tinhTrang: 'Hoàn thành' }],
        }),
        modified: '2026-11-12T08:00:00.000Z',
      });
    files.push({
      name: 'hong.xlsx',
      bytes: new Uint8Array([80, 75, 3, 4, 0]),
      modified: '2026-11-12T08:00:00.000Z',
    });
    const progress: number[] = [];
    const ctl = new AbortController();
    const sum = await bridge.consolidate(
      { kind: 'bao-cao-nam', year: 2026, asOf: '2026-12-31', files },
      (p) => progress.push(p.done),
      ctl.signal,
    );
    expect(sum.accepted + sum.rejected).toBe(2);
    expect(sum.unreadable).toBe(1);
    expect(sum.missing).toContain('SO_NOI_VU');
    // At least the start and the end (intermediate reports follow a time budget).
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(3);
    expect(x.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        SUMMARY_SHEETS.indicators,
        SUMMARY_SHEETS.completeness,
        SUMMARY_SHEETS.findings,
        SUMMARY_SHEETS.data,
      ]),
    );

    await bridge.exportSummary('json');
    const doc = JSON.parse(new TextDecoder().decode(delivered[0].bytes)) as { schema: string; year: number };
    expect(doc).toMatchObject({ schema: 'ttdn-export/1', year: 2026 });
    await bridge.exportSummary('csv');
    expect(delivered.map((d) => d.name)).toEqual([
      'ttdn-bao-cao-nam-2026.json',
      'ttdn-bao-cao-nam-2026-chi-tieu.csv',
      'ttdn-bao-cao-nam-2026-hoat-dong.csv',
    ]);
    expect([...delivered[1].bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await bridge.exportSummary('xlsx');
    expect(delivered[3].name).toBe('ttdn-bao-cao-nam-2026.xlsx');
    expect(readXlsxGrid(delivered[3].bytes).sheetNames.length).toBeGreaterThan(0);
    await bridge.exportSummary('docx');
    expect(delivered[4].name).toBe('ttdn-bao-cao-nam-2026.docx');
    const body = strFromU8(unzipSync(delivered[4].bytes)['word/document.xml']);
    expect(body).toContain('Lưu: VT');

    ctl.abort();
    await expect(
      bridge.consolidate(
        { kind: 'bao-cao-nam', year: 2026, asOf: '2026-12-31', files },
        () => undefined,
        ctl.signal,
      ),
    ).rejects.toMatchObject({ name: 'AbortError', message: 'Đã hủy tổng hợp theo yêu cầu.' });
  });

  it('explains in Vietnamese when there is no form or no summary, and validates settings files', async () => {
    const { bridge, stored } = setup();
    await expect(bridge.readEntry()).rejects.toThrow('chưa có biểu mẫu TTĐN');
    await expect(bridge.exportSummary('json')).rejects.toThrow('Chưa có bảng tổng hợp');
    await expect(
      bridge.saveSettings({ presetId: 'mau-tu-2025', registryText: '{bad', registryFormat: 'json' }),
    ).rejects.toThrow(/JSON/);
    expect(stored()).toBeNull();
    await bridge.saveSettings({
      presetId: 'mau-truoc-2025',
      registryText: 'code,name,kind,parent,email,active\nA_B,Đơn vị A,khac,,,true\n',
      registryFormat: 'csv',
    });
    expect((await bridge.listUnits()).map((u) => u.code)).toEqual(['A_B']);
  });
});
