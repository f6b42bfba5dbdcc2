/**
 * The parser on forms edited the way agencies edit them (issue 9): header-mapped columns, merged
 * cells, heading and total rows, forms that lost their metadata, long cell texts. The grids are a
 * clean generated form copied into MapSheetGrid with one edit applied, so each test has one idea.
 */
import type { GridCell, GridDefinedName, ParsedWorkbook, SheetGrid, WorkbookGrid } from '../../shared';
import {
  MAX_FINDING_TEXT,
  MapSheetGrid,
  MapWorkbookGrid,
  NotTtdnWorkbookError,
  cellRef,
  columnLetter,
  marksOf,
  parseRange,
} from '../../shared';
import type { FormFiller } from '../helpers/forms';
import { cleanForm, cleanReportRows, validateGrid } from '../helpers/forms';

const ROWS = 5;
let form: FormFiller;
let base: WorkbookGrid;
beforeAll(async () => {
  form = await cleanForm('bao-cao-nam', ROWS);
  base = form.grid();
});

const rowsWant = () => cleanReportRows(ROWS);
const MAIN = 'Bao cao';

/** Copies a grid, passing the main sheet's cells through `map` (null = blank) and names through `names`. */
function edited(
  o: {
    cell?: (r: number, c: number, src: SheetGrid) => GridCell | undefined;
    extraCols?: number;
    names?: (n: GridDefinedName) => GridDefinedName | null;
    merges?: string[];
    dropSheets?: string[];
  } = {},
): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  for (const name of base.sheetNames) {
    if (o.dropSheets?.includes(name)) continue;
    const src = base.sheet(name)!;
    const m = new MapSheetGrid(name, src.state);
    const cols = src.columnCount + (name === MAIN ? (o.extraCols ?? 0) : 0);
    for (let r = 1; r <= src.rowCount; r++)
      for (let c = 1; c <= cols; c++) {
        const cell = name === MAIN && o.cell ? o.cell(r, c, src) : src.cell(r, c);
        if (cell && (cell.value !== null || cell.formula !== undefined)) m.set(r, c, cell);
      }
    if (name === MAIN) m.merges = o.merges ?? [];
    sheets.push(m);
  }
  const names = base.definedNames
    .map((n) => (o.names ? o.names(n) : n))
    .filter((n): n is GridDefinedName => !!n);
  return new MapWorkbookGrid(sheets, names);
}

const table = () => parseRange(base.definedNames.find((n) => n.name === 'TTDN_HoatDong')!.range)!;
const colOf = (key: string) => table().left + form.columnIndex(key);
const headerRow = () => table().top - 2;
const bodyRow = (i: number) => table().top + i;

/** Inserts a column before `at` holding `header` and `value` in body rows; names spanning it widen. */
function insertColumn(at: number, header: string, value: string | null, widen = true): WorkbookGrid {
  return edited({
    extraCols: 1,
    cell: (r, c, src) => {
      if (c < at) return src.cell(r, c);
      if (c === at) {
        if (r === headerRow()) return { value: header };
        return r >= table().top && r < table().top + ROWS && value ? { value } : undefined;
      }
      return src.cell(r, c - 1);
    },
    names: (n) => {
      const b = parseRange(n.range)!;
      if (!widen || b.right < at) return n;
      const left = b.left >= at ? b.left + 1 : b.left;
      return { ...n, range: `$${columnLetter(left)}$${b.top}:$${columnLetter(b.right + 1)}$${b.bottom}` };
    },
  });
}

const errors = (p: ParsedWorkbook) => p.findings.filter((f) => f.severity === 'error');

describe('table columns are found by their header labels', () => {
  test('a column inserted inside the table is skipped and every field keeps its value', () => {
    const p = validateGrid(insertColumn(colOf('kinhPhi'), 'Địa điểm', 'Hà Nội'));
    expect(p.submission.rows.map((r) => r.values.kinhPhi)).toEqual(rowsWant().map((r) => r.kinhPhi));
    expect(p.submission.rows.map((r) => r.values.tinhTrang)).toEqual(rowsWant().map((r) => r.tinhTrang));
    expect(errors(p)).toEqual([]);
  });

  test('the inserted column gives exactly one info finding that names it', () => {
    const p = validateGrid(insertColumn(colOf('kinhPhi'), 'Địa điểm', 'Hà Nội'));
    expect(p.findings.map((f) => [f.code, f.severity, f.value, f.cell])).toEqual([
      ['COLUMN_EXTRA', 'info', 'Địa điểm', cellRef(headerRow(), colOf('kinhPhi'))],
    ]);
  });

  test('the info finding marks no cell in the host (nothing there needs fixing)', () => {
    expect(marksOf(validateGrid(insertColumn(colOf('kinhPhi'), 'Địa điểm', 'Hà Nội')))).toEqual([]);
  });

  test('columns are followed even when the defined name did not widen', () => {
    const p = validateGrid(insertColumn(colOf('thoiGian'), 'Địa điểm', 'Huế', false));
    expect(p.submission.rows.map((r) => r.values.ghiChu ?? null)).toEqual(rowsWant().map(() => null));
    expect(p.submission.rows.map((r) => r.values.kinhPhi)).toEqual(rowsWant().map((r) => r.kinhPhi));
  });

  test('two swapped columns are read from where their headers are', () => {
    const [a, b] = [colOf('kinhPhi'), colOf('tinhTrang')];
    const p = validateGrid(edited({ cell: (r, c, src) => src.cell(r, c === a ? b : c === b ? a : c) }));
    expect(p.submission.rows.map((r) => r.values.kinhPhi)).toEqual(rowsWant().map((r) => r.kinhPhi));
    expect(p.submission.rows.map((r) => r.values.tinhTrang)).toEqual(rowsWant().map((r) => r.tinhTrang));
  });

  test('a deleted required column is one clear finding, not one per row', () => {
    const gone = colOf('tinhTrang');
    const p = validateGrid(edited({ cell: (r, c, src) => (c === gone ? undefined : src.cell(r, c)) }));
    expect(p.findings.filter((f) => f.field === 'tinhTrang').map((f) => f.code)).toEqual(['COLUMN_MISSING']);
  });

  test('header labels match without diacritics, in another case and with extra spaces', () => {
    const k = colOf('kinhPhi');
    const p = validateGrid(
      edited({
        cell: (r, c, src) =>
          r === headerRow() && c === k ? { value: '  KINH PHI  thuc hien ' } : src.cell(r, c),
      }),
    );
    expect(p.findings.filter((f) => f.code.startsWith('COLUMN'))).toEqual([]);
    expect(p.submission.rows.map((r) => r.values.kinhPhi)).toEqual(rowsWant().map((r) => r.kinhPhi));
  });

  test('a shortened label keeping the words in order still matches ("Kinh phí (triệu đồng)")', () => {
    const k = colOf('kinhPhi');
    const p = validateGrid(
      edited({
        cell: (r, c, src) =>
          r === headerRow() && c === k ? { value: 'Kinh phí (triệu đồng)' } : src.cell(r, c),
      }),
    );
    expect(p.findings.filter((f) => f.code.startsWith('COLUMN'))).toEqual([]);
    expect(p.submission.rows.map((r) => r.values.kinhPhi)).toEqual(rowsWant().map((r) => r.kinhPhi));
  });

  test('the indicator value column is found by its label after a column is inserted before it', () => {
    const ind = parseRange(base.definedNames.find((n) => n.name === 'TTDN_ChiTieu')!.range)!;
    const at = ind.right;
    const grid = edited({
      extraCols: 1,
      cell: (r, c, src) =>
        c < at
          ? src.cell(r, c)
          : c === at
            ? r === ind.top - 1
              ? { value: 'Ghi chú' }
              : undefined
            : src.cell(r, c - 1),
    });
    const p = validateGrid(grid);
    expect(p.submission.indicators.CT02).toBe(40);
    expect(p.submission.indicatorCells.CT02).toMatch(new RegExp(`^${columnLetter(at + 1)}\\d+$`));
  });
});

describe('merged cells', () => {
  const g = () => colOf('nhomNhiemVu');
  const blankGroupBelow = (r: number, c: number, src: SheetGrid) =>
    c === g() && (r === bodyRow(1) || r === bodyRow(2)) ? undefined : src.cell(r, c);

  test('a group merged down over three rows applies to each row it covers', () => {
    const merge = `${cellRef(bodyRow(0), g())}:${cellRef(bodyRow(2), g())}`;
    const p = validateGrid(edited({ cell: blankGroupBelow, merges: [merge] }));
    const first = rowsWant()[0].nhomNhiemVu;
    expect(p.submission.rows.slice(0, 3).map((r) => r.values.nhomNhiemVu)).toEqual([first, first, first]);
    expect(errors(p)).toEqual([]);
  });

  test('without the merge the same blank groups are errors (the merge is what fills them)', () => {
    const p = validateGrid(edited({ cell: blankGroupBelow }));
    expect(errors(p).map((f) => f.code)).toEqual(['REQUIRED', 'REQUIRED']);
  });

  test('a merge reaching into empty rows below the activities adds no activity', () => {
    const merge = `${cellRef(bodyRow(ROWS - 1), g())}:${cellRef(bodyRow(ROWS + 2), g())}`;
    expect(validateGrid(edited({ merges: [merge] })).submission.rows).toHaveLength(ROWS);
  });
});

describe('heading and total rows', () => {
  /** Inserts one row before body row `at` whose cells come from `cells`. */
  const withRow = (at: number, cells: (c: number) => GridCell | undefined, merges: string[] = []) =>
    edited({
      cell: (r, c, src) =>
        r < bodyRow(at) ? src.cell(r, c) : r === bodyRow(at) ? cells(c) : src.cell(r - 1, c),
      names: (n) => {
        const b = parseRange(n.range)!;
        if (b.bottom < bodyRow(at)) return n;
        const top = b.top > bodyRow(at) ? b.top + 1 : b.top;
        return { ...n, range: `$${columnLetter(b.left)}$${top}:$${columnLetter(b.right)}$${b.bottom + 1}` };
      },
      merges,
    });

  test('a heading merged across the table is not an activity', () => {
    const r = bodyRow(2);
    const grid = withRow(2, (c) => (c === 1 ? { value: 'II. CÁC HOẠT ĐỘNG KHÁC' } : undefined), [
      `A${r}:${columnLetter(table().right)}${r}`,
    ]);
    const p = validateGrid(grid);
    expect(p.submission.rows).toHaveLength(ROWS);
    expect(errors(p)).toEqual([]);
  });

  test('a numbered heading typed in the name column alone is not an activity', () => {
    const p = validateGrid(
      withRow(0, (c) =>
        c === colOf('tenHoatDong') ? { value: 'I. Nhóm hoạt động thường xuyên' } : undefined,
      ),
    );
    expect(p.submission.rows.map((r) => r.values.tenHoatDong)).toEqual(rowsWant().map((r) => r.tenHoatDong));
  });

  test('an activity typed with only its name and an arabic number is kept and its gaps reported', () => {
    const t = colOf('tenHoatDong');
    const p = validateGrid(
      withRow(0, (c) => (c === t ? { value: '1. Hội nghị quảng bá du lịch' } : undefined)),
    );
    expect(p.submission.rows).toHaveLength(ROWS + 1);
    expect(
      errors(p)
        .map((f) => f.field)
        .sort(),
    ).toEqual(['nhomNhiemVu', 'tinhTrang']);
  });

  test('a heading naming a group fills the blank group of the rows below it', () => {
    const grid = withRow(0, (c) => (c === 1 ? { value: 'I. NHÓM TUYÊN TRUYỀN VỀ ASEAN' } : undefined));
    const s = grid.sheet(MAIN)!;
    const g = colOf('nhomNhiemVu');
    // The first activity (now one row lower) has its group left blank under the heading.
    const blanked: SheetGrid = {
      ...s,
      merges: [],
      cell: (r, c) => (c === g && r === bodyRow(1) ? undefined : s.cell(r, c)),
    };
    const p = validateGrid(
      new MapWorkbookGrid(
        grid.sheetNames.map((n) => (n === MAIN ? blanked : grid.sheet(n)!)),
        [...grid.definedNames],
      ),
    );
    expect(p.submission.rows[0].values.nhomNhiemVu).toBe('Tuyên truyền về ASEAN');
    expect(p.submission.rows.slice(1).map((r) => r.values.nhomNhiemVu)).toEqual(
      rowsWant()
        .slice(1)
        .map((r) => r.nhomNhiemVu),
    );
    expect(errors(p)).toEqual([]);
  });

  test.each([['Tổng cộng'], ['Cộng'], ['Cộng nhóm I'], ['TỔNG SỐ']])(
    'a "%s" row is a total, never an activity',
    (label) => {
      const k = colOf('kinhPhi');
      const p = validateGrid(
        withRow(ROWS, (c) => (c === 1 ? { value: label } : c === k ? { value: 40 } : undefined)),
      );
      expect(p.submission.rows).toHaveLength(ROWS);
      expect(errors(p)).toEqual([]);
    },
  );

  test('a row with a SUM formula in a number column is a total whatever its label', () => {
    const k = colOf('kinhPhi');
    const L = columnLetter(k);
    const p = validateGrid(
      withRow(ROWS, (c) =>
        c === k ? { value: 40, formula: `SUM(${L}${bodyRow(0)}:${L}${bodyRow(ROWS - 1)})` } : undefined,
      ),
    );
    expect(p.submission.rows).toHaveLength(ROWS);
  });

  test('an activity whose name starts with "Tổng kết" is still an activity', () => {
    const t = colOf('tenHoatDong');
    const p = validateGrid(
      edited({
        cell: (r, c, src) => (r === bodyRow(0) && c === t ? { value: 'Tổng kết năm' } : src.cell(r, c)),
      }),
    );
    expect(p.submission.rows[0].values.tenHoatDong).toBe('Tổng kết năm');
    expect(p.submission.rows).toHaveLength(ROWS);
  });
});

describe('forms that lost their metadata', () => {
  const pasted = () => edited({ dropSheets: ['_ttdn', '_lists'], names: () => null });

  test('are recognised by title and headers and read with one warning', () => {
    const p = validateGrid(pasted());
    expect(p.findings.map((f) => [f.code, f.severity])).toEqual([['METADATA_LOST', 'warning']]);
    expect([p.submission.unit, p.submission.kind, p.submission.year]).toEqual([
      'SO_NGOAI_VU',
      'bao-cao-nam',
      2026,
    ]);
    expect(p.submission.rows.map((r) => r.values.kinhPhi)).toEqual(rowsWant().map((r) => r.kinhPhi));
    expect(p.submission.indicators.CT02).toBe(40);
    expect(p.submission.narratives.kienNghi).toBeTruthy();
  });

  test('the unit name in the header block matches without diacritics or case', () => {
    const p = validateGrid(
      edited({
        dropSheets: ['_ttdn', '_lists'],
        names: () => null,
        cell: (r, c, src) => (r === 2 && c === 1 ? { value: 'so ngoai vu' } : src.cell(r, c)),
      }),
    );
    expect(p.submission.unit).toBe('SO_NGOAI_VU');
  });

  test('without a unit name the registry knows, the error asks for the unit line or the original form', () => {
    const grid = edited({
      dropSheets: ['_ttdn', '_lists'],
      names: () => null,
      cell: (r, c, src) =>
        r <= 2 && c === 1 ? { value: 'Cơ quan không có trong danh sách' } : src.cell(r, c),
    });
    expect(() => validateGrid(grid)).toThrow(/tên đơn vị/);
  });

  test('without a recognisable title the error says in Vietnamese what to do', () => {
    const grid = edited({
      dropSheets: ['_ttdn', '_lists'],
      names: () => null,
      cell: (r, c, src) => (r === 6 ? undefined : src.cell(r, c)),
    });
    expect(() => validateGrid(grid)).toThrow(NotTtdnWorkbookError);
    expect(() => validateGrid(grid)).toThrow(/biểu mẫu gốc/);
  });
});

describe('long cell texts in findings', () => {
  test('a 900,000-character cell gives a finding of bounded size', () => {
    const k = colOf('kinhPhi');
    const huge = 'x'.repeat(900_000);
    const p = validateGrid(
      edited({ cell: (r, c, src) => (r === bodyRow(0) && c === k ? { value: huge } : src.cell(r, c)) }),
    );
    const f = p.findings.find((x) => x.code === 'NUMBER_INVALID')!;
    expect(String(f.value).length).toBeLessThanOrEqual(MAX_FINDING_TEXT + 1);
    expect(f.message.length).toBeLessThan(MAX_FINDING_TEXT + 200);
  });
});
