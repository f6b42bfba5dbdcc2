/**
 * cleanText's fast path (text returned as it is) gives what the full cleaning gives, and so the same folded keys;
 * isBlank's (a visible first character) says what the full cleaning says.
 */
import { cleanText, foldKey } from '../../shared';
import { isBlank } from '../../shared/parse/cell-values';

/** The full cleaning, without the fast path. */
const reference = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

/** The full folding, without the fast path. */
const referenceFold = (s: string) =>
  reference(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const SAMPLES = [
  'Tuyên truyền về biên giới cho nhân dân khu vực biên giới (6)',
  'Hoàn thành',
  'ĐANG THỰC HIỆN',
  'Thực hiện 14 đợt, thu hút 202 lượt người tham gia',
  '“Trích dẫn” – số 5…',
  'Hoa\u0300n tha\u0300nh', // decomposed: must be composed
  'Sở\u00A0Ngoại vụ', // non-breaking space
  'hai  dấu cách',
  ' đầu',
  'cuối ',
  'zero\u200Bwidth',
  'Ωhm \u2126', // a singleton NFC changes
  'Straße Æsir İstanbul ǅ',
  '',
  ' ',
  'x',
  'a b c',
  'a b  ',
];

test('typical Vietnamese cell text, clean or not, is cleaned as the full cleaning does', () => {
  for (const s of SAMPLES) expect([s, cleanText(s)]).toEqual([s, reference(s)]);
});

test('typical text folds to the same key as the full folding gives', () => {
  for (const s of SAMPLES) expect([s, foldKey(s)]).toEqual([s, referenceFold(s)]);
});

test('every character and pair of characters the fast path accepts is cleaned and folded as in full', () => {
  const ranges: [number, number][] = [
    [0x21, 0x7e],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  const chars = ranges.flatMap(([a, b]) =>
    Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i)),
  );
  chars.push('\u2013', '\u2014', '\u2018', '\u2019', '\u201C', '\u201D', '\u2026');
  let wrong = 0;
  for (const a of chars)
    for (const b of chars) if (cleanText(`${a} ${b}${a}`) !== reference(`${a} ${b}${a}`)) wrong++;
  expect(wrong).toBe(0);
});

test('foldKey gives the same key when a text is looked up again, after the remembered keys were dropped, and for long texts', () => {
  const first = foldKey('  Hoàn   THÀNH ');
  expect(first).toBe('hoan thanh');
  expect(foldKey('  Hoàn   THÀNH ')).toBe(first);
  for (let i = 0; i < 25_000; i++) foldKey(`Đơn vị ${i}`);
  expect(foldKey('  Hoàn   THÀNH ')).toBe(first);
  expect(foldKey('Đơn vị 7')).toBe('don vi 7');
  const long = `Đánh giá ${'Thông tin đối ngoại '.repeat(40)}`;
  expect(foldKey(long)).toBe(`danh gia ${'thong tin doi ngoai '.repeat(40).trim()}`);
});

test('a cell is blank exactly when the full cleaning leaves nothing, whatever its first character', () => {
  const tails = ['', ' ', '\u200B', 'a', '\u0300', ' x'];
  const heads = [
    ...SAMPLES,
    '\u200B',
    '\uFEFF\u200C',
    '\u00A0\t\u2007\u202F',
    '\u0300',
    '\t',
    '\n',
    '\u3000',
    'đ',
    '…',
    '\u200Bx',
    '\u00A0Sở',
  ];
  for (const h of heads)
    for (const t of tails) expect([h + t, isBlank(h + t)]).toEqual([h + t, reference(h + t) === '']);
  expect([isBlank(null), isBlank(undefined), isBlank(0), isBlank(false)]).toEqual([true, true, false, false]);
});
