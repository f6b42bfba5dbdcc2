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
