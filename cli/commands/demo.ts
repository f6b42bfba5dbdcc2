import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_CALENDAR, REGISTRY_PRESETS } from '../../shared';
import { buildDemoMailbox } from '../demo/mailbox';
import { consolidateCommand } from './consolidate';
import { exportCommand } from './export';

/** `ttdn demo`: builds a sample province mailbox, consolidates and exports it (SPEC §8.3). */
export async function demoCommand(dir: string, out: (s: string) => void): Promise<number> {
  const root = resolve(dir);
  const registry = REGISTRY_PRESETS['mau-tu-2025'];
  const calendar = DEFAULT_CALENDAR;
  await rm(join(root, 'hop-thu'), { recursive: true, force: true });
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
    ...(await exportCommand(summary, 'json', join(exportDir, 'bao-cao-tinh-6T-2026.json'), registry, out)),
    ...(await exportCommand(summary, 'csv', join(exportDir, 'bao-cao-tinh-6T-2026.csv'), registry, out)),
  ];
  out('');
  out('Kết quả:');
  out(`  Hộp thư đã nhận:   ${box.reports}`);
  out(`  Kế hoạch năm:      ${box.plans}`);
  out(`  Bảng tổng hợp:     ${summary}`);
  out(`  Gửi Bộ:            ${files.join('\n                     ')}`);
  return r.code;
}
