import { formatDmy, formatDocumentDate } from '../calendar/plain-date';
import type { Registry, ReportKind } from '../domain/types';
import { KIND_LABELS, PROVINCE_REPORT_TEXTS as T } from '../messages/vi';
import { unitShort } from '../presets/registry-presets';
import { templateForKind } from '../templates/catalog';
import { foldKey } from '../text/normalize';
import type { ExportDocument } from './export-document';

/**
 * The province's consolidated report as plain content: what the Sở signs and sends. The summary
 * sheet ("Báo cáo tỉnh"), the standalone .xlsx and the Word document are all drawn from this one
 * value, and the officer's edits (read back from the summary's named cells) override its defaults.
 */

/** Edited text sections: I, III, IV, V of a report; I and III of a plan. */
export type NarrativeKey = 'chiDao' | 'danhGia' | 'phuongHuong' | 'kienNghi' | 'mucDich' | 'toChuc';
export const NARRATIVE_KEYS: readonly NarrativeKey[] = [
  'chiDao',
  'danhGia',
  'phuongHuong',
  'kienNghi',
  'mucDich',
  'toChuc',
];

export interface ReportSection {
  key: NarrativeKey;
  heading: string;
  paragraphs: string[];
}

/** What the officer may change in the summary; absent fields keep the computed default. */
export interface ProvinceReportEdits {
  docNumber?: string;
  dateLine?: string;
  narratives?: Partial<Record<NarrativeKey, string[]>>;
  recipients?: string[];
  signerCapacity?: string;
  signerTitle?: string;
  signerName?: string;
}

export interface GroupStat {
  group: string;
  activities: number;
  units: number;
  done: number;
  inProgress: number;
  notDone: number;
  unplanned: number;
  budget: number;
  /** Share of planned activities done (0–1); null when no plan was supplied or the group has none. */
  percentDone: number | null;
}

export interface ProvinceReportContent {
  kind: ReportKind;
  isPlan: boolean;
  year: number;
  parentBody: string;
  issuer: string;
  docNumber: string;
  dateLine: string;
  title: string;
  /** The trích yếu printed under a plan's title ("Thông tin đối ngoại năm 2027"); null for reports. */
  topic: string | null;
  subtitle: string;
  /** Text sections before the results (I) and after them (III–V of a report, III of a plan). */
  before: ReportSection[];
  after: ReportSection[];
  /** Paragraphs under heading II, before the group table: a plan's "compiled from N units' plans". */
  taskIntro: string[];
  groups: GroupStat[];
  totals: GroupStat;
  /** One sentence on plan progress, when plans were supplied. */
  planSummary: string | null;
  indicators: { code: string; name: string; unit: string; total: number }[];
  columns: ExportDocument['columns'];
  activities: ExportDocument['activities'];
  recipients: string[];
  signer: { capacity: string; title: string; name: string };
  asOf: string;
}

/** A paragraph longer than this is split across rows/paragraphs (a cell holds 32,767; a row prints ~3,000). */
export const PARAGRAPH_CHUNK = 2_500;

const STATUS = {
  done: foldKey('Hoàn thành'),
  inProgress: foldKey('Đang thực hiện'),
  notDone: foldKey('Chưa thực hiện'),
  unplanned: foldKey('Phát sinh ngoài kế hoạch'),
};

export function reportAbbr(registry: Registry): string {
  const c = registry.consolidator as Registry['consolidator'] & { abbr?: string };
  return c.abbr ?? c.short ?? unitShort(c.name);
}

export function defaultRecipients(registry: Registry): string[] {
  return [
    T.recipientReport(registry.ministry.name),
    T.recipientReport(T.peoplesCommittee(registry.province)),
    T.recipientArchive,
  ];
}

/**
 * Cleans one unit's compiled text: drops the "2. Hạn chế, khó khăn:" label the unit wrote before it
 * and a dangling list number left where the next part ("3. Nguyên nhân") was cut off.
 */
export function cleanUnitText(text: string): string {
  let s = text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
  s = s.replace(
    /^(?:\d+[.)]\s*)?(?:hạn chế(?:,\s*khó khăn)?|kiến nghị(?:,\s*đề xuất)?|mục đích,\s*yêu cầu|tổ chức thực hiện)\s*[:.\-–]\s*/iu,
    '',
  );
  // "… kiêm nhiệm. 3." → "… kiêm nhiệm." (repeat: "b) 3." is possible after cutting).
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/(^|[\s.;:,])(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s*$/u, '$1').trim();
  }
  return s;
}

/** Splits a long paragraph at word boundaries into pieces of at most `max` characters. */
export function splitParagraph(text: string, max = PARAGRAPH_CHUNK): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let rest = text;
  // Every piece after the first carries the "(tiếp) " prefix, which must fit within `max` too.
  const room = () => (out.length ? max - T.continued.length - 1 : max);
  while (rest.length > room()) {
    const limit = room();
    let cut = rest.lastIndexOf(' ', limit);
    if (cut < limit / 2) cut = limit;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out.map((p, i) => (i === 0 ? p : `${T.continued} ${p}`));
}

/**
 * One paragraph per distinct text: units that wrote the same thing share a line, so a thousand
 * units repeating one sentence do not make a thousand lines.
 */
export function compileUnitTexts(entries: { unitName: string; text: string }[]): string[] {
  const byText = new Map<string, { text: string; units: string[] }>();
  for (const e of entries) {
    const text = cleanUnitText(e.text);
    if (!text) continue;
    const key = foldKey(text);
    const hit = byText.get(key);
    if (hit) hit.units.push(e.unitName);
    else byText.set(key, { text, units: [e.unitName] });
  }
  return [...byText.values()].flatMap((g) => splitParagraph(`- ${g.units.join(', ')}: ${g.text}`));
}

function emptyStat(group: string): GroupStat {
  return {
    group,
    activities: 0,
    units: 0,
    done: 0,
    inProgress: 0,
    notDone: 0,
    unplanned: 0,
    budget: 0,
    percentDone: null,
  };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Per activity group: counts per status, budget and, where plans exist, the share done. */
export function groupStats(doc: ExportDocument): { groups: GroupStat[]; totals: GroupStat } {
  const withPlans = doc.planProgress.length > 0;
  const order = templateForKind(doc.kind as ReportKind).lists.nhomNhiemVu ?? [];
  const map = new Map<string, { stat: GroupStat; units: Set<string> }>();
  const totals = { stat: emptyStat(T.groupHeaders.total), units: new Set<string>() };
  for (const a of doc.activities) {
    const g = String(a.values.nhomNhiemVu ?? '').trim() || 'Khác';
    const e = map.get(g) ?? { stat: emptyStat(g), units: new Set<string>() };
    map.set(g, e);
    const status = foldKey(String(a.values.tinhTrang ?? ''));
    for (const x of [e, totals]) {
      x.stat.activities++;
      x.units.add(a.unit);
      if (typeof a.values.kinhPhi === 'number') x.stat.budget = round3(x.stat.budget + a.values.kinhPhi);
      if (status === STATUS.done) x.stat.done++;
      else if (status === STATUS.inProgress) x.stat.inProgress++;
      else if (status === STATUS.notDone) x.stat.notDone++;
      else if (status === STATUS.unplanned) x.stat.unplanned++;
    }
  }
  const finish = (x: { stat: GroupStat; units: Set<string> }): GroupStat => {
    const planned = x.stat.done + x.stat.inProgress + x.stat.notDone;
    return {
      ...x.stat,
      units: x.units.size,
      percentDone: withPlans && planned > 0 ? Math.round((x.stat.done / planned) * 1000) / 1000 : null,
    };
  };
  const rank = (g: string) => {
    const i = order.indexOf(g);
    return i < 0 ? order.length : i;
  };
  const groups = [...map.values()].map(finish).sort((a, b) => rank(a.group) - rank(b.group));
  return { groups, totals: finish(totals) };
}

/** 0.625 → "62,5%" (Vietnamese decimal comma). */
export function percentText(p: number): string {
  return `${(Math.round(p * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}

function planSummary(doc: ExportDocument): string | null {
  const p = doc.planProgress;
  if (!p.length) return null;
  const sum = (f: (x: (typeof p)[number]) => number) => p.reduce((n, x) => n + f(x), 0);
  const planned = sum((x) => x.planned);
  const done = sum((x) => x.done);
  return T.planProgress(
    p.length,
    planned,
    done,
    planned ? percentText(done / planned) : T.percentNone,
    sum((x) => x.inProgress),
    sum((x) => x.notDone),
    sum((x) => x.notReported),
  );
}

/** Who sent their report (or plan) and who did not, as the opening paragraphs say it. */
function intake(doc: ExportDocument, isPlan: boolean): string[] {
  const c = doc.completeness;
  const sent = c.filter((x) => x.status !== 'missing');
  const missing = c.filter((x) => x.status === 'missing');
  const onTime = sent.filter((x) => x.status === 'on-time').length;
  const late = sent.filter((x) => x.status === 'late').length;
  const names = missing.map((x) => x.unitName).join(', ');
  return isPlan
    ? [
        T.submittedPlan(sent.length, c.length, onTime, late),
        ...(missing.length ? splitParagraph(T.notSubmittedPlan(names)) : []),
      ]
    : [
        T.submitted(sent.length, c.length, onTime, late),
        ...(missing.length ? splitParagraph(T.notSubmitted(names)) : []),
      ];
}

/** An intro line and one compiled paragraph per distinct unit text, or "nothing reported". */
function compiledSection(intro: string, entries: { unitName: string; text: string }[]): string[] {
  const lines = compileUnitTexts(entries);
  return [intro, ...(lines.length ? lines : [T.nothingReported])];
}

function defaultNarratives(doc: ExportDocument): Record<NarrativeKey, string[]> {
  const directives = doc.indicators.find((i) => i.code === 'CT01');
  // Documents written before plan narratives were exported have none.
  const plans = doc.planNarratives ?? [];
  return {
    chiDao: [...intake(doc, false), ...(directives ? [T.directives(directives.total)] : [])],
    danhGia: compiledSection(
      T.limitsIntro,
      doc.narratives.map((n) => ({ unitName: n.unitName, text: n.limits })),
    ),
    phuongHuong: [],
    kienNghi: compiledSection(
      T.proposalsIntro,
      doc.narratives.map((n) => ({ unitName: n.unitName, text: n.proposals })),
    ),
    mucDich: compiledSection(
      T.purposeIntro,
      plans.map((n) => ({ unitName: n.unitName, text: n.purpose })),
    ),
    toChuc: compiledSection(
      T.implementationIntro,
      plans.map((n) => ({ unitName: n.unitName, text: n.implementation })),
    ),
  };
}

/** The province report from the export document, with the officer's edits applied over the defaults. */
export function buildProvinceReportContent(
  doc: ExportDocument,
  registry: Registry,
  edits: ProvinceReportEdits = {},
): ProvinceReportContent {
  const kind = doc.kind as ReportKind;
  const isPlan = kind === 'ke-hoach-nam';
  const spec = templateForKind(kind);
  // NĐ 30: a plan's title is its type, "KẾ HOẠCH", with the trích yếu on the line below.
  const title = isPlan
    ? T.planTitle
    : (spec.titles[kind] ?? KIND_LABELS[kind] ?? kind).replace('{year}', String(doc.year));
  const { groups, totals } = groupStats(doc);
  const defaults = defaultNarratives(doc);
  const section = (key: NarrativeKey): ReportSection => {
    const e = edits.narratives?.[key];
    return {
      key,
      heading: T.headings[key],
      paragraphs: e ? e.flatMap((p) => splitParagraph(p)) : defaults[key],
    };
  };
  return {
    kind,
    isPlan,
    year: doc.year,
    parentBody: registry.governingBody,
    issuer: registry.consolidator.name,
    docNumber: edits.docNumber ?? T.docNumber(reportAbbr(registry), spec.docType),
    dateLine: edits.dateLine ?? formatDocumentDate(registry.place, doc.asOf),
    title,
    topic: isPlan ? T.planTopic(doc.year) : null,
    subtitle: isPlan
      ? T.subtitlePlan(doc.year)
      : T.subtitleReport(formatDmy(doc.period.from), formatDmy(doc.period.to)),
    before: isPlan ? [section('mucDich')] : [section('chiDao')],
    after: isPlan ? [section('toChuc')] : [section('danhGia'), section('phuongHuong'), section('kienNghi')],
    taskIntro: isPlan ? intake(doc, true) : [],
    groups,
    totals,
    planSummary: isPlan ? null : planSummary(doc),
    indicators: isPlan
      ? []
      : doc.indicators.map(({ code, name, unit, total }) => ({ code, name, unit, total })),
    columns: doc.columns,
    activities: doc.activities,
    recipients: edits.recipients ?? defaultRecipients(registry),
    signer: {
      capacity: edits.signerCapacity ?? '',
      title: edits.signerTitle ?? T.signerHead(registry.consolidator.name),
      name: edits.signerName ?? T.signerName,
    },
    asOf: doc.asOf,
  };
}
