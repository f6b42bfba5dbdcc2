/**
 * Real paper: the demo province's summary and its report (xlsx and docx) rendered by LibreOffice
 * to PDF and measured with poppler (pdftotext -bbox, pdfinfo), the way the officer who signs it
 * would see it. Page images go to docs/documents only under `npm run screenshots`.
 */
import { execFileSync } from 'node:child_process';
import {
  allText,
  calibrationDocx,
  dense,
  heightPerPoint,
  printFolder,
  pdfFonts,
  pdfPages,
} from '../helpers/pdf-pages';
import type { Page, Word } from '../helpers/pdf-pages';
import { hasCommand } from '../helpers/has-command';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportDocument, SheetModel } from '../../shared';
import {
  DEFAULT_CALENDAR,
  REGISTRY_PRESETS,
  SUMMARY_SHEETS,
  buildProvinceReportContent,
  buildSummaryModel,
} from '../../shared';
import { buildDemoMailbox } from '../../cli/demo/mailbox';
import type { Mailbox } from '../../cli/demo/mailbox';
import { consolidateCommand } from '../../cli/commands/consolidate';
import { exportCommand } from '../../cli/commands/export';
import { writeModelToFile } from '../../cli/xlsx/write-file';
import { GENERATOR } from '../../cli/generate';

const ready =
  hasCommand('soffice') && hasCommand('pdftotext') && hasCommand('pdfinfo') && hasCommand('pdffonts');
if (!ready) console.warn('print-report: soffice or poppler missing — PDF tests skipped.');
const lo = ready ? test : test.skip;

const registry = REGISTRY_PRESETS['mau-tu-2025'];
const SHOTS = process.env.TTDN_SCREENSHOTS === '1' ? join(__dirname, '..', '..', 'docs', 'documents') : null;

let dir: string;
let profile: string;
let box: Mailbox;
let doc: ExportDocument;
const pdf: Record<'report' | 'word' | 'activities' | 'completeness' | 'calibration', Page[]> = {
  report: [],
  word: [],
  activities: [],
  completeness: [],
  calibration: [],
};
/** Box height per point of font size for the serif font LibreOffice uses here, measured. */
let heightPerPt = 0;
/** Fonts of each report PDF (`pdffonts`), without the subset prefix, and whether embedded. */
const fonts: Record<'report' | 'word', { name: string; embedded: boolean }[]> = { report: [], word: [] };

beforeAll(async () => {
  if (!ready) return;
  dir = mkdtempSync(join(tmpdir(), 'ttdn-print-'));
  profile = mkdtempSync(join(tmpdir(), 'lo-print-'));
  box = await buildDemoMailbox(join(dir, 'hop-thu'), registry, DEFAULT_CALENDAR);
  const summary = join(dir, 'tong-hop.xlsx');
  const run = await consolidateCommand(
    {
      registry,
      calendar: DEFAULT_CALENDAR,
      kind: box.kind,
      year: box.year,
      asOf: box.asOf,
      plans: box.plans,
      received: box.receivedCsv,
      output: summary,
      inputs: [box.reports],
      json: true,
      progress: false,
    },
    () => undefined,
  );
  doc = run.doc;
  const src = join(dir, 'src');
  mkdirSync(src);
  await exportCommand(summary, 'xlsx', join(src, 'bao-cao-tinh-xlsx.xlsx'), registry, () => undefined);
  await exportCommand(summary, 'docx', join(src, 'bao-cao-tinh-docx.docx'), registry, () => undefined);
  // Two list sheets of the summary, each alone in a workbook so its pages can be told apart.
  const model = buildSummaryModel(run.result, doc, registry, GENERATOR);
  const alone = async (name: string, file: string) => {
    const sheet = model.sheets.find((s) => s.name === name) as SheetModel;
    await writeModelToFile({ ...model, sheets: [sheet], definedNames: [] }, join(src, file));
  };
  await alone(SUMMARY_SHEETS.activities, 'tong-hop-hoat-dong.xlsx');
  await alone(SUMMARY_SHEETS.completeness, 'tong-hop-tinh-hinh-nop.xlsx');
  // Calibration: known sizes in the same fonts, to turn word boxes into point sizes.
  writeFileSync(join(src, 'hieu-chuan.docx'), await calibrationDocx());
  const out = join(dir, 'pdf');
  printFolder(src, out, profile);
  pdf.report = pdfPages(join(out, 'bao-cao-tinh-xlsx.pdf'));
  pdf.word = pdfPages(join(out, 'bao-cao-tinh-docx.pdf'));
  pdf.activities = pdfPages(join(out, 'tong-hop-hoat-dong.pdf'));
  pdf.completeness = pdfPages(join(out, 'tong-hop-tinh-hinh-nop.pdf'));
  pdf.calibration = pdfPages(join(out, 'hieu-chuan.pdf'));
  fonts.report = pdfFonts(join(out, 'bao-cao-tinh-xlsx.pdf'));
  fonts.word = pdfFonts(join(out, 'bao-cao-tinh-docx.pdf'));
  heightPerPt = heightPerPoint(pdf.calibration);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    const shot = (file: string, name: string, last: number) =>
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        String(last),
        join(out, file),
        join(SHOTS, name),
      ]);
    shot('bao-cao-tinh-xlsx.pdf', 'bao-cao-tinh-xlsx', 3);
    shot('bao-cao-tinh-docx.pdf', 'bao-cao-tinh-docx', 4);
    shot('tong-hop-hoat-dong.pdf', 'tong-hop-hoat-dong', 1);
    shot('tong-hop-tinh-hinh-nop.pdf', 'tong-hop-tinh-hinh-nop', 1);
  }
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Font size of a word, from its box. */
const sizeOf = (w: Word) => (w.yMax - w.yMin) / heightPerPt;

/** Words of the table rows: those on lines that hold an indicator code or a group of the report. */
function tableWords(ps: Page[]): Word[] {
  const content = buildProvinceReportContent(doc, registry);
  const anchors = new Set([...content.indicators.map((i) => i.code)]);
  const out: Word[] = [];
  for (const p of ps)
    for (const a of p.words.filter((w) => anchors.has(w.text)))
      out.push(...p.words.filter((w) => Math.abs(w.yMin - a.yMin) < 2));
  return out;
}

/** The recipients block: from "Nơi nhận:" to "Lưu: VT." */
function recipients(ps: Page[]): string {
  const t = allText(ps);
  const from = t.lastIndexOf(dense('Nơi nhận:'));
  return t.slice(from, t.indexOf(dense('Lưu: VT.'), from) + dense('Lưu: VT.').length);
}

describe.each([
  ['xlsx', () => pdf.report, () => fonts.report],
  ['docx', () => pdf.word, () => fonts.word],
] as const)('the province report (%s) on paper', (_kind, get, fontsOf) => {
  lo('prints in Times New Roman (or its metric twin), embedded, with a serif for any missing letter', () => {
    const f = fontsOf();
    expect(f.length).toBeGreaterThan(0);
    expect(f.filter((x) => !x.embedded)).toEqual([]);
    // LibreOffice stands Liberation Serif in for Times New Roman; letters it lacks come from DejaVu Serif.
    const names = f.map((x) => x.name);
    expect(names.filter((n) => !/^(TimesNewRoman|LiberationSerif|DejaVuSerif)/.test(n))).toEqual([]);
    expect(names.some((n) => /^(TimesNewRoman|LiberationSerif)/.test(n))).toBe(true);
  });

  lo('prints its tables at 11 pt or more', () => {
    const words = tableWords(get());
    expect(words.length).toBeGreaterThan(17 * 3);
    const sizes = words.map(sizeOf).sort((a, b) => a - b);
    expect(sizes[0]).toBeGreaterThanOrEqual(10.8);
  });

  lo('prints its narrative at 13 pt', () => {
    // "… báo cáo của 19/22 cơ quan …", the first sentence of section I.
    const first = get()[0].words.find((w) => /^\d+\/\d+$/.test(w.text))!;
    expect(sizeOf(first)).toBeGreaterThanOrEqual(12.7);
  });

  lo('is addressed to the ministry department, the People’s Committee and the archive — not the Sở', () => {
    const r = recipients(get());
    expect(r).toContain(dense(registry.ministry.name));
    expect(r).toContain(dense(`UBND ${registry.province}`));
    expect(r).toContain(dense('Lưu: VT.'));
    expect(r).not.toContain(dense(registry.consolidator.name));
  });

  lo('shows the per-status counts of every group and the total', () => {
    const c = buildProvinceReportContent(doc, registry);
    const t = allText(get());
    for (const h of ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Phát sinh'])
      expect(t).toContain(dense(h));
    const totalLine = get()
      .flatMap((p) => {
        const label = p.words.find((w) => w.text === String(c.totals.activities));
        return label ? [p.words.filter((w) => Math.abs(w.yMin - label.yMin) < 2).map((w) => w.text)] : [];
      })
      .find((l) => dense(l.join('')).includes(dense('Tổng cộng')))!;
    const numbers = totalLine.filter((x) => /^\d+$/.test(x)).map(Number);
    expect(numbers.slice(0, 5)).toEqual([
      c.totals.activities,
      c.totals.done,
      c.totals.inProgress,
      c.totals.notDone,
      c.totals.unplanned,
    ]);
  });

  lo('keeps "Nơi nhận" with its recipients and the signature on one page', () => {
    const pageOf = (t: string) => get().findIndex((p) => dense(p.text).includes(dense(t)));
    const at = pageOf('Nơi nhận:');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(pageOf('Lưu: VT.')).toBe(at);
    expect(pageOf('(Ký, đóng dấu)')).toBe(at);
  });

  lo('numbers its pages at the top centre from page 2 only', () => {
    const ps = get();
    expect(ps.length).toBeGreaterThan(1);
    const topNumber = (p: Page, n: number) =>
      p.words.some(
        (w) =>
          w.text === String(n) &&
          w.yMax < 60 &&
          Math.abs((w.xMin + w.xMax) / 2 - p.width / 2) < p.width * 0.1,
      );
    expect(topNumber(ps[0], 1)).toBe(false);
    expect(topNumber(ps[1], 2)).toBe(true);
  });

  lo('clips no text: every group, indicator and compiled line is on the page, inside its edges', () => {
    const c = buildProvinceReportContent(doc, registry);
    const t = allText(get());
    for (const g of c.groups) expect(t).toContain(dense(g.group));
    for (const i of c.indicators) expect(t).toContain(dense(i.name));
    // A row too short for its text loses its last lines: every paragraph must print whole (a
    // piece continued from the previous one is joined back to it in Word, hence without its prefix).
    for (const s of [...c.before, ...c.after])
      for (const p of s.paragraphs) expect(t).toContain(dense(p.replace(/^\(tiếp\)\s*/, '')));
    for (const p of get().slice(0, 3))
      for (const w of p.words) {
        expect(w.xMax).toBeLessThanOrEqual(p.width);
        expect(w.yMax).toBeLessThanOrEqual(p.height);
      }
  });
});

describe('the summary list sheets on paper', () => {
  lo('print fit to width, with the header repeated on every page', () => {
    for (const [ps, header] of [
      [pdf.activities, 'Tệp nguồn'],
      [pdf.completeness, 'Lần nộp'],
    ] as const) {
      expect(ps.length).toBeGreaterThan(0);
      for (const p of ps) {
        expect(dense(p.text)).toContain(dense(header));
        for (const w of p.words) expect(w.xMax).toBeLessThanOrEqual(p.width);
      }
    }
  });

  lo('take a sane number of pages for the demo mailbox', () => {
    // ~240 activities: rows of a landscape page at fit-to-width; the completeness list is one page.
    expect(pdf.activities.length).toBeLessThanOrEqual(Math.ceil(doc.activities.length / 12));
    expect(pdf.completeness.length).toBeLessThanOrEqual(2);
  });

  lo('show received dates as dates and every unit by name', () => {
    const t = allText(pdf.completeness);
    expect(t).toMatch(/\d{2}\/06\/2026/);
    for (const c of doc.completeness) expect(t).toContain(dense(c.unitName));
  });
});
