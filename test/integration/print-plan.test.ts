/**
 * The province plan on paper (issue 11, Deliver 7): the units' plans, with their optional
 * narratives, consolidated by `ttdn consolidate --kind ke-hoach-nam`, exported as json/csv/xlsx/docx,
 * and the xlsx and docx rendered by LibreOffice to PDF and read back with pdftotext -bbox. Page
 * images go to docs/documents only under `npm run screenshots`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ExportDocument, ProvinceReportContent, SheetModel } from '../../shared';
import {
  DEFAULT_CALENDAR,
  PROVINCE_REPORT_TEXTS as T,
  REGISTRY_PRESETS,
  SUMMARY_SHEETS,
  buildProvinceReportContent,
  buildSummaryModel,
} from '../../shared';
import { filledModel } from '../../cli/demo/mailbox';
import { samplePlanRows } from '../../cli/demo/sample-data';
import { consolidateCommand } from '../../cli/commands/consolidate';
import { checkExportDocument, exportCommand } from '../../cli/commands/export';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';
import { writeModelToFile } from '../../cli/xlsx/write-file';
import { GENERATOR } from '../../cli/generate';
import {
  allText,
  calibrationDocx,
  dense,
  heightPerPoint,
  printFolder,
  isPageNumber,
  pdfFonts,
  pdfPages,
} from '../helpers/pdf-pages';
import type { Page, Word } from '../helpers/pdf-pages';
import { hasCommand } from '../helpers/has-command';

const ready = hasCommand('soffice') && hasCommand('pdftotext') && hasCommand('pdffonts');
if (!ready) console.warn('print-plan: soffice or pdftotext missing — PDF checks skipped.');
const lo = ready ? test : test.skip;

const registry = REGISTRY_PRESETS['mau-tu-2025'];
const YEAR = 2027;
const units = registry.units.slice(0, 6);
const SENTENCE =
  'quảng bá hình ảnh, tiềm năng và cơ hội hợp tác đầu tư của tỉnh tới bạn bè quốc tế, bảo đảm thông tin chính xác, kịp thời';
/** Plan narratives per unit: long, multi-line, one unit with none, two units with the same text. */
const narratives = (i: number): Record<string, string> => {
  if (i === 5) return {};
  const shared = i === 4 ? 3 : i;
  return {
    mucDich: `1. Mục đích: đơn vị ${shared + 1} ${SENTENCE}.\n2. Yêu cầu: ${Array.from({ length: 3 + shared }, () => SENTENCE).join('; ')}.`,
    toChuc: `Phòng chuyên môn của đơn vị ${shared + 1} chủ trì; ${SENTENCE}; báo cáo kết quả trước ngày 15/6 và 15/11.`,
  };
};

/** Printed lines, as the words sharing a baseline (LibreOffice splits words at some letters). */
function lines(ps: Page[]): string[][] {
  return ps.flatMap((p) => {
    const byLine = new Map<number, Word[]>();
    for (const w of p.words) {
      const key = [...byLine.keys()].find((y) => Math.abs(y - w.yMax) < 2) ?? w.yMax;
      byLine.set(key, [...(byLine.get(key) ?? []), w]);
    }
    return [...byLine.values()].map((ws) => ws.sort((a, b) => a.xMin - b.xMin).map((w) => w.text));
  });
}

/** The pages before the appendix (the plan itself). */
const body = (ps: Page[]) => {
  const at = ps.findIndex((p) => dense(p.text).includes(dense(T.appendixTitle(true))));
  return at < 0 ? ps : ps.slice(0, at);
};

let dir = '';
let profile = '';
let doc: ExportDocument;
let content: ProvinceReportContent;
let json: unknown;
let csvTasks: Record<string, string>[] = [];
const pdf: Record<'xlsx' | 'docx' | 'summary' | 'calibration', Page[]> = {
  xlsx: [],
  docx: [],
  summary: [],
  calibration: [],
};
let heightPerPt = 0;
/** `pdffonts` rows of each PDF: font name and whether it is embedded. */
const fonts: Record<'xlsx' | 'docx', { name: string; embedded: boolean }[]> = { xlsx: [], docx: [] };

beforeAll(async () => {
  if (!ready) return;
  dir = mkdtempSync(join(tmpdir(), 'ttdn-print-plan-'));
  profile = mkdtempSync(join(tmpdir(), 'lo-print-plan-'));
  const inbox = join(dir, 'ke-hoach');
  mkdirSync(inbox);
  for (const [i, u] of units.entries()) {
    const file = join(inbox, `KH${YEAR}-${u.code}.xlsx`);
    writeFileSync(
      file,
      await modelToXlsxBytes(
        filledModel({
          registry,
          calendar: DEFAULT_CALENDAR,
          kind: 'ke-hoach-nam',
          year: YEAR,
          unitCode: u.code,
          rows: samplePlanRows(u.code, YEAR, 4),
          narratives: narratives(i),
          reportDate: `${YEAR}-01-08`,
        }),
      ),
    );
    const t = new Date(`${YEAR}-01-10T09:00:00`);
    utimesSync(file, t, t);
  }
  const summary = join(dir, 'tong-hop-ke-hoach.xlsx');
  const run = await consolidateCommand(
    {
      registry,
      calendar: DEFAULT_CALENDAR,
      kind: 'ke-hoach-nam',
      year: YEAR,
      asOf: `${YEAR}-01-20`,
      output: summary,
      inputs: [inbox],
      json: true,
      progress: false,
      workers: 0,
    },
    () => undefined,
  );
  doc = run.doc;
  content = buildProvinceReportContent(doc, registry);
  const src = join(dir, 'src');
  mkdirSync(src);
  await exportCommand(summary, 'json', join(dir, 'ke-hoach.json'), registry, () => undefined);
  json = JSON.parse(readFileSync(join(dir, 'ke-hoach.json'), 'utf8'));
  await exportCommand(summary, 'csv', join(dir, 'ke-hoach.csv'), registry, () => undefined);
  csvTasks = parse(readFileSync(join(dir, 'ke-hoach-hoat-dong.csv'), 'utf8'), { bom: true, columns: true });
  await exportCommand(summary, 'xlsx', join(src, 'ke-hoach-tinh-xlsx.xlsx'), registry, () => undefined);
  await exportCommand(summary, 'docx', join(src, 'ke-hoach-tinh-docx.docx'), registry, () => undefined);
  // The summary's own "Báo cáo tỉnh" sheet, alone, as the officer prints it before exporting.
  const model = buildSummaryModel(run.result, doc, registry, GENERATOR);
  const sheet = model.sheets.find((s) => s.name === SUMMARY_SHEETS.report) as SheetModel;
  await writeModelToFile({ ...model, sheets: [sheet], definedNames: [] }, join(src, 'tong-hop-bao-cao.xlsx'));
  writeFileSync(join(src, 'hieu-chuan.docx'), await calibrationDocx());
  const out = join(dir, 'pdf');
  printFolder(src, out, profile);
  pdf.xlsx = pdfPages(join(out, 'ke-hoach-tinh-xlsx.pdf'));
  pdf.docx = pdfPages(join(out, 'ke-hoach-tinh-docx.pdf'));
  pdf.summary = pdfPages(join(out, 'tong-hop-bao-cao.pdf'));
  pdf.calibration = pdfPages(join(out, 'hieu-chuan.pdf'));
  fonts.xlsx = pdfFonts(join(out, 'ke-hoach-tinh-xlsx.pdf'));
  fonts.docx = pdfFonts(join(out, 'ke-hoach-tinh-docx.pdf'));
  heightPerPt = heightPerPoint(pdf.calibration);
  if (process.env.TTDN_SCREENSHOTS === '1') {
    const shots = join(__dirname, '..', '..', 'docs', 'documents');
    mkdirSync(shots, { recursive: true });
    for (const [file, name] of [
      ['ke-hoach-tinh-xlsx.pdf', 'ke-hoach-tinh-xlsx'],
      ['ke-hoach-tinh-docx.pdf', 'ke-hoach-tinh-docx'],
    ])
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        '2',
        join(out, file),
        join(shots, name),
      ]);
  }
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const sizeOf = (w: Word) => (w.yMax - w.yMin) / heightPerPt;
const section = (key: 'mucDich' | 'toChuc') =>
  [...content.before, ...content.after].find((s) => s.key === key)!.paragraphs;

describe('the plan summary exported', () => {
  lo('as JSON carries every plan’s narratives and validates against the schema', () => {
    expect(checkExportDocument(json)).toBe(true);
    const got = (json as ExportDocument).planNarratives!;
    expect(got.map((n) => n.unit)).toEqual(units.map((u) => u.code));
    units.forEach((_, i) => {
      expect(got[i].purpose).toBe(narratives(i).mucDich ?? '');
      expect(got[i].implementation).toBe(narratives(i).toChuc ?? '');
    });
  });

  lo('as CSV lists every task of every plan', () => {
    expect(csvTasks.map((r) => r.tenNhiemVu).sort()).toEqual(
      doc.activities.map((a) => String(a.values.tenNhiemVu)).sort(),
    );
  });
});

describe.each([
  ['xlsx', () => pdf.xlsx],
  ['docx', () => pdf.docx],
  ['summary sheet', () => pdf.summary],
] as const)('the province plan (%s) on paper', (_name, get) => {
  lo('is titled "KẾ HOẠCH" with "Thông tin đối ngoại năm …" below it', () => {
    const t = dense(get()[0].text);
    expect(t).toContain(dense(`KẾ HOẠCH Thông tin đối ngoại năm ${YEAR}`));
  });

  lo('prints sections I–III in order, with every compiled unit narrative whole', () => {
    const t = allText(get());
    const at = (s: string) => t.indexOf(dense(s));
    expect(at(T.headings.mucDich)).toBeGreaterThan(0);
    expect(at(T.headings.mucDich)).toBeLessThan(at(T.headings.nhiemVu));
    expect(at(T.headings.nhiemVu)).toBeLessThan(at(T.headings.toChuc));
    // One paragraph per distinct text (units 4 and 5 share one); none cut short on paper.
    expect(section('mucDich')).toHaveLength(1 + 4);
    for (const p of [...section('mucDich'), ...section('toChuc')]) expect(t).toContain(dense(p));
    expect(t).not.toContain(dense(units[5].name) + ':');
  });

  lo('prints the narrative at 13 pt', () => {
    // "Phòng chuyên môn … chủ trì" opens each unit's "Tổ chức thực hiện".
    const marks = body(get()).flatMap((p) => p.words.filter((w) => w.text === 'Phòng'));
    expect(marks.length).toBeGreaterThanOrEqual(4);
    expect(Math.min(...marks.map(sizeOf))).toBeGreaterThanOrEqual(12.7);
  });

  lo('prints the task table per group with the plan’s totals', () => {
    const t = allText(get());
    for (const g of content.groups) expect(t).toContain(dense(g.group));
    // The total line: "Tổng cộng", the number of tasks, of units and the budget.
    const total = lines(body(get())).find((l) => dense(l.join('')).startsWith(dense('Tổng cộng')));
    expect(total).toEqual(
      expect.arrayContaining([String(content.totals.activities), String(content.totals.units)]),
    );
  });

  lo('is dated with the NĐ 30 date line, leading zero for January', () => {
    expect(dense(get()[0].text)).toContain(dense(`${registry.place}, ngày 20 tháng 01 năm ${YEAR}`));
  });

  lo('numbers its pages at the top centre from page 2 only', () => {
    const ps = get();
    expect(ps.length).toBeGreaterThan(1);
    const top = (p: Page) =>
      p.words.filter((w) => isPageNumber(w) && Math.abs((w.xMin + w.xMax) / 2 - p.width / 2) < p.width * 0.1);
    expect(top(ps[0])).toEqual([]);
    ps.slice(1).forEach((p, i) => expect(top(p).map((w) => w.text)).toEqual([String(i + 2)]));
  });

  lo('keeps every word inside the page', () => {
    const outside = get().flatMap((p) =>
      p.words.filter((w) => w.xMin < 0 || w.xMax > p.width || w.yMin < 0 || w.yMax > p.height),
    );
    expect(outside).toEqual([]);
  });
});

describe.each([
  ['xlsx', () => pdf.xlsx, () => fonts.xlsx],
  ['docx', () => pdf.docx, () => fonts.docx],
] as const)('the exported province plan (%s)', (_name, get, fontsOf) => {
  lo('prints in Times New Roman (or its metric twin), embedded, with a serif for any missing letter', () => {
    const f = fontsOf();
    expect(f.length).toBeGreaterThan(0);
    expect(f.filter((x) => !x.embedded)).toEqual([]);
    // LibreOffice stands Liberation Serif in for Times New Roman; letters it lacks come from DejaVu Serif.
    expect(
      f.map((x) => x.name).filter((n) => !/^(TimesNewRoman|LiberationSerif|DejaVuSerif)/.test(n)),
    ).toEqual([]);
    expect(f.some((x) => /^(TimesNewRoman|LiberationSerif)/.test(x.name))).toBe(true);
  });

  lo('ends with its task list as an appendix to the plan', () => {
    const t = allText(get());
    expect(t).toContain(dense(T.appendixTitle(true)));
    expect(t).toContain(dense('(Kèm theo Kế hoạch'));
    // Every task is a numbered row: the STT column counts 1…N down the appendix pages.
    const ps = get();
    const numbers = ps
      .slice(body(ps).length)
      .flatMap((p) =>
        p.words
          .filter((w) => /^\d+$/.test(w.text) && !isPageNumber(w) && w.xMax < 0.1 * p.width)
          .sort((x, y) => x.yMin - y.yMin),
      )
      .map((w) => Number(w.text));
    expect(numbers).toEqual(doc.activities.map((_, i) => i + 1));
  });
});
