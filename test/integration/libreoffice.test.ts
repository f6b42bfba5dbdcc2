/** "Re-saved by another application" for real: a filled report converted by LibreOffice, read back, validated. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanForm, cleanReportRows, sumBudget, validateBytes } from '../helpers/forms';

function hasSoffice(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const lo = hasSoffice() ? test : test.skip;

lo(
  'a report re-saved by LibreOffice keeps rows, indicators and narratives and gains no error',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ttdn-lo-'));
    const profile = mkdtempSync(join(tmpdir(), 'lo-'));
    try {
      const f = await cleanForm('bao-cao-6-thang', 6);
      f.insertRowsInside(2);
      f.setRow(2, {
        nhomNhiemVu: 'khac',
        tenHoatDong: 'Hàng chèn giữa bảng',
        tinhTrang: 'hoan thanh',
        kinhPhi: '1.234,5',
        thoiGian: '15/3/2026',
      });
      f.setIndicator('CT17', sumBudget(cleanReportRows(6)) + 1234.5);
      const before = validateBytes(await f.save());
      expect(before.submission.rows).toHaveLength(7);
      expect(before.findings.filter((x) => x.severity === 'error')).toEqual([]);
      const src = join(dir, 'src', 'bao-cao.xlsx');
      const outDir = join(dir, 'out');
      execFileSync('mkdir', ['-p', join(dir, 'src'), outDir]);
      writeFileSync(src, await f.save());
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          outDir,
          src,
        ],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const after = validateBytes(new Uint8Array(readFileSync(join(outDir, 'bao-cao.xlsx'))));

      expect(after.submission.rows.map((r) => r.values)).toEqual(before.submission.rows.map((r) => r.values));
      expect(after.submission.indicators).toEqual(before.submission.indicators);
      expect(after.submission.narratives).toEqual(before.submission.narratives);
      expect(after.submission.docNumber).toBe(before.submission.docNumber);
      expect(after.submission.reportDate).toBe(before.submission.reportDate);
      const errors = (p: typeof after) =>
        p.findings.filter((x) => x.severity === 'error').map((x) => `${x.code}@${x.cell}`);
      expect(errors(after)).toEqual(errors(before));
      expect(after.findings.map((x) => `${x.code}@${x.cell}`)).toEqual(
        before.findings.map((x) => `${x.code}@${x.cell}`),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  },
  180_000,
);
