/** The reader's tag scanner: names without their prefix, common and uncommon alike. */
import { Tag, XmlScanner } from '../../shared/file/xml-scanner';

function tags(xml: string): string[] {
  const sc = new XmlScanner(xml);
  const out: string[] = [];
  while (sc.next() !== Tag.Eof)
    out.push(`${sc.kind === Tag.Open ? '' : '/'}${sc.name}${sc.selfClosing ? '/' : ''}`);
  return out;
}

test('tag names come without their namespace prefix, whatever the prefix and spacing', () => {
  expect(
    tags('<x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c ></x:row><row/><c/><v></v><f/><t/><is/><si/>'),
  ).toEqual(['row', 'c', 'v', '/v', '/c', '/row', 'row/', 'c/', 'v', '/v', 'f/', 't/', 'is/', 'si/']);
});

test('names that only start like the common ones are read whole', () => {
  expect(tags('<cc/><vv/><rows/><ro/><iss/><s/><r/><rPh/><x:cols></x:cols>')).toEqual([
    'cc/',
    'vv/',
    'rows/',
    'ro/',
    'iss/',
    's/',
    'r/',
    'rPh/',
    'cols',
    '/cols',
  ]);
});

// A crafted part must not cost time in the square of its size: each close tag or declaration used
// to search the rest of the part for a ':' or a '['. 400,000 tags, the one ':' and '[' at the very
// end: in one pass this takes milliseconds; searching the rest of the part each time, minutes.
test('a part of many close tags and declarations is scanned in one pass', () => {
  const n = 400_000;
  const sc = new XmlScanner(`<r>${'<a></a>'.repeat(n)}${'<!x>'.repeat(n)}<p:b/></r><![x[`);
  let closes = 0;
  while (sc.next() !== Tag.Eof) if (sc.kind === Tag.Close) closes++;
  expect(closes).toBe(n + 1);
}, 15_000);
