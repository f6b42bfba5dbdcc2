import {
  PARAGRAPH_CHUNK,
  PROVINCE_REPORT_TEXTS,
  REPORT_NAMES,
  provinceReportSheets,
  buildProvinceReportContent,
  cleanUnitText,
  compileUnitTexts,
  foldKey,
  splitParagraph,
} from '../../shared';
import { consolidation, manyNarratives, registry } from '../helpers/province-fixture';

const { doc } = consolidation(5, 2);
const content = buildProvinceReportContent(doc, registry);

describe('recipients', () => {
  test('are the ministry department, the provincial People’s Committee and the archive', () => {
    expect(content.recipients).toHaveLength(3);
    expect(content.recipients[0]).toContain(registry.ministry.name);
    expect(content.recipients[1]).toContain(`UBND ${registry.province}`);
    expect(content.recipients[2]).toBe(PROVINCE_REPORT_TEXTS.recipientArchive);
  });

  test('never include the consolidating department itself', () => {
    for (const r of content.recipients) expect(r).not.toContain(registry.consolidator.name);
  });

  test('for a city province the People’s Committee is the city’s', () => {
    const city = { ...registry, province: 'thành phố Cảng' };
    expect(buildProvinceReportContent(doc, city).recipients[1]).toContain('UBND thành phố Cảng');
  });
});

describe('per-group results', () => {
  const fold = (v: string | number | null | undefined) => foldKey(String(v ?? ''));
  const count = (group: string, status: string) =>
    doc.activities.filter(
      (a) => a.values.nhomNhiemVu === group && fold(a.values.tinhTrang) === foldKey(status),
    ).length;

  test('count each status from the activities of the group', () => {
    for (const g of content.groups) {
      expect(g.done).toBe(count(g.group, 'Hoàn thành'));
      expect(g.inProgress).toBe(count(g.group, 'Đang thực hiện'));
      expect(g.notDone).toBe(count(g.group, 'Chưa thực hiện'));
      expect(g.unplanned).toBe(count(g.group, 'Phát sinh ngoài kế hoạch'));
    }
  });

  test('are not all "done" when the units reported other statuses', () => {
    expect(content.totals.activities).toBe(doc.activities.length);
    expect(content.totals.done).toBeLessThan(content.totals.activities);
    expect(content.totals.unplanned).toBeGreaterThan(0);
  });

  test('give % done over planned activities when plans were supplied', () => {
    const g = content.groups.find((x) => x.done + x.inProgress + x.notDone > 0)!;
    expect(g.percentDone).toBeCloseTo(g.done / (g.done + g.inProgress + g.notDone), 3);
    expect(content.planSummary).toMatch(/Theo kế hoạch năm của 2 cơ quan/);
  });

  test('give no % done without plans', () => {
    const noPlans = buildProvinceReportContent({ ...doc, planProgress: [] }, registry);
    expect(noPlans.groups.every((g) => g.percentDone === null)).toBe(true);
    expect(noPlans.planSummary).toBeNull();
  });

  test('list only groups that have activities (no empty numbered rows)', () => {
    expect(content.groups.every((g) => g.activities > 0)).toBe(true);
  });
});

describe('compiled unit texts', () => {
  test('drop the dangling number left where the next part was cut off', () => {
    expect(cleanUnitText('Hạn chế, khó khăn: nhân lực còn kiêm nhiệm. 3.')).toBe('nhân lực còn kiêm nhiệm.');
    expect(cleanUnitText('thiếu kinh phí; b)')).toBe('thiếu kinh phí;');
  });

  test('keep numbers that belong to the sentence', () => {
    expect(cleanUnitText('Chỉ có 3 cán bộ kiêm nhiệm.')).toBe('Chỉ có 3 cán bộ kiêm nhiệm.');
  });

  test('have no paragraph ending in a stray list number in the default report', () => {
    const section = content.after.find((s) => s.key === 'danhGia')!;
    for (const p of section.paragraphs) expect(p).not.toMatch(/\s\d+\.\s*$/);
  });

  test('put each distinct text on its own line, naming every unit', () => {
    const lines = compileUnitTexts([
      { unitName: 'Sở A', text: 'Thiếu người.' },
      { unitName: 'Sở B', text: 'Thiếu kinh phí.' },
      { unitName: 'Sở C', text: 'thiếu người.' },
    ]);
    expect(lines).toEqual(['- Sở A, Sở C: Thiếu người.', '- Sở B: Thiếu kinh phí.']);
  });

  test('at a thousand units stay within a paragraph limit far below a cell’s 32,767 characters', () => {
    const big = buildProvinceReportContent({ ...doc, narratives: manyNarratives(1000, 600) }, registry);
    const paragraphs = big.after.find((s) => s.key === 'danhGia')!.paragraphs;
    expect(Math.max(...paragraphs.map((p) => p.length))).toBeLessThanOrEqual(PARAGRAPH_CHUNK);
    const all = paragraphs.join('\n');
    for (const i of [1, 500, 1000]) expect(all).toContain(`Đơn vị số ${i}:`);
  });

  test('continued pieces stay within the limit, their "(tiếp)" prefix included', () => {
    const pieces = splitParagraph('từ '.repeat(5000).trim(), 100);
    expect(pieces.length).toBeGreaterThan(2);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(100);
  });

  test('a single text longer than the limit is continued, not cut', () => {
    const long = `- Sở A: ${'rất dài '.repeat(1000)}`.trim();
    const parts = compileUnitTexts([{ unitName: 'Sở A', text: long.slice(8) }]);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(1).every((p) => p.startsWith(PROVINCE_REPORT_TEXTS.continued))).toBe(true);
    const rejoined = parts.map((p) => p.replace(`${PROVINCE_REPORT_TEXTS.continued} `, '')).join(' ');
    expect(rejoined.replace(/\s+/g, ' ')).toBe(long.replace(/\s+/g, ' '));
  });
});

describe('the officer’s edits', () => {
  test('replace the defaults they touch and leave the rest', () => {
    const edited = buildProvinceReportContent(doc, registry, {
      docNumber: 'Số: 123/BC-SVHTTDL',
      narratives: { phuongHuong: ['Tăng cường tuyên truyền biên giới.'] },
      recipients: ['Bộ Ngoại giao (để biết);', 'Lưu: VT.'],
    });
    expect(edited.docNumber).toBe('Số: 123/BC-SVHTTDL');
    expect(edited.after.find((s) => s.key === 'phuongHuong')!.paragraphs).toEqual([
      'Tăng cường tuyên truyền biên giới.',
    ]);
    expect(edited.recipients).toEqual(['Bộ Ngoại giao (để biết);', 'Lưu: VT.']);
    expect(edited.after.find((s) => s.key === 'danhGia')).toEqual(
      content.after.find((s) => s.key === 'danhGia'),
    );
  });
});

test('the number line uses the registry abbreviation of the consolidating department', () => {
  expect(content.docNumber).toMatch(new RegExp(`/BC-${registry.consolidator.short}$`));
});

test('the date line follows NĐ 30 (leading zero for January in any year)', () => {
  const jan = buildProvinceReportContent({ ...doc, asOf: '2027-01-05' }, registry);
  expect(jan.dateLine).toBe(`${registry.place}, ngày 05 tháng 01 năm 2027`);
});

test('no cell of the report sheet exceeds Excel’s 32,767 characters at a thousand units', () => {
  const big = buildProvinceReportContent({ ...doc, narratives: manyNarratives(1000, 2000) }, registry);
  const { sheets } = provinceReportSheets(big, 'Báo cáo tỉnh');
  const longest = Math.max(...sheets[0].values.flat().map((v) => (typeof v === 'string' ? v.length : 0)));
  expect(longest).toBeLessThanOrEqual(PARAGRAPH_CHUNK);
  // Every row is tall enough to print, within Excel's 409 pt maximum.
  expect(Math.max(...sheets[0].rowHeights.map((h) => h.height))).toBeLessThanOrEqual(409);
});

describe('the province plan (Phụ lục 01)', () => {
  const plan = {
    ...doc,
    kind: 'ke-hoach-nam',
    columns: [
      { key: 'maNhiemVu', header: 'Mã nhiệm vụ' },
      { key: 'nhomNhiemVu', header: 'Nhóm nhiệm vụ' },
      { key: 'tenNhiemVu', header: 'Tên nhiệm vụ/hoạt động' },
      { key: 'kinhPhi', header: 'Kinh phí dự kiến (triệu đồng)' },
    ],
    activities: doc.activities.map((a) => ({
      ...a,
      values: { ...a.values, tenNhiemVu: a.values.tenHoatDong ?? null, tinhTrang: null },
    })),
    narratives: [],
    planProgress: [],
  };
  const c = buildProvinceReportContent(plan, registry);

  test('counts tasks and budget per group, with no report statuses or indicator table', () => {
    expect(c.isPlan).toBe(true);
    expect(c.docNumber).toMatch(/\/KH-/);
    expect(c.totals.activities).toBe(plan.activities.length);
    expect(c.indicators).toEqual([]);
    expect(c.before.map((s) => s.key)).toEqual(['mucDich']);
    expect(c.after.map((s) => s.key)).toEqual(['toChuc']);
  });

  test('lays out as a sheet with named sections and an appendix', () => {
    const { sheets, definedNames } = provinceReportSheets(c, 'Kế hoạch', 'Phụ lục');
    expect(sheets.map((s) => s.name)).toEqual(['Kế hoạch', 'Phụ lục']);
    expect(definedNames.map((n) => n.name)).toEqual(
      expect.arrayContaining([REPORT_NAMES.mucDich, REPORT_NAMES.toChuc, REPORT_NAMES.recipients]),
    );
    expect(sheets[1].values.length - 4).toBe(plan.activities.length);
  });
});
