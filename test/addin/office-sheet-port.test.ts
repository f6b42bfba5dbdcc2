import type { TemplateSpec, WorkbookModel } from '../../shared';
import {
  DEFAULT_CALENDAR,
  HOST_SKIPPED_MESSAGES,
  SUMMARY_SHEETS,
  buildSummaryModel,
  columnPoints,
  REGISTRY_PRESETS,
  buildTemplate,
  parseWorkbook,
  periodOf,
  templateForKind,
} from '../../shared';
import {
  ALL_CAPS,
  OfficeSheetPort,
  chunkAddresses,
  pageStarts,
  needsTextFormat,
  parseNameFormula,
  splitRows,
} from '../../addin/office/office-sheet-port';
import { FakeExcel, printedHeaderFooter } from './fake-excel';
import { consolidation, registry as provinceRegistry } from '../helpers/province-fixture';

const registry = REGISTRY_PRESETS['mau-tu-2025'];

function model(bodyRows: number, kind: 'bao-cao-nam' | 'ke-hoach-nam' = 'bao-cao-nam'): WorkbookModel {
  const base = templateForKind(kind);
  const spec: TemplateSpec = {
    ...base,
    sections: base.sections.map((s) => (s.type === 'table' ? { ...s, bodyRows } : s)),
  };
  return buildTemplate({
    spec,
    kind,
    unit: registry.units[1],
    registry,
    period: periodOf(DEFAULT_CALENDAR, kind, 2026),
    generatedAt: '2026-01-05T00:00:00Z',
    generator: 'test',
  }).model;
}

async function counts(bodyRows: number) {
  const x = new FakeExcel();
  const port = new OfficeSheetPort(x.run);
  const m = model(bodyRows);
  let peak = 0;
  const measure = () => (peak = Math.max(peak, ...x.payloads, ...x.responses));
  await port.applyModel(m);
  measure();
  const apply = x.syncs;
  const applyLog = [...x.log];
  x.resetCounters();
  const grid = await port.readGrid();
  measure();
  const read = x.syncs;
  const parsed = parseWorkbook(grid, { registry, calendar: DEFAULT_CALENDAR });
  const body = grid.definedNames.find((n) => n.name === 'TTDN_HoatDong')!.range;
  const top = Number(/\$(\d+):/.exec(body)![1]);
  x.resetCounters();
  const marks = Array.from({ length: Math.min(bodyRows, 500) }, (_, i) => ({
    sheet: parsed.submission.sheet,
    cell: `H${top + i}`,
  }));
  await port.setMarks(marks);
  measure();
  const mark = x.syncs;
  x.resetCounters();
  await port.setMarks(marks.slice(0, 1));
  const unmark = x.syncs;
  x.resetCounters();
  await port.writeCells([
    {
      sheet: parsed.submission.sheet,
      cell: `B${top}`,
      values: Array.from({ length: bodyRows }, () => ['x', 'y']),
    },
  ]);
  measure();
  const write = x.syncs;
  return { x, applyLog, apply, read, mark, unmark, write, parsed, top, sheet: parsed.submission.sheet, peak };
}

describe('OfficeSheetPort on a fake Excel', () => {
  it('uses the same number of syncs for 10 and 1,000 body rows', async () => {
    const small = await counts(10);
    const big = await counts(1000);
    const pick = (c: typeof small) => ({
      apply: c.apply,
      read: c.read,
      mark: c.mark,
      unmark: c.unmark,
      write: c.write,
    });
    expect(pick(big)).toEqual(pick(small));
    expect(pick(small)).toEqual({ apply: 2, read: 3, mark: 3, unmark: 3, write: 2 });
    // Every request and response of generate, read, marks and writes stays under Excel on the web's 5 MB.
    expect(Math.max(small.peak, big.peak)).toBeLessThan(5 * 1024 * 1024);
    expect(big.peak).toBeGreaterThan(small.peak);
    // The generated form reads back as a valid TTĐN workbook through the same port.
    expect(big.parsed.submission.unit).toBe('SO_NGOAI_VU');
    expect(big.parsed.findings.filter((f) => f.code === 'META_MISSING')).toEqual([]);
  });

  it('applies sheets, names, validation, protection, print setup and hidden sheets', async () => {
    const { x, applyLog } = await counts(10);
    expect(x.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Bao cao', '_ttdn', '_lists']);
    expect(x.sheet('_ttdn').visibility).toBe('Hidden');
    expect(x.sheet('Bao cao').protectedWith).toMatchObject({ allowInsertRows: true, allowFormatCells: true });
    expect([...x.names.keys()]).toEqual(
      expect.arrayContaining(['TTDN_HoatDong', 'TTDN_ChiTieu', 'TTDN_SoKyHieu']),
    );
    expect(x.names.get('TTDN_HoatDong')).toMatch(/^='Bao cao'!\$A\$\d+:\$J\$\d+$/);
    expect(x.sheet('Bao cao').validations.some((v) => JSON.stringify(v.rule).includes('_lists'))).toBe(true);
    expect(x.sheet('Bao cao').merges.length).toBeGreaterThan(10);
    const paths = applyLog.map((l) => l.path);
    expect(paths).toContain('pageLayout.paperSize');
    expect(paths).toContain('pageLayout.setPrintTitleRows()');
    expect(paths).toContain('pageLayout.blackAndWhite');
  });

  it('replaces an existing form instead of failing on duplicate sheet and name', async () => {
    const x = new FakeExcel();
    const port = new OfficeSheetPort(x.run);
    await port.applyModel(model(10));
    await port.applyModel(model(12));
    expect(x.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Bao cao', '_ttdn', '_lists']);
    expect(x.names.get('TTDN_HoatDong')).toMatch(/^='Bao cao'!/);
  });

  it('writes text that starts with = as text, never as a formula', async () => {
    const x = new FakeExcel();
    const port = new OfficeSheetPort(x.run);
    const m = model(10);
    m.sheets[0].values[0][0] = '=HYPERLINK("http://evil","bấm")';
    await port.applyModel(m);
    await port.writeCells([{ sheet: 'Bao cao', cell: 'D20', values: [['=cmd|" /C calc"!A0', '+1', '001']] }]);
    const s = x.sheet('Bao cao');
    for (const [r, c] of [
      [1, 1],
      [20, 4],
      [20, 5],
      [20, 6],
    ]) {
      expect(s.cell(r, c)!.formula).toBeUndefined();
      expect(s.cell(r, c)!.numberFormat).toBe('@');
    }
    expect(s.cell(20, 4)!.value).toBe('=cmd|" /C calc"!A0');
    expect(s.cell(20, 6)!.value).toBe('001');
  });

  it('splits a payload above 5 MB into requests below the limit', async () => {
    const x = new FakeExcel();
    const port = new OfficeSheetPort(x.run);
    const text = 'Hoạt động thông tin đối ngoại '.repeat(8);
    const rows = Array.from({ length: 3000 }, (_, i) =>
      Array.from({ length: 10 }, (_, c) => `${text}${i}-${c}`),
    );
    const m: WorkbookModel = {
      sheets: [
        {
          name: 'Lon',
          state: 'visible',
          values: rows,
          styles: [],
          merges: [],
          columnWidths: [],
          rowHeights: [],
          validations: [],
          textRanges: [],
        },
      ],
      definedNames: [],
      defaultFont: { name: 'Times New Roman', size: 12 },
      title: 't',
      creator: 'c',
    };
    const bytes = new TextEncoder().encode(JSON.stringify(rows)).length;
    expect(bytes).toBeGreaterThan(5 * 1024 * 1024);
    await port.applyModel(m);
    const valueWrites = x.log.filter((l) => l.path.endsWith('.values'));
    expect(valueWrites.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...x.payloads)).toBeLessThan(5 * 1024 * 1024);
    expect(x.syncs).toBeGreaterThan(2);
    expect(x.value('Lon', 'J3000')).toBe(`${text}2999-9`);
  });

  it('marks, keeps and clears highlights, restoring the input fill', async () => {
    const { x, sheet, top } = await counts(10);
    // After counts(): one mark left on H{top}; the rest restored to the input fill (or none).
    const s = x.sheet(sheet);
    expect(s.cell(top, 8)!.fill).toBe('#FFC7CE');
    const port = new OfficeSheetPort(x.run);
    await port.setMarks([]);
    expect(s.cell(top, 8)!.fill).not.toBe('#FFC7CE');
    expect(s.cell(top + 1, 8)!.fill).toBe(s.cell(top, 8)!.fill);
    expect(JSON.parse(String(x.settings.get('ttdn.marks')))).toEqual([]);
  });

  it('reads what it wrote (values, formulas, names) and selects', async () => {
    const x = new FakeExcel();
    const port = new OfficeSheetPort(x.run);
    await port.applyModel(model(10));
    await port.writeCells([{ sheet: 'Bao cao', cell: 'H20', values: [[12.5]] }]);
    const g = await port.readGrid(['Bao cao']);
    expect(g.sheet('Bao cao')!.cell(20, 8)!.value).toBe(12.5);
    expect(g.sheet('_ttdn')).toBeUndefined();
    await port.select({ sheet: 'Bao cao', cell: 'H20' });
    expect(x.selected).toEqual({ sheet: 'Bao cao', address: 'H20' });
    expect(x.active).toBe('Bao cao');
  });
});

describe('print setup, panes and filters (issue 11)', () => {
  it('a generated form prints at 100 %, numbered top centre from page 2, with its page breaks, in 2 syncs', async () => {
    const x = new FakeExcel();
    const port = new OfficeSheetPort(x.run);
    const m = model(40);
    const form = m.sheets.find((s) => s.name === 'Bao cao')!;
    await port.applyModel(m);
    expect(x.syncs).toBe(2); // unchanged by the print setup: everything rides in the one batch
    const p = x.sheet('Bao cao').print;
    expect(p.zoom).toEqual({ scale: form.print!.scale });
    expect(printedHeaderFooter(p, 1, 'centerHeader')).toBe('');
    expect(printedHeaderFooter(p, 2, 'centerHeader')).toMatch(/&P$/);
    expect(printedHeaderFooter(p, 2, 'centerFooter')).toBe('');
    expect(pageStarts(form).length).toBeGreaterThan(0);
    expect([...p.breaks].sort((a, b) => a - b)).toEqual(pageStarts(form));
    expect(p.titleRows).toBe(`${form.print!.titleRows![0]}:${form.print!.titleRows![1]}`);
    expect(p.props).toMatchObject({ paperSize: 'A4', blackAndWhite: true });
  });

  it("sets column widths with the layout's own points per character (as the .xlsx the CLI writes)", async () => {
    const x = new FakeExcel();
    const port = new OfficeSheetPort(x.run);
    const m = model(10);
    const form = m.sheets.find((s) => s.name === 'Bao cao')!;
    await port.applyModel(m);
    const widths = x.log.filter((l) => l.path.endsWith('.columnWidth')).map((l) => l.value as number);
    const expected = form.columnWidths.map((w) => Math.round(columnPoints(w) * 100) / 100);
    expect(widths).toEqual(expect.arrayContaining(expected));
    expect(widths.slice(0, expected.length)).toEqual(expected);
  });

  it('a consolidation summary gets frozen headers, filters, fit to width and names on every page', async () => {
    const { result, doc } = consolidation(4, 2);
    const m = buildSummaryModel(result, doc, provinceRegistry, 'test');
    const x = new FakeExcel();
    const port = new OfficeSheetPort(x.run);
    await port.applyModel(m);
    expect(x.syncs).toBe(2);
    const lists = m.sheets.filter((s) => s.autoFilter);
    expect(lists.length).toBeGreaterThan(3);
    for (const s of lists) {
      const st = x.sheet(s.name);
      expect(st.autoFilter).toBe(s.autoFilter);
      if (s.state === 'visible') expect(st.frozen).toEqual(s.freeze);
    }
    const matrix = m.sheets.find((s) => s.name === SUMMARY_SHEETS.indicators)!;
    const p = x.sheet(matrix.name).print;
    expect(p.zoom).toEqual({ horizontalFitToPages: matrix.print!.pagesWide ?? 1 });
    expect(p.titleColumns).toBe(`${matrix.print!.titleColumns![0]}:${matrix.print!.titleColumns![1]}`);
    expect(port.lastSkipped).toEqual([]);
    // The province report sheet: numbered top centre from page 2, its own page breaks.
    const report = m.sheets.find((s) => s.name === SUMMARY_SHEETS.report)!;
    const rp = x.sheet(report.name).print;
    expect(printedHeaderFooter(rp, 1, 'centerHeader')).toBe('');
    expect(printedHeaderFooter(rp, 2, 'centerHeader')).toMatch(/&P$/);
    expect([...rp.breaks].sort((a, b) => a - b)).toEqual(pageStarts(report));
  });

  it('an Excel without ExcelApi 1.9 gets the data, frozen headers and a list of what was left out', async () => {
    const { result, doc } = consolidation(2, 1);
    const m = buildSummaryModel(result, doc, provinceRegistry, 'test');
    const old = {
      ...ALL_CAPS,
      pageLayout: false,
      autoFilter: false,
      rangeAreas: false,
      selectionAllSheets: false,
    };
    const x = new FakeExcel({ apiMinor: 8 });
    const port = new OfficeSheetPort(x.run, undefined, old);
    await port.applyModel(m);
    const list = m.sheets.find((s) => s.name === SUMMARY_SHEETS.completeness)!;
    expect(x.sheet(list.name).frozen).toEqual(list.freeze);
    expect(x.sheet(list.name).autoFilter).toBeNull();
    expect(port.lastSkipped).toEqual(
      expect.arrayContaining([
        HOST_SKIPPED_MESSAGES.print(list.name),
        HOST_SKIPPED_MESSAGES.filter(list.name),
      ]),
    );
    // The same Excel, told it had everything, fails: the caps are what keeps the call working.
    const wrong = new OfficeSheetPort(new FakeExcel({ apiMinor: 8 }).run, undefined, {
      ...old,
      pageLayout: true,
    });
    await expect(wrong.applyModel(m)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('helpers', () => {
  it('chunks address lists and rows', () => {
    const list = Array.from({ length: 1000 }, (_, i) => `A${i + 1}`);
    const chunks = chunkAddresses(list, 200);
    expect(chunks.every((c) => c.length <= 200)).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(list);
    const blocks = splitRows(
      Array.from({ length: 100 }, () => ['x'.repeat(100)]),
      1000,
    );
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.reduce((n, b) => n + b.rows.length, 0)).toBe(100);
  });
  it('knows which text needs the text format and parses name formulas', () => {
    expect(needsTextFormat('=1+1')).toBe(true);
    expect(needsTextFormat('03/2026')).toBe(true);
    expect(needsTextFormat('Hội nghị')).toBe(false);
    expect(parseNameFormula("='Bao cao'!$A$17:$J$36")).toEqual({ sheet: 'Bao cao', range: '$A$17:$J$36' });
    expect(parseNameFormula("='It''s'!$A$1")).toEqual({ sheet: "It's", range: '$A$1' });
    expect(parseNameFormula('=1+2')).toBeNull();
  });
});
