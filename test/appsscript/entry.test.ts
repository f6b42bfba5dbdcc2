import { DEFAULT_CALENDAR, DEFAULT_PRESET, REGISTRY_PRESETS } from '../../shared';
import type { FlowSettings } from '../../shared';
import {
  convertLegacyTextSync,
  deleteRowSync,
  entryState,
  generateSync,
  parseOpen,
  prefillFromPlanSync,
  saveIndicatorsSync,
  saveNarrativeSync,
  saveRowSync,
} from '../../appsscript/server/entry';
import { SheetsPort } from '../../appsscript/server/sheets-port';
import { FakeSpreadsheet, fakeProps, installFakeGas, log } from './fake-gas';

const registry = REGISTRY_PRESETS[DEFAULT_PRESET];
const settings: FlowSettings = { registry, calendar: DEFAULT_CALENDAR, generator: 'test' };
const unitCode = registry.units[1].code;
const port = (ss: FakeSpreadsheet) =>
  new SheetsPort(
    ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    fakeProps.document as unknown as GoogleAppsScript.Properties.Properties,
  );

describe('sidebar entry operations on the form', () => {
  it('saves rows, indicators and narrative, deletes a row, with a bounded number of calls', () => {
    const { ss } = installFakeGas();
    const p = port(ss);
    generateSync(p, settings, { kind: 'bao-cao-nam', unitCode, year: 2026 });
    let state = entryState(parseOpen(p, settings));
    expect(state.columns.map((c) => c.key)).toContain('tenHoatDong');
    expect(state.columns.find((c) => c.key === 'tinhTrang')?.list?.length).toBeGreaterThan(0);
    log.reset();
    const first = saveRowSync(p, settings, {
      sheetRow: null,
      values: {
        nhomNhiemVu: state.columns.find((c) => c.key === 'nhomNhiemVu')!.list![0],
        tenHoatDong: 'Hội nghị',
        tinhTrang: 'Hoàn thành',
        kinhPhi: 3.5,
      },
    });
    expect(log.get('Range.setValues')).toBe(1);
    expect(first.rows).toHaveLength(1);
    state = saveRowSync(p, settings, { sheetRow: null, values: { tenHoatDong: 'Triển lãm' } });
    expect(state.rows.map((r) => r.values.tenHoatDong)).toEqual(['Hội nghị', 'Triển lãm']);
    const second = state.rows[1].sheetRow;
    state = saveRowSync(p, settings, { sheetRow: second, values: { tenHoatDong: 'Triển lãm ảnh' } });
    expect(state.rows[1].values.tenHoatDong).toBe('Triển lãm ảnh');
    state = deleteRowSync(p, settings, state.rows[0].sheetRow);
    expect(state.rows.map((r) => r.values.tenHoatDong)).toEqual(['Triển lãm ảnh']);

    const codes = state.indicators.map((i) => i.code);
    log.reset();
    state = saveIndicatorsSync(p, settings, { [codes[0]]: 7, [codes[2]]: 1.5 });
    expect(log.get('Range.setValues')).toBe(1);
    expect(state.indicators.find((i) => i.code === codes[0])?.value).toBe(7);
    state = saveIndicatorsSync(p, settings, { [codes[1]]: 2 });
    expect(state.indicators.find((i) => i.code === codes[0])?.value).toBe(7);
    expect(state.indicators.find((i) => i.code === codes[1])?.value).toBe(2);

    const key = state.narratives[0].key;
    state = saveNarrativeSync(p, settings, key, '=Không phải công thức');
    expect(state.narratives[0].text).toBe('=Không phải công thức');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('rewrites VNI-typed text as Unicode and validates again', () => {
    const { ss } = installFakeGas();
    const p = port(ss);
    generateSync(p, settings, { kind: 'bao-cao-nam', unitCode, year: 2026 });
    saveNarrativeSync(p, settings, 'chiDao', 'Thoâng tin ñoái ngoaïi cuûa tænh');
    const after = convertLegacyTextSync(p, settings);
    expect(after.findings.some((f) => f.code === 'LEGACY_ENCODING')).toBe(false);
    expect(after.submission.narratives.chiDao).toBe('Thông tin đối ngoại của tỉnh');
  });

  it('pre-fills report rows from the unit plan in one block', () => {
    const { ss } = installFakeGas();
    const planSs = new FakeSpreadsheet('plan');
    const plan = port(planSs);
    generateSync(plan, settings, {
      kind: 'ke-hoach-nam',
      unitCode,
      year: 2026,
      prefill: [{ tenNhiemVu: 'A' }, { tenNhiemVu: 'B' }, { tenNhiemVu: 'C' }],
    });
    const p = port(ss);
    generateSync(p, settings, { kind: 'bao-cao-nam', unitCode, year: 2026 });
    log.reset();
    const state = prefillFromPlanSync(p, settings, plan.readGridSync());
    expect(log.get('Range.setValues')).toBe(1);
    expect(state.rows.map((r) => r.values.tenHoatDong)).toEqual(['A', 'B', 'C']);
    expect(String(state.rows[0].values.maNhiemVu)).toMatch(/^KH2026-/);
    // Running it again adds nothing: the task codes are already there.
    expect(prefillFromPlanSync(p, settings, plan.readGridSync()).rows).toHaveLength(3);
  });

  it('explains in Vietnamese when the sheet has no form', () => {
    const { ss } = installFakeGas();
    expect(() => parseOpen(port(ss), settings)).toThrow(/chưa có biểu mẫu TTĐN/);
  });
});
