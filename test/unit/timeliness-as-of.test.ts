import { timeliness } from '../../shared/calendar/calendar';

describe('timeliness judged as of a date', () => {
  test('a file received after the as-of date is overdue only by the days up to that date', () => {
    expect(timeliness('2026-06-15', '2026-11-25', '2026-06-30')).toEqual({
      status: 'late',
      days: 15,
      afterAsOf: true,
    });
  });

  test('a file received after an as-of date before the deadline is not late', () => {
    expect(timeliness('2026-06-15', '2026-11-25', '2026-06-10')).toEqual({
      status: 'on-time',
      afterAsOf: true,
    });
  });

  test('a file received by the as-of date keeps its own lateness', () => {
    expect(timeliness('2026-06-15', '2026-06-18', '2026-06-30')).toEqual({ status: 'late', days: 3 });
  });
});
