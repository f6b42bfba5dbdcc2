/**
 * The plans' optional narratives (Phụ lục 01: "Mục đích, yêu cầu", "Tổ chức thực hiện") carried
 * into the province plan: consolidator → export document (schema) → content → sheet and Word.
 */
import Ajv from 'ajv';
import { strFromU8, unzipSync } from 'fflate';
import type { ExportDocument } from '../../shared';
import { testWorkbook } from '../helpers/workbook-model';
import {
  Consolidator,
  DEFAULT_CALENDAR,
  PARAGRAPH_CHUNK,
  PROVINCE_REPORT_TEXTS as T,
  REGISTRY_PRESETS,
  REPORT_NAMES,
  SUMMARY_SHEETS,
  buildProvinceReportContent,
  buildSummaryModel,
  parseRange,
  readProvinceReportEdits,
  modelToGrid,
  provinceReportSheets,
  toExportDocument,
} from '../../shared';
import { provinceReportDocx } from '../../shared/export/province-report-docx';
import schema from '../../shared/export/ttdn-export.schema.json';
import { filledModel } from '../../cli/demo/mailbox';
import { samplePlanRows } from '../../cli/demo/sample-data';

const registry = REGISTRY_PRESETS['mau-tu-2025'];
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

/** Per unit code, the narratives its plan carries (a unit absent here writes none). */
type Texts = Record<string, { mucDich?: string; toChuc?: string }>;

function planConsolidation(codes: string[], texts: Texts) {
  const c = new Consolidator({
    registry,
    calendar: DEFAULT_CALENDAR,
    kind: 'ke-hoach-nam',
    year: 2027,
    asOf: '2027-01-20',
  });
  // Added in reverse so that the result's order is shown to be the registry's, not the input's.
  for (const unitCode of [...codes].reverse()) {
    const t = texts[unitCode] ?? {};
    c.addFile(
      { file: `KH2027-${unitCode}.xlsx`, sha256: 'c'.repeat(64), received: '2027-01-10' },
      modelToGrid(
        filledModel({
          registry,
          calendar: DEFAULT_CALENDAR,
          kind: 'ke-hoach-nam',
          year: 2027,
          unitCode,
          rows: samplePlanRows(unitCode, 2027, 3),
          narratives: Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)),
          reportDate: '2027-01-08',
        }),
      ),
    );
  }
  const result = c.finish();
  return { result, doc: toExportDocument(result, registry, 'test') };
}

const codes = registry.units.slice(0, 3).map((u) => u.code);
const name = (code: string) => registry.units.find((u) => u.code === code)!.name;
const texts: Texts = {
  [codes[0]]: {
    mucDich: 'Mục đích, yêu cầu: Quảng bá hình ảnh tỉnh tới bạn bè quốc tế.\nBảo đảm đúng định hướng.',
    toChuc: 'Phòng Thông tin đối ngoại chủ trì, báo cáo 6 tháng một lần.',
  },
  [codes[1]]: { mucDich: 'Nâng cao hiệu quả thông tin đối ngoại.' },
  // codes[2] wrote no narrative.
};
const { result, doc } = planConsolidation(codes, texts);
const content = buildProvinceReportContent(doc, registry);
const section = (key: 'mucDich' | 'toChuc') =>
  [...content.before, ...content.after].find((s) => s.key === key)!;

describe('the consolidator', () => {
  test('keeps each accepted plan’s narratives, by unit, in registry order', () => {
    expect(result.planNarratives.map((n) => n.unit)).toEqual(codes);
    expect(result.planNarratives[0]).toEqual({
      unit: codes[0],
      unitName: name(codes[0]),
      purpose: texts[codes[0]].mucDich,
      implementation: texts[codes[0]].toChuc,
    });
    expect(result.planNarratives[2]).toMatchObject({ purpose: '', implementation: '' });
  });

  test('keeps no plan narratives for a report', () => {
    const c = new Consolidator({
      registry,
      calendar: DEFAULT_CALENDAR,
      kind: 'bao-cao-6-thang',
      year: 2026,
      asOf: '2026-06-30',
    });
    expect(c.finish().planNarratives).toEqual([]);
  });
});

describe('the export document', () => {
  test('carries the plan narratives and validates against ttdn-export/1', () => {
    expect(doc.planNarratives).toEqual(result.planNarratives);
    expect(validate(doc)).toBe(true);
  });

  test('written before plan narratives existed still validates and reads', () => {
    const old: Partial<ExportDocument> = { ...doc };
    delete old.planNarratives;
    expect(validate(old)).toBe(true);
    const c = buildProvinceReportContent(old as ExportDocument, registry);
    expect(c.before[0].paragraphs).toEqual([T.purposeIntro, T.nothingReported]);
  });

  test('with a plan narrative missing a field is refused by the schema', () => {
    const bad = { ...doc, planNarratives: [{ unit: 'X', unitName: 'X', purpose: '' }] };
    expect(validate(bad)).toBe(false);
  });
});

describe('the province plan', () => {
  test('is titled "KẾ HOẠCH" with the year’s topic below', () => {
    expect(content.title).toBe('KẾ HOẠCH');
    expect(content.topic).toBe('Thông tin đối ngoại năm 2027');
  });

  test('compiles "Mục đích, yêu cầu" one paragraph per unit that wrote it, without the unit’s label', () => {
    const p = section('mucDich').paragraphs;
    expect(p[0]).toBe(T.purposeIntro);
    expect(p.slice(1)).toEqual([
      `- ${name(codes[0])}: Quảng bá hình ảnh tỉnh tới bạn bè quốc tế.\nBảo đảm đúng định hướng.`,
      `- ${name(codes[1])}: Nâng cao hiệu quả thông tin đối ngoại.`,
    ]);
  });

  test('compiles "Tổ chức thực hiện" after the tasks', () => {
    expect(content.after.map((s) => s.key)).toEqual(['toChuc']);
    expect(section('toChuc').paragraphs).toEqual([
      T.implementationIntro,
      `- ${name(codes[0])}: ${texts[codes[0]].toChuc}`,
    ]);
  });

  test('says whose plans it compiles before the task table', () => {
    expect(content.taskIntro[0]).toContain(`3/${doc.completeness.length}`);
    expect(content.taskIntro.join(' ')).toContain('kế hoạch');
  });

  test('the officer’s edit of a plan section replaces the compiled text', () => {
    const edited = buildProvinceReportContent(doc, registry, { narratives: { toChuc: ['Sở chủ trì.'] } });
    expect(edited.after[0].paragraphs).toEqual(['Sở chủ trì.']);
    expect(edited.before).toEqual(content.before);
  });

  test('at a thousand units no paragraph nor sheet cell comes near a cell’s 32,767 characters', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({
      unit: `DV_${i}`,
      unitName: `Đơn vị số ${i + 1}`,
      purpose: `Đơn vị ${i + 1} ${'quảng bá hình ảnh địa phương, '.repeat(80)}`,
      implementation: 'Các phòng triển khai.',
    }));
    const big = buildProvinceReportContent({ ...doc, planNarratives: many }, registry);
    const purpose = big.before[0].paragraphs;
    expect(Math.max(...purpose.map((p) => p.length))).toBeLessThanOrEqual(PARAGRAPH_CHUNK);
    for (const i of [1, 500, 1000]) expect(purpose.join('\n')).toContain(`Đơn vị số ${i}:`);
    // Identical texts are written once, after the names of every unit that wrote them.
    expect(big.after[0].paragraphs.join(' ').split('Các phòng triển khai.')).toHaveLength(2);
    const { sheets } = provinceReportSheets(big, 'Báo cáo tỉnh');
    const longest = Math.max(...sheets[0].values.flat().map((v) => (typeof v === 'string' ? v.length : 0)));
    expect(longest).toBeLessThanOrEqual(PARAGRAPH_CHUNK);
  });
});

describe('the province plan laid out', () => {
  test('as a sheet: the compiled texts sit in the named, editable sections', () => {
    const { sheets, definedNames } = provinceReportSheets(content, 'Kế hoạch tỉnh');
    const grid = modelToGrid(testWorkbook(sheets, definedNames, content.title));
    const sheet = grid.sheet('Kế hoạch tỉnh')!;
    const rows = (n: string) => {
      const [from, to] = definedNames
        .find((d) => d.name === n)!
        .range.replace(/\$/g, '')
        .split(':')
        .map((a) => Number(a.replace(/^[A-Z]+/, '')));
      return Array.from({ length: to - from + 1 }, (_, i) => sheet.cell(from + i, 1)?.value ?? null);
    };
    expect(rows(REPORT_NAMES.mucDich)).toEqual(expect.arrayContaining(section('mucDich').paragraphs));
    expect(rows(REPORT_NAMES.toChuc)).toEqual(expect.arrayContaining(section('toChuc').paragraphs));
    const all = sheets[0].values.flat();
    expect(all).toEqual(expect.arrayContaining(['KẾ HOẠCH', 'Thông tin đối ngoại năm 2027']));
  });

  test('in Word: title and topic, sections I–III with the unit texts, line breaks kept', async () => {
    const xml = strFromU8(unzipSync(await provinceReportDocx(content, 'test'))['word/document.xml']);
    const text = xml.replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '');
    for (const t of [
      'KẾ HOẠCH',
      'Thông tin đối ngoại năm 2027',
      T.headings.mucDich,
      T.headings.nhiemVu,
      T.headings.toChuc,
      `- ${name(codes[0])}: Quảng bá hình ảnh tỉnh tới bạn bè quốc tế.\nBảo đảm đúng định hướng.`,
      texts[codes[0]].toChuc!,
      T.appendixOf(content.docNumber, true),
    ])
      expect(text).toContain(t);
    expect(text.indexOf(T.headings.mucDich)).toBeLessThan(text.indexOf(T.headings.nhiemVu));
    expect(text.indexOf(T.headings.nhiemVu)).toBeLessThan(text.indexOf(T.headings.toChuc));
  });
});

describe('the summary of plans', () => {
  const model = buildSummaryModel(result, doc, registry, 'test');
  const grid = () => modelToGrid(model);
  const named = (n: string) => {
    const d = model.definedNames.find((x) => x.name === n)!;
    return { sheet: model.sheets.find((x) => x.name === d.sheet)!, box: parseRange(d.range)! };
  };

  test('shows the compiled plan narratives on its "Báo cáo tỉnh" sheet', () => {
    const { sheet, box } = named(REPORT_NAMES.mucDich);
    expect(sheet.name).toBe(SUMMARY_SHEETS.report);
    const cells = Array.from(
      { length: box.bottom - box.top + 1 },
      (_, i) => sheet.values[box.top - 1 + i][0],
    );
    expect(cells).toEqual(expect.arrayContaining(section('mucDich').paragraphs));
  });

  test('reads the officer’s rewrite of "Tổ chức thực hiện" back for export, the rest untouched', () => {
    const { sheet, box } = named(REPORT_NAMES.toChuc);
    const edited = 'Sở Văn hóa, Thể thao và Du lịch chủ trì, theo dõi và báo cáo UBND tỉnh.';
    const saved = sheet.values.map((r) => [...r]);
    sheet.values[box.top - 1][0] = edited;
    for (let r = box.top + 1; r <= box.bottom; r++) sheet.values[r - 1][0] = null;
    try {
      const edits = readProvinceReportEdits(grid(), registry.place);
      const c = buildProvinceReportContent(doc, registry, edits);
      expect(c.after[0].paragraphs).toEqual([edited]);
      // Unedited, each line the summary shows is read back: the units' texts stay whole.
      expect(c.before[0].paragraphs.join('\n')).toBe(section('mucDich').paragraphs.join('\n'));
    } finally {
      sheet.values = saved;
    }
  });
});
