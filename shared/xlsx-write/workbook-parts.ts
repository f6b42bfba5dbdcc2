import { parseRange, rangeRef } from '../grid/a1';
import type { SheetModel, WorkbookModel } from '../layout/sheet-model';
import { xmlAttr } from './xml-text';

/** The package's small parts: content types, relationships, workbook (sheets, names), properties. */

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
/** Fixed, so the same model always gives the same bytes (the ExcelJS writer's choice too). */
const FIXED_DATE = '1970-01-01T00:00:00Z';

export const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;

export function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/${sheetPath(i)}" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
    sheets +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
    '</Types>'
  );
}

export function rootRelsXml(): string {
  return (
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

export function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 2}" Type="${REL}/worksheet" Target="${sheetPath(i).slice('xl/'.length)}"/>`,
  ).join('');
  return (
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>${sheets}</Relationships>`
  );
}

export function corePropsXml(model: WorkbookModel): string {
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlAttr(model.title)}</dc:title><dc:creator>${xmlAttr(model.creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appPropsXml(): string {
  return (
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    '<Application>ttdn</Application><DocSecurity>0</DocSecurity></Properties>'
  );
}

/** The tab Excel opens on: the first visible sheet. */
export function firstVisible(sheets: readonly SheetModel[]): number {
  return Math.max(
    0,
    sheets.findIndex((s) => s.state === 'visible'),
  );
}

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
/** A defined name's formula text; quotes as `&apos;`, as Excel and ExcelJS write them. */
const nameText = (s: string) => xmlAttr(s).replace(/'/g, '&apos;');

/** `A1:I72` → `$A$1:$I$72` (a defined name's range is absolute). */
function absolute(range: string): string {
  const box = parseRange(range);
  return box ? rangeRef(box, true) : range;
}

/**
 * The sheet-scoped names Excel derives from a sheet's settings: the filter range (Excel expects
 * `_xlnm._FilterDatabase` beside every autoFilter), the print titles and the print area.
 */
function builtInNames(s: SheetModel, i: number): string[] {
  const q = quote(s.name);
  const name = (n: string, body: string, hidden = false) =>
    `<definedName name="${n}" localSheetId="${i}"${hidden ? ' hidden="1"' : ''}>${nameText(body)}</definedName>`;
  const out: string[] = [];
  if (s.autoFilter) out.push(name('_xlnm._FilterDatabase', `${q}!${absolute(s.autoFilter)}`, true));
  const p = s.print;
  if (p?.titleRows || p?.titleColumns) {
    const parts: string[] = [];
    if (p.titleColumns) parts.push(`${q}!$${p.titleColumns[0]}:$${p.titleColumns[1]}`);
    if (p.titleRows) parts.push(`${q}!$${p.titleRows[0]}:$${p.titleRows[1]}`);
    out.push(name('_xlnm.Print_Titles', parts.join(',')));
  }
  if (p?.printArea) out.push(name('_xlnm.Print_Area', `${q}!${absolute(p.printArea)}`));
  return out;
}

export function workbookXml(model: WorkbookModel): string {
  const active = firstVisible(model.sheets);
  const sheets = model.sheets
    .map(
      (s, i) =>
        `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}"${s.state === 'visible' ? '' : ` state="${s.state}"`} r:id="rId${i + 2}"/>`,
    )
    .join('');
  const names = [
    ...model.definedNames.map(
      (n) =>
        `<definedName name="${xmlAttr(n.name)}">${nameText(`${quote(n.sheet)}!${absolute(n.range)}`)}</definedName>`,
    ),
    ...model.sheets.flatMap(builtInNames),
  ];
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<bookViews><workbookView activeTab="${active}"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}
