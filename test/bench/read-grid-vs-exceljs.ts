/**
 * Micro-benchmark (not a test): readXlsxGrid vs ExcelJS load on a report-sized workbook.
 * Run: npx tsx test/bench/read-grid-vs-exceljs.ts
 */
import ExcelJS from 'exceljs';
import { readXlsxGrid } from '../../shared/file/read-xlsx-grid';

const RUNS = 200;

async function buildWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('Ke hoach');
  plan.addRow([
    'STT',
    'Hoạt động',
    'Đơn vị chủ trì',
    'Phối hợp',
    'Bắt đầu',
    'Kết thúc',
    'Kinh phí',
    'Nguồn',
    'Hình thức',
    'Đối tượng',
    'Kết quả',
    'Ghi chú',
  ]);
  for (let r = 1; r <= 40; r++) {
    plan.addRow([
      r,
      `Tổ chức hoạt động thông tin đối ngoại số ${r} tại địa phương`,
      `Sở Thông tin và Truyền thông ${r % 5}`,
      'Sở Ngoại vụ; UBND các huyện',
      new Date(Date.UTC(2024, r % 12, 1 + (r % 27))),
      new Date(Date.UTC(2024, r % 12, 2 + (r % 27))),
      1_000_000 * r,
      r % 2 ? 'Ngân sách tỉnh' : 'Xã hội hóa',
      'Hội nghị',
      'Phóng viên nước ngoài',
      { formula: `G${r + 1}/1000`, result: r * 1000 },
      r % 3 ? '' : 'Đã hoàn thành',
    ]);
  }
  const indicators = wb.addWorksheet('Chi tieu');
  for (let r = 1; r <= 17; r++)
    indicators.addRow([
      `Chỉ tiêu ${r}`,
      'tin, bài',
      r * 12,
      r * 10,
      { formula: `D${r}/C${r}`, result: 10 / 12 },
    ]);
  wb.addWorksheet('Danh muc').state = 'veryHidden';
  wb.definedNames.add("'Ke hoach'!$A$2:$L$41", 'TTDN_KeHoach');
  wb.definedNames.add("'Chi tieu'!$A$1:$E$17", 'TTDN_ChiTieu');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function time(label: string, fn: () => unknown): Promise<number> {
  for (let i = 0; i < 10; i++) await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) await fn();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms total, ${(ms / RUNS).toFixed(2)} ms/file`);
  return ms;
}

async function main(): Promise<void> {
  const bytes = await buildWorkbook();
  console.log(`Workbook: ${(bytes.length / 1024).toFixed(1)} kB, ${RUNS} reads each`);
  // Sanity: both readers see the same total.
  const grid = readXlsxGrid(bytes);
  if (grid.sheet('Ke hoach')?.cell(41, 7)?.value !== 40_000_000)
    throw new Error('readXlsxGrid read the wrong value');
  const ours = await time('readXlsxGrid', () => readXlsxGrid(bytes));
  const theirs = await time('ExcelJS xlsx.load', () =>
    new ExcelJS.Workbook().xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    ),
  );
  console.log(`readXlsxGrid is ${(theirs / ours).toFixed(1)}x faster than ExcelJS load`);
}

void main();
