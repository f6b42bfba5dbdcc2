/** Time in words as offices write "Thời gian thực hiện" (issue 9, item 2). */
import { dateToExcelSerial, parseDateValue } from '../../shared';
import { parseTimeSpanText } from '../../shared/values/parse-time-span';

const YEAR = 2026;
const H1 = { from: '2026-01-01', to: '2026-06-30' };

describe('time words become one interval of the year', () => {
  test.each([
    ['Thường xuyên', '2026-01-01', '2026-06-30'],
    ['thuong xuyen', '2026-01-01', '2026-06-30'],
    ['Cả năm', '2026-01-01', '2026-12-31'],
    ['Năm 2026', '2026-01-01', '2026-12-31'],
    ['năm 2025', '2025-01-01', '2025-12-31'],
    ['Quý I', '2026-01-01', '2026-03-31'],
    ['Quý IV', '2026-10-01', '2026-12-31'],
    ['Quý 3', '2026-07-01', '2026-09-30'],
    ['Quý I/2026', '2026-01-01', '2026-03-31'],
    ['Quý II năm 2026', '2026-04-01', '2026-06-30'],
    ['Quý I năm 2025', '2025-01-01', '2025-03-31'],
    ['Q2/2026', '2026-04-01', '2026-06-30'],
    ['Quý I, II', '2026-01-01', '2026-06-30'],
    ['Quý I, II/2026', '2026-01-01', '2026-06-30'],
    ['Quý I - Quý II', '2026-01-01', '2026-06-30'],
    ['Quý I–II năm 2026', '2026-01-01', '2026-06-30'],
    ['Quý III và IV', '2026-07-01', '2026-12-31'],
    ['Tháng 3', '2026-03-01', '2026-03-31'],
    ['Tháng 02', '2026-02-01', '2026-02-28'],
    ['Tháng 3/2026', '2026-03-01', '2026-03-31'],
    ['T3/2026', '2026-03-01', '2026-03-31'],
    ['Tháng 3, 4/2026', '2026-03-01', '2026-04-30'],
    ['Tháng 3-5/2026', '2026-03-01', '2026-05-31'],
    ['Tháng 3 - Tháng 5 năm 2026', '2026-03-01', '2026-05-31'],
    ['Tháng 12/2025 - Tháng 2/2026', '2025-12-01', '2026-02-28'],
    ['6 tháng đầu năm', '2026-01-01', '2026-06-30'],
    ['6 tháng cuối năm 2026', '2026-07-01', '2026-12-31'],
    ['Sáu tháng đầu năm', '2026-01-01', '2026-06-30'],
    ['15/3/2026', '2026-03-15', '2026-03-15'],
    ['15/03/2026', '2026-03-15', '2026-03-15'],
    ['15.3.2026', '2026-03-15', '2026-03-15'],
    ['15-03-2026', '2026-03-15', '2026-03-15'],
    ['2026-03-15', '2026-03-15', '2026-03-15'],
    ['15/3', '2026-03-15', '2026-03-15'],
    ['15/3 - 20/3/2026', '2026-03-15', '2026-03-20'],
    ['15/3/2026 – 20/4/2026', '2026-03-15', '2026-04-20'],
    ['Từ 15/3 đến 20/3/2026', '2026-03-15', '2026-03-20'],
    ['15-20/3/2026', '2026-03-15', '2026-03-20'],
    ['03/2026', '2026-03-01', '2026-03-31'],
    ['Thời gian thực hiện: Quý I năm 2022', '2022-01-01', '2022-03-31'],
  ])('%p is %s … %s', (text, from, to) => {
    const span = parseTimeSpanText(text, { year: YEAR, periodSpan: H1 });
    expect(span && { from: span.from, to: span.to }).toEqual({ from, to });
  });

  test('"Thường xuyên" without a window is the whole year', () => {
    expect(parseTimeSpanText('Thường xuyên', { year: YEAR })).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  test('a single quarter keeps the quarter granularity, a list of quarters is a range', () => {
    expect(parseTimeSpanText('Quý II', { year: YEAR })?.granularity).toBe('quarter');
    expect(parseTimeSpanText('Quý I, II', { year: YEAR })?.granularity).toBe('range');
  });

  test.each([
    ['abc'],
    ['Quý V'],
    ['Quý 5/2026'],
    ['Tháng 13/2026'],
    ['Tháng 0'],
    ['31/02/2026'],
    ['5/3/26'],
    ['20/3 - 15/3/2026'],
    ['hôm qua'],
    ['Tháng 3 ' + 'x'.repeat(100)],
  ])('%p is not a time expression', (text) => {
    expect(parseTimeSpanText(text, { year: YEAR, periodSpan: H1 })).toBeNull();
  });

  test.each([['Quý I'], ['Tháng 3'], ['15/3'], ['Cả năm']])(
    '%p needs a year from the context and is nothing without one',
    (text) => {
      expect(parseTimeSpanText(text)).toBeNull();
    },
  );
});

describe('serial dates in both Excel date systems', () => {
  test('a 1900-system serial is the day it stands for', () => {
    expect(parseDateValue(dateToExcelSerial('2026-03-15'))).toMatchObject({
      from: '2026-03-15',
      granularity: 'day',
    });
  });

  test('the same day in a 1904-system workbook is 1462 smaller and still read right', () => {
    const serial = dateToExcelSerial('2026-03-15') - 1462;
    expect(parseDateValue(serial, YEAR, { date1904: true })).toMatchObject({ from: '2026-03-15' });
    expect(parseDateValue(serial, YEAR)).not.toMatchObject({ from: '2026-03-15' });
  });

  test('a year typed as a number is that year, not a day in 1905', () => {
    expect(parseDateValue(2026)).toMatchObject({ from: '2026-01-01', to: '2026-12-31', granularity: 'year' });
  });
});

test('a plain day reads the same with or without the fast path, impossible days included', () => {
  // A leading space skips the fast path (folding trims it), so both sides are compared.
  const samples: string[] = [];
  for (const sep of ['/', '-', '.'])
    for (const [d, m] of [
      [1, 1],
      [15, 3],
      [31, 12],
      [29, 2],
      [31, 4],
      [0, 5],
      [5, 0],
      [5, 13],
      [32, 1],
      [9, 10],
    ])
      for (const y of [2024, 2026, 1999])
        samples.push(
          `${d}${sep}${m}${sep}${y}`,
          `${String(d).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`,
        );
  for (const s of samples)
    for (const ctx of [{}, { year: 2026 }])
      expect([s, parseTimeSpanText(s, ctx)]).toEqual([s, parseTimeSpanText(` ${s}`, ctx)]);
  expect(parseTimeSpanText('15/03/2026')).toEqual({
    from: '2026-03-15',
    to: '2026-03-15',
    granularity: 'day',
  });
});
