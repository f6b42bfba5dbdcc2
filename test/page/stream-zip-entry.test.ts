/**
 * The page's summary parts compressed by the browser's CompressionStream (Node has the same API):
 * the package is what fflate's writer makes, part for part, with sizes and CRC-32s that check.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SheetBuilder } from '../../shared/layout/sheet-builder';
import type { WorkbookModel } from '../../shared';
import { readXlsxGrid } from '../../shared/file';
import { xlsxBytes, xlsxBytesWith } from '../../shared/xlsx-write';
import { StreamZipEntry, hasNativeDeflate } from '../../page/host/stream-zip-entry';
import { testWorkbook } from '../helpers/workbook-model';

function model(): WorkbookModel {
  const list = new SheetBuilder('Danh sach', [10, 60]);
  for (let i = 1; i <= 12_000; i++) list.set(i, 1, i).set(i, 2, `Hoạt động ${i} — “đối ngoại” & <${i % 9}>`);
  const empty = new SheetBuilder('Trong', [10]);
  return testWorkbook([list.build({ state: 'visible', plainData: true }), empty.build({ state: 'hidden' })]);
}

test('this runtime compresses natively, as the page checks before using it', () => {
  expect(hasNativeDeflate()).toBe(true);
});

test('a summary compressed by CompressionStream has every part fflate would write, and it reads back', async () => {
  const m = model();
  const native = await xlsxBytesWith(m, (path) => new StreamZipEntry(path), 1 << 14);
  const reference = unzipSync(xlsxBytes(m));
  const parts = unzipSync(native);
  expect(Object.keys(parts)).toEqual(Object.keys(reference));
  for (const name of Object.keys(reference))
    expect([name, strFromU8(parts[name])]).toEqual([name, strFromU8(reference[name])]);
  // Our reader checks each part's CRC-32 and size against the central directory.
  const grid = readXlsxGrid(native).sheet('Danh sach')!;
  expect(grid.cell(12_000, 2)?.value).toBe('Hoạt động 12000 — “đối ngoại” & <3>');
});
