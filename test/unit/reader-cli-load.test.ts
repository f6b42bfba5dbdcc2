/** The CLI loads every received file through the core's format dispatcher (.xlsx and .ods; .xls told what to do). */
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnreadableFileError, gridFromBytes, readBytesAndTime } from '../../cli/xlsx/load-file';

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

describe('readBytesAndTime', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'ttdn-read-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the whole file, past its first 64 KiB, with its modification time', () => {
    const bytes = Uint8Array.from({ length: 200_003 }, (_, i) => (i * 7) % 251);
    const f = join(dir, 'lon.xlsx');
    writeFileSync(f, bytes);
    utimesSync(f, new Date('2026-06-10T08:00:00Z'), new Date('2026-06-10T08:00:00Z'));
    const r = readBytesAndTime(f);
    expect(Buffer.from(r.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(r.modified.toISOString()).toBe('2026-06-10T08:00:00.000Z');
  });

  // Linux's /proc files report size 0 but have content: read past the size fstat gave, to the end.
  const procFile = '/proc/self/status';
  (existsSync(procFile) ? it : it.skip)('reads past the size it was told, to the end of the file', () => {
    const text = Buffer.from(readBytesAndTime(procFile).bytes).toString('utf8');
    expect(text).toMatch(/^Name:/);
    expect(text).toMatch(/\nPid:\s+\d+/);
  });

  it('reads an empty file as no bytes', () => {
    const f = join(dir, 'rong.xlsx');
    writeFileSync(f, '');
    expect(readBytesAndTime(f).bytes.length).toBe(0);
  });

  it('turns a missing file or a folder into an unreadable-file error in Vietnamese', () => {
    expect(() => readBytesAndTime(join(dir, 'khong-co.xlsx'))).toThrow(
      new UnreadableFileError(`Không tìm thấy tệp "${join(dir, 'khong-co.xlsx')}".`),
    );
    expect(() => readBytesAndTime(dir)).toThrow(UnreadableFileError);
    expect(() => readBytesAndTime(dir)).toThrow(/Không đọc được tệp .*EISDIR/);
  });
});
