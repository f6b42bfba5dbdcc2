/**
 * End to end on real .xlsx files: generate → fill through defined names → save → read back with the
 * CLI reader → validate; `ttdn validate --json` on a messy workbook; non-TTĐN and corrupt files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCliCaptured } from '../helpers/run-cli';
import { FORM_KINDS, cleanForm, cleanReportRows, validateBytes } from '../helpers/forms';
import { workbookContractProblems } from '../helpers/workbook-contract';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'ttdn-it-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = runCliCaptured;

interface JsonFinding {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  field: string;
  value: unknown;
}

describe.each(FORM_KINDS)('%s: generate → fill clean → .xlsx → read back → validate', (kind) => {
  test('no errors, no warnings, values intact', async () => {
    const f = await cleanForm(kind, 8);
    const bytes = await f.save();
    const p = validateBytes(bytes);
    expect(p.findings).toEqual([]);
    expect(p.submission).toMatchObject({
      kind,
      unit: 'SO_NGOAI_VU',
      year: 2026,
      docNumber: kind === 'ke-hoach-nam' ? '12/KH-SNV' : '34/BC-SNV',
      reportDate: '2026-01-05',
    });
    expect(p.submission.rows).toHaveLength(8);
    if (kind !== 'ke-hoach-nam') {
      expect(p.submission.indicators).toMatchObject({ CT01: 2, CT02: 40, CT03: 1234, CT10: 1, CT11: 35 });
      expect(p.submission.narratives.chiDao).toContain('Ban hành kế hoạch');
    }
  });

  test('ttdn validate exits 0 on the saved file', async () => {
    const f = await cleanForm(kind, 3);
    const file = join(dir, `clean-${kind}.xlsx`);
    writeFileSync(file, await f.save());
    const r = await cli(['validate', file, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      kind,
      unit: 'SO_NGOAI_VU',
      year: 2026,
      findings: [],
    });
  });
});

describe('a messy annual report', () => {
  let file: string;
  let planted: { code: string; cell: string }[];
  let tolerated: string[];
  let out: { code: number; stdout: string; stderr: string };
  let findings: JsonFinding[];

  beforeAll(async () => {
    const f = await cleanForm('bao-cao-nam', 0);
    const rows = cleanReportRows(10);
    f.setRows(rows);
    // Planted mistakes.
    f.setRow(0, { thoiGian: '31/02/2026' }); // impossible date
    f.setRow(1, { thoiGian: '20/12/2026' }); // outside 15/12/2025 – 14/12/2026
    f.setRow(2, { kinhPhi: 'mười triệu' }); // text in a number cell
    f.setRow(3, { kinhPhi: -5 }); // negative
    f.setRow(4, { tinhTrang: 'Xong rồi' }); // value outside the list
    f.setRow(5, { tenHoatDong: null }); // missing required field
    f.setIndicator('CT04', '-2'); // negative indicator typed as text
    // Things that must pass.
    f.setRow(6, { kinhPhi: '1.234' });
    f.setRow(7, { kinhPhi: '1.234,5' });
    f.setRow(8, { thoiGian: '15/3/2026' });
    f.setRow(9, { tinhTrang: 'hoan thanh', nhomNhiemVu: 'tuyen truyen ve asean' });
    const belowRow = f.typeBelow({
      nhomNhiemVu: 'Khác',
      tenHoatDong: 'Hoạt động gõ dưới bảng',
      tinhTrang: 'Hoàn thành',
      kinhPhi: 3,
    });
    const sum =
      rows.reduce(
        (s, r, i) => s + (i === 2 || i === 3 || i === 6 || i === 7 ? 0 : (r.kinhPhi as number)),
        0,
      ) +
      1234 +
      1234.5 +
      3;
    f.setIndicator('CT17', sum);
    planted = [
      { code: 'DATE_INVALID', cell: f.rowAddress(0, 'thoiGian') },
      { code: 'DATE_OUT_OF_RANGE', cell: f.rowAddress(1, 'thoiGian') },
      { code: 'NUMBER_INVALID', cell: f.rowAddress(2, 'kinhPhi') },
      { code: 'NUMBER_NEGATIVE', cell: f.rowAddress(3, 'kinhPhi') },
      { code: 'LIST_VALUE', cell: f.rowAddress(4, 'tinhTrang') },
      { code: 'REQUIRED', cell: f.rowAddress(5, 'tenHoatDong') },
      { code: 'NUMBER_NEGATIVE', cell: f.indicatorAddress('CT04') },
      { code: 'ROW_BELOW_TABLE', cell: `A${belowRow}` },
    ];
    tolerated = [
      f.rowAddress(6, 'kinhPhi'),
      f.rowAddress(7, 'kinhPhi'),
      f.rowAddress(8, 'thoiGian'),
      f.rowAddress(9, 'tinhTrang'),
      f.rowAddress(9, 'nhomNhiemVu'),
    ];
    file = join(dir, 'messy.xlsx');
    writeFileSync(file, await f.save());
    out = await cli(['validate', file, '--json']);
    findings = JSON.parse(out.stdout).findings;
  });

  test('exit code 1 and a well-formed JSON result', () => {
    expect(out.code).toBe(1);
    const j = JSON.parse(out.stdout) as { findings: Record<string, unknown>[] };
    expect(j).toMatchObject({
      file,
      ok: false,
      template: { id: 'tt22-pl02', version: '1.0' },
      kind: 'bao-cao-nam',
      unit: 'SO_NGOAI_VU',
      year: 2026,
      period: 'N-2026',
    });
    for (const x of j.findings)
      expect(Object.keys(x).sort()).toEqual([
        'cell',
        'code',
        'field',
        'message',
        'severity',
        'sheet',
        'value',
      ]);
  });

  test.each([
    ['impossible date', 0],
    ['out-of-window date', 1],
    ['text in a number cell', 2],
    ['negative budget', 3],
    ['value outside a list', 4],
    ['missing required field', 5],
    ['negative indicator', 6],
    ['row typed just below the table', 7],
  ])('%s is reported at its exact cell', (_label, i) => {
    const p = planted[i];
    expect(findings.filter((x) => x.cell === p.cell && x.code === p.code).map((x) => x.sheet)).toEqual([
      'Bao cao',
    ]);
  });

  test('the planted mistakes are exactly the findings (nothing else is flagged)', () => {
    const key = (x: { code: string; cell: string }) => `${x.code}@${x.cell}`;
    expect(findings.map(key).sort()).toEqual(planted.map(key).sort());
  });

  test('"1.234", "1.234,5", "15/3/2026" and list values without diacritics raise nothing', () => {
    expect(findings.filter((x) => tolerated.includes(x.cell))).toEqual([]);
  });

  test('the human output names each mistake and exits 1', async () => {
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    for (const p of planted) expect(r.stdout).toContain(`Bao cao!${p.cell}`);
  });
});

describe('files that are not usable', () => {
  test('a plain ExcelJS workbook (not TTĐN) exits 2 with a message', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['STT', 'Tên', 'Kinh phí']);
    const file = join(dir, 'plain.xlsx');
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await cli(['validate', file, '--json']);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.stdout);
    expect(j.ok).toBe(false);
    expect(j.error).toMatch(/không phải là biểu mẫu TTĐN/);
  });

  test('random bytes exit 2 with a message and no stack trace', async () => {
    const file = join(dir, 'random.xlsx');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/random\.xlsx/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a truncated zip exits 2 with a message', async () => {
    const bytes = await (await cleanForm('bao-cao-nam', 1)).save();
    const file = join(dir, 'truncated.xlsx');
    writeFileSync(file, bytes.slice(0, Math.floor(bytes.length / 2)));
    const r = await cli(['validate', file, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toBeTruthy();
  });

  test('a missing file exits 2 with a message', async () => {
    const r = await cli(['validate', join(dir, 'khong-co.xlsx'), '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toContain('Không tìm thấy tệp');
  });

  test('a TTĐN workbook of an unknown template version exits 2 with a message', async () => {
    const f = await cleanForm('bao-cao-nam', 1);
    f.setMeta('version', '9.9');
    const file = join(dir, 'foreign-version.xlsx');
    writeFileSync(file, await f.save());
    const r = await cli(['validate', file, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toContain('9.9');
  });
});

describe('ttdn template output meets the workbook contract (SPEC §3.4–3.6)', () => {
  test.each(FORM_KINDS)('%s', async (kind) => {
    const file = join(dir, `tpl-${kind}.xlsx`);
    const r = await cli(['template', '--kind', kind, '--unit', 'SO_NGOAI_VU', '--year', '2026', '-o', file]);
    expect(r.code).toBe(0);
    expect(await workbookContractProblems(readFileSync(file))).toEqual([]);
  });

  test('the contract check reports a workbook without _ttdn, names or header', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Bao cao').getCell('A1').value = 'không phải biểu mẫu';
    const problems = await workbookContractProblems(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(problems).toEqual(
      expect.arrayContaining([
        'no sheet _ttdn',
        'defined name TTDN_HoatDong missing',
        'header text "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not found',
      ]),
    );
  });
});

describe('the installed ttdn entry point', () => {
  const bin = join(__dirname, '../../cli/bin.cjs');

  test('runs a command and exits with its code', () => {
    const out = execFileSync('node', [bin, 'units', '--json'], { encoding: 'utf8' });
    const units = JSON.parse(out) as { code: string }[];
    expect(units.map((u) => u.code)).toContain('SO_NGOAI_VU');
  });

  test('reports bad usage in Vietnamese with exit code 2', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync('node', [bin, 'template', '--kind', 'ke-hoach-nam'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = String((e as { stderr: string }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain('Lỗi: thiếu tùy chọn bắt buộc --unit');
  });
});
