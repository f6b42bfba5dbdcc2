/**
 * The generated forms on paper: every kind, empty and filled with long texts, converted to PDF by
 * LibreOffice and measured with pdftotext -bbox (SPEC §3.6, issue 11). Page images go to
 * docs/documents only under `npm run screenshots` (TTDN_SCREENSHOTS=1).
 */
import { execFileSync } from 'node:child_process';
import { hasCommand } from '../helpers/has-command';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ReportKind, TemplateSpec, WorkbookModel } from '../../shared';
import {
  DEFAULT_CALENDAR,
  REGISTRY_PRESETS,
  buildTemplate,
  findUnit,
  narrativeSections,
  periodOf,
  templateForKind,
} from '../../shared';
import { modelToXlsxBytes } from '../../cli/xlsx/write-workbook';
import { samplePlanRows, sampleReport } from '../../cli/demo/sample-data';

const available = hasCommand('soffice') && hasCommand('pdftotext');
if (!available) console.warn('print-forms: soffice or pdftotext not installed, PDF checks skipped');
const lo = available ? test : test.skip;

const registry = REGISTRY_PRESETS['mau-tu-2025'];
const UNIT = findUnit(registry, 'SO_NGOAI_VU')!;
const YEAR = 2027;
/** A January date in a later year than the generation: the leading-zero rule must still hold. */
const REPORT_DATE = '2027-01-05';
const GENERATED_AT = '2026-11-20T08:00:00.000Z';
/** Marks the narrative words, so their printed size can be found. */
const MARK = 'Ngoạivụ13';
const SENTENCE = `${MARK} tăng cường phối hợp giữa các cơ quan, đơn vị trong công tác thông tin đối ngoại, chủ động cung cấp thông tin cho báo chí trong và ngoài nước về tình hình phát triển kinh tế - xã hội của tỉnh.`;
const longText = (sentences: number) => Array.from({ length: sentences }, () => SENTENCE).join(' ');

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface Page {
  width: number;
  height: number;
  /** Words as read (Vietnamese letters drawn from a fallback font come as separate pieces). */
  pieces: Word[];
  /** Pieces joined back into words (touching boxes on one line). */
  words: Word[];
}

interface Rendered {
  name: string;
  kind: ReportKind;
  pages: Page[];
  model: WorkbookModel;
}

/** What every form of these tests shares: the unit, period, dates and generator. */
function formInputs(kind: ReportKind) {
  return {
    kind,
    unit: UNIT,
    registry,
    period: periodOf(DEFAULT_CALENDAR, kind, YEAR),
    generatedAt: GENERATED_AT,
    generator: 'print-forms test',
    reportDate: REPORT_DATE,
  };
}

function form(kind: ReportKind, filled: boolean): WorkbookModel {
  const report = sampleReport(UNIT.code, kind, YEAR, 25, 10);
  const rows = kind === 'ke-hoach-nam' ? samplePlanRows(UNIT.code, YEAR, 25) : report.rows;
  if (filled) rows[2][kind === 'ke-hoach-nam' ? 'noiDung' : 'ketQua'] = longText(2);
  return buildTemplate({
    ...formInputs(kind),
    spec: templateForKind(kind),
    ...(filled
      ? {
          prefill: rows,
          indicatorValues: kind === 'ke-hoach-nam' ? undefined : report.indicators,
          narratives: {
            chiDao: longText(4),
            danhGia: Array.from({ length: 8 }, (_, i) => `${i + 1}. ${SENTENCE}`).join('\n'),
            phuongHuong: longText(1),
            kienNghi: longText(1),
            mucDich: longText(2),
            toChuc: longText(3),
          },
        }
      : {}),
  }).model;
}

/** The filled form of `kind` with its widest text column `extra` units wider than the template's. */
function widened(kind: ReportKind, extra: number) {
  const spec = templateForKind(kind);
  const report = sampleReport(UNIT.code, kind, YEAR, 25, 10);
  const table = spec.sections.find((x) => x.type === 'table')!;
  if (table.type !== 'table') throw new Error('no table');
  const widest = Math.max(...table.columns.map((c) => c.width));
  const wider: TemplateSpec = {
    ...spec,
    sections: spec.sections.map((x) =>
      x.type !== 'table'
        ? x
        : {
            ...x,
            columns: x.columns.map((c) => (c.width === widest ? { ...c, width: c.width + extra } : c)),
          },
    ),
  };
  return buildTemplate({
    ...formInputs(kind),
    spec: wider,
    prefill: report.rows,
    indicatorValues: report.indicators,
  });
}
let widenedScale = 0;

/** One line of 11 pt text at 100 %, to turn measured word heights into point sizes. */
async function calibration(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 'Calibration';
  ws.getCell('A1').font = { name: 'Times New Roman', size: 11 };
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', scale: 100 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function parseBbox(xml: string): Page[] {
  const pages: Page[] = [];
  for (const m of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: Word[] = [];
    for (const w of m[3].matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ))
      words.push({ text: decode(w[5]), x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4] });
    pages.push({ width: +m[1], height: +m[2], pieces: words, words: joinPieces(words) });
  }
  return pages;
}

/** LibreOffice draws letters missing from the main font with another font: pdftotext splits there. */
function joinPieces(pieces: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of pieces) {
    const prev = out[out.length - 1];
    const sameLine = prev && Math.min(prev.y1, w.y1) - Math.max(prev.y0, w.y0) > 0.5 * (w.y1 - w.y0);
    if (prev && sameLine && w.x0 - prev.x1 < 0.8 && w.x0 >= prev.x0)
      out[out.length - 1] = {
        text: prev.text + w.text,
        x0: prev.x0,
        y0: Math.min(prev.y0, w.y0),
        x1: w.x1,
        y1: Math.max(prev.y1, w.y1),
      };
    else out.push({ ...w });
  }
  return out;
}

/** Pieces drawn in the main font (Times New Roman's metric twin): their height gives the size. */
const mainFont = (w: Word) => /^[A-Za-z0-9().,:;/-]+$/.test(w.text);

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

const pageText = (p: Page) => p.words.map((w) => w.text).join(' ');
/** Point size of a word, from its height relative to the 11 pt calibration line. */
let ptPerHeight = 0;
const size = (w: Word) => (w.y1 - w.y0) * ptPerHeight;

const rendered = new Map<string, Rendered>();
let dir = '';

beforeAll(async () => {
  if (!available) return;
  dir = mkdtempSync(join(tmpdir(), 'ttdn-print-'));
  const profile = join(dir, 'lo-profile');
  const src = join(dir, 'src');
  mkdirSync(src);
  const jobs: { name: string; kind: ReportKind; filled: boolean }[] = [];
  for (const kind of ['ke-hoach-nam', 'bao-cao-6-thang', 'bao-cao-nam', 'bao-cao-dot-xuat'] as const)
    for (const filled of [false, true])
      jobs.push({ name: `${kind}${filled ? '-da-dien' : ''}`, kind, filled });
  const models = new Map<string, WorkbookModel>();
  for (const j of jobs) {
    const model = form(j.kind, j.filled);
    models.set(j.name, model);
    writeFileSync(join(src, `${j.name}.xlsx`), await modelToXlsxBytes(model));
  }
  writeFileSync(join(src, 'calibration.xlsx'), await calibration());
  // Control: the filled report with its first narrative row forced to two lines' height, so the
  // overlap check is seen to catch text that does not fit its row.
  const cramped = form('bao-cao-nam', true);
  const main = cramped.sheets[0];
  const row = Number(/\d+/.exec(cramped.definedNames.find((n) => n.name === 'TTDN_ChiDao')!.range)![0]);
  main.rowHeights = main.rowHeights.map((h) => (h.row === row ? { row, height: 36 } : h));
  models.set('cramped', cramped);
  writeFileSync(join(src, 'cramped.xlsx'), await modelToXlsxBytes(cramped));
  // The safety net: a report whose result column grew 10 units past the page prints at the scale
  // the layout chose (≥ 90 %), every column on the page.
  const wide = widened('bao-cao-nam', 10);
  widenedScale = wide.printFit.scale;
  models.set('widened', wide.model);
  writeFileSync(join(src, 'widened.xlsx'), await modelToXlsxBytes(wide.model));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...readdirSync(src).map((f) => join(src, f)),
    ],
    { timeout: 240_000, stdio: 'pipe' },
  );
  const bbox = (name: string) =>
    parseBbox(execFileSync('pdftotext', ['-bbox', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }));
  const cal = bbox('calibration')[0].words[0];
  ptPerHeight = 11 / (cal.y1 - cal.y0);
  for (const j of jobs) rendered.set(j.name, { ...j, pages: bbox(j.name), model: models.get(j.name)! });
  rendered.set('cramped', { name: 'cramped', kind: 'bao-cao-nam', pages: bbox('cramped'), model: cramped });
  rendered.set('widened', {
    name: 'widened',
    kind: 'bao-cao-nam',
    pages: bbox('widened'),
    model: wide.model,
  });
  if (process.env.TTDN_SCREENSHOTS === '1')
    saveImages(
      jobs
        .filter((j) => j.filled && (j.kind === 'ke-hoach-nam' || j.kind === 'bao-cao-nam'))
        .map((j) => j.name),
    );
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Page images of each form for the docs (only under `npm run screenshots`). */
function saveImages(names: string[]): void {
  const out = join(__dirname, '..', '..', 'docs', 'documents');
  mkdirSync(out, { recursive: true });
  for (const name of names) {
    execFileSync('pdftoppm', ['-r', '60', '-png', join(dir, `${name}.pdf`), join(dir, `img-${name}`)]);
    for (const f of readdirSync(dir).filter((x) => x.startsWith(`img-${name}-`)))
      renameSync(join(dir, f), join(out, `${name}-trang-${Number(/-(\d+)\.png$/.exec(f)![1])}.png`));
  }
}

/** Pairs of words printed over each other. */
function overlaps(p: Page): string[] {
  const words = p.pieces.filter(isText);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i];
      const b = words[j];
      // Pieces of one word touch on their own line (a fallback-font letter beside its neighbours).
      if (Math.abs(a.y1 - b.y1) < 1.5) continue;
      // Word boxes include the fonts' ascent and descent, so boxes of neighbouring lines overlap
      // a little; text run into the next row overlaps by much more than a third of a line.
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > 0.5 && dy > 0.35 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) out.push(`${a.text} / ${b.text}`);
    }
  return out;
}

const ALL = [
  'ke-hoach-nam',
  'ke-hoach-nam-da-dien',
  'bao-cao-6-thang',
  'bao-cao-6-thang-da-dien',
  'bao-cao-nam',
  'bao-cao-nam-da-dien',
  'bao-cao-dot-xuat',
  'bao-cao-dot-xuat-da-dien',
];
const get = (name: string) => rendered.get(name)!;
/** The rules under the header are underscores in a small font, not text. */
const isText = (w: Word) => !/^_+$/.test(w.text);

describe.each(ALL)('%s on paper', (name) => {
  lo('every printed word is at least 11 pt (tables) and the narrative text at least 13 pt', () => {
    const pieces = get(name).pages.flatMap((p) => p.pieces.filter((w) => isText(w) && mainFont(w)));
    expect(pieces.length).toBeGreaterThan(100);
    const smallest = Math.min(...pieces.map(size));
    expect(smallest).toBeGreaterThanOrEqual(10.9);
    // The marker's first piece "Ngo" is in the main font.
    const narrative = get(name)
      .pages.flatMap((p) => p.words.filter((w) => w.text === MARK))
      .map((w) =>
        get(name)
          .pages.flatMap((p) => p.pieces)
          .find((q) => q.x0 === w.x0 && q.y0 <= w.y0 + 1 && q.y0 >= w.y0 - 1)!,
      );
    if (name.endsWith('-da-dien')) {
      expect(narrative.length).toBeGreaterThan(5);
      // Narrative boxes print at 13 pt; the marked words inside table cells print at 11 pt.
      expect(narrative.filter((w) => size(w) >= 12.9).length).toBeGreaterThan(narrative.length / 2);
    }
  });

  lo("the activity table's header rows never stand above the indicators or sections III–V", () => {
    // The column-number row "(1) (2) …" belongs to the repeated header; the indicator table has none.
    const pages = get(name).pages.map((p) => p.words.map((w) => w.text));
    const appendix = pages.findIndex((t) => t.includes('PHỤ') && t.includes('LỤC'));
    expect(appendix).toBeGreaterThan(0);
    pages.forEach((t, i) => {
      const body = /CT08|CT17|^III\.|^IV\.|^V\.|Nơi/.test(t.join('\n'));
      expect({ page: i + 1, header: t.includes('(5)') }).toEqual({ page: i + 1, header: i >= appendix });
      if (i >= appendix) expect(body).toBe(false);
    });
    if (name.endsWith('-da-dien')) expect(pages.length - appendix).toBeGreaterThan(1);
  });

  lo('page numbers print at the top centre from page 2, none on page 1', () => {
    const pages = get(name).pages;
    expect(pages.length).toBeGreaterThan(2);
    // Centred over the text between the left (binding) and right margins.
    const m = get(name).model.sheets[0].print!.margins;
    const mm = 72 / 25.4;
    const centre = (p: Page) => (m.left * mm + p.width - m.right * mm) / 2;
    const topNumber = (p: Page, n: number) =>
      p.words.find(
        (w) => w.text === String(n) && w.y1 < m.top * mm && Math.abs((w.x0 + w.x1) / 2 - centre(p)) < 10,
      );
    expect(pages[0].words.some((w) => /^\d+$/.test(w.text) && w.y1 < 60)).toBe(false);
    pages.slice(1).forEach((p, i) => expect(topNumber(p, i + 2)).toBeDefined());
  });

  lo('the date line of a January date in a later year keeps both leading zeros', () => {
    expect(pageText(get(name).pages[0])).toContain('Mẫu, ngày 05 tháng 01 năm 2027');
  });

  lo('no printed word overlaps another (no text runs out of its row into the next)', () => {
    for (const p of get(name).pages) {
      for (const w of p.pieces) {
        expect(w.y0).toBeGreaterThanOrEqual(0);
        expect(w.y1).toBeLessThanOrEqual(p.height);
      }
      expect(overlaps(p)).toEqual([]);
    }
  });
});

lo('the filled plan prints its "Tổng cộng" with the sum of the budgets, not a cached 0', () => {
  const rows = samplePlanRows(UNIT.code, YEAR, 25);
  const sum = Math.round(rows.reduce((t, r) => t + Number(r.kinhPhi ?? 0), 0) * 1000) / 1000;
  expect(sum).toBeGreaterThan(0);
  const printed = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(sum);
  const last = get('ke-hoach-nam-da-dien')
    .pages.map(pageText)
    .find((t) => t.includes('Tổng cộng'));
  expect(last).toBeDefined();
  expect(last!.split(' ')).toContain(printed);
});

/** Sentences of the long texts written into each filled form, by narrative (see `form`). */
const SENTENCES: Record<string, number> = {
  chiDao: 4,
  danhGia: 8,
  phuongHuong: 1,
  kienNghi: 1,
  mucDich: 2,
  toChuc: 3,
};

describe.each(['ke-hoach-nam', 'bao-cao-6-thang', 'bao-cao-nam', 'bao-cao-dot-xuat'] as const)(
  'the filled %s',
  (kind) => {
    lo('prints every sentence of its long texts, none cut off', () => {
      const text = get(`${kind}-da-dien`).pages.map(pageText).join(' ');
      const count = (s: string) => s.split(MARK).length - 1;
      // Each narrative of the kind, plus the long table cell (2 sentences).
      const expected =
        narrativeSections(templateForKind(kind)).reduce((n, s) => n + (SENTENCES[s.key] ?? 0), 0) + 2;
      expect(count(text)).toBe(expected);
      // The last words of every sentence reach the paper, not only its start.
      expect(text.split('xã hội của tỉnh.').length - 1).toBe(expected);
      if (kind !== 'ke-hoach-nam') expect(text).toContain('8. Ngoạivụ13');
    });
  },
);

lo('the overlap check catches a narrative row too short for its text', () => {
  expect(overlaps(get('cramped').pages[0]).length).toBeGreaterThan(0);
});

lo('a template whose columns grew prints at the layout’s scale (90–100 %), every column on the page', () => {
  expect(widenedScale).toBeGreaterThanOrEqual(90);
  expect(widenedScale).toBeLessThan(100);
  const pages = get('widened').pages;
  const columns = get('widened')
    .model.sheets[0].values.find((r) => r[0] === '(1)')!
    .filter(Boolean).length;
  const appendix = pages.filter((p) => p.words.some((w) => w.text === '(1)'));
  expect(appendix.length).toBeGreaterThan(0);
  for (const p of appendix) {
    // The last column's index prints on the same page as the first, inside the paper.
    const last = p.words.find((w) => w.text === `(${columns})`);
    expect(last).toBeDefined();
    expect(last!.x1).toBeLessThanOrEqual(p.width);
  }
  // Table text at 11 pt × the scale: shrunk as computed, never under 9.9 pt.
  const pieces = appendix.flatMap((p) => p.pieces.filter((w) => isText(w) && mainFont(w)));
  const median = pieces.map(size).sort((a, b) => a - b)[Math.floor(pieces.length / 2)];
  expect(median).toBeGreaterThanOrEqual(9.9);
  expect(median).toBeLessThan(11 - 0.2);
});
