import { excelSerialToDate, formatDocumentDate, jsDateToPlain } from '../calendar/plain-date';
import type { GridScalar, WorkbookGrid } from '../grid/workbook-grid';
import { parseRange } from '../grid/a1';
import { parseDateText } from '../values/parse-date';
import type { NarrativeKey, ProvinceReportEdits } from './province-report';
import { NARRATIVE_KEYS } from './province-report';
import { REPORT_NAMES } from './province-report-sheet';

/**
 * Reads the officer's edits of the province report back from its named input cells, so that
 * `export` sends what the Sở wrote, not what the consolidation pre-filled. A name that is missing
 * (an older summary, a deleted range) leaves that part at its default.
 */
export function readProvinceReportEdits(grid: WorkbookGrid, place: string): ProvinceReportEdits {
  const lines = (name: string, datePlace: string | null = null): string[] | undefined => {
    const n = grid.definedNames.find((d) => d.name.toUpperCase() === name.toUpperCase());
    const box = n && parseRange(n.range);
    const sheet = n && grid.sheet(n.sheet);
    if (!box || !sheet) return undefined;
    const out: string[] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const t = text(sheet.cell(r, box.left)?.value ?? null, datePlace);
      if (t) out.push(t);
    }
    return out;
  };
  const one = (name: string, datePlace: string | null = null) => {
    const l = lines(name, datePlace);
    return l === undefined ? undefined : l.join(' ');
  };
  const edits: ProvinceReportEdits = {};
  const set = <K extends keyof ProvinceReportEdits>(k: K, v: ProvinceReportEdits[K] | undefined) => {
    if (v !== undefined) edits[k] = v;
  };
  set('docNumber', one(REPORT_NAMES.docNumber));
  set('dateLine', one(REPORT_NAMES.dateLine, place));
  const narratives: Partial<Record<NarrativeKey, string[]>> = {};
  for (const k of NARRATIVE_KEYS) {
    const l = lines(REPORT_NAMES[k]);
    if (l) narratives[k] = l.flatMap((p) => p.split('\n').map((x) => x.trim())).filter(Boolean);
  }
  if (Object.keys(narratives).length) edits.narratives = narratives;
  set(
    'recipients',
    lines(REPORT_NAMES.recipients)?.map((r) => r.replace(/^[-–•+]\s*/, '')),
  );
  set('signerCapacity', one(REPORT_NAMES.signerCapacity));
  set('signerTitle', one(REPORT_NAMES.signerTitle));
  set('signerName', one(REPORT_NAMES.signerName));
  return edits;
}

/** A cell as the text the officer sees; a date typed into the date line becomes the NĐ 30 line. */
function text(v: GridScalar, place: string | null): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    const s = v.normalize('NFC').replace(/\r\n?/g, '\n').trim();
    const day = place !== null && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(s) ? parseDateText(s) : null;
    return day && day.granularity === 'day' ? formatDocumentDate(place!, day.from) : s;
  }
  if (place === null) return v instanceof Date ? (jsDateToPlain(v) ?? '') : String(v);
  if (v instanceof Date) {
    const d = jsDateToPlain(v);
    return d ? formatDocumentDate(place, d) : '';
  }
  if (typeof v === 'number') {
    const d = v > 20_000 && v < 80_000 ? excelSerialToDate(v) : null;
    return d ? formatDocumentDate(place, d) : String(v);
  }
  return v ? 'TRUE' : 'FALSE';
}
