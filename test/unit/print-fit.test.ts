/**
 * Forms print at their real sizes (SPEC §3.6, issue 11 Deliver 1): columns fit A4 between the
 * margins at 100 %; a template whose columns grew prints at the largest scale ≥ 90 % that fits, and
 * one needing less is a layout error reported by the layout — never a silent 60 %.
 */
import type { ReportKind, TemplateSpec } from '../../shared';
import {
  DEFAULT_CALENDAR,
  MIN_PRINT_SCALE,
  REGISTRY_PRESETS,
  TT22_PL01_V1,
  buildTemplate,
  columnsPoints,
  periodOf,
  printFit,
  templateForKind,
} from '../../shared';

const KINDS: ReportKind[] = ['ke-hoach-nam', 'bao-cao-6-thang', 'bao-cao-nam', 'bao-cao-dot-xuat'];
const LANDSCAPE = { left: 30, right: 15 };
const MM = 72 / 25.4;

function layout(spec: TemplateSpec, kind: ReportKind, preset = 'mau-tu-2025', unitIndex = 0) {
  const registry = REGISTRY_PRESETS[preset];
  return buildTemplate({
    spec,
    kind,
    unit: registry.units[unitIndex],
    registry,
    period: periodOf(DEFAULT_CALENDAR, kind, 2027),
    generatedAt: '2027-01-02T08:00:00.000Z',
    generator: 'test',
  });
}

/** A copy of the kind's template with its first text column `extra` units wider. */
function widened(kind: ReportKind, extra: number): TemplateSpec {
  const spec = templateForKind(kind);
  let done = false;
  return {
    ...spec,
    sections: spec.sections.map((s) =>
      s.type !== 'table'
        ? s
        : {
            ...s,
            columns: s.columns.map((c) => {
              if (done || c.type !== 'text') return c;
              done = true;
              return { ...c, width: c.width + extra };
            }),
          },
    ),
  };
}

describe('printFit', () => {
  test('columns that fit the page print at 100 %', () => {
    expect(printFit([10, 20, 30], 'landscape', LANDSCAPE)).toMatchObject({
      scale: 100,
      fitToWidth: false,
      fits: true,
    });
  });

  test('columns a little too wide print at the largest whole percent that fits', () => {
    const available = (297 - 45) * MM;
    const widths = [60, 60];
    const fit = printFit(widths, 'landscape', LANDSCAPE);
    const expected = Math.floor((available / columnsPoints(widths, 1, 2)) * 100);
    expect(expected).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(expected).toBeLessThan(100);
    expect(fit).toMatchObject({ scale: expected, fitToWidth: false, fits: true });
    expect((fit.neededPt * fit.scale) / 100).toBeLessThanOrEqual(fit.availablePt);
    expect((fit.neededPt * (fit.scale + 1)) / 100).toBeGreaterThan(fit.availablePt);
  });

  test('columns needing less than 90 % do not fit: fitted to width and reported', () => {
    const fit = printFit([100, 100], 'landscape', LANDSCAPE);
    expect(fit.fits).toBe(false);
    expect(fit.fitToWidth).toBe(true);
    expect(fit.scale).toBeLessThan(MIN_PRINT_SCALE);
  });

  test('portrait leaves less width than landscape', () => {
    const widths = [50, 50];
    expect(printFit(widths, 'portrait', LANDSCAPE).scale).toBeLessThan(
      printFit(widths, 'landscape', LANDSCAPE).scale,
    );
  });
});

describe.each(KINDS)('the %s form', (kind) => {
  test.each(Object.keys(REGISTRY_PRESETS))('fits A4 at 100 %% for every unit of the %s preset', (preset) => {
    const registry = REGISTRY_PRESETS[preset];
    const spec = templateForKind(kind);
    registry.units.forEach((u, i) => {
      const { printFit: fit, model } = layout(spec, kind, preset, i);
      expect({ unit: u.code, ...fit }).toMatchObject({ unit: u.code, scale: 100, fits: true });
      expect(model.sheets[0].print).toMatchObject({ fitToWidth: false, scale: 100 });
    });
  });

  test('with a column 10 units wider prints between 90 and 100 %, not fitted', () => {
    const { printFit: fit, model } = layout(widened(kind, 10), kind);
    expect(fit.fits).toBe(true);
    expect(fit.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(fit.scale).toBeLessThan(100);
    expect(model.sheets[0].print).toMatchObject({ fitToWidth: false, scale: fit.scale });
  });

  test('with a column 40 units wider is reported as not fitting', () => {
    const { printFit: fit, model } = layout(widened(kind, 40), kind);
    expect(fit.fits).toBe(false);
    expect(model.sheets[0].print!.fitToWidth).toBe(true);
  });
});

test('below 100 % a page holds more of the rows, and never more than fits', () => {
  const kind = 'bao-cao-nam';
  const sentence = 'Tăng cường phối hợp cung cấp thông tin cho báo chí trong và ngoài nước. ';
  const long = (n: number) => sentence.repeat(n).trim();
  const registry = REGISTRY_PRESETS['mau-tu-2025'];
  const { model, printFit: fit } = buildTemplate({
    spec: widened(kind, 10),
    kind,
    unit: registry.units[0],
    registry,
    period: periodOf(DEFAULT_CALENDAR, kind, 2027),
    generatedAt: '2027-01-02T08:00:00.000Z',
    generator: 'test',
    narratives: { chiDao: long(30), danhGia: long(30), phuongHuong: long(30), kienNghi: long(30) },
  });
  const sheet = model.sheets[0];
  const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  const breaks = sheet.print!.rowBreaks!;
  // Pages of the body: from row 1 (or a break) to the row before the next break.
  const pages = [1, ...breaks.slice(0, -1)].map((from, i) => {
    let h = 0;
    for (let r = from; r < breaks[i]; r++) h += heights.get(r) ?? 16;
    return h;
  });
  const page100 = (210 - 20 - 20) * MM;
  expect(fit.scale).toBeLessThan(100);
  expect(pages.length).toBeGreaterThan(1);
  expect(Math.max(...pages)).toBeGreaterThan(page100);
  expect(Math.max(...pages)).toBeLessThanOrEqual((page100 * 100) / fit.scale);
});

test('the v1.0 plan template (kept to read old plans) would not fit: the check catches real data', () => {
  expect(layout(TT22_PL01_V1, 'ke-hoach-nam').printFit.fits).toBe(false);
});
