import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Calendar, Registry } from '../../shared';
import { UsageError } from '../../shared';
import { buildDemoMailbox } from '../demo/mailbox';
import { consolidateCommand } from './consolidate';
import { exportCommand } from './export';

/** Marks a folder made by the demo, so a rerun may clear what it made before. */
const MARKER = '.ttdn-demo';

/** `ttdn demo`: builds a sample province mailbox, consolidates and exports it (SPEC §8.3). */
export async function demoCommand(
  dir: string,
  registry: Registry,
  calendar: Calendar,
  out: (s: string) => void,
): Promise<number> {
  const root = resolve(dir);
  const marker = join(root, MARKER);
  const made = ['hop-thu', 'ke-hoach'].map((d) => join(root, d));
  // Only a folder an earlier demo made (it carries the marker) is cleared; anything else is left alone.
  if (existsSync(marker)) for (const d of made) await rm(d, { recursive: true, force: true });
  else if (made.some((d) => existsSync(d)))
    throw new UsageError(
      `Thư mục "${dir}" đã có hop-thu hoặc ke-hoach không do ttdn demo tạo; chọn thư mục khác (-o).`,
    );
  await mkdir(root, { recursive: true });
  await writeFile(marker, 'Thư mục do ttdn demo tạo; chạy lại demo sẽ xóa hop-thu và ke-hoach trong đây.\n');
  out(`Tạo hộp thư mẫu của ${registry.province} (${registry.units.length} đơn vị, báo cáo 6 tháng 2026)…`);
  const box = await buildDemoMailbox(root, registry, calendar);
  const summary = join(root, 'tong-hop-6T-2026.xlsx');
  const r = await consolidateCommand(
    {
      registry,
      calendar,
      kind: box.kind,
      year: box.year,
      asOf: box.asOf,
      plans: box.plans,
      received: box.receivedCsv,
      output: summary,
      inputs: [box.reports],
      json: false,
    },
    out,
  );
  const exportDir = join(root, 'xuat-bo');
  await mkdir(exportDir, { recursive: true });
  const files = [
    ...(await exportCommand(summary, 'xlsx', join(exportDir, 'bao-cao-tinh-6T-2026.xlsx'), registry, out)),
    ...(await exportCommand(summary, 'docx', join(exportDir, 'bao-cao-tinh-6T-2026.docx'), registry, out)),
    ...(await exportCommand(summary, 'json', join(exportDir, 'bao-cao-tinh-6T-2026.json'), registry, out)),
    ...(await exportCommand(summary, 'csv', join(exportDir, 'bao-cao-tinh-6T-2026.csv'), registry, out)),
  ];
  // The units' plans, consolidated into the province's plan (Phụ lục 01, with their narratives).
  out('');
  const planSummary = join(root, `tong-hop-KH-${box.year}.xlsx`);
  const p = await consolidateCommand(
    {
      registry,
      calendar,
      kind: 'ke-hoach-nam',
      year: box.year,
      asOf: box.asOf,
      output: planSummary,
      inputs: [box.plans],
      json: false,
    },
    out,
  );
  const planFiles = [
    ...(await exportCommand(
      planSummary,
      'xlsx',
      join(exportDir, `ke-hoach-tinh-${box.year}.xlsx`),
      registry,
      out,
    )),
    ...(await exportCommand(
      planSummary,
      'docx',
      join(exportDir, `ke-hoach-tinh-${box.year}.docx`),
      registry,
      out,
    )),
  ];
  out('');
  out('Kết quả:');
  out(`  Hộp thư đã nhận:   ${box.reports}`);
  out(`  Kế hoạch năm:      ${box.plans}`);
  out(`  Bảng tổng hợp:     ${summary}`);
  out(`  Gửi Bộ:            ${files.join('\n                     ')}`);
  out(`  Kế hoạch của tỉnh: ${[planSummary, ...planFiles].join('\n                     ')}`);
  return Math.max(r.code, p.code);
}
