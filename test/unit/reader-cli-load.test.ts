/** The CLI loads every received file through the core's format dispatcher (.xlsx and .ods; .xls told what to do). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnreadableFileError, gridFromBytes } from '../../cli/xlsx/load-file';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reader');

describe('gridFromBytes', () => {
  it('reads an .ods as it reads the .xlsx it came from', () => {
    const ods = gridFromBytes(new Uint8Array(readFileSync(join(FIXTURES, 'form.ods'))));
    const xlsx = gridFromBytes(new Uint8Array(readFileSync(join(FIXTURES, 'form.xlsx'))));
    expect(ods.sheetNames).toEqual(xlsx.sheetNames);
    expect(ods.definedNames.length).toBe(xlsx.definedNames.length);
  });

  it('turns an .xls into an unreadable-file error that says to save it again as .xlsx', () => {
    const xls = new Uint8Array(4096);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    let err: unknown;
    try {
      gridFromBytes(xls);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect((err as Error).message).toContain('lưu lại thành .xlsx');
  });
});
