import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import {
  DEFAULT_CALENDAR,
  REGISTRY_PRESETS,
  DEFAULT_INDICATORS,
  PROVINCE_REPORT_TEXTS,
  SUMMARY_SHEETS,
} from '../../shared';
import type { ConsolidateJson } from '../../cli/commands/consolidate';
import { checkExportDocument } from '../../cli/commands/export';
import { run } from '../../cli/main';
import { buildDemoMailbox } from '../../cli/demo/mailbox';
import type { Mailbox } from '../../cli/demo/mailbox';
import { sampleReport } from '../../cli/demo/sample-data';

const registry = REGISTRY_PRESETS['mau-tu-2025'];

async function runCli(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  });
  const errSpy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await run(args);
    return { code, stdout };
  } finally {
    spy.mockRestore();
    errSpy.mockRestore();
  }
}

/** A small .xlsx-shaped zip whose worksheet inflates to 300 MB. */
function zipBomb(): Uint8Array {
  const big = new Uint8Array(300 * 1024 * 1024);
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8('<workbook/>'),
    'xl/worksheets/sheet1.xml': [big, { level: 1 }],
  });
}

let dir: string;
let box: Mailbox;
let result: ConsolidateJson;
let code: number;
const summary = () => join(dir, 'tong-hop.xlsx');

/** `ttdn consolidate` of the mailbox for its period, with the given output and options. */
function consolidateMailbox(output: string, ...options: string[]) {
  return runCli([
    'consolidate',
    '--kind',
    box.kind,
    '--year',
    String(box.year),
    ...options,
    '-o',
    output,
    box.reports,
  ]);
}

/** SHA-256 of every file in a folder, so "never modified" means byte for byte. */
function fingerprints(folder: string): string[] {
  return readdirSync(folder).map(
    (f) =>
      `${f} ${createHash('sha256')
        .update(readFileSync(join(folder, f)))
        .digest('hex')}`,
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ttdn-consolidate-'));
  box = await buildDemoMailbox(dir, registry, DEFAULT_CALENDAR);
  writeFileSync(join(box.reports, 'bao-cao (nen).xlsx'), zipBomb());
  const r = await consolidateMailbox(
    summary(),
    '--as-of',
    box.asOf,
    '--plans',
    box.plans,
    '--received',
    box.receivedCsv,
    '--json',
  );
  code = r.code;
  result = JSON.parse(r.stdout) as ConsolidateJson;
}, 120_000);

const statusOf = (file: string) => result.submissions.find((s) => s.file === file)?.status;

test('a mailbox with hostile and broken files still consolidates with exit 0', () => {
  expect(code).toBe(0);
  expect(readFileSync(summary()).length).toBeGreaterThan(1000);
});

test('the zip bomb is listed as unreadable with a reason, not fatal', () => {
  const s = result.submissions.find((x) => x.file === 'bao-cao (nen).xlsx');
  expect(s?.status).toBe('unreadable');
  expect(s?.reason).toMatch(/zip bomb|nén bất thường/i);
});

test('foreign and truncated files are unreadable with a Vietnamese reason', () => {
  for (const f of box.expected.unreadable) {
    expect(statusOf(f)).toBe('unreadable');
    expect(result.submissions.find((s) => s.file === f)?.reason).toMatch(/[ăâđêôơư]/);
  }
});

test('a file with blocking errors is rejected with its reasons', () => {
  const s = result.submissions.find((x) => x.file === 'BC6T-2026-UBND_P_BAC_HA.xlsx');
  expect(s?.status).toBe('rejected');
  expect(s?.errors).toBeGreaterThanOrEqual(3);
});

test('a resubmission supersedes the earlier file of the same unit', () => {
  expect(statusOf('BC6T-2026-SO_TAI_CHINH (ban dau).xlsx')).toBe('superseded');
  expect(statusOf('BC6T-2026-SO_TAI_CHINH.xlsx')).toBe('accepted');
});

test('the missing list is exactly the units with no readable submission', () => {
  expect([...result.missing].sort()).toEqual([...box.expected.missing].sort());
});

test('late units and their calendar days are exact', () => {
  expect(Object.fromEntries(result.late.map((l) => [l.unit, l.days]))).toEqual(box.expected.late);
});

test('all 17 indicator totals equal the sum of the accepted inputs', () => {
  const accepted = result.submissions.filter((s) => s.status === 'accepted').map((s) => s.unit!);
  const withPlans = registry.units.slice(0, 8).map((u) => u.code);
  const expected: Record<string, number> = {};
  for (const ind of DEFAULT_INDICATORS) expected[ind.code] = 0;
  for (const unit of accepted) {
    const data = sampleReport(unit, 'bao-cao-6-thang', 2026, 12, withPlans.includes(unit) ? 7 : 0);
    for (const [k, v] of Object.entries(data.indicators))
      expected[k] = Math.round((expected[k] + v) * 1000) / 1000;
  }
  expect(Object.keys(result.totals)).toHaveLength(17);
  expect(result.totals).toEqual(expected);
});

describe('the summary workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary());
  });

  test('has the seven parts of SPEC §6', () => {
    const names = wb.worksheets.map((w) => w.name);
    for (const n of [
      SUMMARY_SHEETS.indicators,
      SUMMARY_SHEETS.activities,
      SUMMARY_SHEETS.completeness,
      SUMMARY_SHEETS.findings,
      SUMMARY_SHEETS.plan,
      SUMMARY_SHEETS.lineage,
      SUMMARY_SHEETS.report,
    ])
      expect(names).toContain(n);
  });

  test('every accepted activity is listed, including a row typed below the table', () => {
    const ws = wb.getWorksheet(SUMMARY_SHEETS.activities)!;
    const names: string[] = [];
    ws.eachRow((row, i) => {
      if (i > 3) names.push(row.getCell(5).text);
    });
    const accepted = result.submissions.filter((s) => s.status === 'accepted');
    // 12 sample rows per accepted file, plus the one typed below the table by SO_NGOAI_VU.
    expect(names).toHaveLength(accepted.length * 12 + 1);
    expect(names).toContain('Lớp tập huấn bổ sung');
  });

  test('no cell of the summary is a live formula, and submitted "=HYPERLINK" stays text', () => {
    let formulas = 0;
    let hyperlinkText = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.formula || c.type === ExcelJS.ValueType.Formula) formulas++;
          if (plainText(c.value).startsWith('=HYPERLINK')) hyperlinkText++;
        }),
      ),
    );
    expect(formulas).toBe(0);
    expect(hyperlinkText).toBeGreaterThan(0);
  });

  test('plan versus result is computed for units whose plans were supplied', () => {
    const ws = wb.getWorksheet(SUMMARY_SHEETS.plan)!;
    const planned: number[] = [];
    ws.eachRow((row, i) => {
      if (i > 3) planned.push(Number(row.getCell(3).value));
    });
    expect(planned.length).toBeGreaterThanOrEqual(6);
    expect(planned.every((n) => n === 10)).toBe(true);
  });
});

test('re-running on the same inputs gives the same export document', async () => {
  const again = join(dir, 'tong-hop-2.xlsx');
  await consolidateMailbox(
    again,
    '--as-of',
    box.asOf,
    '--plans',
    box.plans,
    '--received',
    box.receivedCsv,
    '--json',
  );
  const a = join(dir, 'a.json');
  const b = join(dir, 'b.json');
  await runCli(['export', summary(), '--format', 'json', '-o', a]);
  await runCli(['export', again, '--format', 'json', '-o', b]);
  expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
});

test('source files are never modified', async () => {
  const before = fingerprints(box.reports);
  await consolidateMailbox(join(dir, 'x.xlsx'), '--as-of', box.asOf, '--json');
  expect(fingerprints(box.reports)).toEqual(before);
});

test('the JSON export validates against the shipped schema', async () => {
  const out = join(dir, 'export.json');
  expect((await runCli(['export', summary(), '--format', 'json', '-o', out])).code).toBe(0);
  const doc: unknown = JSON.parse(readFileSync(out, 'utf8'));
  expect(checkExportDocument(doc)).toBe(true);
});

test('the CSV export has a UTF-8 BOM and escapes formula-leading text', async () => {
  const out = join(dir, 'export.csv');
  await runCli(['export', summary(), '--format', 'csv', '-o', out]);
  const text = readFileSync(join(dir, 'export-hoat-dong.csv'), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(`'=HYPERLINK`);
  expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  expect(readFileSync(join(dir, 'export-chi-tieu.csv'), 'utf8')).toContain('CT17');
});

test('the xlsx export is the province report in document form', async () => {
  const out = join(dir, 'province.xlsx');
  await runCli(['export', summary(), '--format', 'xlsx', '-o', out]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(PROVINCE_REPORT_TEXTS.sheetReport)!;
  expect(ws.pageSetup.paperSize).toBe(9);
  const ct17Row = [...Array(ws.rowCount).keys()]
    .map((i) => ws.getRow(i + 1))
    .find((r) => plainText(r.getCell(1).value) === 'CT17')!;
  expect(ct17Row.getCell(8).value).toBe(result.totals.CT17);
});

test('a failed run leaves the previous summary intact', async () => {
  const before = readFileSync(summary());
  const r = await consolidateMailbox(summary(), '--received', join(dir, 'no-such.csv'));
  expect(r.code).toBe(2);
  expect(readFileSync(summary()).equals(before)).toBe(true);
});

test('the department edits the "Đơn vị" sheet of the summary and reuses it as the registry', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary());
  const ws = wb.getWorksheet(SUMMARY_SHEETS.registry)!;
  // Strings are inline (ExcelJS reads them as one-run rich text); `.text` is what a reader sees.
  expect([1, 2, 3, 4, 5, 6, 7].map((c) => ws.getRow(1).getCell(c).text)).toEqual([
    'code',
    'name',
    'abbr',
    'kind',
    'parent',
    'email',
    'active',
  ]);
  ws.addRow(['SO_MOI', 'Sở Mới thành lập', 'SMTL', 'so_nganh', '', '', 'true']);
  const edited = join(dir, 'don-vi.xlsx');
  await wb.xlsx.writeFile(edited);
  const r = await consolidateMailbox(
    join(dir, 'y.xlsx'),
    '--as-of',
    box.asOf,
    '--registry',
    edited,
    '--received',
    box.receivedCsv,
    '--json',
  );
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout) as ConsolidateJson;
  expect(j.missing).toContain('SO_MOI');
  expect(j.missing).toEqual(expect.arrayContaining(box.expected.missing));
});

/** A cell's text as a reader sees it: inline strings come back from ExcelJS as one-run rich text. */
function plainText(v: ExcelJS.CellValue): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return '';
}

test('parsing in worker threads gives the same consolidation as parsing in one thread', async () => {
  const { consolidateCommand } = await import('../../cli/commands/consolidate');
  const args = (workers: number) => ({
    registry: REGISTRY_PRESETS['mau-tu-2025'],
    calendar: DEFAULT_CALENDAR,
    kind: box.kind,
    year: box.year,
    asOf: box.asOf,
    plans: box.plans,
    received: box.receivedCsv,
    output: join(dir, `workers-${workers}.xlsx`),
    inputs: [box.reports],
    json: true,
    progress: false,
    workers,
  });
  const one = await consolidateCommand(args(0), () => undefined);
  const pool = await consolidateCommand(args(3), () => undefined);
  expect(pool.result.submissions.length).toBeGreaterThan(5);
  expect(pool.doc).toEqual(one.doc);
  expect(pool.result.findings).toEqual(one.result.findings);
});
