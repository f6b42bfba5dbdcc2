import {
  DEFAULT_CALENDAR,
  REGISTRY_PRESETS,
  TT22_PL02_V1,
  buildTemplate,
  localPlainDate,
  periodOf,
  unitShort,
} from '../../shared';

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
