import {
  DEFAULT_CALENDAR,
  REGISTRY_PRESETS,
  TT22_PL01_V1,
  TT22_PL02_V1,
  buildTemplate,
  findUnit,
  localPlainDate,
  modelToGrid,
  parseRange,
  parseWorkbook,
  periodOf,
  templateForKind,
  unitShort,
} from '../../shared';
import type { Registry, TemplateLayout, TemplateRequest } from '../../shared';
import { dateLineText } from '../../shared/layout/document-form';

const registry = REGISTRY_PRESETS['mau-tu-2025'];

test('unit codes with separators shorten to their initials for document numbers', () => {
  expect(unitShort('SO_NGOAI_VU')).toBe('SNV');
});

test('a code without separators is already a short form and is kept whole', () => {
  expect(unitShort('SVHTTDL')).toBe('SVHTTDL');
});

test('a long pre-filled narrative gets a row tall enough to show it', () => {
  const text = Array.from(
    { length: 12 },
    (_, i) => `- Đơn vị ${i + 1}: ${'nội dung kiến nghị '.repeat(8)}`,
  ).join('\n');
  const layout = buildTemplate({
    spec: TT22_PL02_V1,
    kind: 'bao-cao-nam',
    unit: { code: 'SVHTTDL', name: registry.consolidator.name, kind: 'so_nganh', active: true },
    registry,
    period: periodOf(DEFAULT_CALENDAR, 'bao-cao-nam', 2026),
    generatedAt: '2026-11-25T00:00:00Z',
    generator: 'test',
    narratives: { kienNghi: text },
  });
  const sheet = layout.model.sheets[0];
  const row = Number(/\d+/.exec(layout.names.TTDN_KienNghi)![0]);
  const empty = Number(/\d+/.exec(layout.names.TTDN_ChiDao)![0]);
  const heightOf = (r: number) => sheet.rowHeights.find((h) => h.row === r)?.height ?? 0;
  expect(heightOf(row)).toBeGreaterThan(heightOf(empty));
  expect(sheet.values[3][0]).toEqual(expect.stringContaining('/BC-SVHTTDL'));
});

test('a received date is the calendar day in local time, even just after midnight', () => {
  expect(localPlainDate(new Date(2026, 5, 15, 0, 30))).toBe('2026-06-15');
  expect(localPlainDate(new Date(2026, 5, 15, 23, 59))).toBe('2026-06-15');
});

describe('forms as documents (issue 11)', () => {
  const planLayout = (reg: Registry, unitCode: string, extra: Partial<TemplateRequest> = {}) =>
    buildTemplate({
      spec: templateForKind('ke-hoach-nam'),
      kind: 'ke-hoach-nam',
      unit: findUnit(reg, unitCode)!,
      registry: reg,
      period: periodOf(DEFAULT_CALENDAR, 'ke-hoach-nam', 2027),
      generatedAt: '2026-11-25T00:00:00Z',
      generator: 'test',
      ...extra,
    });
  const cellAt = (layout: TemplateLayout, ref: string) => {
    const box = parseRange(ref.replace(/\$/g, ''))!;
    return layout.model.sheets[0].values[box.top - 1][box.left - 1];
  };
  const texts = (layout: TemplateLayout) =>
    layout.model.sheets[0].values.flat().filter((v): v is string => typeof v === 'string');

  test.each([
    ['2027-01-05', 'Mẫu, ngày 05 tháng 01 năm 2027'],
    ['2031-02-28', 'Mẫu, ngày 28 tháng 02 năm 2031'],
    ['2026-03-09', 'Mẫu, ngày 09 tháng 3 năm 2026'],
    ['2026-12-15', 'Mẫu, ngày 15 tháng 12 năm 2026'],
  ])('the date line for %s reads "%s" whatever year the form was made in', (date, line) => {
    expect(dateLineText('Mẫu', date)).toBe(line);
    const layout = planLayout(registry, 'SO_NGOAI_VU', { reportDate: date });
    const formula = layout.model.sheets[0].values[3].find((v) => typeof v === 'object' && v !== null);
    expect(formula).toEqual({ formula: expect.stringContaining('MONTH('), result: line });
  });

  test('the date line formula names the date cell the add-ins and the parser use', () => {
    const layout = planLayout(registry, 'SO_NGOAI_VU');
    const f = layout.model.sheets[0].values[3].find((v) => typeof v === 'object' && v !== null) as {
      formula: string;
    };
    expect(f.formula).toContain(layout.names.TTDN_NgayBaoCao.replace(/\$/g, ''));
  });

  test('the plan total is a SUM whose value is cached for viewers that do not recalculate', () => {
    const prefill = [{ kinhPhi: 12.5 }, { kinhPhi: 0.125 }, { kinhPhi: null }];
    const layout = planLayout(registry, 'SO_NGOAI_VU', { prefill });
    const sums = layout.model.sheets[0].values
      .flat()
      .filter(
        (v): v is { formula: string; result: number } =>
          typeof v === 'object' && v !== null && 'formula' in v,
      )
      .filter((v) => v.formula.startsWith('SUM('));
    expect(sums).toEqual([{ formula: expect.any(String), result: 12.625 }]);
  });

  test('no literal "TM. / KT." placeholder: the signer lines follow the unit kind', () => {
    expect(texts(planLayout(registry, 'SO_NGOAI_VU')).join('|')).not.toMatch(
      /TM\. \/ KT\.|THỦ TRƯỞNG CƠ QUAN/,
    );
    expect(texts(planLayout(registry, 'UBND_X_DONG_SON'))).toEqual(
      expect.arrayContaining(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']),
    );
    expect(texts(planLayout(registry, 'CONG_AN_TINH'))).toContain('GIÁM ĐỐC');
  });

  test('Công an tỉnh is headed by its ministry and its own name with the province', () => {
    const t = texts(planLayout(registry, 'CONG_AN_TINH'));
    expect(t[0]).toBe('BỘ CÔNG AN');
    expect(t).toContain('CÔNG AN TỈNH MẪU');
  });

  test('a commune is headed by the province', () => {
    expect(texts(planLayout(registry, 'UBND_X_DONG_SON'))[0]).toBe('TỈNH MẪU');
  });

  test('"Nơi nhận" lines and two spare lines are input cells', () => {
    const layout = planLayout(registry, 'SO_NGOAI_VU');
    const sheet = layout.model.sheets[0];
    const row = sheet.values.findIndex((r) => r[0] === 'Nơi nhận:') + 1;
    const unlocked = sheet.styles.filter((g) => g.style.unlocked).flatMap((g) => g.ranges);
    for (const r of [row + 1, row + 2, row + 3, row + 4])
      expect(unlocked.some((range) => range.startsWith(`A${r}:`))).toBe(true);
  });

  test('the funding dropdown offers "NSNN cấp xã" after 2025 and "NSNN huyện/xã" before', () => {
    const list = (reg: Registry) => {
      const lists = planLayout(reg, 'SO_NGOAI_VU').model.sheets.find((s) => s.name === '_lists')!;
      const col = lists.values[0].indexOf('nguonKinhPhi');
      return lists.values
        .slice(1)
        .map((r) => r[col])
        .filter(Boolean);
    };
    expect(list(registry)).toContain('NSNN cấp xã');
    expect(list(registry)).not.toContain('NSNN huyện/xã');
    expect(list(REGISTRY_PRESETS['mau-truoc-2025'])).toContain('NSNN huyện/xã');
    expect(list(REGISTRY_PRESETS['mau-truoc-2025'])).not.toContain('NSNN cấp xã');
  });

  test("the plan's optional narratives (mục đích, yêu cầu; tổ chức thực hiện) are named and parsed", () => {
    const layout = planLayout(registry, 'SO_NGOAI_VU', {
      narratives: { mucDich: 'Nâng cao hiệu quả TTĐN.', toChuc: 'Các phòng triển khai.' },
    });
    expect(Object.keys(layout.names)).toEqual(expect.arrayContaining(['TTDN_MucDich', 'TTDN_ToChuc']));
    const parsed = parseWorkbook(modelToGrid(layout.model), { calendar: DEFAULT_CALENDAR, registry });
    expect(parsed.submission.narratives).toMatchObject({
      mucDich: 'Nâng cao hiệu quả TTĐN.',
      toChuc: 'Các phòng triển khai.',
    });
    expect(cellAt(layout, layout.names.TTDN_MucDich)).toBe('Nâng cao hiệu quả TTĐN.');
  });

  test('a plan of template v1.0 (without the narratives) still parses', () => {
    const layout = planLayout(registry, 'SO_NGOAI_VU');
    const v10 = buildTemplate({
      spec: TT22_PL01_V1,
      kind: 'ke-hoach-nam',
      unit: findUnit(registry, 'SO_NGOAI_VU')!,
      registry,
      period: periodOf(DEFAULT_CALENDAR, 'ke-hoach-nam', 2027),
      generatedAt: '2026-11-25T00:00:00Z',
      generator: 'test',
    });
    expect(layout.model.sheets[1].values.find((r) => r[0] === 'version')?.[1]).toBe('1.1');
    const parsed = parseWorkbook(modelToGrid(v10.model), { calendar: DEFAULT_CALENDAR, registry });
    expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a narrative too long to print from one row is reported, not silently cut', () => {
    const long = 'Nội dung đánh giá rất dài. '.repeat(400);
    const layout = buildTemplate({
      spec: TT22_PL02_V1,
      kind: 'bao-cao-nam',
      unit: findUnit(registry, 'SO_NGOAI_VU')!,
      registry,
      period: periodOf(DEFAULT_CALENDAR, 'bao-cao-nam', 2027),
      generatedAt: '2026-11-25T00:00:00Z',
      generator: 'test',
      narratives: { danhGia: long, kienNghi: 'Ngắn.' },
    });
    expect(layout.unprintable).toEqual(['TTDN_DanhGia']);
  });
});
