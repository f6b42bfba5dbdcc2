/** What the parser tolerates, the way agencies actually type (SPEC §5, §3.5). */
import { dateToExcelSerial, parseDateValue, parseNumber } from '../../shared';
import { FormFiller, cleanForm, readGrid, validateGrid } from '../helpers/forms';

describe('numbers as Vietnamese offices type them', () => {
  test.each([
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    ['1,5', 1.5],
    [' 12 ', 12],
    ['1.234.567', 1234567],
    ['1,234.5', 1234.5],
    [12, 12],
  ])('%p parses to %p', (input, value) => {
    expect(parseNumber(input)).toEqual({ ok: true, value });
  });

  test.each([['12a'], ['abc'], [''], ['1..2'], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    '%p is rejected as invalid',
    (input) => {
      expect(parseNumber(input)).toEqual({ ok: false, reason: 'invalid' });
    },
  );

  test.each([['-3'], [-3], ['−3']])('%p is rejected as negative', (input) => {
    expect(parseNumber(input)).toEqual({ ok: false, reason: 'negative' });
  });

  test('tolerant number forms typed in budget cells give values and no findings', async () => {
    const f = await cleanForm('bao-cao-nam', 4);
    f.setRows([{ kinhPhi: '1.234' }, { kinhPhi: '1.234,5' }, { kinhPhi: '1,5' }, { kinhPhi: ' 12 ' }]);
    f.setIndicator('CT17', 1234 + 1234.5 + 1.5 + 12);
    const p = validateGrid(f.grid());
    expect(p.submission.rows.map((r) => r.values.kinhPhi)).toEqual([1234, 1234.5, 1.5, 12]);
    expect(p.findings).toEqual([]);
  });
});

describe('dates as agencies type them', () => {
  test.each([
    ['15/3/2026', '2026-03-15'],
    ['15/03/2026', '2026-03-15'],
    ['2026-03-15', '2026-03-15'],
    ['2026-03-15T00:00:00.000Z', '2026-03-15'],
    ['15-03-2026', '2026-03-15'],
  ])('%p is the day %p', (input, day) => {
    expect(parseDateValue(input)).toEqual({ from: day, to: day, granularity: 'day' });
  });

  test('an Excel serial is a day', () => {
    expect(parseDateValue(dateToExcelSerial('2026-03-15'))).toEqual({
      from: '2026-03-15',
      to: '2026-03-15',
      granularity: 'day',
    });
  });

  test('a Date cell (UTC midnight) is a day', () => {
    expect(parseDateValue(new Date(Date.UTC(2026, 2, 15)))).toEqual({
      from: '2026-03-15',
      to: '2026-03-15',
      granularity: 'day',
    });
  });

  test('"03/2026" is the month of March', () => {
    expect(parseDateValue('03/2026')).toEqual({ from: '2026-03-01', to: '2026-03-31', granularity: 'month' });
  });

  test('"Quý I/2026" is the first quarter', () => {
    expect(parseDateValue('Quý I/2026')).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      granularity: 'quarter',
    });
  });

  test('"quy 2/2026" without diacritics is the second quarter', () => {
    expect(parseDateValue('quy 2/2026')).toEqual({
      from: '2026-04-01',
      to: '2026-06-30',
      granularity: 'quarter',
    });
  });

  test.each([['31/02/2026'], ['29/02/2026'], ['32/01/2026'], ['15/13/2026'], ['5/3/26'], ['hôm qua']])(
    '%p is not a date',
    (input) => {
      expect(parseDateValue(input)).toBeNull();
    },
  );

  test('every accepted date form in a report row is read without findings', async () => {
    const f = await cleanForm('bao-cao-nam', 7);
    const inputs = [
      '15/3/2026',
      '15/03/2026',
      '2026-03-15',
      dateToExcelSerial('2026-03-15'),
      new Date(Date.UTC(2026, 2, 15)),
      '03/2026',
      'Quý I/2026',
    ];
    inputs.forEach((thoiGian, i) => f.setRow(i, { thoiGian, tenHoatDong: `Hoạt động ngày ${i}` }));
    const p = validateGrid(f.grid());
    expect(p.findings.filter((x) => x.code.startsWith('DATE'))).toEqual([]);
    expect(p.submission.rows.slice(0, 5).map((r) => r.values.thoiGian)).toEqual(Array(5).fill('15/03/2026'));
    expect(p.submission.rows[5].spans.thoiGian).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      granularity: 'month',
    });
    expect(p.submission.rows[6].spans.thoiGian.granularity).toBe('quarter');
  });

  test('a month that overlaps the report window counts as inside it', async () => {
    const f = await cleanForm('bao-cao-6-thang', 1);
    f.setRow(0, { thoiGian: '12/2025' });
    expect(validateGrid(f.grid()).findings).toEqual([]);
  });
});

describe('lists and Unicode', () => {
  test('list values typed without diacritics or in another case are stored canonically', async () => {
    const f = await cleanForm('bao-cao-nam', 3);
    f.setRows([
      { tinhTrang: 'hoan thanh', nhomNhiemVu: 'tap huan, boi duong nghiep vu' },
      { tinhTrang: 'ĐANG THỰC HIỆN', nhomNhiemVu: 'KHAC' },
      { tinhTrang: '  Phat sinh ngoai ke hoach ' },
    ]);
    const p = validateGrid(f.grid());
    expect(p.findings).toEqual([]);
    expect(p.submission.rows.map((r) => r.values.tinhTrang)).toEqual([
      'Hoàn thành',
      'Đang thực hiện',
      'Phát sinh ngoài kế hoạch',
    ]);
    expect(p.submission.rows.map((r) => r.values.nhomNhiemVu).slice(0, 2)).toEqual([
      'Tập huấn, bồi dưỡng nghiệp vụ',
      'Khác',
    ]);
  });

  test('plan funding source typed as "xa hoi hoa" is stored as "Xã hội hóa"', async () => {
    const f = await cleanForm('ke-hoach-nam', 1);
    f.setRow(0, { nguonKinhPhi: 'xa hoi hoa' });
    const p = validateGrid(f.grid());
    expect(p.findings).toEqual([]);
    expect(p.submission.rows[0].values.nguonKinhPhi).toBe('Xã hội hóa');
  });

  test('NFD text (decomposed diacritics, as macOS types it) is stored as NFC', async () => {
    const f = await cleanForm('bao-cao-nam', 1);
    const nfd = 'Tuyên truyền biển đảo'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    f.setRow(0, { tenHoatDong: nfd, tinhTrang: 'Hoàn thành'.normalize('NFD') });
    f.setNamed('TTDN_ChiDao', 'Chỉ đạo điều hành'.normalize('NFD'));
    const p = validateGrid(f.grid());
    expect(p.findings).toEqual([]);
    expect(p.submission.rows[0].values.tenHoatDong).toBe('Tuyên truyền biển đảo'.normalize('NFC'));
    expect(p.submission.rows[0].values.tinhTrang).toBe('Hoàn thành');
    expect(p.submission.narratives.chiDao).toBe('Chỉ đạo điều hành'.normalize('NFC'));
  });
});

describe('rows where agencies put them', () => {
  test('rows inserted inside the body are read in sheet order with no warning', async () => {
    const f = await cleanForm('bao-cao-nam', 3);
    f.insertRowsInside(1, 2);
    f.setRow(1, { nhomNhiemVu: 'Khác', tenHoatDong: 'Chèn 1', tinhTrang: 'Hoàn thành', kinhPhi: 0 });
    f.setRow(2, { nhomNhiemVu: 'Khác', tenHoatDong: 'Chèn 2', tinhTrang: 'Hoàn thành', kinhPhi: 0 });
    const p = validateGrid(f.grid());
    expect(p.findings).toEqual([]);
    expect(p.submission.rows.map((r) => r.values.tenHoatDong)).toEqual([
      'Hoạt động thông tin đối ngoại số 1',
      'Chèn 1',
      'Chèn 2',
      'Hoạt động thông tin đối ngoại số 2',
      'Hoạt động thông tin đối ngoại số 3',
    ]);
  });

  test('a row inserted inside a full body pushes the last row down and it is still inside the name', async () => {
    const f = await FormFiller.generate('bao-cao-nam');
    const body = f.region('TTDN_HoatDong');
    const n = body.bottom - body.top + 1;
    for (let i = 0; i < n; i++)
      f.setRow(i, { nhomNhiemVu: 'Khác', tenHoatDong: `Hàng ${i + 1}`, tinhTrang: 'Hoàn thành' });
    f.insertRowsInside(5);
    f.setRow(5, { nhomNhiemVu: 'Khác', tenHoatDong: 'Chèn', tinhTrang: 'Hoàn thành' });
    const p = validateGrid(f.grid());
    expect(p.submission.rows).toHaveLength(n + 1);
    expect(p.findings.filter((x) => x.code === 'ROW_BELOW_TABLE')).toEqual([]);
    expect(p.submission.indicatorCells.CT01).toBe(f.indicatorAddress('CT01'));
  });

  test('an inserted plan row gets a fresh task code, distinct from the generated ones', async () => {
    const f = await cleanForm('ke-hoach-nam', 3);
    f.insertRowsInside(1);
    f.setRow(1, { nhomNhiemVu: 'Khác', tenNhiemVu: 'Chèn', chuTri: 'Sở Ngoại vụ' });
    const p = validateGrid(f.grid());
    const codes = p.submission.rows.map((r) => r.values.maNhiemVu);
    expect(codes).toHaveLength(4);
    expect(new Set(codes).size).toBe(4);
    expect(codes[0]).toBe('KH2026-SNGV-001');
    expect(codes[2]).toBe('KH2026-SNGV-002');
  });

  test('rows typed below the body are read and flagged, up to the next section', async () => {
    const f = await cleanForm('bao-cao-nam', 2);
    f.typeBelow({ nhomNhiemVu: 'Khác', tenHoatDong: 'Dưới bảng', tinhTrang: 'Hoàn thành' });
    const p = validateGrid(f.grid());
    expect(p.submission.rows).toHaveLength(3);
    expect(p.submission.rows[2].values.tenHoatDong).toBe('Dưới bảng');
    expect(p.findings.map((x) => x.code)).toEqual(['ROW_BELOW_TABLE']);
    expect(p.submission.indicators.CT01).toBe(2);
  });

  test('a plan row typed below the total row is read and flagged', async () => {
    const f = await cleanForm('ke-hoach-nam', 2);
    const row = f.typeBelow({ nhomNhiemVu: 'Khác', tenNhiemVu: 'Dưới tổng', chuTri: 'Sở Ngoại vụ' }, 2);
    const p = validateGrid(f.grid());
    expect(p.submission.rows.at(-1)?.values.tenNhiemVu).toBe('Dưới tổng');
    expect(p.findings.map((x) => [x.code, x.cell])).toEqual([['ROW_BELOW_TABLE', `A${row}`]]);
  });
});

describe('formulas', () => {
  test('a formula cell with a cached value, written to .xlsx and read by the CLI reader, counts for its value', async () => {
    const f = await cleanForm('bao-cao-nam', 1);
    f.setRow(0, { kinhPhi: { formula: 'ROUND(10/4,1)', result: 2.5 } });
    f.setIndicator('CT17', { formula: `${f.rowAddress(0, 'kinhPhi')}`, result: 2.5 });
    const p = validateGrid(readGrid(await f.save()));
    expect(p.submission.rows[0].values.kinhPhi).toBe(2.5);
    expect(p.submission.indicators.CT17).toBe(2.5);
    expect(p.findings.map((x) => [x.code, x.severity, x.cell])).toEqual([
      ['FORMULA_INPUT', 'warning', f.rowAddress(0, 'kinhPhi')],
      ['FORMULA_INPUT', 'warning', f.indicatorAddress('CT17')],
    ]);
  });
});
