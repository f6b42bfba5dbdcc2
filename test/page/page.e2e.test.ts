import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import type { ExportDocument, SheetGrid } from '../../shared';
import { DEFAULT_CALENDAR, REGISTRY_PRESETS, SUMMARY_SHEETS, cellText, parseWorkbook } from '../../shared';
import { readXlsxGrid } from '../../shared/file';
import { generateXlsx } from '../../cli/generate';
import { buildDemoMailbox } from '../../cli/demo/mailbox';
import type { Mailbox } from '../../cli/demo/mailbox';
import { readSummary } from '../../cli/commands/export';
import { CHROMIUM, hasChromium, launchChromium } from '../helpers/chromium';
import { screenshotDir } from '../helpers/screenshots';
import { CLEAN_NARRATIVES, FormFiller, cleanReportRows, sumBudget } from '../helpers/forms';
import { PAGE_HTML, ROOT, ensurePageBuild } from './build-page';

/**
 * The offline page end to end with no fake anywhere: the BUILT dist/ttdn.html opened from file:// in
 * real headless Chromium, real .xlsx files in and out, and the CLI run on the same files to compare.
 */

const haveChromium = hasChromium();
if (!haveChromium)
  console.warn(`Bỏ qua kiểm thử trang ngoại tuyến: không có ${CHROMIUM} (cài gói Debian "chromium").`);
const maybe = haveChromium ? describe : describe.skip;

function hasSoffice(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const REGISTRY = REGISTRY_PRESETS['mau-tu-2025'];
const CALENDAR = DEFAULT_CALENDAR;
const UNIT = 'SO_NGOAI_VU';
const YEAR = 2026;
const KIND = 'bao-cao-6-thang';
/** The page's clock during generation, and the CLI's, so both stamp the same instant. */
const FIXED = new Date('2026-03-02T03:04:05.000Z');
/** "Cộng hoà xã hội chủ nghĩa Việt Nam" typed with a TCVN3 (ABC) font, as old documents hold it. */
const TCVN3_TEXT = 'Céng hoµ x· héi chñ nghÜa ViÖt Nam';

let dir: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

async function bytesOf(d: Download): Promise<Uint8Array> {
  const p = await d.path();
  return new Uint8Array(readFileSync(p));
}

async function download(click: () => Promise<void>): Promise<Download> {
  const d = page.waitForEvent('download');
  await click();
  return d;
}

async function tab(name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** What the page lists: one entry per finding, with its cell, code and text. */
async function listedFindings(): Promise<{ cell: string; code: string; text: string }[]> {
  const items = page.getByRole('list', { name: 'Danh sách vấn đề' }).getByRole('listitem');
  return items.evaluateAll((els) =>
    els.map((el) => ({
      cell: el.getAttribute('data-cell') ?? '',
      code: el.getAttribute('data-code') ?? '',
      text: el.textContent ?? '',
    })),
  );
}

async function checkFile(path: string): Promise<void> {
  await page.getByTestId('check-files').setInputFiles(path);
  await page.getByRole('region', { name: 'Kết quả kiểm tra' }).getByText(path.split('/').pop()!).waitFor();
}

/** The form downloaded from the page, filled through its defined names the way an agency types. */
async function fillForm(form: Uint8Array, o: { negativeBudget: boolean }): Promise<Uint8Array> {
  const f = await FormFiller.open(form);
  const rows = cleanReportRows(4, YEAR);
  f.setNamed('TTDN_SoKyHieu', 'Số: 34/BC-SNV');
  f.setRows(rows);
  f.setRow(1, { tenHoatDong: TCVN3_TEXT });
  if (o.negativeBudget) f.setRow(2, { kinhPhi: -5 });
  f.setIndicators({ CT01: 2, CT02: 40, CT17: sumBudget(rows) });
  f.setNarratives(CLEAN_NARRATIVES);
  return f.save();
}

function findingsOf(bytes: Uint8Array) {
  return parseWorkbook(readXlsxGrid(bytes), { registry: REGISTRY, calendar: CALENDAR }).findings;
}

function sheetValues(s: SheetGrid | undefined): string[][] {
  if (!s) return [];
  const out: string[][] = [];
  for (let r = 1; r <= s.rowCount; r++)
    out.push(Array.from({ length: s.columnCount }, (_, c) => cellText(s.cell(r, c + 1)?.value ?? null)));
  return out;
}

/** The export document without the moments of writing (each run stamps its own). */
function stable(doc: ExportDocument): unknown {
  return JSON.parse(JSON.stringify(doc), (k, v: unknown) =>
    k === 'generatedAt' || k === 'importedAt' ? undefined : v,
  );
}

function cli(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

maybe('offline page dist/ttdn.html from file://, no fake host', () => {
  let mailbox: Mailbox;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ttdn-page-'));
    ensurePageBuild();
    mailbox = await buildDemoMailbox(join(dir, 'demo'), REGISTRY, CALENDAR);
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' });
    context.on('request', (r) => requests.push(r.url()));
    await context.clock.setFixedTime(FIXED);
    page = await context.newPage();
    page.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
    await page.goto(pathToFileURL(PAGE_HTML).href);
    await page.getByRole('tab', { name: 'Tạo biểu mẫu' }).waitFor();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  let form: Uint8Array;

  test('says on the page that files never leave the computer', async () => {
    await expect(page.getByTestId('privacy').textContent()).resolves.toMatch(
      /chỉ được xử lý trên máy tính này/,
    );
  });

  test('Tạo biểu mẫu downloads the same bytes `ttdn template` writes for the same inputs', async () => {
    await page.getByRole('combobox', { name: 'Loại biểu mẫu' }).selectOption(KIND);
    await page.getByRole('combobox', { name: 'Đơn vị báo cáo' }).selectOption(UNIT);
    await page.getByRole('textbox', { name: 'Năm' }).fill(String(YEAR));
    const d = await download(() => page.getByRole('button', { name: 'Tạo biểu mẫu' }).click());
    form = await bytesOf(d);
    // The CLI's generator, in this process, at the same instant (the zip entries carry the clock too).
    jest.useFakeTimers({
      now: FIXED,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    let cliBytes: Uint8Array;
    try {
      cliBytes = await generateXlsx({
        registry: REGISTRY,
        calendar: CALENDAR,
        kind: KIND,
        unitCode: UNIT,
        year: YEAR,
      });
    } finally {
      jest.useRealTimers();
    }
    expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(Buffer.from(form).equals(Buffer.from(cliBytes))).toBe(true);
  });

  test('Kiểm tra lists every finding of a filled form with sheet, cell, row content and message', async () => {
    const path = join(dir, 'bao-cao-co-loi.xlsx');
    writeFileSync(path, await fillForm(form, { negativeBudget: true }));
    await tab('Kiểm tra');
    await checkFile(path);
    const expected = findingsOf(new Uint8Array(readFileSync(path)));
    expect(expected.some((f) => f.severity === 'error')).toBe(true);
    const listed = await listedFindings();
    expect(listed.map((l) => `${l.cell} ${l.code}`)).toEqual(expected.map((f) => `${f.cell} ${f.code}`));
    listed.forEach((l, i) => {
      expect(l.text).toContain(expected[i].message);
      expect(l.text).toContain(`${expected[i].sheet}${expected[i].cell ? `!${expected[i].cell}` : ''}`);
    });
    // The negative budget's finding shows its row, so the user sees which activity it is.
    const negative = listed.find((l) => l.text.includes('-5'));
    expect(negative?.text).toContain('Hoạt động thông tin đối ngoại số 3');
    await page.screenshot({ path: join(screenshotDir(), 'page-kiem-tra.png'), fullPage: true });
  });

  test('a corrected file dropped again is checked afresh', async () => {
    const path = join(dir, 'bao-cao-da-sua.xlsx');
    writeFileSync(path, await fillForm(form, { negativeBudget: false }));
    // Dropped on the zone, as from the file manager (a DataTransfer carrying the file).
    const b64 = readFileSync(path).toString('base64');
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], 'bao-cao-da-sua.xlsx'));
      return dt;
    }, b64);
    await page.getByTestId('check-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByRole('region', { name: 'Kết quả kiểm tra' }).getByText('bao-cao-da-sua.xlsx').waitFor();
    const expected = findingsOf(new Uint8Array(readFileSync(path)));
    expect(expected.filter((f) => f.severity === 'error')).toEqual([]);
    const listed = await listedFindings();
    expect(listed.map((l) => `${l.cell} ${l.code}`)).toEqual(expected.map((f) => `${f.cell} ${f.code}`));
    await expect(page.getByRole('status').filter({ hasText: 'lỗi' }).textContent()).resolves.toContain(
      '0 lỗi',
    );
  });

  test('"Chuyển mã TCVN3/VNI" downloads a Unicode copy and leaves the original as it was', async () => {
    const path = join(dir, 'bao-cao-da-sua.xlsx');
    const before = readFileSync(path);
    const d = await download(() => page.getByRole('button', { name: /Chuyển mã TCVN3\/VNI/ }).click());
    const copy = await bytesOf(d);
    expect(readFileSync(path).equals(before)).toBe(true);
    const f = await FormFiller.open(copy);
    const cell = f.rowAddress(1, 'tenHoatDong');
    expect(f.wb.getWorksheet(f.mainSheet)!.getCell(cell).text).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(findingsOf(copy).filter((x) => x.code === 'LEGACY_ENCODING')).toEqual([]);
  });

  (hasSoffice() ? test : test.skip)(
    'a form saved by LibreOffice is checked the same as the core reads it',
    async () => {
      const src = join(dir, 'lo-src', 'bao-cao-libreoffice.xlsx');
      const out = join(dir, 'lo-out');
      mkdirSync(join(dir, 'lo-src'), { recursive: true });
      writeFileSync(src, await fillForm(form, { negativeBudget: true }));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          out,
          src,
        ],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const path = join(out, 'bao-cao-libreoffice.xlsx');
      await checkFile(path);
      const expected = findingsOf(new Uint8Array(readFileSync(path)));
      expect(expected.some((x) => x.code === 'LEGACY_ENCODING')).toBe(true);
      const listed = await listedFindings();
      expect(listed.map((l) => `${l.cell} ${l.code}`)).toEqual(expected.map((x) => `${x.cell} ${x.code}`));
    },
    150_000,
  );

  let pageSummary: string;
  let cliSummary: string;

  test("Tổng hợp of the demo mailbox picked as folders gives the CLI's totals and statuses", async () => {
    await tab('Tổng hợp');
    await page.getByRole('combobox', { name: 'Loại báo cáo' }).selectOption(mailbox.kind);
    await page.getByRole('textbox', { name: 'Năm tổng hợp' }).fill(String(mailbox.year));
    await page.getByLabel('Tính đến ngày').fill(mailbox.asOf);
    await page.getByTestId('reports-folder').setInputFiles(mailbox.reports);
    await page.getByTestId('plans-folder').setInputFiles(mailbox.plans);
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    const d = await download(() =>
      page.getByRole('button', { name: /Tải bảng tổng hợp/ }).click({ timeout: 60_000 }),
    );
    pageSummary = join(dir, 'tong-hop-trang.xlsx');
    writeFileSync(pageSummary, await bytesOf(d));
    await page.screenshot({ path: join(screenshotDir(), 'page-tong-hop.png'), fullPage: true });

    cliSummary = join(dir, 'tong-hop-cli.xlsx');
    const json = JSON.parse(
      cli([
        'consolidate',
        '--kind',
        mailbox.kind,
        '--year',
        String(mailbox.year),
        '--as-of',
        mailbox.asOf,
        '--plans',
        mailbox.plans,
        '--received',
        mailbox.receivedCsv,
        '-o',
        cliSummary,
        '--json',
        mailbox.reports,
      ]),
    ) as { submissions: { file: string; status: string }[]; totals: Record<string, number> };

    const fromPage = await readSummary(pageSummary);
    const fromCli = await readSummary(cliSummary);
    const pageTotals = Object.fromEntries(fromPage.indicators.map((i) => [i.code, i.total]));
    for (const [code, total] of Object.entries(json.totals))
      expect([code, pageTotals[code]]).toEqual([code, total]);
    expect(fromPage.submissions.map((s) => [s.file, s.status])).toEqual(
      json.submissions.map((s) => [s.file, s.status]),
    );
    expect(stable(fromPage)).toEqual(stable(fromCli));
    const page0 = readXlsxGrid(new Uint8Array(readFileSync(pageSummary)));
    const cli0 = readXlsxGrid(new Uint8Array(readFileSync(cliSummary)));
    for (const sheet of [SUMMARY_SHEETS.indicators, SUMMARY_SHEETS.completeness, SUMMARY_SHEETS.findings])
      expect(sheetValues(page0.sheet(sheet))).toEqual(sheetValues(cli0.sheet(sheet)));
  }, 120_000);

  test('the result on screen names who is missing, late and rejected, and why', async () => {
    const doc = await readSummary(cliSummary);
    const name = (code: string) => REGISTRY.units.find((u) => u.code === code)!.name;
    const missing = await page.getByTestId('summary-missing').textContent();
    for (const code of mailbox.expected.missing) expect(missing).toContain(name(code));
    const late = await page.getByTestId('summary-late').textContent();
    for (const [code, days] of Object.entries(mailbox.expected.late))
      expect(late).toContain(`${name(code)} (${days} ngày)`);
    const table = page.getByRole('table', { name: 'Tệp không được tiếp nhận' });
    for (const s of doc.submissions.filter((x) => x.status !== 'accepted')) {
      const row = table.getByRole('row').filter({ hasText: s.file });
      await expect(row.textContent()).resolves.toContain(s.reason ?? '');
    }
  });

  test('Xuất gives the JSON and CSV `ttdn export` gives, and the province report as .xlsx', async () => {
    await tab('Xuất');
    await page.getByTestId('summary-files').setInputFiles(cliSummary);
    const json = await download(() => page.getByRole('button', { name: 'JSON' }).click());
    const cliJson = join(dir, 'cli-export.json');
    cli(['export', cliSummary, '--format', 'json', '-o', cliJson]);
    expect(Buffer.from(await bytesOf(json)).toString('utf8')).toBe(readFileSync(cliJson, 'utf8'));

    const csvs: Download[] = [];
    const both = new Promise<void>((done) =>
      page.on('download', (d) => {
        if (csvs.push(d) === 2) done();
      }),
    );
    await page.getByRole('button', { name: 'CSV' }).click();
    await both;
    cli(['export', cliSummary, '--format', 'csv', '-o', join(dir, 'cli.csv')]);
    for (const d of csvs) {
      const part = d.suggestedFilename().endsWith('-chi-tieu.csv') ? 'chi-tieu' : 'hoat-dong';
      expect(Buffer.from(await bytesOf(d)).toString('utf8')).toBe(
        readFileSync(join(dir, `cli-${part}.csv`), 'utf8'),
      );
    }

    const xlsx = await download(() => page.getByRole('button', { name: 'Excel (.xlsx)' }).click());
    const report = readXlsxGrid(await bytesOf(xlsx));
    const cliReport = join(dir, 'cli-report.xlsx');
    cli(['export', cliSummary, '--format', 'xlsx', '-o', cliReport]);
    const expected = readXlsxGrid(new Uint8Array(readFileSync(cliReport)));
    expect(report.sheetNames).toEqual(expected.sheetNames);
    for (const s of expected.sheetNames)
      expect(sheetValues(report.sheet(s))).toEqual(sheetValues(expected.sheet(s)));
  }, 120_000);

  test('Word (.docx) export is the same report `ttdn export --format docx` writes', async () => {
    const docx = await download(() => page.getByRole('button', { name: 'Word (.docx)' }).click());
    const cliDocx = join(dir, 'cli-report.docx');
    cli(['export', cliSummary, '--format', 'docx', '-o', cliDocx]);
    // Same words in the same order (the packages' timestamps differ, so bytes are not compared).
    const words = (bytes: Uint8Array) =>
      [...strFromU8(unzipSync(bytes)['word/document.xml']).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join('');
    const fromPage = words(await bytesOf(docx));
    expect(fromPage).toBe(words(new Uint8Array(readFileSync(cliDocx))));
    expect(fromPage).toContain('Lưu: VT');
  }, 60_000);

  test('made no request other than file:, blob: or data: during the whole run', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
  });
});
