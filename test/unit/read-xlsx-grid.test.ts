import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { parseDefinedNameRef, readXlsxGrid, shiftFormula } from '../../shared/file/read-xlsx-grid';
import type { XlsxWorkbookGrid } from '../../shared/file/read-xlsx-grid';
import { DEFAULT_XLSX_LIMITS, UnsafeFileError, inspectXlsxBytes } from '../../shared/file/zip-guard';
import type { UnsafeFileReason, XlsxLimits, ZipCodec } from '../../shared/file/zip-guard';
import { nodeZipCodec } from '../../cli/xlsx/zip-codec';
import type { SheetGrid } from '../../shared/grid/workbook-grid';
import { cellRef } from '../../shared/grid/a1';

const MB = 1024 * 1024;

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** fflate's inflater (browsers) and Node's zlib (the CLI) behind the same guard. */
const CODECS: [string, ZipCodec | undefined][] = [
  ['fflate', undefined],
  ['Node zlib', nodeZipCodec],
];

function reasonOf(fn: () => unknown): UnsafeFileReason | 'no-error' | 'untyped' {
  try {
    fn();
    return 'no-error';
  } catch (err) {
    return err instanceof UnsafeFileError ? err.reason : 'untyped';
  }
}

/** A minimal but complete package around hand-written parts, for cases ExcelJS never writes. */
function handMadeXlsx(parts: Record<string, string>, extra: Zippable = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])),
    ...extra,
  };
  return zipSync(files);
}

describe('readXlsxGrid on workbooks written by ExcelJS', () => {
  let grid: XlsxWorkbookGrid;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ke hoach');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2.5;
    ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 3.5 };
    ws.getCell('A4').value = { formula: 'A3*2' }; // no cached result
    ws.getCell('B1').value = 'Tổng hợp & <đối ngoại> "TTĐN"';
    ws.getCell('B2').value = new Date(Date.UTC(2024, 0, 15));
    ws.getCell('B3').value = { richText: [{ text: 'Đậm', font: { bold: true } }, { text: ' thường' }] };
    ws.getCell('B4').value = 'Tổng hợp & <đối ngoại> "TTĐN"'; // same shared string twice
    ws.getCell('C1').value = true;
    ws.getCell('C2').value = { error: '#DIV/0!' };
    ws.getCell('C3').value = 1234.5;
    ws.getCell('C3').numFmt = '#,##0.0';
    ws.getCell('M40').value = 'last';
    ws.fillFormula('E1:E3', 'A1*2', [2, 5, 7]);
    const hidden = wb.addWorksheet('An');
    hidden.state = 'hidden';
    hidden.getCell('A1').value = 'ẩn';
    const veryHidden = wb.addWorksheet('Rat an');
    veryHidden.state = 'veryHidden';
    wb.addWorksheet('Trống');
    wb.definedNames.add("'Ke hoach'!$B$2:$D$5", 'TTDN_KeHoach');
    wb.definedNames.add('An!$A$1', 'TTDN_An');
    grid = readXlsxGrid(await toBytes(wb));
  });

  it('lists sheets with their states', () => {
    expect(grid.sheetNames).toEqual(['Ke hoach', 'An', 'Rat an', 'Trống']);
    expect(grid.sheet('Ke hoach')!.state).toBe('visible');
    expect(grid.sheet('An')!.state).toBe('hidden');
    expect(grid.sheet('Rat an')!.state).toBe('veryHidden');
    expect(grid.sheet('Trống')!.rowCount).toBe(0);
    expect(grid.sheet('Trống')!.columnCount).toBe(0);
    expect(grid.sheet('Không có')).toBeUndefined();
    expect(grid.date1904).toBe(false);
  });

  it('reads values, shared strings, rich text, booleans, errors and number formats', () => {
    const s = grid.sheet('Ke hoach')!;
    expect(s.cell(1, 1)).toEqual({ value: 1 });
    expect(s.cell(2, 1)!.value).toBe(2.5);
    expect(s.cell(1, 2)!.value).toBe('Tổng hợp & <đối ngoại> "TTĐN"');
    expect(s.cell(4, 2)!.value).toBe('Tổng hợp & <đối ngoại> "TTĐN"');
    expect(s.cell(3, 2)!.value).toBe('Đậm thường');
    expect(s.cell(1, 3)!.value).toBe(true);
    expect(s.cell(2, 3)!.value).toBe('#DIV/0!');
    expect(s.cell(3, 3)).toEqual({ value: 1234.5, numFmt: '#,##0.0' });
    // A date is an Excel serial plus a date number format (ExcelJS writes numFmtId 14).
    expect(s.cell(2, 2)).toEqual({ value: 45306, numFmt: 'mm-dd-yy' });
    expect(s.cell(5, 1)).toBeUndefined();
    expect(s.rowCount).toBe(40);
    expect(s.columnCount).toBe(13);
    expect(s.cell(40, 13)!.value).toBe('last');
  });

  it('reads formulas with cached results, and null when there is none', () => {
    const s = grid.sheet('Ke hoach')!;
    expect(s.cell(3, 1)).toEqual({ value: 3.5, formula: 'SUM(A1:A2)' });
    expect(s.cell(4, 1)).toEqual({ value: null, formula: 'A3*2' });
  });

  it('expands shared formulas to each dependent cell', () => {
    const s = grid.sheet('Ke hoach')!;
    expect(s.cell(1, 5)).toEqual({ value: 2, formula: 'A1*2' });
    expect(s.cell(2, 5)).toEqual({ value: 5, formula: 'A2*2' });
    expect(s.cell(3, 5)).toEqual({ value: 7, formula: 'A3*2' });
  });

  it('returns workbook-scoped defined names', () => {
    expect(grid.definedNames).toEqual(
      expect.arrayContaining([
        { name: 'TTDN_KeHoach', sheet: 'Ke hoach', range: '$B$2:$D$5' },
        { name: 'TTDN_An', sheet: 'An', range: '$A$1' },
      ]),
    );
    expect(grid.definedNames).toHaveLength(2);
  });

  it('parses only the sheets the callback picks, and gives the callback names and defined names', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Một').getCell('A1').value = 1;
    wb.addWorksheet('Hai').getCell('A1').value = 2;
    wb.definedNames.add('Hai!$A$1', 'TTDN_X');
    let seen: unknown;
    const g = readXlsxGrid(await toBytes(wb), {
      sheets: (names, definedNames) => {
        seen = { names, definedNames };
        return ['Hai'];
      },
    });
    expect(seen).toEqual({
      names: ['Một', 'Hai'],
      definedNames: [{ name: 'TTDN_X', sheet: 'Hai', range: '$A$1' }],
    });
    expect(g.sheetNames).toEqual(['Một', 'Hai']);
    expect(g.sheet('Một')).toBeUndefined();
    expect(g.sheet('Hai')!.cell(1, 1)!.value).toBe(2);
  });
});

describe('readXlsxGrid on hand-written XML (other writers)', () => {
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- written by some other tool -->
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <x:workbookPr date1904="1"/>
  <x:sheets>
    <x:sheet rel:id="rId7" sheetId="1" name="Báo cáo &amp; số liệu"/>
    <x:sheet name='Phụ' state='hidden' sheetId='2' rel:id='rId8' />
  </x:sheets>
  <x:definedNames>
    <x:definedName name="TTDN_Ok">'Báo cáo &amp; số liệu'!$B$2:$C$3</x:definedName>
    <x:definedName name="TTDN_Quote">'It''s'!$A$1</x:definedName>
    <x:definedName name="TTDN_Local" localSheetId="0">'Báo cáo &amp; số liệu'!$A$1</x:definedName>
    <x:definedName name="TTDN_Broken">#REF!$A$1</x:definedName>
    <x:definedName name="TTDN_Multi">Phụ!$A$1,Phụ!$B$2</x:definedName>
    <x:definedName name="TTDN_Const">0.5</x:definedName>
    <x:definedName name="_xlnm.Print_Area">Phụ!$A$1:$B$2</x:definedName>
  </x:definedNames>
</x:workbook>`;
  const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Target="/xl/worksheets/data.xml" Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>
  <Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./worksheets/../worksheets/phu.xml"/>
  <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
  <Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;
  const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
  <si><t>Đơn giản</t></si>
  <si><r><rPr><b/></rPr><t xml:space="preserve">Hà </t></r><r><t>Nội</t></r><rPh sb="0" eb="1"><t>はのい</t></rPh><phoneticPr fontId="1"/></si>
  <si><t>A_x000D_B &#272;&#x1EA1;i _x005F_x0041_</t></si>
  <si><t/></si>
</sst>`;
  const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <numFmts count="1"><numFmt formatCode="dd/mm/yyyy" numFmtId="164"/></numFmts>
  <cellStyleXfs count="1"><xf numFmtId="3"/></cellStyleXfs>
  <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"><alignment wrapText="1"/></xf><xf numFmtId="14"/><xf numFmtId="10"/></cellXfs>
  <dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.000"/></dxf></dxfs>
</styleSheet>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <x:dimension ref="A1:F9"/>
  <x:sheetData>
    <x:row r="1">
      <x:c r="A1" t="s"><x:v>0</x:v></x:c>
      <x:c t="s" r="B1" s="0"><x:v>1</x:v></x:c>
      <x:c r="C1" t="s"><x:v> 2 </x:v></x:c>
      <x:c r="D1" t="s"><x:v>3</x:v></x:c>
      <x:c r="E1" s="2"/>
    </x:row>
    <x:row>
      <x:c><x:v>10</x:v></x:c>
      <x:c s="1"><x:v>45306</x:v></x:c>
      <x:c t="inlineStr"><x:is><x:t>nội &lt;tuyến&gt; &quot;x&quot; &apos;y&apos;</x:t><x:rPh><x:t>ignored</x:t></x:rPh></x:is></x:c>
      <x:c r="F2" t="b"><x:v>0</x:v></x:c>
    </x:row>
    <x:row r="4" spans="1:3">
      <x:c r="A4" t="d"><x:v>2024-03-01T00:00:00</x:v></x:c>
      <x:c r="B4" t="e"><x:v>#N/A</x:v></x:c>
      <x:c r="C4" t="str"><x:f>IF(A2&gt;5,"lớn","nhỏ")</x:f><x:v>lớn</x:v></x:c>
      <x:c r="D4" s="3"><x:f t="shared" ref="D4:D6" si="0">A4+$B$1+C$2</x:f><x:v>1</x:v></x:c>
      <x:c r="E4"><x:v><![CDATA[42]]></x:v></x:c>
    </x:row>
    <x:row r="5"><x:c r="D5"><x:f t="shared" si="0"/><x:v>2</x:v></x:c></x:row>
    <x:row r="6"><x:c r="D6"><x:f si="0" t="shared"></x:f></x:c></x:row>
    <x:row r="9"><x:c r="B9" t="inlineStr"><x:is><x:r><x:t>ch</x:t></x:r><x:r><x:t>ạy</x:t></x:r></x:is></x:c></x:row>
  </x:sheetData>
  <x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells>
</x:worksheet>`;
  const phu = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3"><c r="B3" t="n"><v>-1.5E3</v></c></row></sheetData></worksheet>`;
  let grid: XlsxWorkbookGrid;
  let s: SheetGrid;
  beforeAll(() => {
    const bytes = handMadeXlsx({
      'xl/workbook.xml': workbook,
      'xl/_rels/workbook.xml.rels': rels,
      'xl/strings.xml': strings,
      'xl/styles.xml': styles,
      'xl/worksheets/data.xml': sheet,
      'xl/worksheets/phu.xml': phu,
    });
    grid = readXlsxGrid(bytes);
    s = grid.sheet('Báo cáo & số liệu')!;
  });

  it('reads workbook structure through prefixes, quotes and any attribute order', () => {
    expect(grid.sheetNames).toEqual(['Báo cáo & số liệu', 'Phụ']);
    expect(grid.sheet('Phụ')!.state).toBe('hidden');
    expect(grid.date1904).toBe(true);
    expect(grid.definedNames).toEqual([
      { name: 'TTDN_Ok', sheet: 'Báo cáo & số liệu', range: '$B$2:$C$3' },
      { name: 'TTDN_Quote', sheet: "It's", range: '$A$1' },
    ]);
  });

  it('decodes shared strings: rich runs joined, phonetic runs dropped, entities and _xHHHH_ escapes', () => {
    expect(s.cell(1, 1)!.value).toBe('Đơn giản');
    expect(s.cell(1, 2)!.value).toBe('Hà Nội');
    expect(s.cell(1, 3)!.value).toBe('A\rB Đại _x0041_');
    expect(s.cell(1, 4)!.value).toBe('');
    expect(s.cell(1, 5)).toBeUndefined(); // styled but empty
  });

  it('uses the running position for cells and rows without r', () => {
    expect(s.cell(2, 1)).toEqual({ value: 10 });
    expect(s.cell(2, 2)).toEqual({ value: 45306, numFmt: 'dd/mm/yyyy' });
    expect(s.cell(2, 3)!.value).toBe('nội <tuyến> "x" \'y\'');
    expect(s.cell(2, 6)!.value).toBe(false);
  });

  it('reads t="d", errors, string formulas, shared formulas and CDATA', () => {
    expect(s.cell(4, 1)!.value).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(s.cell(4, 2)!.value).toBe('#N/A');
    expect(s.cell(4, 3)).toEqual({ value: 'lớn', formula: 'IF(A2>5,"lớn","nhỏ")' });
    expect(s.cell(4, 4)).toEqual({ value: 1, formula: 'A4+$B$1+C$2', numFmt: '0.00%' });
    expect(s.cell(5, 4)).toEqual({ value: 2, formula: 'A5+$B$1+C$2' });
    expect(s.cell(6, 4)).toEqual({ value: null, formula: 'A6+$B$1+C$2' });
    expect(s.cell(4, 5)!.value).toBe(42);
    expect(s.cell(9, 2)!.value).toBe('chạy');
    expect(s.rowCount).toBe(9);
    expect(s.columnCount).toBe(6);
  });

  it('resolves relative rel targets', () => {
    expect(grid.sheet('Phụ')!.cell(3, 2)!.value).toBe(-1500);
  });

  it('places a cell without r after an empty cell, whatever form the empty cell reference takes', () => {
    // Empty cells are read by a fast path when their r is first and plain; the same cells written
    // open (<c …></c>) take the general path, and both must place the next cell alike.
    const rows: [string, string][] = [
      ['<c r="B1" s="1"/>', 'C1'],
      ['<c r="c2" s="1"/>', 'D2'], // lower case
      ['<c r="$D$3" s="1"/>', 'E3'], // absolute
      ['<c s="1" r="E4"/>', 'F4'], // r not first
      ['<c r="B05"/>', 'B5'], // leading zero: dropped, the next cell counts from the row start
      ['<c r="XFE6"/>', 'B6'], // past the last column: dropped
      ['<c r="A7"/><c r="C7"/>', 'D7'],
      ['<c r="B8" />', 'C8'],
      ['<c r="AB9"\t/>', 'AC9'],
    ];
    const read = (open: boolean) => {
      const data = rows
        .map(([empty], i) => {
          const cells = open ? empty.replace(/\s*\/>/g, '></c>') : empty;
          return `<row r="${i + 1}">${cells}<c><v>${i + 1}</v></c></row>`;
        })
        .join('');
      const g = readXlsxGrid(
        handMadeXlsx({
          'xl/workbook.xml': workbook,
          'xl/_rels/workbook.xml.rels': rels,
          'xl/styles.xml': styles,
          'xl/worksheets/data.xml': `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`,
          'xl/worksheets/phu.xml': phu,
        }),
      ).sheet('Báo cáo & số liệu')!;
      return rows.map((_, i) => {
        const found: string[] = [];
        for (let c = 1; c <= 40; c++) if (g.cell(i + 1, c)?.value === i + 1) found.push(cellRef(i + 1, c));
        return found.join(',');
      });
    };
    const fast = read(false);
    expect(fast).toEqual(rows.map(([, at]) => at));
    expect(read(true)).toEqual(fast);
  });
});

describe('shiftFormula and parseDefinedNameRef', () => {
  it('moves only relative references, never strings, sheet names or function names', () => {
    expect(shiftFormula('SUM(B2:B5)+$C$1+C$1+$C1', 2, 1)).toBe('SUM(C4:C7)+$C$1+D$1+$C3');
    expect(shiftFormula('"A1"&\'Sheet A1\'!A1&Sheet2!B2&LOG10(A1)', 1, 0)).toBe(
      '"A1"&\'Sheet A1\'!A2&Sheet2!B3&LOG10(A2)',
    );
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
  });
  it('parses single-area references only', () => {
    expect(parseDefinedNameRef("'Ke hoach'!$B$12:$M$31")).toEqual({
      sheet: 'Ke hoach',
      range: '$B$12:$M$31',
    });
    expect(parseDefinedNameRef('Sheet1!#REF!')).toBeNull();
    expect(parseDefinedNameRef('[1]Sheet1!$A$1')).toBeNull();
    expect(parseDefinedNameRef('Sheet1:Sheet3!$A$1')).toBeNull();
    expect(parseDefinedNameRef("'A'!$A$1,'A'!$B$1")).toBeNull();
  });
});

describe('hostile and broken files', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = 'x';
    good = await toBytes(wb);
  });

  it('exports the documented defaults', () => {
    expect(DEFAULT_XLSX_LIMITS).toEqual({
      maxFileBytes: 20 * MB,
      maxEntries: 2000,
      maxUncompressedBytes: 200 * MB,
      maxRatio: 200,
      ratioMinBytes: 1 * MB,
    });
    expect(() => inspectXlsxBytes(good)).not.toThrow();
  });

  it('rejects an oversize file before anything else', () => {
    let err: unknown;
    try {
      inspectXlsxBytes(good, { maxFileBytes: 1000 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnsafeFileError);
    expect((err as UnsafeFileError).reason).toBe('too-large');
    expect((err as UnsafeFileError).message).toMatch(/^Tệp quá lớn \(.+ MB, giới hạn .+ MB\)\.$/);
  });

  it('rejects an OLE2 compound file: a password-protected .xlsx as encrypted, an old .xls with "lưu lại thành .xlsx"', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const errorOf = (bytes: Uint8Array): UnsafeFileError => {
      try {
        readXlsxGrid(bytes);
      } catch (e) {
        return e as UnsafeFileError;
      }
      throw new Error('no error');
    };
    const xls = errorOf(ole);
    expect(xls.reason).toBe('legacy-xls');
    expect(xls.message).toContain('lưu lại thành .xlsx');
    // An encrypted .xlsx is an OLE2 file whose directory names the "EncryptedPackage" stream (UTF-16LE).
    const enc = ole.slice();
    enc.set(
      Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]),
      1024,
    );
    const pw = errorOf(enc);
    expect(pw.reason).toBe('encrypted');
    expect(pw.message).toContain('mật khẩu');
  });

  it('rejects random bytes, an empty input and a zip without a workbook as not-xlsx', () => {
    let seed = 7;
    const random = new Uint8Array(10000).map(
      () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff,
    );
    expect(reasonOf(() => readXlsxGrid(random))).toBe('not-xlsx');
    expect(reasonOf(() => readXlsxGrid(new Uint8Array(0)))).toBe('not-xlsx');
    expect(reasonOf(() => readXlsxGrid(zipSync({ 'a.txt': strToU8('hello') })))).toBe('not-xlsx');
  });

  it('rejects a file with xl/vbaProject.bin, or a macro-enabled content type', () => {
    const files = unzipSync(good);
    expect(
      reasonOf(() => readXlsxGrid(zipSync({ ...files, 'xl/vbaProject.bin': new Uint8Array([1, 2, 3]) }))),
    ).toBe('macro');
    const ct = new TextDecoder()
      .decode(files['[Content_Types].xml'])
      .replace('spreadsheetml.sheet.main+xml', 'sheet.macroEnabled.main+xml')
      .replace('officedocument.', 'ms-excel.');
    expect(ct).toContain('macroEnabled');
    let err: unknown;
    try {
      readXlsxGrid(zipSync({ ...files, '[Content_Types].xml': strToU8(ct) }));
    } catch (e) {
      err = e;
    }
    expect((err as UnsafeFileError).reason).toBe('macro');
    expect((err as UnsafeFileError).message).toBe('Tệp chứa macro (.xlsm) — không nhận.');
  });

  it('rejects too many entries', () => {
    const files = unzipSync(good);
    for (let i = 0; i < 30; i++) files[`xl/media/image${i}.png`] = new Uint8Array([i]);
    expect(reasonOf(() => inspectXlsxBytes(zipSync(files), { maxEntries: 20 }))).toBe('too-many-entries');
    expect(reasonOf(() => inspectXlsxBytes(zipSync(files)))).toBe('no-error');
  });

  describe('zip bombs', () => {
    // 50 MB of zeros deflates to ~50 kB (ratio ~1000:1).
    const zeros = new Uint8Array(50 * MB);
    let bomb: Uint8Array;
    beforeAll(() => {
      const files = unzipSync(good);
      bomb = zipSync({ ...files, 'xl/worksheets/sheet1.xml': zeros }, { level: 6 });
    });

    it('is caught from the declared ratio before inflating', () => {
      let err: unknown;
      try {
        readXlsxGrid(bomb);
      } catch (e) {
        err = e;
      }
      expect((err as UnsafeFileError).reason).toBe('zip-bomb');
      expect((err as UnsafeFileError).message).toMatch(/^Tệp nén bất thường \(có thể là "zip bomb"\): /);
    });

    it('is caught from the declared total when ratios are allowed', () => {
      const limits: Partial<XlsxLimits> = { maxRatio: 1e9, maxUncompressedBytes: 10 * MB };
      expect(reasonOf(() => inspectXlsxBytes(bomb, limits))).toBe('zip-bomb');
    });

    it.each(
      (
        [
          [
            '10 MB of zeros (~10 kB compressed: one-shot inflate)',
            () => zipSync({ ...unzipSync(good), 'xl/worksheets/sheet1.xml': zeros.subarray(0, 10 * MB) }),
          ],
          ['50 MB of zeros (~50 kB compressed: streaming inflate)', () => bomb],
          [
            '8 MB of pseudo-random digits (MBs compressed: streaming inflate)',
            () => zipSync({ ...unzipSync(good), 'xl/worksheets/sheet1.xml': pseudoRandomDigits(8 * MB) }),
          ],
        ] as [string, () => Uint8Array][]
      ).flatMap(([label, makeZip]) => CODECS.map(([name, codec]) => [label, name, makeZip, codec] as const)),
    )(
      'is caught from the actual inflated bytes when the central directory lies about sizes: %s, %s',
      (_label, _codecName, makeZip, codec) => {
        const lying = patchDeclaredSizes(makeZip(), 'xl/worksheets/sheet1.xml', 2000);
        // The declared-size checks now pass...
        expect(() => inspectXlsxBytes(lying)).not.toThrow();
        // ...but inflating the part overruns its declared size and is stopped.
        const started = Date.now();
        let err: unknown;
        try {
          readXlsxGrid(lying, { codec });
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(UnsafeFileError);
        expect((err as UnsafeFileError).reason).toBe('zip-bomb');
        expect((err as UnsafeFileError).message).toContain('kích thước khai báo');
        expect(Date.now() - started).toBeLessThan(2000);
      },
    );
  });

  it.each(CODECS)(
    'reports truncated or damaged files as typed errors, never raw exceptions (%s)',
    (_name, codec) => {
      for (const cut of [good.length - 1, good.length - 30, Math.floor(good.length / 2), 100, 10]) {
        expect(['corrupt', 'not-xlsx']).toContain(
          reasonOf(() => readXlsxGrid(good.subarray(0, cut), { codec })),
        );
      }
      // Flip bytes all over the file: any outcome is fine except an untyped exception.
      let seed = 1;
      const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
      for (let i = 0; i < 300; i++) {
        const bad = good.slice();
        for (let k = 0; k < 1 + rnd(4); k++) bad[rnd(bad.length)] ^= 1 + rnd(255);
        expect(reasonOf(() => readXlsxGrid(bad, { codec }))).not.toBe('untyped');
      }
    },
  );
});

function pseudoRandomDigits(n: number): Uint8Array {
  let seed = 42;
  return new Uint8Array(n).map(() => 48 + (((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) % 10));
}

/** Rewrites the declared uncompressed size of one entry in both its local header and the central directory. */
function patchDeclaredSizes(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  const matchesAt = (p: number): boolean => nameBytes.every((b, i) => out[p + i] === b);
  let patched = 0;
  for (let p = 0; p + 46 < out.length; p++) {
    const sig = view.getUint32(p, true);
    if (sig === 0x04034b50 && view.getUint16(p + 26, true) === nameBytes.length && matchesAt(p + 30)) {
      view.setUint32(p + 22, size, true);
      patched++;
    } else if (sig === 0x02014b50 && view.getUint16(p + 28, true) === nameBytes.length && matchesAt(p + 46)) {
      view.setUint32(p + 24, size, true);
      patched++;
    }
  }
  expect(patched).toBe(2);
  return out;
}

const soffice = (() => {
  try {
    return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();

// LibreOffice round trip: a different writer (its own prefixes, shared strings, styles). Skipped when soffice is absent.
(soffice ? it : it.skip)(
  `still reads a file re-saved by LibreOffice${soffice ? '' : ' (skipped: soffice not on PATH)'}`,
  async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ke hoach');
    ws.getCell('B2').value = 'Hoạt động';
    ws.getCell('C2').value = 12;
    ws.getCell('C3').value = 30;
    ws.getCell('C4').value = { formula: 'SUM(C2:C3)', result: 42 };
    ws.getCell('D2').value = new Date(Date.UTC(2024, 5, 30));
    ws.getCell('E2').value = 'Nhóm 1';
    ws.mergeCells('E2:E4');
    wb.addWorksheet('An').state = 'hidden';
    wb.definedNames.add("'Ke hoach'!$B$2:$D$5", 'TTDN_KeHoach');
    const dir = mkdtempSync(join(tmpdir(), 'ttdn-soffice-'));
    try {
      const src = join(dir, 'src');
      execFileSync('mkdir', ['-p', src]);
      writeFileSync(join(src, 'in.xlsx'), await toBytes(wb));
      execFileSync(
        soffice,
        [
          '--headless',
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--convert-to',
          'xlsx',
          '--outdir',
          dir,
          join(src, 'in.xlsx'),
        ],
        { timeout: 90000, stdio: 'ignore' },
      );
      const grid = readXlsxGrid(new Uint8Array(readFileSync(join(dir, 'in.xlsx'))));
      expect(grid.sheetNames).toEqual(['Ke hoach', 'An']);
      expect(grid.sheet('An')!.state).toBe('hidden');
      const s = grid.sheet('Ke hoach')!;
      expect(s.cell(2, 2)!.value).toBe('Hoạt động');
      expect(s.cell(4, 3)).toMatchObject({ value: 42, formula: 'SUM(C2:C3)' });
      expect(s.cell(2, 4)!.value).toBe(45473);
      expect(s.cell(2, 4)!.numFmt).toMatch(/[dy]/i);
      expect(s.merges).toEqual(['E2:E4']);
      expect(grid.definedNames).toContainEqual({
        name: 'TTDN_KeHoach',
        sheet: 'Ke hoach',
        range: '$B$2:$D$5',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  120000,
);
