/** Layout facts of the generated .xlsx (SPEC §3.5, §3.6, §4), read back through ExcelJS. */
import type ExcelJS from 'exceljs';
import { parseRange, templateForKind } from '../../shared';
import type { TableSection } from '../../shared';
import { FORM_KINDS, FormFiller, UNIT, YEAR } from '../helpers/forms';
import type { FormKind } from '../helpers/forms';

const NAMES: Record<FormKind, string[]> = {
  'ke-hoach-nam': ['TTDN_KeHoach', 'TTDN_SoKyHieu', 'TTDN_NgayBaoCao'],
  'bao-cao-6-thang': [
    'TTDN_HoatDong',
    'TTDN_ChiTieu',
    'TTDN_ChiDao',
    'TTDN_DanhGia',
    'TTDN_PhuongHuong',
    'TTDN_KienNghi',
    'TTDN_SoKyHieu',
    'TTDN_NgayBaoCao',
  ],
  'bao-cao-nam': [
    'TTDN_HoatDong',
    'TTDN_ChiTieu',
    'TTDN_ChiDao',
    'TTDN_DanhGia',
    'TTDN_PhuongHuong',
    'TTDN_KienNghi',
    'TTDN_SoKyHieu',
    'TTDN_NgayBaoCao',
  ],
};
const META_KEYS = ['template', 'version', 'kind', 'unit', 'year', 'period', 'generated_at', 'generator'];

const forms = new Map<FormKind, FormFiller>();
beforeAll(async () => {
  for (const k of FORM_KINDS) forms.set(k, await FormFiller.generate(k));
});

/** ExcelJS fields present at runtime but missing from its typings. */
interface SheetExtras {
  sheetProtection: Record<string, unknown>;
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
}
const extras = (ws: ExcelJS.Worksheet) => ws as unknown as SheetExtras;

function cellsOf(ws: ExcelJS.Worksheet, range: string): ExcelJS.Cell[] {
  const b = parseRange(range)!;
  const out: ExcelJS.Cell[] = [];
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(ws.getCell(r, c));
  return out;
}

describe.each(FORM_KINDS)('%s layout', (kind) => {
  const f = () => forms.get(kind)!;
  const spec = templateForKind(kind);

  test('every SPEC §3.5 defined name exists and points into the main sheet', () => {
    const model = f().wb.definedNames.model as { name: string; ranges: string[] }[];
    for (const name of NAMES[kind]) {
      const n = model.find((m) => m.name === name);
      expect(n?.ranges).toHaveLength(1);
      expect(n!.ranges[0]).toMatch(new RegExp(`^'${spec.sheetName}'!\\$[A-Z]+\\$\\d+(:\\$[A-Z]+\\$\\d+)?$`));
    }
  });

  test('_ttdn is hidden and carries every contract key', () => {
    const ws = f().wb.getWorksheet('_ttdn')!;
    expect(ws.state).toBe('hidden');
    const meta: Record<string, string> = {};
    ws.eachRow((row) => (meta[row.getCell(1).text] = row.getCell(2).text));
    for (const k of META_KEYS) expect(meta[k]).toBeTruthy();
    expect(meta).toMatchObject({
      template: spec.id,
      version: spec.version,
      kind,
      unit: UNIT,
      year: String(YEAR),
    });
  });

  test('the main sheet is protected without a password and allows inserting rows', () => {
    const ws = f().wb.getWorksheet(spec.sheetName)!;
    const prot = extras(ws).sheetProtection;
    expect(prot).toMatchObject({ sheet: true, insertRows: true, deleteRows: true });
    expect(prot.password ?? prot.hashValue).toBeUndefined();
  });

  test('input cells are unlocked: table body (typed columns), header cells, indicators, narratives', () => {
    const form = f();
    const ws = form.wb.getWorksheet(spec.sheetName)!;
    const table = spec.sections.find((s): s is TableSection => s.type === 'table')!;
    const body = form.region(table.name);
    table.columns.forEach((c, i) => {
      const auto = c.type === 'seq' || (c.type === 'task-code' && kind === 'ke-hoach-nam');
      for (let r = body.top; r <= body.bottom; r++) {
        const locked = ws.getCell(r, body.left + i).protection?.locked !== false;
        expect({ col: c.key, r, locked }).toEqual({ col: c.key, r, locked: auto });
      }
    });
    const singles = NAMES[kind].filter((n) => n !== table.name && n !== 'TTDN_ChiTieu');
    for (const n of singles) expect(ws.getCell(form.address(n)).protection?.locked).toBe(false);
    if (kind !== 'ke-hoach-nam') {
      const ind = form.region('TTDN_ChiTieu');
      for (let r = ind.top; r <= ind.bottom; r++) {
        expect(ws.getCell(r, ind.right).protection?.locked).toBe(false);
        expect(ws.getCell(r, ind.left).protection?.locked).not.toBe(false);
      }
    }
  });

  test('list columns carry list validations pointing at the hidden _lists sheet', () => {
    const form = f();
    const ws = form.wb.getWorksheet(spec.sheetName)!;
    const dv = extras(ws).dataValidations.model;
    const table = spec.sections.find((s): s is TableSection => s.type === 'table')!;
    const body = form.region(table.name);
    const lists = table.columns.filter((c) => c.type === 'list');
    expect(lists.length).toBeGreaterThan(0);
    for (const c of lists) {
      for (let r = body.top; r <= body.bottom; r++) {
        const v = dv[form.rowAddress(r - body.top, c.key)];
        expect(v?.type).toBe('list');
        expect(v?.formulae?.[0]).toMatch(/^_lists!\$[A-Z]\$2:\$[A-Z]\$\d+$/);
      }
    }
    expect(form.wb.getWorksheet('_lists')?.state).toBe('hidden');
  });

  test('number columns carry number validations, time columns a length rule whose prompt shows time words', () => {
    const form = f();
    const ws = form.wb.getWorksheet(spec.sheetName)!;
    const dv = extras(ws).dataValidations.model;
    const table = spec.sections.find((s): s is TableSection => s.type === 'table')!;
    for (const c of table.columns) {
      const v = dv[form.rowAddress(0, c.key)];
      if (c.type === 'number') expect(v?.type).toMatch(/^(decimal|whole)$/);
      // A date rule would warn on accepted words such as "Quý I/2026" (issue 9).
      if (c.type === 'date-span')
        expect([v?.type, v?.prompt]).toEqual(['textLength', expect.stringContaining('Quý I')]);
    }
  });

  test('print setup: A4, landscape, at 100 % (columns sized to the page), header rows repeated', () => {
    const form = f();
    const ws = form.wb.getWorksheet(spec.sheetName)!;
    const ps = ws.pageSetup;
    expect(ps).toMatchObject({ paperSize: 9, orientation: 'landscape', scale: 100 });
    expect(ps.fitToPage).toBeFalsy();
    const body = form.region(form.tableName);
    expect(ps.printTitlesRow).toBe(`${body.top - 2}:${body.top - 1}`);
    expect(ps.margins?.left).toBeCloseTo(30 / 25.4, 3);
    expect(ps.margins?.top).toBeCloseTo(20 / 25.4, 3);
  });

  test('every written cell of the main sheet uses Times New Roman', () => {
    const ws = f().wb.getWorksheet(spec.sheetName)!;
    const fonts = new Set<string>();
    ws.eachRow((row) => row.eachCell((cell) => fonts.add(String(cell.font?.name))));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  test('title is bold capitals with the year', () => {
    const ws = f().wb.getWorksheet(spec.sheetName)!;
    const title = ws.getCell('A6').text;
    expect(title).toBe(title.toUpperCase());
    expect(title).toContain(String(YEAR));
    expect(ws.getCell('A6').font?.bold).toBe(true);
  });

  test('the body is empty except for layout-filled columns', () => {
    const form = f();
    const ws = form.wb.getWorksheet(spec.sheetName)!;
    const body = form.region(form.tableName);
    const table = spec.sections.find((s): s is TableSection => s.type === 'table')!;
    const typed = table.columns
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.type !== 'seq' && !(c.type === 'task-code' && kind === 'ke-hoach-nam'));
    for (const { i } of typed)
      for (const cell of cellsOf(
        ws,
        `${String.fromCharCode(65 + i)}${body.top}:${String.fromCharCode(65 + i)}${body.bottom}`,
      ))
        expect(cell.value).toBeNull();
  });
});

test('plan rows come with stable task codes KH{year}-{registry abbreviation}-NNN (Sở Ngoại vụ: SNgV → SNGV)', () => {
  const form = forms.get('ke-hoach-nam')!;
  const ws = form.wb.getWorksheet('Ke hoach')!;
  expect(ws.getCell(form.rowAddress(0, 'maNhiemVu')).value).toBe('KH2026-SNGV-001');
  expect(ws.getCell(form.rowAddress(19, 'maNhiemVu')).value).toBe('KH2026-SNGV-020');
});

test('the report indicator block lists CT01…CT17 with codes in the first column', () => {
  const form = forms.get('bao-cao-nam')!;
  const codes = Array.from({ length: 17 }, (_, i) => `CT${String(i + 1).padStart(2, '0')}`);
  const addresses = codes.map((c) => form.indicatorAddress(c));
  expect(new Set(addresses).size).toBe(17);
  expect(addresses.every((a) => a.startsWith('H'))).toBe(true);
});
