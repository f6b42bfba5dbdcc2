/**
 * .ods written by LibreOffice itself: the committed fixture (a generated form converted by soffice, see
 * test/fixtures/reader/make-ods-fixture.ts) and a fresh conversion when soffice is on PATH. The .ods grid must equal
 * the .xlsx grid in everything the parser reads: sheets, defined names, _ttdn, table and indicator cells, merges.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookGrid } from '../../shared/file/read-workbook-grid';
import type { GridScalar, WorkbookGrid } from '../../shared/grid/workbook-grid';
import { brief, validateGrid } from '../helpers/forms';
import { convertToOds, makeFormXlsx } from '../fixtures/reader/make-ods-fixture';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reader');

/** Dates as serials: .xlsx carries a serial with a date format, .ods a Date; the parser accepts both. */
const serial = (v: GridScalar): GridScalar => (v instanceof Date ? v.getTime() / 86400000 + 25569 : v);

/** Every filled cell of a sheet as `A1 → value (=formula)`. */
function cellsOf(grid: WorkbookGrid, sheet: string): Map<string, string> {
  const s = grid.sheet(sheet)!;
  const out = new Map<string, string>();
  for (let r = 1; r <= s.rowCount; r++)
    for (let c = 1; c <= s.columnCount; c++) {
      const cell = s.cell(r, c);
      if (cell && (cell.value !== null || cell.formula))
        out.set(
          `${r}:${c}`,
          `${JSON.stringify(serial(cell.value))}${cell.formula ? ` =${cell.formula}` : ''}`,
        );
    }
  return out;
}

const byName = (g: WorkbookGrid): string[] =>
  g.definedNames.map((d) => `${d.name}=${d.sheet}!${d.range}`).sort();

function expectSameGrid(xlsx: WorkbookGrid, ods: WorkbookGrid): void {
  expect(ods.sheetNames).toEqual(xlsx.sheetNames);
  expect(byName(ods)).toEqual(byName(xlsx));
  expect(byName(xlsx).some((n) => n.startsWith('TTDN_HoatDong='))).toBe(true);
  for (const name of xlsx.sheetNames) {
    expect([name, ods.sheet(name)!.state === 'visible']).toEqual([
      name,
      xlsx.sheet(name)!.state === 'visible',
    ]);
    expect(cellsOf(ods, name)).toEqual(cellsOf(xlsx, name));
    expect([...ods.sheet(name)!.merges!].sort()).toEqual([...xlsx.sheet(name)!.merges!].sort());
  }
}

describe('the committed LibreOffice .ods fixture', () => {
  const xlsx = readWorkbookGrid(new Uint8Array(readFileSync(join(FIXTURES, 'form.xlsx'))));
  const ods = readWorkbookGrid(new Uint8Array(readFileSync(join(FIXTURES, 'form.ods'))));

  it('is read as .ods', () => {
    expect([xlsx.format, ods.format]).toEqual(['xlsx', 'ods']);
  });

  it('gives the same grid as the .xlsx it was converted from', () => {
    expectSameGrid(xlsx, ods);
  });

  it('carries the group cell merged down over two activities', () => {
    const table = ods.definedNames.find((d) => d.name === 'TTDN_HoatDong')!;
    const top = Number(/\d+/.exec(table.range)![0]);
    const merged = ods.sheet(table.sheet)!.merges!.filter((m) => {
      const [a, b] = m.split(':');
      return Number(/\d+/.exec(a)![0]) >= top && Number(/\d+/.exec(b)![0]) === Number(/\d+/.exec(a)![0]) + 1;
    });
    expect(merged).toHaveLength(1);
  });

  it('validates with the same findings as the .xlsx', () => {
    expect(brief(validateGrid(ods))).toEqual(brief(validateGrid(xlsx)));
  });
});

const soffice = (() => {
  try {
    return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();

(soffice ? it : it.skip)(
  `a form converted by LibreOffice now reads as the .xlsx does${soffice ? '' : ' (skipped: soffice not on PATH)'}`,
  async () => {
    const xlsxBytes = await makeFormXlsx();
    const odsBytes = convertToOds(soffice, xlsxBytes);
    const xlsx = readWorkbookGrid(xlsxBytes);
    const ods = readWorkbookGrid(odsBytes);
    expect(ods.format).toBe('ods');
    expectSameGrid(xlsx, ods);
  },
  150000,
);
