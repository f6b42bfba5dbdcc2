/**
 * Seeded, bounded fuzz run over real generated forms (the committed .xlsx and its LibreOffice .ods): bytes of the
 * zip mutated directly, and XML parts mutated then re-zipped with fflate (valid CRCs, so the XML readers are
 * reached). Every case must return a grid or throw the reader's typed error, within generous time and size bounds.
 * Same seed, same cases: a failure names its case number and can be replayed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { TtdnError } from '../../shared/domain/errors';
import { readWorkbookGrid } from '../../shared/file/read-workbook-grid';
import { UnsafeFileError } from '../../shared/file/zip-guard';
import type { WorkbookGrid } from '../../shared/grid/workbook-grid';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reader');
const SEED = 20261125;
/** FUZZ_CASES=5000 for a longer hunt; the default keeps `npm test` quick. */
const CASES_PER_FILE = Number(process.env.FUZZ_CASES) || 150;
/**
 * Per case, far above the milliseconds a case takes (a few hundred at most on a busy machine): only a pathological
 * slowdown, the kind that used to cost minutes, trips it. Size is bounded by a counter instead: the .ods cell budget
 * is lowered so any case that would materialise more cells must end in the typed error.
 */
const CASE_BOUND_MS = 20000;
const MAX_CELLS = 200_000;

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Tokens real files and crafted files put where the readers look. */
const TOKENS = [
  '<v/>',
  '<v></v>',
  't="s"',
  't="d"',
  't="e"',
  ' r="A0"',
  ' r="1A"',
  ' r="XFE1"',
  ' r="A1048577"',
  '<c r="B2"><f t="shared" si="0"/></c>',
  '<f t="shared" ref="A1:A1048576" si="0">SUM(A1:B2)</f>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B12"/>',
  '<sheet name="X" sheetId="9"/>',
  ' r:id=""',
  '<workbookPr date1904="1"/>',
  '&#x0;',
  '&#1114112;',
  '&bogus;',
  '<![CDATA[',
  ']]>',
  '<!--',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
  '_x0000_',
  '99999999999999999999',
  '-1',
  'NaN',
  ' table:number-columns-repeated="16384"',
  ' table:number-rows-repeated="1048576"',
  ' table:number-columns-spanned="100000"',
  ' table:number-rows-spanned="0"',
  ' office:value-type="date" office:date-value="99999-99-99"',
  ' office:value-type="float" office:value="1e309"',
  '<text:s text:c="1000000000"/>',
  '<table:covered-table-cell/>',
  '<table:table table:name="S2">',
  '</table:table>',
  `<table:named-range table:name="N" table:cell-range-address="$'a'.$A$1:.$ZZZZ$9"/>`,
  '"',
  "'",
  '<',
  '>',
  '/>',
];

type Mutator = (text: string, r: (n: number) => number) => string;

const MUTATORS: Mutator[] = [
  (t, r) => {
    const at = r(t.length);
    return t.slice(0, at) + t.slice(at + 1 + r(64));
  },
  (t, r) => {
    const at = r(t.length);
    const len = 1 + r(200);
    return t.slice(0, at) + t.slice(at, at + len).repeat(2 + r(5)) + t.slice(at);
  },
  (t, r) => {
    const at = r(t.length);
    return t.slice(0, at) + TOKENS[r(TOKENS.length)] + t.slice(at);
  },
  (t, r) => {
    // Insert a token right after a tag name, where attributes go.
    const tags = [...t.matchAll(/<[A-Za-z:]+/g)];
    if (!tags.length) return t;
    const m = tags[r(tags.length)];
    const at = m.index + m[0].length;
    return t.slice(0, at) + TOKENS[r(TOKENS.length)] + t.slice(at);
  },
  (t, r) => t.replace(/\d+/g, (d) => (r(8) === 0 ? String(r(10) ** (1 + r(9))) : d)),
  (t, r) => {
    const at = r(t.length);
    return t.slice(0, at);
  },
];

function mutateBytes(bytes: Uint8Array, r: (n: number) => number): Uint8Array {
  const out = bytes.slice();
  const kind = r(3);
  if (kind === 0) for (let k = 0; k < 1 + r(8); k++) out[r(out.length)] = r(256);
  else if (kind === 1) return out.subarray(0, r(out.length));
  else {
    const at = r(out.length);
    const len = 1 + r(64);
    out.copyWithin(at, r(out.length), r(out.length) + len);
  }
  return out;
}

function mutateParts(bytes: Uint8Array, r: (n: number) => number): Uint8Array {
  const files = unzipSync(bytes);
  const xmlParts = Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n));
  const rounds = 1 + r(3);
  for (let k = 0; k < rounds; k++) {
    const name = xmlParts[r(xmlParts.length)];
    files[name] = strToU8(MUTATORS[r(MUTATORS.length)](strFromU8(files[name]), r));
  }
  return zipSync(files, { level: 1 });
}

/** Touches what a parser touches (names, sheets, a window of cells, formulas, merges); returns what breaks a rule. */
function problemsOf(grid: WorkbookGrid): string[] {
  const problems: string[] = [];
  for (const d of grid.definedNames)
    if (typeof d.range !== 'string' || typeof d.sheet !== 'string') problems.push(`name ${d.name}`);
  for (const name of grid.sheetNames) {
    const s = grid.sheet(name);
    if (!s) continue;
    if (!(s.rowCount <= 1048576 && s.columnCount <= 16384))
      problems.push(`${name}: size ${s.rowCount}×${s.columnCount}`);
    for (let row = 1; row <= Math.min(s.rowCount, 120); row++)
      for (let col = 1; col <= Math.min(s.columnCount, 30); col++) {
        const c = s.cell(row, col);
        if (c && c.formula !== undefined && typeof c.formula !== 'string')
          problems.push(`${name}!${row}:${col}`);
      }
    for (const m of s.merges ?? []) if (!/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(m)) problems.push(`merge ${m}`);
  }
  return problems;
}

describe.each(['form.xlsx', 'form.ods'])('fuzzing %s', (file) => {
  const original = new Uint8Array(readFileSync(join(FIXTURES, file)));

  it(`returns a grid or a typed error for ${CASES_PER_FILE} seeded mutations, each within the bound`, () => {
    const r = rng(SEED + file.length);
    const outcomes = { grid: 0, typed: 0 };
    let slowest = 0;
    for (let i = 0; i < CASES_PER_FILE; i++) {
      const input = r(4) === 0 ? mutateBytes(original, r) : mutateParts(original, r);
      const started = Date.now();
      let grid: WorkbookGrid | undefined;
      try {
        grid = readWorkbookGrid(input, { maxCells: MAX_CELLS });
        outcomes.grid++;
      } catch (e) {
        if (!(e instanceof UnsafeFileError || e instanceof TtdnError))
          throw new Error(`case ${i}: untyped ${(e as Error)?.name}: ${(e as Error)?.message}`, { cause: e });
        outcomes.typed++;
      }
      if (grid) expect([i, problemsOf(grid)]).toEqual([i, []]);
      const took = Date.now() - started;
      slowest = Math.max(slowest, took);
      if (took > CASE_BOUND_MS) throw new Error(`case ${i} took ${took} ms`);
    }
    expect(outcomes.grid + outcomes.typed).toBe(CASES_PER_FILE);
    // Both outcomes occur, so the run reaches the XML readers and not only the zip guard.
    expect(outcomes.grid).toBeGreaterThan(CASES_PER_FILE / 4);
    expect(outcomes.typed).toBeGreaterThan(0);
    expect(slowest).toBeLessThanOrEqual(CASE_BOUND_MS);
    if (process.env.FUZZ_REPORT) console.log(file, outcomes, `slowest ${slowest} ms`);
  });
});
