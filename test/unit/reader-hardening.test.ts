/**
 * Reader cases found by running the reader over real-world workbooks and a fuzz run (issue 9, item 8).
 * Each test builds the smallest package that shows the case, from hand-written parts.
 */
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { readXlsxGrid } from '../../shared/file/read-xlsx-grid';
import { readXlsxGrid as readGrid } from '../../shared/file/read-xlsx-grid';
import type { ZipCodec } from '../../shared/file/zip-guard';
import { nodeZipCodec } from '../../cli/xlsx/zip-codec';
import { parseDateValue } from '../../shared/values/parse-date';
import { UnsafeFileError } from '../../shared/file/zip-guard';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_DEFAULTS =
  '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>';

interface PackageOptions {
  workbook?: string;
  sheets?: Record<string, string>;
  strings?: string;
  workbookPath?: string;
  contentTypes?: string;
  extra?: Zippable;
  /** Compression level per part (0 = stored, so bytes on disk are the data itself). */
  level?: 0 | 6;
}

/** A package with one workbook, its rels, optional shared strings and the given sheets (rId1… in order). */
function xlsx(o: PackageOptions): Uint8Array {
  const wbPath = o.workbookPath ?? 'xl/workbook.xml';
  const dir = wbPath.slice(0, wbPath.lastIndexOf('/'));
  const file = wbPath.slice(wbPath.lastIndexOf('/') + 1);
  const sheets = o.sheets ?? { S: '<sheetData/>' };
  const names = Object.keys(sheets);
  const workbook =
    o.workbook ??
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${names
      .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`;
  const rels = names
    .map(
      (_n, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const sst = o.strings
    ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
    : '';
  const level = o.level ?? 6;
  const part = (text: string): [Uint8Array, { level: 0 | 6 }] => [strToU8(text), { level }];
  const files: Zippable = {
    '[Content_Types].xml': part(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${o.contentTypes ?? CT_DEFAULTS}</Types>`,
    ),
    '_rels/.rels': part(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${wbPath}"/></Relationships>`,
    ),
    [wbPath]: part(workbook),
    [`${dir}/_rels/${file}.rels`]: part(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${sst}</Relationships>`,
    ),
    ...(o.strings ? { [`${dir}/sharedStrings.xml`]: part(o.strings) } : {}),
    ...Object.fromEntries(
      names.map((n, i) => [
        `${dir}/worksheets/sheet${i + 1}.xml`,
        part(`<worksheet xmlns="${MAIN}">${sheets[n]}</worksheet>`),
      ]),
    ),
    ...o.extra,
  };
  return zipSync(files);
}

function errorOf(fn: () => unknown): UnsafeFileError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UnsafeFileError) return e;
    throw e;
  }
  throw new Error('expected an UnsafeFileError, got a grid');
}

describe('cell values', () => {
  it('reads an empty <v/> in a shared-string cell as blank, not as the first shared string', () => {
    const grid = readXlsxGrid(
      xlsx({
        strings: `<sst xmlns="${MAIN}"><si><t>first</t></si><si><t>second</t></si></sst>`,
        sheets: {
          S: '<sheetData><row r="1"><c r="A1" t="s"><v/></c><c r="B1" t="s"><v></v></c><c r="C1" t="s"><v>1</v></c></row></sheetData>',
        },
      }),
    );
    const s = grid.sheet('S')!;
    expect(s.cell(1, 1)?.value ?? null).toBeNull();
    expect(s.cell(1, 2)?.value ?? null).toBeNull();
    expect(s.cell(1, 3)!.value).toBe('second');
  });

  it('drops cells whose reference is malformed instead of guessing a position', () => {
    const grid = readXlsxGrid(
      xlsx({
        sheets: {
          S: `<sheetData>
            <row r="1"><c r="1A"><v>1</v></c><c r="A0"><v>2</v></c><c r="XFE1"><v>3</v></c><c r="B2C3"><v>4</v></c><c r="B1"><v>5</v></c></row>
            <row r="x"><c><v>6</v></c></row>
            <row r="3"><c r="A3"><v>7</v></c></row>
          </sheetData>`,
        },
      }),
    );
    const s = grid.sheet('S')!;
    const all: [number, number, unknown][] = [];
    for (let r = 1; r <= s.rowCount; r++)
      for (let c = 1; c <= s.columnCount; c++) {
        const v = s.cell(r, c);
        if (v) all.push([r, c, v.value]);
      }
    expect(all).toEqual([
      [1, 2, 5],
      [3, 1, 7],
    ]);
  });
});

describe('merged ranges', () => {
  it('lists each <mergeCell> as a canonical A1 range and drops malformed ones', () => {
    const grid = readXlsxGrid(
      xlsx({
        sheets: {
          S: `<sheetData><row r="12"><c r="B12"><v>1</v></c></row></sheetData>
            <mergeCells count="6"><mergeCell ref="B12:B14"/><mergeCell ref="$d$3:$C$2"/><mergeCell ref="E5"/>
            <mergeCell ref="A1:ZZZZ3"/><mergeCell ref="A1:B2:C3"/><mergeCell ref="F1:G1"/></mergeCells>`,
        },
      }),
    );
    expect(grid.sheet('S')!.merges).toEqual(['B12:B14', 'C2:D3', 'F1:G1']);
  });

  it('reads the merges ExcelJS writes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ke hoach');
    ws.getCell('B12').value = 'Nhóm 1';
    ws.mergeCells('B12:B14');
    ws.mergeCells('C2:F2');
    const grid = readXlsxGrid(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect([...grid.sheet('Ke hoach')!.merges!].sort()).toEqual(['B12:B14', 'C2:F2']);
  });
});

describe('workbook structure', () => {
  it("takes the 1904 date system from the workbook's own workbookPr, not from an extension's", () => {
    const workbook = (pr: string): string =>
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">${pr}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>
      <extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`;
    expect(readXlsxGrid(xlsx({ workbook: workbook('<workbookPr date1904="1"/>') })).date1904).toBe(true);
    expect(readXlsxGrid(xlsx({ workbook: workbook('<workbookPr date1904="true"/>') })).date1904).toBe(true);
    expect(readXlsxGrid(xlsx({ workbook: workbook('<workbookPr defaultThemeVersion="1"/>') })).date1904).toBe(
      false,
    );
  });

  it('turns a 1904-system serial into the same day a 1900-system serial gives', () => {
    const workbook = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    // 15/01/2024 is serial 45306 in the 1900 system and 43844 in the 1904 system.
    const grid = readXlsxGrid(
      xlsx({ workbook, sheets: { S: '<sheetData><row r="1"><c r="A1"><v>43844</v></c></row></sheetData>' } }),
    );
    const v = grid.sheet('S')!.cell(1, 1)!.value;
    expect(parseDateValue(v, undefined, { date1904: grid.date1904 })).toEqual({
      from: '2024-01-15',
      to: '2024-01-15',
      granularity: 'day',
    });
    expect(parseDateValue(45306)?.from).toBe('2024-01-15');
  });

  it('finds the workbook part through _rels/.rels instead of assuming xl/workbook.xml', () => {
    const grid = readXlsxGrid(
      xlsx({
        workbookPath: 'data/book.xml',
        sheets: { Moi: '<sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData>' },
      }),
    );
    expect(grid.sheetNames).toEqual(['Moi']);
    expect(grid.sheet('Moi')!.cell(1, 1)!.value).toBe(42);
  });

  it('skips a sheet entry without r:id and reads the others', () => {
    const workbook = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Ma" sheetId="9"/><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const grid = readXlsxGrid(
      xlsx({ workbook, sheets: { S: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' } }),
    );
    expect(grid.sheetNames).toEqual(['S']);
    expect(grid.sheet('S')!.cell(1, 1)!.value).toBe(1);
  });

  it('refuses two sheets that point at one part rather than parse it twice', () => {
    const workbook = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId1"/></sheets></workbook>`;
    const err = errorOf(() => readXlsxGrid(xlsx({ workbook })));
    expect(err.reason).toBe('corrupt');
    expect(err.message).toContain('dùng chung dữ liệu');
  });

  it('lists 40,000 distinct sheet entries in one linear pass', () => {
    const n = 40000;
    let entries = '';
    for (let i = 0; i < n; i++) entries += `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId1"/>`;
    const workbook = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${entries}</sheets></workbook>`;
    const started = Date.now();
    const grid = readXlsxGrid(xlsx({ workbook }), { sheets: () => [] });
    expect(grid.sheetNames).toHaveLength(n);
    // A quadratic duplicate check costs ~n²/2 = 8e8 comparisons here (many seconds); linear is milliseconds.
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('macro detection', () => {
  it('does not call a file a macro file for a macro-enabled ".bin" Default alone (SheetJS writes one in every file)', () => {
    const grid = readXlsxGrid(
      xlsx({
        contentTypes: `${CT_DEFAULTS}<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>`,
      }),
    );
    expect(grid.sheetNames).toEqual(['S']);
  });

  it('still refuses a .bin part that the Default makes a VBA project, whatever its name', () => {
    const err = errorOf(() =>
      readXlsxGrid(
        xlsx({
          contentTypes: `${CT_DEFAULTS}<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`,
          extra: { 'xl/code.bin': new Uint8Array([1, 2, 3]) },
        }),
      ),
    );
    expect(err.reason).toBe('macro');
  });
});

describe.each<[string, ZipCodec | undefined]>([
  ['fflate', undefined],
  ['Node zlib', nodeZipCodec],
])('damaged data, inflated by %s', (_name, codec) => {
  const readXlsxGrid = (bytes: Uint8Array) => readGrid(bytes, { codec });
  it('refuses a part whose bytes changed after zipping (CRC-32) instead of returning the changed value', () => {
    const good = xlsx({
      level: 0,
      sheets: { S: '<sheetData><row r="1"><c r="A1"><v>12345</v></c></row></sheetData>' },
    });
    expect(readXlsxGrid(good).sheet('S')!.cell(1, 1)!.value).toBe(12345);
    const at = findBytes(good, strToU8('<v>12345</v>'));
    expect(at).toBeGreaterThan(0);
    const bad = good.slice();
    bad[at + 7] = '9'.charCodeAt(0); // 12345 → 12395, deflate-free (stored) so only the CRC can tell
    const err = errorOf(() => readXlsxGrid(bad));
    expect(err.reason).toBe('corrupt');
    expect(err.message).toContain('CRC-32');
  });

  it('refuses a deflated part whose declared CRC-32 does not match', () => {
    const good = xlsx({ sheets: { S: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' } });
    const bad = good.slice();
    const view = new DataView(bad.buffer);
    // Central directory records: signature 0x02014b50, CRC at +16.
    let patched = 0;
    for (let p = 0; p + 46 <= bad.length; p++)
      if (view.getUint32(p, true) === 0x02014b50) {
        view.setUint32(p + 16, view.getUint32(p + 16, true) ^ 1, true);
        patched++;
      }
    expect(patched).toBeGreaterThan(0);
    expect(errorOf(() => readXlsxGrid(bad)).reason).toBe('corrupt');
  });
});

describe('crafted small files', () => {
  it('expands a long shared formula over many cells without a copy of its text per cell', () => {
    const anchor = Array.from({ length: 1500 }, (_v, i) => `A${i + 1}`).join('+'); // ~8,000 characters
    expect(anchor.length).toBeLessThanOrEqual(8192);
    const n = 30000;
    let rows = `<row r="1"><c r="B1"><f t="shared" ref="B1:B${n}" si="0">${anchor}</f><v>0</v></c></row>`;
    for (let r = 2; r <= n; r++)
      rows += `<row r="${r}"><c r="B${r}"><f t="shared" si="0"/><v>0</v></c></row>`;
    const bytes = xlsx({ sheets: { S: `<sheetData>${rows}</sheetData>` } });
    const before = process.memoryUsage().heapUsed;
    const grid = readXlsxGrid(bytes);
    const grown = process.memoryUsage().heapUsed - before;
    const s = grid.sheet('S')!;
    // Per-cell copies would be n × 8,000 characters ≈ 240 MB; shared text keeps the grid to a few MB.
    expect(grown).toBeLessThan(100 * 1024 * 1024);
    expect(s.cell(n, 2)!.formula!.startsWith(`A${n}+A${n + 1}+`)).toBe(true);
    expect(s.cell(2, 2)).toEqual({
      value: 0,
      formula: Array.from({ length: 1500 }, (_v, i) => `A${i + 2}`).join('+'),
    });
  });
});

function findBytes(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

test("a host's inflater, when given, inflates every part read (and its size limit is one byte past the declared size)", () => {
  const bytes = xlsx({ sheets: { S: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' } });
  const limits: number[] = [];
  const spy: ZipCodec = {
    inflateRaw: (data, maxBytes) => (limits.push(maxBytes), nodeZipCodec.inflateRaw(data, maxBytes)),
    crc32: nodeZipCodec.crc32,
  };
  expect(readGrid(bytes, { codec: spy }).sheet('S')!.cell(1, 1)!.value).toBe(7);
  const parts = unzipSync(bytes);
  // [Content_Types].xml, _rels/.rels, the workbook, its rels and the sheet.
  expect(limits.sort((a, b) => a - b)).toEqual(
    [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
    ]
      .map((p) => parts[p].length + 1)
      .sort((a, b) => a - b),
  );
});
