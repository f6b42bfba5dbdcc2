/**
 * .ods (OpenDocument spreadsheet) reading through the guarded zip, from hand-written content.xml, plus the
 * format dispatcher. Files written by LibreOffice itself are covered in read-ods-libreoffice.test.ts.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import {
  DEFAULT_MAX_ODS_CELLS,
  odsFormulaToA1,
  parseOdsRangeAddress,
  readOdsGrid,
} from '../../shared/file/read-ods-grid';
import { readWorkbookGrid } from '../../shared/file/read-workbook-grid';
import { UnsafeFileError } from '../../shared/file/zip-guard';
import type { SheetGrid } from '../../shared/grid/workbook-grid';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

function ods(
  body: string,
  o: { styles?: string; mime?: string; extra?: Zippable; manifest?: string } = {},
): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3"><office:automatic-styles>${o.styles ?? ''}</office:automatic-styles><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8(o.mime ?? ODS_MIME), { level: 0 }],
    'content.xml': strToU8(content),
    'META-INF/manifest.xml': strToU8(
      o.manifest ??
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
    ),
    ...o.extra,
  });
}

const cell = (attrs: string, text?: string): string =>
  text === undefined
    ? `<table:table-cell ${attrs}/>`
    : `<table:table-cell ${attrs}><text:p>${text}</text:p></table:table-cell>`;

function errorOf(fn: () => unknown): UnsafeFileError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UnsafeFileError) return e;
    throw e;
  }
  throw new Error('expected an UnsafeFileError, got a grid');
}

function filled(s: SheetGrid): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (let r = 1; r <= s.rowCount; r++)
    for (let c = 1; c <= s.columnCount; c++) {
      const v = s.cell(r, c);
      if (v)
        out.push([
          `${String.fromCharCode(64 + c)}${r}`,
          v.value instanceof Date ? v.value.toISOString() : v.value,
        ]);
    }
  return out;
}

describe('readOdsGrid on hand-written content.xml', () => {
  it('reads each office:value-type as the grid value a host would give', () => {
    const grid = readOdsGrid(
      ods(`<table:table table:name="S"><table:table-row>
        ${cell('office:value-type="float" office:value="12.5" calcext:value-type="float"', '12,5')}
        ${cell('office:value-type="percentage" office:value="0.25"', '25%')}
        ${cell('office:value-type="currency" office:currency="VND" office:value="1500000"', '1.500.000 ₫')}
        ${cell('office:value-type="date" office:date-value="2026-03-15"', '15/03/2026')}
        ${cell('office:value-type="date" office:date-value="2026-03-15T10:30:00"', '15/03/2026 10:30')}
        ${cell('office:value-type="boolean" office:boolean-value="true"', 'TRUE')}
        ${cell('office:value-type="time" office:time-value="PT12H00M00S"', '12:00')}
        ${cell('office:value-type="string"', 'Hà Nội &amp; "TTĐN"')}
      </table:table-row></table:table>`),
    );
    const s = grid.sheet('S')!;
    expect(filled(s)).toEqual([
      ['A1', 12.5],
      ['B1', 0.25],
      ['C1', 1500000],
      ['D1', '2026-03-15T00:00:00.000Z'],
      ['E1', '2026-03-15T10:30:00.000Z'],
      ['F1', true],
      ['G1', 0.5],
      ['H1', 'Hà Nội & "TTĐN"'],
    ]);
    expect(s.cell(1, 2)!.numFmt).toBe('0%');
    expect(grid.date1904).toBe(false);
  });

  it('joins paragraphs with line breaks, expands <text:s>, and leaves comments and drawings out of the value', () => {
    const s = readOdsGrid(
      ods(`<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string">
        <office:annotation><dc:creator>An</dc:creator><text:p>ghi chú</text:p></office:annotation>
        <draw:frame draw:name="Hình 1"><draw:text-box><text:p>khung chữ</text:p></draw:text-box></draw:frame>
        <text:p>Quý<text:s text:c="2"/>I<text:tab/>2026</text:p><text:p><text:span>Hội </text:span>nghị<text:line-break/>lần 2</text:p>
      </table:table-cell></table:table-row></table:table>`),
    ).sheet('S')!;
    expect(s.cell(1, 1)!.value).toBe('Quý  I\t2026\nHội nghị\nlần 2');
  });

  it('places cells after column and row repeats, without materialising empty repeats', () => {
    const s = readOdsGrid(
      ods(`<table:table table:name="S">
        <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
        <table:table-row>${cell('table:number-columns-repeated="2"')}${cell('office:value-type="float" office:value="7" table:number-columns-repeated="3"', '7')}</table:table-row>
        <table:table-row table:number-rows-repeated="2">${cell('office:value-type="string"', 'x')}</table:table-row>
        <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
      </table:table>`),
    ).sheet('S')!;
    expect(filled(s)).toEqual([
      ['C4', 7],
      ['D4', 7],
      ['E4', 7],
      ['A5', 'x'],
      ['A6', 'x'],
    ]);
    expect([s.rowCount, s.columnCount]).toEqual([6, 5]);
  });

  it('reports spanned cells as merges and skips covered cells', () => {
    const s = readOdsGrid(
      ods(`<table:table table:name="S">
        <table:table-row>${cell('table:number-columns-spanned="3" table:number-rows-spanned="1" office:value-type="string"', 'Tiêu đề')}<table:covered-table-cell table:number-columns-repeated="2"><text:p>ẩn</text:p></table:covered-table-cell>${cell('office:value-type="float" office:value="1"', '1')}</table:table-row>
        <table:table-row>${cell('')}${cell('table:number-columns-spanned="1" table:number-rows-spanned="3" office:value-type="string"', 'Nhóm 1')}</table:table-row>
        <table:table-row table:number-rows-repeated="2">${cell('')}<table:covered-table-cell/></table:table-row>
      </table:table>`),
    ).sheet('S')!;
    expect(s.merges).toEqual(['A1:C1', 'B2:B4']);
    expect(filled(s)).toEqual([
      ['A1', 'Tiêu đề'],
      ['D1', 1],
      ['B2', 'Nhóm 1'],
    ]);
  });

  it('marks a sheet hidden by its table style, and lists spreadsheet-level named ranges only', () => {
    const grid = readOdsGrid(
      ods(
        `<table:table table:name="Bao cao" table:style-name="ta1"><table:table-row>${cell('office:value-type="string"', 'a')}</table:table-row>
          <table:named-expressions><table:named-range table:name="Local" table:base-cell-address="$'Bao cao'.$A$1" table:cell-range-address="$'Bao cao'.$A$1"/></table:named-expressions></table:table>
        <table:table table:name="_ttdn" table:style-name="ta2"><table:table-row>${cell('office:value-type="string"', 'kind')}</table:table-row></table:table>
        <table:named-expressions>
          <table:named-range table:name="TTDN_HoatDong" table:base-cell-address="$'Bao cao'.$A$1" table:cell-range-address="$'Bao cao'.$A$17:.$J$36"/>
          <table:named-range table:name="TTDN_Ngay" table:base-cell-address="$'Bao cao'.$A$1" table:cell-range-address="$'Bao cao'.$D$4"/>
          <table:named-range table:name="TTDN_Hai" table:cell-range-address="$'Bao cao'.$A$1:$'Bao cao'.$B$2"/>
          <table:named-range table:name="Cross" table:cell-range-address="$'Bao cao'.$A$1:$_ttdn.$B$2"/>
          <table:named-range table:name="Multi" table:cell-range-address="$'Bao cao'.$A$1 $'Bao cao'.$C$3"/>
          <table:named-range table:name="_xlnm.Print_Area" table:cell-range-address="$'Bao cao'.$A$1:.$J$77"/>
          <table:named-expression table:name="Expr" table:expression="of:=1+1"/>
        </table:named-expressions>`,
        {
          styles:
            '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>',
        },
      ),
    );
    expect(grid.sheetNames).toEqual(['Bao cao', '_ttdn']);
    expect(grid.sheet('Bao cao')!.state).toBe('visible');
    expect(grid.sheet('_ttdn')!.state).toBe('hidden');
    expect(grid.definedNames).toEqual([
      { name: 'TTDN_HoatDong', sheet: 'Bao cao', range: '$A$17:$J$36' },
      { name: 'TTDN_Ngay', sheet: 'Bao cao', range: '$D$4' },
      { name: 'TTDN_Hai', sheet: 'Bao cao', range: '$A$1:$B$2' },
    ]);
  });

  it('converts formulas to A1 form, leaving string literals alone', () => {
    expect(odsFormulaToA1('of:=SUM([.C2:.C3])')).toBe('SUM(C2:C3)');
    expect(odsFormulaToA1('of:=IF([$\'Ke hoach\'.$B$2]>0;"a;[.b]";[.D$4])')).toBe(
      'IF(\'Ke hoach\'!$B$2>0,"a;[.b]",D$4)',
    );
    const s = readOdsGrid(
      ods(
        `<table:table table:name="S"><table:table-row>${cell('table:formula="of:=SUM([.A2:.A3])" office:value-type="float" office:value="3"', '3')}${cell('table:formula="of:=1/0" calcext:value-type="error"', '#DIV/0!')}</table:table-row></table:table>`,
      ),
    ).sheet('S')!;
    expect(s.cell(1, 1)).toEqual({ value: 3, formula: 'SUM(A2:A3)' });
    expect(s.cell(1, 2)).toEqual({ value: '#DIV/0!', formula: '1/0' });
  });

  it('parses ODF range addresses the way defined names need them', () => {
    expect(parseOdsRangeAddress("$'It''s'.$A$1")).toEqual({ sheet: "It's", range: '$A$1' });
    expect(parseOdsRangeAddress('Sheet1.B2:Sheet1.C3')).toEqual({ sheet: 'Sheet1', range: 'B2:C3' });
    expect(parseOdsRangeAddress("$'Bao cao'.$15:.$16")).toBeNull();
    expect(parseOdsRangeAddress('#REF!')).toBeNull();
  });

  it('parses only the sheets the callback picks', () => {
    const grid = readOdsGrid(
      ods(
        `<table:table table:name="A"><table:table-row>${cell('office:value-type="float" office:value="1"', '1')}</table:table-row></table:table><table:table table:name="B"/>`,
      ),
      { sheets: (names) => names.filter((n) => n === 'B') },
    );
    expect(grid.sheetNames).toEqual(['A', 'B']);
    expect(grid.sheet('A')).toBeUndefined();
    expect(grid.sheet('B')!.rowCount).toBe(0);
  });
});

describe('.ods files that must be refused', () => {
  it('stops a crafted repeat of a filled cell at the cell budget with a typed error', () => {
    const bytes = ods(
      `<table:table table:name="S"><table:table-row table:number-rows-repeated="1048576">${cell('office:value-type="float" office:value="1" table:number-columns-repeated="16384"', '1')}</table:table-row></table:table>`,
    );
    expect(bytes.length).toBeLessThan(2000);
    const err = errorOf(() => readOdsGrid(bytes, { maxCells: 100_000 }));
    expect(err.reason).toBe('too-many-cells');
    expect(err.message).toContain('100.000');
    expect(DEFAULT_MAX_ODS_CELLS).toBeLessThan(1048576 * 16384);
  });

  it('refuses Basic macros, an encrypted package and another OpenDocument kind', () => {
    expect(
      errorOf(() =>
        readOdsGrid(
          ods('<table:table table:name="S"/>', { extra: { 'Basic/Standard/Module1.xml': strToU8('<x/>') } }),
        ),
      ).reason,
    ).toBe('macro');
    expect(
      errorOf(() =>
        readOdsGrid(
          ods('<table:table table:name="S"/>', {
            manifest:
              '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>',
          }),
        ),
      ).reason,
    ).toBe('encrypted');
    const text = errorOf(() => readOdsGrid(ods('', { mime: 'application/vnd.oasis.opendocument.text' })));
    expect(text.reason).toBe('not-xlsx');
    expect(text.message).toContain('không phải bảng tính');
  });

  it('applies the same zip limits and CRC check as .xlsx', () => {
    const bytes = ods(`<table:table table:name="S"/>`);
    expect(errorOf(() => readOdsGrid(bytes, { limits: { maxFileBytes: 100 } })).reason).toBe('too-large');
    expect(errorOf(() => readOdsGrid(bytes, { limits: { maxEntries: 2 } })).reason).toBe('too-many-entries');
    const bad = bytes.slice();
    const view = new DataView(bad.buffer);
    for (let p = 0; p + 46 <= bad.length; p++)
      if (view.getUint32(p, true) === 0x02014b50)
        view.setUint32(p + 16, view.getUint32(p + 16, true) ^ 1, true);
    expect(errorOf(() => readOdsGrid(bad)).reason).toBe('corrupt');
  });
});

describe('readWorkbookGrid: one entry for every format', () => {
  it('reads .xlsx and .ods by content, whatever the file is called', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = 5;
    const x = readWorkbookGrid(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(x.format).toBe('xlsx');
    expect(x.sheet('S')!.cell(1, 1)!.value).toBe(5);
    const o = readWorkbookGrid(
      ods(
        `<table:table table:name="S"><table:table-row>${cell('office:value-type="float" office:value="5"', '5')}</table:table-row></table:table>`,
      ),
    );
    expect(o.format).toBe('ods');
    expect(o.sheet('S')!.cell(1, 1)!.value).toBe(5);
  });

  it('tells an .xls to be saved again as .xlsx, and refuses other files with a Vietnamese next step', () => {
    const xls = new Uint8Array(2048);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e1 = errorOf(() => readWorkbookGrid(xls));
    expect(e1.reason).toBe('legacy-xls');
    expect(e1.message).toContain('lưu lại thành .xlsx');
    for (const other of [strToU8('Tên,Ngày\nA,1'), new Uint8Array(0), zipSync({ 'a.txt': strToU8('x') })]) {
      const e = errorOf(() => readWorkbookGrid(other));
      expect(e.reason).toBe('not-xlsx');
      expect(e.message).toContain('.xlsx hoặc .ods');
    }
  });
});
