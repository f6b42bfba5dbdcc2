/**
 * One test per finding code: a generated form is filled through its defined names (ExcelJS), read as a
 * grid (ExcelJS view, independent of the CLI reader) and validated. Each test asserts code, severity
 * and the exact cell.
 */
import { SEVERITY } from '../../shared';
import type { Finding } from '../../shared';
import type { FormFiller } from '../helpers/forms';
import { cleanForm, cleanReportRows, sumBudget, validateGrid } from '../helpers/forms';

function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

async function report(kind: 'bao-cao-6-thang' | 'bao-cao-nam' = 'bao-cao-nam') {
  // Clean baseline with 2 rows; indicators consistent with the rows.
  return cleanForm(kind, 2);
}

function expectOne(
  f: FormFiller,
  code: string,
  cell: string,
  sheet = f.mainSheet,
  planCodes?: ReadonlySet<string>,
): Finding {
  const found = only(validateGrid(f.grid(), { planCodes }).findings, code);
  expect(found.map((x) => ({ code: x.code, severity: x.severity, sheet: x.sheet, cell: x.cell }))).toEqual([
    { code, severity: SEVERITY[code as Finding['code']], sheet, cell },
  ]);
  return found[0];
}

describe('field rules report at the exact cell', () => {
  test('REQUIRED: an activity row without its name is an error on the name cell', async () => {
    const f = await report();
    f.setRow(0, { tenHoatDong: null });
    const x = expectOne(f, 'REQUIRED', f.rowAddress(0, 'tenHoatDong'));
    expect(x.severity).toBe('error');
    expect(x.field).toBe('tenHoatDong');
  });

  test('REQUIRED: a plan row without "Cơ quan chủ trì" is an error on that cell', async () => {
    const f = await cleanForm('ke-hoach-nam', 2);
    f.setRow(1, { chuTri: '   ' });
    expectOne(f, 'REQUIRED', f.rowAddress(1, 'chuTri'));
  });

  test('LIST_VALUE: a status outside the list is an error on the status cell', async () => {
    const f = await report();
    f.setRow(1, { tinhTrang: 'Xong rồi' });
    const x = expectOne(f, 'LIST_VALUE', f.rowAddress(1, 'tinhTrang'));
    expect(x.value).toBe('Xong rồi');
    expect(x.message).toContain('Xong rồi');
  });

  test('NUMBER_INVALID: text in a budget cell is an error', async () => {
    const f = await report();
    f.setRow(0, { kinhPhi: '12a' });
    const x = expectOne(f, 'NUMBER_INVALID', f.rowAddress(0, 'kinhPhi'));
    expect(x.severity).toBe('error');
  });

  test('NUMBER_NEGATIVE: a negative budget is an error', async () => {
    const f = await report();
    f.setRow(0, { kinhPhi: -3 });
    expectOne(f, 'NUMBER_NEGATIVE', f.rowAddress(0, 'kinhPhi'));
  });

  test('NUMBER_NEGATIVE: "-3" typed as text in an indicator is an error on the value cell', async () => {
    const f = await report();
    f.setIndicator('CT02', '-3');
    expectOne(f, 'NUMBER_NEGATIVE', f.indicatorAddress('CT02'));
  });

  test('NUMBER_DECIMALS: money with more than 3 decimals is an error', async () => {
    const f = await report();
    f.setRow(0, { kinhPhi: 1.2345 });
    expectOne(f, 'NUMBER_DECIMALS', f.rowAddress(0, 'kinhPhi'));
  });

  test('NUMBER_NOT_INTEGER: a count indicator with decimals is an error on its value cell', async () => {
    const f = await report();
    f.setIndicator('CT02', 2.5);
    expectOne(f, 'NUMBER_NOT_INTEGER', f.indicatorAddress('CT02'));
  });

  test('DATE_INVALID: an impossible date (31/02/2026) is an error', async () => {
    const f = await report();
    f.setRow(0, { thoiGian: '31/02/2026' });
    const x = expectOne(f, 'DATE_INVALID', f.rowAddress(0, 'thoiGian'));
    expect(x.value).toBe('31/02/2026');
  });

  test('DATE_OUT_OF_RANGE: a day after the 6-month window (20/06/2026) is an error', async () => {
    const f = await report('bao-cao-6-thang');
    f.setRow(1, { thoiGian: '20/06/2026' });
    const x = expectOne(f, 'DATE_OUT_OF_RANGE', f.rowAddress(1, 'thoiGian'));
    expect(x.message).toContain('15/12/2025');
    expect(x.message).toContain('14/06/2026');
  });

  test('DATE_OUT_OF_RANGE: a plan date outside the plan year is an error', async () => {
    const f = await cleanForm('ke-hoach-nam', 1);
    f.setRow(0, { tuNgay: '15/12/2025' });
    expectOne(f, 'DATE_OUT_OF_RANGE', f.rowAddress(0, 'tuNgay'));
  });

  test('DATE_ORDER: "from" after "to" in a plan row is an error on the "to" cell', async () => {
    const f = await cleanForm('ke-hoach-nam', 1);
    f.setRow(0, { tuNgay: '10/2026', denNgay: '03/2026' });
    expectOne(f, 'DATE_ORDER', f.rowAddress(0, 'denNgay'));
  });

  test('TEXT_TOO_LONG: an activity name over 500 characters is an error', async () => {
    const f = await report();
    f.setRow(0, { tenHoatDong: 'x'.repeat(501) });
    expectOne(f, 'TEXT_TOO_LONG', f.rowAddress(0, 'tenHoatDong'));
  });

  test('TEXT_TOO_LONG: a narrative over its limit is an error on the narrative cell', async () => {
    const f = await report();
    f.setNamed('TTDN_KienNghi', 'a'.repeat(8001));
    expectOne(f, 'TEXT_TOO_LONG', f.address('TTDN_KienNghi'));
  });

  test('FORMULA_INPUT: a formula in an input cell is a warning and its cached value is kept', async () => {
    const f = await report();
    const rows = cleanReportRows(2);
    f.setRow(0, { kinhPhi: { formula: '2+3', result: 5 } });
    f.setIndicator('CT17', sumBudget(rows) - (rows[0].kinhPhi as number) + 5);
    const x = expectOne(f, 'FORMULA_INPUT', f.rowAddress(0, 'kinhPhi'));
    expect(x.severity).toBe('warning');
    expect(x.value).toBe('=2+3');
    const p = validateGrid(f.grid());
    expect(p.submission.rows[0].values.kinhPhi).toBe(5);
    expect(p.findings.filter((y) => y.severity === 'error')).toEqual([]);
  });

  test('LEGACY_ENCODING: TCVN3 text is a warning and is converted to Unicode', async () => {
    const f = await report();
    f.setRow(0, { ketQua: '§¹i häc §µ N½ng' });
    const x = expectOne(f, 'LEGACY_ENCODING', f.rowAddress(0, 'ketQua'));
    expect(x.severity).toBe('warning');
    expect(validateGrid(f.grid()).submission.rows[0].values.ketQua).toBe('Đại học Đà Nẵng');
  });

  test('HEADER_MISSING: a document number without digits is a warning on TTDN_SoKyHieu', async () => {
    const f = await report();
    f.setNamed('TTDN_SoKyHieu', 'Số:      /BC-SNV');
    expectOne(f, 'HEADER_MISSING', f.address('TTDN_SoKyHieu'));
  });

  test('HEADER_MISSING: a blank report date is a warning on TTDN_NgayBaoCao', async () => {
    const f = await report();
    f.setNamed('TTDN_NgayBaoCao', null);
    expectOne(f, 'HEADER_MISSING', f.address('TTDN_NgayBaoCao'));
  });
});

describe('cross-field rules', () => {
  test('INDICATOR_REQUIRES: CT11 > 0 with CT10 = 0 is an error on CT10', async () => {
    const f = await report();
    f.setIndicators({ CT10: 0, CT11: 30 });
    expectOne(f, 'INDICATOR_REQUIRES', f.indicatorAddress('CT10'));
  });

  test('INDICATOR_REQUIRES: CT11 > 0 with CT10 blank is an error on CT10', async () => {
    const f = await report();
    f.setIndicators({ CT10: null, CT11: 30 });
    expectOne(f, 'INDICATOR_REQUIRES', f.indicatorAddress('CT10'));
  });

  test('BUDGET_MISMATCH: activity budgets far from CT17 is a warning on CT17', async () => {
    const f = await report();
    f.setIndicator('CT17', 500);
    const x = expectOne(f, 'BUDGET_MISMATCH', f.indicatorAddress('CT17'));
    expect(x.severity).toBe('warning');
  });

  test('BUDGET_MISMATCH: a difference within 5% is accepted', async () => {
    const f = await report();
    f.setRows([{ kinhPhi: 100 }, { kinhPhi: 0 }]);
    f.setIndicator('CT17', 104);
    expect(only(validateGrid(f.grid()).findings, 'BUDGET_MISMATCH')).toEqual([]);
  });

  test('TASK_NOT_IN_PLAN: a report task code missing from the plan is a warning on its cell', async () => {
    const f = await report();
    f.setRow(0, { maNhiemVu: 'KH2026-SNGV-001' });
    f.setRow(1, { maNhiemVu: 'kh2026-snv-099' });
    expectOne(f, 'TASK_NOT_IN_PLAN', f.rowAddress(1, 'maNhiemVu'), f.mainSheet, new Set(['KH2026-SNGV-001']));
  });

  test('DUPLICATE_ROW: a repeated activity is a warning on the second row', async () => {
    const f = await report();
    const rows = cleanReportRows(1);
    f.setRows([rows[0], { ...rows[0], nhomNhiemVu: 'chi dao, ban hanh van ban' }]);
    f.setIndicator('CT17', (rows[0].kinhPhi as number) * 2);
    expectOne(f, 'DUPLICATE_ROW', f.rowAddress(1, 'tenHoatDong'));
  });

  test('DUPLICATE_CODE: a plan task code copied onto another row is a warning and gets renumbered', async () => {
    const f = await cleanForm('ke-hoach-nam', 3);
    f.setRow(2, { maNhiemVu: 'KH2026-SNGV-001' });
    expectOne(f, 'DUPLICATE_CODE', f.rowAddress(2, 'maNhiemVu'));
    const codes = validateGrid(f.grid()).submission.rows.map((r) => r.values.maNhiemVu);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes[0]).toBe('KH2026-SNGV-001');
    expect(codes[2]).toMatch(/^KH2026-SNGV-\d{3}$/);
    expect(codes[2]).not.toBe('KH2026-SNGV-001');
  });

  test('ROW_BELOW_TABLE: a row typed just below the body is a warning on its first cell, and is read', async () => {
    const f = await report();
    const row = f.typeBelow({ nhomNhiemVu: 'Khác', tenHoatDong: 'Hoạt động thêm', tinhTrang: 'Hoàn thành' });
    expectOne(f, 'ROW_BELOW_TABLE', `A${row}`);
    const p = validateGrid(f.grid());
    expect(p.submission.rows.at(-1)?.values.tenHoatDong).toBe('Hoạt động thêm');
    expect(p.submission.rows.at(-1)?.belowTable).toBe(true);
  });
});

describe('metadata rules point at _ttdn', () => {
  test('UNIT_UNKNOWN: a unit code not in the registry is an error on _ttdn', async () => {
    const f = await report();
    const cell = f.setMeta('unit', 'SO_KHONG_CO');
    expectOne(f, 'UNIT_UNKNOWN', cell, '_ttdn');
  });

  test('PERIOD_MISMATCH: a period label that does not match kind and year is an error', async () => {
    const f = await report('bao-cao-nam');
    const cell = f.setMeta('period', '6T-2026');
    const x = expectOne(f, 'PERIOD_MISMATCH', cell, '_ttdn');
    expect(x.message).toContain('N-2026');
  });

  test('META_MISSING: a blanked unit key is an error on its _ttdn row', async () => {
    const f = await cleanForm('ke-hoach-nam', 1);
    const cell = f.setMeta('unit', null);
    const x = expectOne(f, 'META_MISSING', cell, '_ttdn');
    expect(x.field).toBe('unit');
  });
});
