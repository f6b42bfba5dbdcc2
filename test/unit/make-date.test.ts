/** makeDate checks month lengths itself; it must agree with the calendar JavaScript's Date keeps. */
import { makeDate } from '../../shared';

/** Through Date: a day that does not exist rolls over into the next month. */
function reference(year: number, month: number, day: number): string | null {
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCMonth() !== month - 1) return null;
  return t.toISOString().slice(0, 10);
}

test('every day 1 to 32 of every month from 1900 to 2999 is accepted or refused as Date has it', () => {
  const wrong: string[] = [];
  for (let y = 1900; y <= 2999; y++)
    for (let m = 1; m <= 12; m++)
      for (let d = 1; d <= 32; d++)
        if (makeDate(y, m, d) !== reference(y, m, d)) wrong.push(`${d}/${m}/${y}`);
  expect(wrong).toEqual([]);
});

test('29 February only in leap years; years outside 1900–2999, month 0 or 13, day 0 and fractions are refused', () => {
  expect([
    makeDate(2024, 2, 29),
    makeDate(2026, 2, 29),
    makeDate(2000, 2, 29),
    makeDate(2100, 2, 29),
  ]).toEqual(['2024-02-29', null, '2000-02-29', null]);
  expect([makeDate(1899, 12, 31), makeDate(3000, 1, 1), makeDate(2026, 0, 1), makeDate(2026, 13, 1)]).toEqual(
    [null, null, null, null],
  );
  expect([makeDate(2026, 1, 0), makeDate(2026, 1.5, 1), makeDate(2026, 1, 1.5)]).toEqual([null, null, null]);
});
