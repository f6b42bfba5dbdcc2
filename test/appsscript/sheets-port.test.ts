import {
  DEFAULT_CALENDAR,
  DEFAULT_ACTIVITY_GROUPS,
  REGISTRY_PRESETS,
  DEFAULT_PRESET,
  HOST_SKIPPED_MESSAGES,
  SUMMARY_SHEETS,
  buildSummaryModel,
  columnPoints,
  generateFlow,
  parseWorkbook,
  validateFlow,
} from '../../shared';
import type { FlowSettings } from '../../shared';
import { MARK_COLOR, SheetsPort, compressCells, cutsMerge } from '../../appsscript/server/sheets-port';
import type { FakeSheet, FakeSpreadsheet } from './fake-gas';
import { fakeProps, installFakeGas, log } from './fake-gas';
import { consolidation, registry as provinceRegistry } from '../helpers/province-fixture';

const settings: FlowSettings = {
  registry: REGISTRY_PRESETS[DEFAULT_PRESET],
  calendar: DEFAULT_CALENDAR,
  generator: 'test',
};
const unitCode = REGISTRY_PRESETS[DEFAULT_PRESET].units[0].code;

function prefill(n: number): Record<string, string | number | null>[] {
  return Array.from({ length: n }, (_, i) => ({
    nhomNhiemVu: DEFAULT_ACTIVITY_GROUPS[i % DEFAULT_ACTIVITY_GROUPS.length],
    tenNhiemVu: i === 0 ? '=HYPERLINK("http://x","bấm")' : `Hoạt động ${i + 1}`,
    chuTri: 'Sở Ngoại vụ',
    tuNgay: '01/03/2026',
    denNgay: '31/03/2026',
    kinhPhi: 10 + i,
  }));
}

function port(ss: FakeSpreadsheet): SheetsPort {
  return new SheetsPort(
    ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    fakeProps.document as unknown as GoogleAppsScript.Properties.Properties,
  );
}

/** Growing or trimming a sheet to its content is one call either way. */
function sizing(detail: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(detail)) {
    const key = k
      .replace(/Sheet\.(insertRowsAfter|deleteRows)$/, 'Sheet.resizeRows')
      .replace(/Sheet\.(insertColumnsAfter|deleteColumns)$/, 'Sheet.resizeColumns');
    out[key] = (out[key] ?? 0) + v;
  }
  return out;
}

/** Generates a plan with n rows, then measures each operation's service calls. */
async function measure(n: number) {
  const { ss } = installFakeGas();
  const p = port(ss);
  log.reset();
  await generateFlow(p, settings, {
    kind: 'ke-hoach-nam',
    unitCode,
    year: 2026,
    now: new Date('2026-01-05T00:00:00Z'),
    prefill: prefill(n),
  });
  const generate = log.total();
  const generateDetail = log.snapshot();
  log.reset();
  const grid = await p.readGrid();
  const read = log.total();
  const parsed = parseWorkbook(grid, { registry: settings.registry, calendar: settings.calendar });
  // Mark every row's name cell (n marks), then a second pass that clears half of them.
  const sheet = parsed.submission.sheet;
  const marks = parsed.submission.rows.map((r) => ({ sheet, cell: r.cells.tenNhiemVu }));
  log.reset();
  await p.setMarks(marks);
  const mark = log.total();
  log.reset();
  await p.setMarks(marks.filter((_, i) => i % 2 === 0));
  const remark = log.total();
  return { ss, parsed, generate, generateDetail, read, mark, remark, flush: log.get('SpreadsheetApp.flush') };
}

describe('SheetsPort on a counting fake of SpreadsheetApp', () => {
  let small: Awaited<ReturnType<typeof measure>>;
  let large: Awaited<ReturnType<typeof measure>>;
  beforeAll(async () => {
    small = await measure(10);
    large = await measure(1000);
  });

  it('makes the same number of service calls for 10 and 1,000 rows', () => {
    expect(small.parsed.submission.rows).toHaveLength(10);
    expect(large.parsed.submission.rows).toHaveLength(1000);
    const figures = {
      rows10: {
        generate: small.generate,
        readGrid: small.read,
        setMarks: small.mark,
        clearHalf: small.remark,
      },
      rows1000: {
        generate: large.generate,
        readGrid: large.read,
        setMarks: large.mark,
        clearHalf: large.remark,
      },
    };
    console.log('Apps Script service calls', JSON.stringify(figures), JSON.stringify(small.generateDetail));
    expect(large.generate).toBe(small.generate);
    expect(sizing(large.generateDetail)).toEqual(sizing(small.generateDetail));
    expect(large.read).toBe(small.read);
    expect(large.mark).toBe(small.mark);
    expect(large.remark).toBe(small.remark);
    // Plan v1.1 (issue 11) adds two narrative sections, each a named range with a validation.
    expect(small.generate).toBeLessThan(450);
    // Values + formulas + merged ranges per sheet, one A1 per merge of the layout, names once.
    expect(small.read).toBeLessThan(90);
  });

  it('writes one values block per sheet and never flushes', () => {
    const sheets = small.ss.getSheets().length - 1; // the default sheet stays
    expect(small.generateDetail['Range.setValues']).toBe(sheets);
    expect(small.flush).toBe(0);
    expect(large.flush).toBe(0);
  });

  it('keeps text that starts with "=" as text, and round-trips through the parser', () => {
    const row = large.parsed.submission.rows[0];
    expect(row.values.tenNhiemVu).toBe('=HYPERLINK("http://x","bấm")');
    const sheet = large.ss.getSheetByName(large.parsed.submission.sheet)!;
    const [r, c] = [
      Number(row.cells.tenNhiemVu.replace(/^[A-Z]+/, '')),
      row.cells.tenNhiemVu.charCodeAt(0) - 64,
    ];
    expect(sheet._peek(r, c)?.f).toBe('');
    expect(large.parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('applies the model: hidden sheets, names, protection, list validation on _lists', () => {
    const { ss } = small;
    const meta = ss.getSheetByName('_ttdn') as unknown as FakeSheet;
    expect(meta._hidden).toBe(true);
    expect((ss.getSheetByName('_lists') as unknown as FakeSheet)._hidden).toBe(true);
    const names = ss.getNamedRanges().map((n) => n.getName());
    expect(names).toEqual(expect.arrayContaining(['TTDN_KeHoach', 'TTDN_SoKyHieu', 'TTDN_NgayBaoCao']));
    const main = ss.getSheetByName('Ke hoach') as unknown as FakeSheet;
    expect(main._protections).toHaveLength(1);
    expect(main._protections[0]._state.warningOnly).toBe(true);
    expect(main._protections[0]._state.unprotected.length).toBeGreaterThan(0);
    const list = main._validations.find((v) => v.rule.criteria === 'VALUE_IN_RANGE');
    expect(String(list?.rule.args[0])).toMatch(/^A2:A\d+$/);
    expect(main._merges.length).toBeGreaterThan(0);
  });

  it('marks with a background colour and restores the original when fixed', async () => {
    const { ss } = installFakeGas();
    const p = port(ss);
    await generateFlow(p, settings, { kind: 'ke-hoach-nam', unitCode, year: 2026, prefill: prefill(3) });
    const parsed = parseWorkbook(await p.readGrid(), { calendar: settings.calendar });
    const sheet = ss.getSheetByName(parsed.submission.sheet) as unknown as FakeSheet;
    const cell = parsed.submission.rows[1].cells.kinhPhi;
    const original = sheet.getRange(cell).getBackground();
    await p.setMarks([{ sheet: parsed.submission.sheet, cell }]);
    expect(sheet.getRange(cell).getBackground()).toBe(MARK_COLOR);
    await p.setMarks([]);
    expect(sheet.getRange(cell).getBackground()).toBe(original);
  });

  it('validateFlow reads, validates and marks through the port', async () => {
    const { ss } = installFakeGas();
    const p = port(ss);
    await generateFlow(p, settings, { kind: 'ke-hoach-nam', unitCode, year: 2026, prefill: prefill(2) });
    const parsed0 = parseWorkbook(await p.readGrid(), { calendar: settings.calendar });
    const sheet = ss.getSheetByName(parsed0.submission.sheet) as unknown as FakeSheet;
    sheet._put(parsed0.submission.rows[0].cells.kinhPhi, '12a');
    // Typed in the spreadsheet's zone (Asia/Ho_Chi_Minh), read by a script running in UTC.
    sheet._putDate(parsed0.submission.rows[1].cells.tuNgay, '2026-05-07');
    const parsed = await validateFlow(p, settings);
    const bad = parsed.findings.filter((f) => f.cell === parsed0.submission.rows[0].cells.kinhPhi);
    expect(bad.length).toBeGreaterThan(0);
    expect(parsed.submission.rows[1].spans.tuNgay?.from).toBe('2026-05-07');
    expect(sheet.getRange(bad[0].cell).getBackground()).toBe(MARK_COLOR);
  });

  it('reads dates as the spreadsheet shows them, whatever the script time zone', () => {
    // The spreadsheet is in Asia/Ho_Chi_Minh (UTC+7); this script runs in the test process's zone.
    const { ss } = installFakeGas();
    ss.getSheets()[0]._putDate('B3', '2026-01-01');
    const grid = port(ss).readGridSync();
    const sheet = grid.sheet(ss.getSheets()[0].getName())!;
    expect((sheet.cell(3, 2)?.value as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('reads merged ranges with one call per sheet', () => {
    const { ss } = installFakeGas();
    const sheet = ss.getSheets()[0];
    sheet._put('A1', 'x');
    sheet._put('C5', 'y');
    sheet.getRange('B2:B4').merge();
    sheet.getRange('A5:B5').merge();
    log.reset();
    const grid = port(ss).readGridSync();
    expect(grid.sheet(sheet.getName())?.merges).toEqual(['B2:B4', 'A5:B5']);
    expect(log.get('Range.getMergedRanges')).toBe(1);
  });

  it('compresses marked cells into column runs', () => {
    expect(compressCells(['D14', 'D15', 'D16', 'F2', 'D18'])).toEqual(['D14:D16', 'D18', 'F2']);
  });
});

test('a write to a sheet that is not there fails loudly instead of being dropped', () => {
  const { ss } = installFakeGas();
  const p = new SheetsPort(
    ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    fakeProps.document as unknown as GoogleAppsScript.Properties.Properties,
  );
  expect(() => p.writeCellsSync([{ sheet: 'Khong co', cell: 'A1', values: [['x']] }])).toThrow(
    /Không tìm thấy trang "Khong co"/,
  );
});

describe('summary lists in Google Sheets (issue 11)', () => {
  const applySummary = (units: number, perUnit: number) => {
    const { result, doc } = consolidation(units, perUnit);
    const model = buildSummaryModel(result, doc, provinceRegistry, 'test');
    const { ss } = installFakeGas();
    log.reset();
    const p = port(ss);
    p.applyModelSync(model);
    return { ss, model, calls: log.snapshot(), skipped: p.lastSkipped };
  };

  it('freezes the header rows and puts a filter on every list sheet', () => {
    const { ss, model } = applySummary(3, 2);
    const lists = model.sheets.filter((s) => s.autoFilter);
    expect(lists.length).toBeGreaterThan(3);
    for (const s of lists) {
      const sheet = ss.getSheetByName(s.name) as unknown as FakeSheet;
      expect(sheet.getFilter()?.getRange().getA1Notation()).toBe(s.autoFilter);
      expect(sheet._frozenRows).toBe(s.freeze?.rows ?? 0);
    }
  });

  it('leaves columns unfrozen where a title is merged across them, and says so', () => {
    const { ss, model, skipped } = applySummary(3, 2);
    const wide = model.sheets.filter((s) => s.freeze?.cols && cutsMerge(s.merges, s.freeze.cols, 'cols'));
    expect(wide.length).toBeGreaterThan(0); // the indicator matrix: title merged over the frozen codes
    for (const s of wide) {
      expect((ss.getSheetByName(s.name) as unknown as FakeSheet)._frozenCols).toBe(0);
      expect(skipped).toContain(HOST_SKIPPED_MESSAGES.freeze(s.name, s.freeze!.cols, 'cols'));
    }
  });

  it("sizes columns with the layout's points per character", () => {
    const { ss, model } = applySummary(2, 1);
    const s = model.sheets.find((m) => m.name === SUMMARY_SHEETS.completeness)!;
    const sheet = ss.getSheetByName(s.name) as unknown as FakeSheet;
    s.columnWidths.forEach((w, i) =>
      expect(sheet._colWidths[i + 1]).toBe(Math.round((columnPoints(w) * 4) / 3)),
    );
  });

  it('freeze and filter calls do not grow with the number of rows', () => {
    const few = applySummary(2, 2).calls;
    const many = applySummary(6, 40).calls;
    for (const k of [
      'Sheet.setFrozenRows',
      'Sheet.setFrozenColumns',
      'Sheet.getFilter',
      'Range.createFilter',
    ])
      expect([k, many[k] ?? 0]).toEqual([k, few[k] ?? 0]);
    expect(few['Range.createFilter']).toBeGreaterThan(3);
  });
});
