import {
  DEFAULT_CALENDAR,
  REGISTRY_PRESETS,
  TT22_PL01_V1,
  buildTemplate,
  modelToGrid,
  parseWorkbook,
  periodOf,
} from '../../shared';
import type { MapSheetGrid } from '../../shared';

const registry = REGISTRY_PRESETS['mau-tu-2025'];

function planGrid() {
  const unit = registry.units.find((u) => u.code === 'SO_NGOAI_VU')!;
  const layout = buildTemplate({
    spec: TT22_PL01_V1,
    kind: 'ke-hoach-nam',
    unit,
    registry,
    period: periodOf(DEFAULT_CALENDAR, 'ke-hoach-nam', 2026),
    generatedAt: '2026-01-02T00:00:00Z',
    generator: 'test',
  });
  const grid = modelToGrid(layout.model);
  return {
    grid,
    sheet: grid.sheet('Ke hoach') as MapSheetGrid,
    top: Number(/\$(\d+):/.exec(layout.names.TTDN_KeHoach)![1]),
  };
}

function fillRow(sheet: MapSheetGrid, row: number, code: string | null, name: string) {
  if (code !== null) sheet.set(row, 2, code);
  sheet.set(row, 3, 'Khác');
  sheet.set(row, 4, name);
  sheet.set(row, 7, 'Sở Ngoại vụ');
}

test('a copied task code is renumbered past every pre-printed code, so later rows keep theirs', () => {
  const { grid, sheet, top } = planGrid();
  fillRow(sheet, top, 'KH2026-SNGV-001', 'Nhiệm vụ một');
  fillRow(sheet, top + 1, 'KH2026-SNGV-001', 'Nhiệm vụ sao chép');
  const codes = parseWorkbook(grid, { calendar: DEFAULT_CALENDAR, registry }).submission.rows.map(
    (r) => r.values.maNhiemVu,
  );
  // 20 codes are pre-printed in the body: the copy must not take KH2026-SNGV-003…020.
  expect(codes).toEqual(['KH2026-SNGV-001', 'KH2026-SNGV-021']);
});

test('a row inserted without a code gets a code no pre-printed row uses', () => {
  const { grid, sheet, top } = planGrid();
  fillRow(sheet, top, 'KH2026-SNGV-001', 'Nhiệm vụ một');
  const below = top + 21; // below the total row
  fillRow(sheet, below, null, 'Nhiệm vụ thêm');
  const codes = parseWorkbook(grid, { calendar: DEFAULT_CALENDAR, registry }).submission.rows.map(
    (r) => r.values.maNhiemVu,
  );
  expect(codes).toEqual(['KH2026-SNGV-001', 'KH2026-SNGV-021']);
});
