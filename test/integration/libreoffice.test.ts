/** "Re-saved by another application" for real: a filled report converted by LibreOffice, read back, validated. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Consolidator, DEFAULT_CALENDAR, REGISTRY_PRESETS } from '../../shared';
import { filledModel } from '../../cli/demo/mailbox';
import { sampleReport } from '../../cli/demo/sample-data';
import { readXlsxGrid } from '../../shared/file/read-xlsx-grid';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';
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

lo(
  'reports re-saved by LibreOffice consolidate to the same totals and activities as the originals',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ttdn-lo-cons-'));
    const profile = mkdtempSync(join(tmpdir(), 'lo-'));
    try {
      const registry = REGISTRY_PRESETS['mau-tu-2025'];
      const originals = join(dir, 'goc');
      const resaved = join(dir, 'luu-lai');
      execFileSync('mkdir', ['-p', originals, resaved]);
      for (const unitCode of ['SO_NGOAI_VU', 'SO_TAI_CHINH', 'CONG_AN_TINH']) {
        const data = sampleReport(unitCode, 'bao-cao-6-thang', 2026, 10);
        const model = filledModel({
          registry,
          calendar: DEFAULT_CALENDAR,
          kind: 'bao-cao-6-thang',
          year: 2026,
          unitCode,
          ...data,
          reportDate: '2026-06-10',
        });
        writeFileSync(join(originals, `${unitCode}.xlsx`), await modelToXlsxBytes(model));
      }
      execFileSync(
        'sh',
        [
          '-c',
          `soffice -env:UserInstallation=file://${profile} --headless --convert-to xlsx --outdir "${resaved}" "${originals}"/*.xlsx`,
        ],
        { timeout: 180_000, stdio: 'pipe' },
      );
      const consolidate = (folder: string) => {
        const c = new Consolidator({
          registry,
          calendar: DEFAULT_CALENDAR,
          kind: 'bao-cao-6-thang',
          year: 2026,
          asOf: '2026-06-30',
        });
        for (const f of ['CONG_AN_TINH', 'SO_NGOAI_VU', 'SO_TAI_CHINH']) {
          const bytes = new Uint8Array(readFileSync(join(folder, `${f}.xlsx`)));
          c.addFile(
            { file: `${f}.xlsx`, sha256: '0'.repeat(64), received: '2026-06-10' },
            readXlsxGrid(bytes),
          );
        }
        return c.finish();
      };
      const a = consolidate(originals);
      const b = consolidate(resaved);
      expect(b.submissions.map((s) => s.status)).toEqual(['accepted', 'accepted', 'accepted']);
      expect(b.totals).toEqual(a.totals);
      expect(b.activities.map((x) => x.row.values)).toEqual(a.activities.map((x) => x.row.values));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  },
  240_000,
);
