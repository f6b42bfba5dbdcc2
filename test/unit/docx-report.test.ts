/** The Word province report: NĐ 30/2020 page setup, fonts, page numbers and content, read from the OOXML. */
import { strFromU8, unzipSync } from 'fflate';
import { PROVINCE_REPORT_TEXTS, SUMMARY_SHEETS, buildProvinceReportContent } from '../../shared';
import { DOCX_APPENDIX_MAX_ROWS, provinceReportDocx } from '../../shared/export/province-report-docx';
import { consolidation, registry } from '../helpers/province-fixture';

const { doc } = consolidation(4, 2);
const content = buildProvinceReportContent(doc, registry);
let parts: Record<string, string>;
let body: string;

beforeAll(async () => {
  const files = unzipSync(await provinceReportDocx(content, 'test'));
  parts = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
  body = parts['word/document.xml'];
});

const text = (xml: string) => xml.replace(/<[^>]+>/g, '');

test('the first section is portrait A4 with NĐ 30 margins and a different first page', () => {
  const first = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(body)![0];
  expect(first).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(first).toMatch(/w:left="1701"/); // 30 mm
  expect(first).toMatch(/w:right="850"|w:right="851"/); // 15 mm
  expect(first).toContain('<w:titlePg/>');
});

test('the appendix section is landscape', () => {
  const sections = body.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!;
  expect(sections).toHaveLength(2);
  expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
});

test('page numbers sit in the header (top centre), and the first page’s header is empty', () => {
  const headers = Object.entries(parts).filter(([k]) => /^word\/header\d+\.xml$/.test(k));
  const withPage = headers.filter(([, x]) => /PAGE/.test(x));
  expect(withPage.length).toBeGreaterThanOrEqual(1);
  for (const [, x] of withPage) expect(x).toContain('<w:jc w:val="center"/>');
  expect(headers.some(([, x]) => !/PAGE/.test(x))).toBe(true);
  expect(Object.keys(parts).some((k) => /footer/.test(k) && /PAGE/.test(parts[k]))).toBe(false);
});

test('text is Times New Roman, body 13 pt and tables 12 pt or more (appendix 11 pt)', () => {
  const fonts = new Set([...body.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
  expect([...fonts]).toEqual(['Times New Roman']);
  const sizes = [...body.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2);
  expect(Math.min(...sizes.filter((s) => s > 4))).toBeGreaterThanOrEqual(11);
  expect(sizes).toContain(13);
});

test('the header blocks, title, sections I–V, tables and closing blocks are all present', () => {
  const t = text(body);
  for (const s of [
    registry.governingBody,
    registry.consolidator.name.toUpperCase(),
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    content.title,
    ...Object.values(PROVINCE_REPORT_TEXTS.headings).filter(
      (h) => /^(I|II|III|IV|V)\. /.test(h) && !/MỤC ĐÍCH|NHIỆM VỤ$|TỔ CHỨC/.test(h),
    ),
    'CT17',
    PROVINCE_REPORT_TEXTS.recipientsTitle,
    PROVINCE_REPORT_TEXTS.appendixTitle(false),
  ])
    expect(t).toContain(s);
});

test('recipients are the ministry department, UBND tỉnh and Lưu: VT — not the Sở', () => {
  const closing = text(body.slice(body.lastIndexOf(PROVINCE_REPORT_TEXTS.recipientsTitle)));
  expect(closing).toContain(registry.ministry.name);
  expect(closing).toContain(`UBND ${registry.province}`);
  expect(closing).toContain('Lưu: VT.');
  const recipients = closing.slice(0, closing.indexOf(content.signer.title));
  expect(recipients).not.toContain(registry.consolidator.name);
});

test('the activity table header repeats on every appendix page', () => {
  const appendix = body.slice(body.indexOf(PROVINCE_REPORT_TEXTS.appendixTitle(false)));
  expect(appendix).toContain('<w:tblHeader/>');
  const rows = appendix.match(/<w:tr>|<w:tr /g)!.length;
  expect(rows).toBe(doc.activities.length + 1);
});

test('a province plan becomes a Word document with sections I–III and no indicator table', async () => {
  const plan = buildProvinceReportContent(
    { ...doc, kind: 'ke-hoach-nam', narratives: [], planProgress: [] },
    registry,
  );
  const xml = strFromU8(unzipSync(await provinceReportDocx(plan, 'test'))['word/document.xml']);
  const t = text(xml);
  for (const h of [
    PROVINCE_REPORT_TEXTS.headings.mucDich,
    PROVINCE_REPORT_TEXTS.headings.nhiemVu,
    PROVINCE_REPORT_TEXTS.headings.toChuc,
  ])
    expect(t).toContain(h);
  expect(t).not.toContain(PROVINCE_REPORT_TEXTS.headings.chiTieu);
  expect(t).toContain(PROVINCE_REPORT_TEXTS.appendixTitle(true));
});

test('above the appendix limit the Word appendix sums activities per unit and points to the full list', async () => {
  const many = Array.from(
    { length: DOCX_APPENDIX_MAX_ROWS + 1 },
    (_, i) => doc.activities[i % doc.activities.length],
  );
  const big = buildProvinceReportContent({ ...doc, activities: many }, registry);
  const xml = strFromU8(unzipSync(await provinceReportDocx(big, 'test'))['word/document.xml']);
  const appendix = xml.slice(xml.indexOf(PROVINCE_REPORT_TEXTS.appendixTitle(false)));
  const units = new Set(many.map((a) => a.unit)).size;
  expect(appendix.match(/<w:tr>|<w:tr /g)!.length).toBe(units + 1);
  expect(text(appendix)).toContain(String(DOCX_APPENDIX_MAX_ROWS));
  expect(text(appendix)).toContain(SUMMARY_SHEETS.activities);
});
