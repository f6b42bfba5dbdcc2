import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'acorn';
import { DEFAULT_CALENDAR, REGISTRY_PRESETS, SUMMARY_SHEETS, templateForKind } from '../../shared';
import { CHROMIUM, hasChromium, launchChromium } from '../helpers/chromium';
import { screenshotDir } from '../helpers/screenshots';
import { filledModel } from '../../cli/demo/mailbox';
import { sampleReport } from '../../cli/demo/sample-data';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';

/**
 * The production task pane in real headless Chromium, with a fake Office/Excel injected before the
 * page's scripts: Tạo biểu mẫu → Nhập liệu → Kiểm tra → Tổng hợp, screenshots to docs/screenshots.
 */

const ROOT = resolve(__dirname, '../..');
/** The deployment address the production manifest must carry (never localhost). */
const DEPLOY_URL = 'https://ttdn.example.gov.vn/addin/';
const DIST = join(ROOT, 'dist');
const SHOTS = screenshotDir();
const haveChromium = hasChromium();
if (!haveChromium)
  console.warn(`Bỏ qua kiểm thử trình duyệt: không có ${CHROMIUM} (cài gói Debian "chromium").`);
const maybe = haveChromium ? describe : describe.skip;

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Reuses dist/ when it is newer than every source it is built from. */
function ensureBuild(): void {
  const html = join(DIST, 'taskpane.html');
  const sources = Math.max(
    newest(join(ROOT, 'addin')),
    newest(join(ROOT, 'shared')),
    newest(join(ROOT, 'cli/xlsx')),
    statSync(join(ROOT, 'webpack.config.js')).mtimeMs,
    statSync(join(ROOT, 'manifests/manifest.xml')).mtimeMs,
  );
  if (existsSync(html) && statSync(html).mtimeMs > sources) return;
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--config-name', 'excel'],
    { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ADDIN_URL: DEPLOY_URL } },
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = join(DIST, decodeURIComponent(url.pathname));
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const fakeOffice = () =>
  buildSync({
    entryPoints: [join(__dirname, 'fake-office.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2020',
    platform: 'browser',
  }).outputFiles[0].text;

maybe('Excel task pane in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ensureBuild();
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  });

  async function openPane(withOffice: boolean, width = 420): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'vi-VN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // No network in tests: office.js from the CDN is replaced (fake) or blocked (outside Office).
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      withOffice ? route.fulfill({ contentType: 'text/javascript', body: '' }) : route.abort(),
    );
    if (withOffice) await page.addInitScript({ content: fakeOffice() });
    await page.goto(`${base}/taskpane.html`);
    return { page, errors };
  }

  it('walks Tạo biểu mẫu → Nhập liệu → Kiểm tra → Tổng hợp', async () => {
    const { page, errors } = await openPane(true);
    // Tạo biểu mẫu
    await page.getByRole('tab', { name: 'Tạo biểu mẫu' }).waitFor();
    await page.getByLabel('Loại biểu mẫu').selectOption('bao-cao-nam');
    await page.getByLabel('Đơn vị báo cáo').selectOption('SO_NGOAI_VU');
    await page.getByLabel('Năm').fill('2026');
    await page.getByRole('button', { name: 'Tạo biểu mẫu' }).click();
    await page.getByText(/Đã tạo biểu mẫu "Báo cáo năm 2026" cho Sở Ngoại vụ/).waitFor();
    await page.screenshot({ path: join(SHOTS, '1-tao-bieu-mau.png') });
    const sheets = await page.evaluate(() =>
      (window as unknown as { __fakeExcel: { sheets: { name: string }[] } }).__fakeExcel.sheets.map(
        (s) => s.name,
      ),
    );
    expect(sheets).toEqual(['Sheet1', 'Bao cao', '_ttdn', '_lists']);

    // Nhập liệu
    await page.getByRole('tab', { name: 'Nhập liệu' }).click();
    const form = page.getByRole('form', { name: 'Biểu mẫu dòng' });
    await form.waitFor();
    await form.getByLabel('Nhóm nhiệm vụ').selectOption({ index: 1 });
    await form.getByLabel('Tên hoạt động').fill('Hội nghị xúc tiến đầu tư tại Nhật Bản');
    await form.getByLabel('Tình trạng').selectOption({ index: 1 });
    await form.getByLabel(/Kinh phí/).fill('12a');
    await form.getByText(/Không phải số hợp lệ/).waitFor();
    await form.getByLabel(/Kinh phí/).fill('150,5');
    await form.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.getByText('Đã thêm dòng mới vào trang tính.').waitFor();
    await page.getByRole('cell', { name: 'Hội nghị xúc tiến đầu tư tại Nhật Bản' }).waitFor();
    await page.screenshot({ path: join(SHOTS, '2-nhap-lieu.png'), fullPage: false });

    // Kiểm tra
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    const list = page.getByRole('list', { name: 'Danh sách vấn đề' });
    await list.waitFor();
    const first = list.getByRole('button').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => (window as unknown as { __fakeExcel: { selected: unknown } }).__fakeExcel.selected !== null,
    );
    await page.screenshot({ path: join(SHOTS, '3-kiem-tra.png') });

    // Tổng hợp: the consolidating department turns its tabs on in Cài đặt.
    await page.getByRole('tab', { name: 'Cài đặt' }).click();
    await page.getByRole('checkbox', { name: /sở chủ trì tổng hợp/ }).check();
    await page.getByRole('tab', { name: 'Tổng hợp' }).waitFor();
    const registry = REGISTRY_PRESETS['mau-tu-2025'];
    const files = [];
    let expectedCt02 = 0;
    for (const unitCode of ['SO_NGOAI_VU', 'SO_TAI_CHINH', 'CONG_AN_TINH']) {
      // Filled the way an agency would, so the totals on screen are real sums.
      const data = sampleReport(unitCode, 'bao-cao-nam', 2026, 8);
      expectedCt02 += data.indicators.CT02;
      const model = filledModel({
        registry,
        calendar: DEFAULT_CALENDAR,
        kind: 'bao-cao-nam',
        year: 2026,
        unitCode,
        ...data,
        reportDate: '2026-11-10',
      });
      files.push({
        name: `${unitCode}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await modelToXlsxBytes(model)),
      });
    }
    files.push({
      name: 'thu-moi.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('không phải xlsx'),
    });
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByLabel('Năm', { exact: true }).fill('2026');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Chọn tệp báo cáo…' }).click();
    await (await chooser).setFiles(files);
    await page.getByText('Đã chọn 4 tệp:').waitFor();
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByText(/Tiếp nhận \d+ tệp, bị loại \d+, không đọc được 1/).waitFor({ timeout: 30_000 });
    // The province total on screen is the sum of what the three agencies typed.
    const ct02 = templateForKind('bao-cao-nam')
      .sections.flatMap((x) => (x.type === 'indicators' ? x.indicators : []))
      .find((i) => i.code === 'CT02')!;
    await page
      .getByRole('row', { name: `${ct02.name} (${ct02.unit}) ${expectedCt02.toLocaleString('vi-VN')}` })
      .waitFor();
    await page.screenshot({ path: join(SHOTS, '4-tong-hop.png'), fullPage: true });
    const after = await page.evaluate(() =>
      (window as unknown as { __fakeExcel: { sheets: { name: string }[] } }).__fakeExcel.sheets.map(
        (s) => s.name,
      ),
    );
    expect(after).toEqual(
      expect.arrayContaining([
        SUMMARY_SHEETS.indicators,
        SUMMARY_SHEETS.completeness,
        SUMMARY_SHEETS.findings,
        SUMMARY_SHEETS.lineage,
      ]),
    );

    // Xuất and Cài đặt, for the README's tour of every panel.
    await page.getByRole('tab', { name: 'Xuất' }).click();
    await page.getByRole('tabpanel').waitFor();
    await page.screenshot({ path: join(SHOTS, '6-xuat.png') });
    await page.getByRole('tab', { name: 'Cài đặt' }).click();
    await page.getByRole('tabpanel').waitFor();
    await page.screenshot({ path: join(SHOTS, '7-cai-dat.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  /** The page never scrolls sideways: every control fits the pane. */
  async function expectNoOverflow(page: Page, where: string): Promise<void> {
    const o = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
      widest: [...document.querySelectorAll('main *')]
        .map((e) => ({
          tag: e.tagName,
          label: e.getAttribute('aria-label') ?? '',
          right: e.getBoundingClientRect().right,
        }))
        .sort((a, b) => b.right - a.right)[0],
    }));
    expect({ where, over: o.scroll > o.view ? o.widest : null }).toEqual({ where, over: null });
  }

  const sheetNames = (page: Page) =>
    page.evaluate(() =>
      (window as unknown as { __fakeExcel: { sheets: { name: string }[] } }).__fakeExcel.sheets.map(
        (x) => x.name,
      ),
    );

  for (const width of [300, 320, 450])
    it(`at ${width} px: fits without sideways scrolling and never loses the user's input`, async () => {
      const { page, errors } = await openPane(true, width);
      await page.getByRole('tab', { name: 'Tạo biểu mẫu' }).waitFor();
      await page.getByRole('tab', { name: 'Cài đặt' }).click();
      await page.getByRole('checkbox', { name: /sở chủ trì tổng hợp/ }).check();
      await page.getByRole('tab', { name: 'Tổng hợp' }).waitFor();
      await page.getByRole('tab', { name: 'Tạo biểu mẫu' }).click();
      await page.getByLabel('Đơn vị báo cáo').selectOption('SO_NGOAI_VU');
      await page.getByLabel('Năm').fill('2026');
      await page.getByRole('button', { name: 'Tạo biểu mẫu' }).click();
      await page.getByText(/Đã tạo biểu mẫu/).waitFor();
      await expectNoOverflow(page, 'Tạo biểu mẫu');

      // One row typed and saved.
      await page.getByRole('tab', { name: 'Nhập liệu' }).click();
      const form = page.getByRole('form', { name: 'Biểu mẫu dòng' });
      await form.getByLabel('Nhóm nhiệm vụ').selectOption({ index: 1 });
      await form.getByLabel('Tên hoạt động').fill('Hội nghị giữ lại');
      await form.getByLabel('Tình trạng').selectOption({ index: 1 });
      await form.getByLabel(/Kinh phí/).fill('10');
      await form.getByRole('button', { name: 'Thêm dòng' }).click();
      await page.getByText('Đã thêm dòng mới vào trang tính.').waitFor();
      await expectNoOverflow(page, 'Nhập liệu');
      const row = Number(
        (await page
          .getByRole('row')
          .filter({ hasText: 'Hội nghị giữ lại' })
          .getByRole('cell')
          .first()
          .textContent()) ?? 0,
      );

      // Typing a new row, then clicking that row in the sheet: the pane asks, the input stays.
      await form.getByLabel('Tên hoạt động').fill('Đang gõ dở');
      await page.evaluate(
        (r) =>
          (
            window as unknown as {
              __fakeExcel: { selectionHandlers: ((e: { address: string; worksheetId: string }) => void)[] };
            }
          ).__fakeExcel.selectionHandlers.forEach((h) => h({ address: `C${r}`, worksheetId: 'Bao cao' })),
        row,
      );
      await page.getByText(/chưa được lưu/).waitFor();
      expect(await form.getByLabel('Tên hoạt động').inputValue()).toBe('Đang gõ dở');
      await page.getByRole('button', { name: 'Tiếp tục nhập (giữ nội dung)' }).click();

      // Switching tabs keeps the draft.
      await page.getByRole('tab', { name: 'Kiểm tra' }).click();
      await expectNoOverflow(page, 'Kiểm tra');
      await page.getByRole('tab', { name: 'Nhập liệu' }).click();
      expect(
        await page.getByRole('form', { name: 'Biểu mẫu dòng' }).getByLabel('Tên hoạt động').inputValue(),
      ).toBe('Đang gõ dở');

      // Delete asks first.
      await page.getByRole('button', { name: `Xóa dòng ${row}` }).click();
      await page
        .getByRole('group', { name: `Xác nhận xóa dòng ${row}` })
        .getByRole('button', { name: 'Không' })
        .click();
      await page.getByRole('cell', { name: 'Hội nghị giữ lại' }).waitFor();

      // Tạo biểu mẫu over a filled form asks, saying how many rows, and keeps it when told to.
      await page.getByRole('tab', { name: 'Tạo biểu mẫu' }).click();
      await page.getByRole('button', { name: 'Tạo biểu mẫu' }).click();
      await page.getByText('Sổ làm việc đã có biểu mẫu với 1 dòng đã nhập.').waitFor();
      await expectNoOverflow(page, 'Xác nhận tạo lại');
      await page.getByRole('button', { name: 'Không tạo, giữ biểu mẫu' }).click();
      expect(await sheetNames(page)).toEqual(['Sheet1', 'Bao cao', '_ttdn', '_lists']);
      await page.getByRole('tab', { name: 'Nhập liệu' }).click();
      await page.getByRole('cell', { name: 'Hội nghị giữ lại' }).waitFor();

      for (const tab of ['Tổng hợp', 'Xuất', 'Cài đặt']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tabpanel', { name: tab }).waitFor();
        await expectNoOverflow(page, tab);
      }
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);

  it('explains in Vietnamese when the page is opened outside Office', async () => {
    const { page } = await openPane(false);
    await page.getByText('Trang này cần được mở bên trong Excel').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('alert').textContent()).toContain('Bổ trợ');
    await page.screenshot({ path: join(SHOTS, '5-ngoai-office.png') });
    await page.close();
  }, 60_000);

  it('keeps the initial JS (entry chunk) at or below 350 KB gzipped; heavy readers load later', () => {
    const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
      .map((m) => m[1])
      .filter((s) => !s.startsWith('http'));
    expect(scripts.length).toBeGreaterThan(0);
    const gz = scripts.reduce((n, s) => n + gzipSync(readFileSync(join(DIST, s))).length, 0);
    console.log(`Task pane initial JS: ${(gz / 1024).toFixed(1)} KB gzipped (${scripts.join(', ')})`);
    expect(gz).toBeLessThanOrEqual(350 * 1024);
    // ExcelJS and the .xlsx reader are separate chunks, fetched only when a file is read or written.
    const lazy = readdirSync(DIST).filter((f) => /^(exceljs|xlsx-reader)\..*\.js$/.test(f));
    expect(lazy).toHaveLength(2);
    for (const f of lazy) expect(scripts).not.toContain(f);
  });

  it('ships a manifest that the Office add-in tooling parses, with minimal permission', () => {
    // office-addin-manifest pulls in ESM-only modules jest cannot load in-process: parse in plain Node.
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => console.log(JSON.stringify(i)))`;
    const info = JSON.parse(
      execFileSync('node', ['-e', script, join(DIST, 'manifest.xml')], { cwd: ROOT, encoding: 'utf8' }),
    ) as {
      displayName?: string;
      permissions?: string;
      hosts?: string[];
      defaultSettings?: { sourceLocation?: string };
    };
    expect(info.displayName).toBe('Báo cáo TTĐN');
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultSettings?.sourceLocation).toMatch(/^https:\/\/.+\/taskpane\.html$/);
  });

  it('ships a bundle older Mac WebKit can parse: ES2020, no class static blocks', () => {
    const js = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(2);
    for (const f of js)
      expect(() => parse(readFileSync(join(DIST, f), 'utf8'), { ecmaVersion: 2020 })).not.toThrow();
  });

  it('ships a production manifest with the deployment URL and the icons, never localhost', () => {
    const xml = readFileSync(join(DIST, 'manifest.xml'), 'utf8');
    expect(xml).toContain('<DisplayName DefaultValue="Báo cáo TTĐN"/>');
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(xml).toContain(`<SourceLocation DefaultValue="${DEPLOY_URL}taskpane.html"/>`);
    expect(xml).not.toMatch(/localhost|example\.invalid/);
    expect(existsSync(join(DIST, 'manifest.dev.xml'))).toBe(false);
    for (const s of [16, 32, 64, 80]) expect(existsSync(join(DIST, `assets/icon-${s}.png`))).toBe(true);
  });
});
