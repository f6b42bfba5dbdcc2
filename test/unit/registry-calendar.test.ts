/** Registry and calendar files (SPEC §3.1, §3.2) and period arithmetic. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCalendar, loadRegistry } from '../../cli/config';
import {
  ConfigFileError,
  DEFAULT_CALENDAR,
  REGISTRY_PRESETS,
  findUnit,
  taskCodeUnit,
  unitAbbr,
  parseCalendarJson,
  parseRegistryJson,
  parseRegistryRows,
  periodOf,
  timeliness,
} from '../../shared';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'ttdn-reg-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text, 'utf8');
  return p;
};

const GOOD_CSV =
  'code,name,kind,parent,email,active\nSO_A,Sở A,so_nganh,,a@tinh.gov.vn,true\nXA_B,UBND xã B,ubnd_xa,SO_A,,0\n';

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('registry files', () => {
  test('a JSON array of units is read', () => {
    const r = parseRegistryJson(
      '[{"code":"so_a","name":"Sở A","kind":"so_nganh"},{"code":"XA_B","name":"Xã B","kind":"ubnd_xa","parent":"SO_A","active":false}]',
    );
    expect(r.units).toEqual([
      { code: 'SO_A', name: 'Sở A', kind: 'so_nganh', active: true },
      { code: 'XA_B', name: 'Xã B', kind: 'ubnd_xa', parent: 'SO_A', active: false },
    ]);
  });

  test('a JSON object with units, consolidator and ministry is read', () => {
    const r = parseRegistryJson(
      '{"units":[{"code":"SO_A","name":"Sở A","kind":"so_nganh"}],"consolidator":"Sở A","ministry":{"name":"Bộ X","short":"BX"}}',
    );
    expect(r.consolidator).toEqual({ name: 'Sở A' });
    expect(r.ministry).toEqual({ name: 'Bộ X', short: 'BX' });
  });

  test('a JSON file with a BOM is read', () => {
    expect(parseRegistryJson('\uFEFF[{"code":"SO_A","name":"Sở A","kind":"so_nganh"}]').units).toHaveLength(
      1,
    );
  });

  test('a JSON unit without a name names its position and the field', () => {
    const e = errorOf(() =>
      parseRegistryJson(
        '[{"code":"SO_A","name":"Sở A","kind":"so_nganh"},{"code":"SO_B","kind":"so_nganh"}]',
      ),
    );
    expect(e).toBeInstanceOf(ConfigFileError);
    expect(e.message).toContain('dòng 2');
    expect(e.message).toContain('"name"');
  });

  test('broken JSON is a ConfigFileError, not a crash', () => {
    const e = errorOf(() => parseRegistryJson('[{"code":'));
    expect(e).toBeInstanceOf(ConfigFileError);
    expect(e.message).toContain('JSON');
  });

  test('a CSV file (through the CLI loader) is read', () => {
    const r = loadRegistry({ registry: file('good.csv', GOOD_CSV) });
    expect(r.units.map((u) => [u.code, u.kind, u.parent ?? null, u.active])).toEqual([
      ['SO_A', 'so_nganh', null, true],
      ['XA_B', 'ubnd_xa', 'SO_A', false],
    ]);
  });

  test('a CSV file with a BOM is read', () => {
    const r = loadRegistry({ registry: file('bom.csv', `\uFEFF${GOOD_CSV}`) });
    expect(r.units).toHaveLength(2);
  });

  test('a CSV row with a bad kind names its line (4) and field "kind"', () => {
    const e = errorOf(() =>
      loadRegistry({ registry: file('bad-kind.csv', `${GOOD_CSV}SO_C,Sở C,so_lon,,,\n`) }),
    );
    expect(e).toBeInstanceOf(ConfigFileError);
    expect(e.message).toMatch(/dòng 4, trường "kind"/);
  });

  test('a CSV row with a bad e-mail names its line and field "email"', () => {
    const e = errorOf(() =>
      parseRegistryRows([
        ['code', 'name', 'kind', 'parent', 'email', 'active'],
        ['SO_A', 'Sở A', 'so_nganh', '', 'khong-phai-email', ''],
      ]),
    );
    expect(e.message).toMatch(/dòng 2, trường "email"/);
  });

  test('a duplicate code names the later line and the earlier one', () => {
    const e = errorOf(() =>
      parseRegistryRows([
        ['code', 'name', 'kind'],
        ['SO_A', 'A', 'so_nganh'],
        ['SO_A', 'A2', 'so_nganh'],
      ]),
    );
    expect(e.message).toMatch(/dòng 3, trường "code".*dòng 2/);
  });

  test('an unknown parent is named', () => {
    const e = errorOf(() =>
      parseRegistryRows([
        ['code', 'name', 'kind', 'parent'],
        ['XA_B', 'Xã B', 'ubnd_xa', 'SO_X'],
      ]),
    );
    expect(e.message).toMatch(/dòng 2, trường "parent".*SO_X/);
  });

  test('a CSV with a wrong header names line 1', () => {
    const e = errorOf(() =>
      parseRegistryRows([
        ['ma', 'ten', 'loai'],
        ['SO_A', 'A', 'so_nganh'],
      ]),
    );
    expect(e.message).toContain('dòng 1');
  });

  test('a missing registry file is a ConfigFileError naming the file', () => {
    const e = errorOf(() => loadRegistry({ registry: join(dir, 'khong-co.json') }));
    expect(e).toBeInstanceOf(ConfigFileError);
    expect(e.message).toContain('khong-co.json');
  });
});

describe('registry abbreviations (ký hiệu viết tắt)', () => {
  test('both presets give every unit an abbreviation, unique once folded for task codes', () => {
    for (const id of ['mau-truoc-2025', 'mau-tu-2025']) {
      const units = REGISTRY_PRESETS[id].units;
      expect(units.every((u) => u.abbr)).toBe(true);
      const folded = units.map((u) => taskCodeUnit(u));
      expect(new Set(folded).size).toBe(units.length);
    }
  });

  test('Sở Ngoại vụ and Sở Nội vụ no longer share "SNV"', () => {
    const r = REGISTRY_PRESETS['mau-tu-2025'];
    expect(unitAbbr(findUnit(r, 'SO_NGOAI_VU')!)).toBe('SNgV');
    expect(unitAbbr(findUnit(r, 'SO_NOI_VU')!)).toBe('SNV');
  });

  test('a CSV registry with an abbr column reads it; one without still loads', () => {
    const r = parseRegistryRows([
      ['code', 'name', 'abbr', 'kind', 'parent', 'email', 'active'],
      ['SO_KHDT', 'Sở Kế hoạch và Đầu tư', 'SKHĐT', 'so_nganh', '', '', 'true'],
    ]);
    expect(r.units[0].abbr).toBe('SKHĐT');
    expect(taskCodeUnit(r.units[0])).toBe('SKHDT');
    expect(
      parseRegistryRows([
        ['code', 'name', 'kind'],
        ['SO_A', 'Sở A', 'so_nganh'],
      ]).units[0].abbr,
    ).toBeUndefined();
  });

  test('a JSON registry reads abbr and the header line above the unit (parentBody)', () => {
    const r = parseRegistryJson(
      '[{"code":"CONG_AN_TINH","name":"Công an tỉnh Mẫu","abbr":"CAT","kind":"luc_luong_vu_trang","parentBody":"BỘ CÔNG AN"}]',
    );
    expect(r.units[0]).toMatchObject({ abbr: 'CAT', parentBody: 'BỘ CÔNG AN' });
  });

  test('duplicate abbreviations are an error naming both lines', () => {
    const e = errorOf(() =>
      parseRegistryRows([
        ['code', 'name', 'abbr', 'kind'],
        ['SO_KHDT', 'Sở Kế hoạch và Đầu tư', 'SK', 'so_nganh'],
        ['SO_NV', 'Sở Nội vụ', 'SNV', 'so_nganh'],
        ['SO_KHCN', 'Sở Khoa học và Công nghệ', 'sk', 'so_nganh'],
      ]),
    );
    expect(e).toBeInstanceOf(ConfigFileError);
    expect(e.message).toContain('dòng 4');
    expect(e.message).toContain('"abbr"');
    expect(e.message).toContain('dòng 2');
  });

  test("a unit without abbr colliding with another unit's abbreviation is caught too", () => {
    const e = errorOf(() =>
      parseRegistryJson(
        '[{"code":"SO_NOI_VU","name":"Sở Nội vụ","kind":"so_nganh"},{"code":"SO_NGOAI_VU","name":"Sở Ngoại vụ","kind":"so_nganh"}]',
      ),
    );
    expect(e.message).toContain('SNV');
  });

  test('an abbreviation with spaces or punctuation is refused', () => {
    const e = errorOf(() =>
      parseRegistryJson('[{"code":"SO_A","name":"Sở A","abbr":"S A/1","kind":"so_nganh"}]'),
    );
    expect(e.message).toContain('"abbr"');
  });

  test('a city named in a JSON registry heads the forms "UBND THÀNH PHỐ …" and dates them from the city', () => {
    const r = parseRegistryJson(
      '{"province":"thành phố Hải Phòng","units":[{"code":"SO_A","name":"Sở A","kind":"so_nganh"}]}',
    );
    expect(r.governingBody).toBe('UBND THÀNH PHỐ HẢI PHÒNG');
    expect(r.place).toBe('Hải Phòng');
  });
});

describe('calendar files', () => {
  test('a partial file overrides its keys and falls back to the preset for the rest', () => {
    const c = loadCalendar({ calendar: file('cal.json', '{"deadlines":{"bao-cao-nam":"12-05"}}') });
    expect(c.deadlines).toEqual({ ...DEFAULT_CALENDAR.deadlines, 'bao-cao-nam': '12-05' });
    expect(c.windows).toEqual(DEFAULT_CALENDAR.windows);
  });

  test('an empty object is the preset', () => {
    expect(parseCalendarJson('{}')).toEqual(DEFAULT_CALENDAR);
  });

  test('custom windows are used by periodOf', () => {
    const c = parseCalendarJson('\uFEFF{"windows":{"bao-cao-6-thang":{"from":"01-01","to":"06-30"}}}');
    const p = periodOf(c, 'bao-cao-6-thang', 2026);
    expect([p.from, p.to]).toEqual(['2026-01-01', '2026-06-30']);
  });

  test('a bad month-day names the field', () => {
    const e = errorOf(() => parseCalendarJson('{"deadlines":{"ke-hoach-nam":"15/01"}}'));
    expect(e).toBeInstanceOf(ConfigFileError);
    expect(e.message).toContain('deadlines.ke-hoach-nam');
  });

  test('broken JSON is a ConfigFileError', () => {
    expect(() => parseCalendarJson('{')).toThrow(ConfigFileError);
  });
});

describe('periods, windows and lateness', () => {
  test('the plan covers the calendar year, deadline 15/01', () => {
    expect(periodOf(DEFAULT_CALENDAR, 'ke-hoach-nam', 2026)).toEqual({
      kind: 'ke-hoach-nam',
      year: 2026,
      from: '2026-01-01',
      to: '2026-12-31',
      deadline: '2026-01-15',
      label: 'KH-2026',
    });
  });

  test('the 6-month window is 15/12 of the previous year to 14/06, deadline 15/06', () => {
    expect(periodOf(DEFAULT_CALENDAR, 'bao-cao-6-thang', 2026)).toEqual({
      kind: 'bao-cao-6-thang',
      year: 2026,
      from: '2025-12-15',
      to: '2026-06-14',
      deadline: '2026-06-15',
      label: '6T-2026',
    });
  });

  test('the annual window is 15/12 of the previous year to 14/12, deadline 20/11', () => {
    expect(periodOf(DEFAULT_CALENDAR, 'bao-cao-nam', 2026)).toEqual({
      kind: 'bao-cao-nam',
      year: 2026,
      from: '2025-12-15',
      to: '2026-12-14',
      deadline: '2026-11-20',
      label: 'N-2026',
    });
  });

  test('an ad hoc report uses its own dates', () => {
    const p = periodOf(DEFAULT_CALENDAR, 'bao-cao-dot-xuat', 2026, {
      from: '2026-03-01',
      to: '2026-03-31',
      deadline: '2026-04-05',
    });
    expect(p).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-31',
      deadline: '2026-04-05',
      label: 'DX-2026-20260301-20260331',
    });
  });

  test('received on the deadline is on time', () => {
    expect(timeliness('2026-06-15', '2026-06-15')).toEqual({ status: 'on-time' });
  });

  test('received three days after the deadline is late by 3 days', () => {
    expect(timeliness('2026-06-15', '2026-06-18')).toEqual({ status: 'late', days: 3 });
  });

  test('lateness counts calendar days across a year end', () => {
    expect(timeliness('2026-12-30', '2027-01-02')).toEqual({ status: 'late', days: 3 });
  });

  test('nothing received is missing', () => {
    expect(timeliness('2026-06-15', null)).toEqual({ status: 'missing' });
  });
});
