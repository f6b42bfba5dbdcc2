/** `ttdn` behaves like a real command: paths, refusals, exit codes and Vietnamese messages. */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { runCliCaptured } from '../helpers/run-cli';
import { cleanForm } from '../helpers/forms';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'cli/bin.cjs');
let dir: string;
let report: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ttdn-cmd-'));
  report = await (await cleanForm('bao-cao-6-thang', 3)).save();
  // The tests of the installed entry point run the built CLI, built from the current sources.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  await (require(join(ROOT, 'cli/build.cjs')) as { buildCli: () => Promise<void> }).buildCli();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = runCliCaptured;

const CONSOLIDATE = ['consolidate', '--kind', 'bao-cao-6-thang', '--year', '2026', '--as-of', '2026-06-30'];
const consolidate = (...rest: string[]) => cli([...CONSOLIDATE, ...rest]);

test('a missing input path exits 2 with a message', async () => {
  const r = await consolidate('-o', join(dir, 'x.xlsx'), join(dir, 'khong-co'));
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('Không tìm thấy tệp hoặc thư mục');
});

test('an output that is one of the inputs is refused and the input left untouched', async () => {
  const f = join(dir, 'nop.xlsx');
  writeFileSync(f, report);
  const r = await consolidate('-o', f, f);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('vừa là tệp đầu vào vừa là tệp kết quả');
  expect(Buffer.compare(readFileSync(f), Buffer.from(report))).toBe(0);
});

test('an output with the wrong extension is refused', async () => {
  const r = await consolidate('-o', join(dir, 'a.txt'), dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('phải có đuôi .xlsx');
  expect(existsSync(join(dir, 'a.txt'))).toBe(false);
});

test('a template written into a missing folder gives a Vietnamese message, not ENOENT', async () => {
  const r = await cli([
    'template',
    '--kind',
    'bao-cao-nam',
    '--unit',
    'SO_NGOAI_VU',
    '--year',
    '2026',
    '-o',
    join(dir, 'khong/x.xlsx'),
  ]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('thư mục chứa tệp không tồn tại');
  expect(r.stderr).not.toContain('ENOENT');
});

test('folders are read recursively; hidden files are skipped and listed with the reason', async () => {
  const box = join(dir, 'hop-thu');
  mkdirSync(join(box, 'thang-6'), { recursive: true });
  writeFileSync(join(box, 'thang-6', 'so-ngoai-vu.xlsx'), report);
  writeFileSync(join(box, '.an.xlsx'), report);
  utimesSync(join(box, 'thang-6', 'so-ngoai-vu.xlsx'), new Date('2026-06-10'), new Date('2026-06-10'));
  const r = await consolidate('-o', join(dir, 'th.xlsx'), '--json', box);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout) as {
    submissions: { file: string }[];
    skipped: { path: string; reason: string }[];
  };
  expect(j.submissions.map((s) => s.file)).toEqual(['so-ngoai-vu.xlsx']);
  expect(j.skipped).toEqual([{ path: join(box, '.an.xlsx'), reason: 'tệp hoặc thư mục ẩn' }]);
});

test('a file received after --as-of is reported as such, not late by months', async () => {
  const box = join(dir, 'sau-ngay-tinh');
  mkdirSync(box);
  writeFileSync(join(box, 'snv.xlsx'), report);
  utimesSync(join(box, 'snv.xlsx'), new Date('2026-11-25'), new Date('2026-11-25'));
  const r = await consolidate('-o', join(dir, 'th2.xlsx'), '--json', box);
  const j = JSON.parse(r.stdout) as { late: unknown[]; afterAsOf: { unit: string; received: string }[] };
  expect(j.afterAsOf).toEqual([{ unit: 'SO_NGOAI_VU', received: '2026-11-25' }]);
  expect(j.late).toEqual([]);
  const human = await consolidate('-o', join(dir, 'th3.xlsx'), box);
  expect(human.stdout).toContain('Nhận sau ngày tính 30/06/2026');
});

test('--version prints the package version', async () => {
  const r = await cli(['--version']);
  expect(r.code).toBe(0);
  expect(r.stdout.trim()).toBe(
    (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
  );
});

test('help, defaults and suggestions are in Vietnamese', async () => {
  const help = await cli(['demo', '--help']);
  expect(help.stdout).toContain('Cách dùng: ttdn demo [tùy chọn]');
  expect(help.stdout).toContain('(mặc định: "ttdn-demo")');
  expect(help.stdout).not.toMatch(/Usage|Options|default:|\[options\]/);
  const typo = await cli(['validat']);
  expect(typo.code).toBe(2);
  expect(typo.stderr).toContain('Lỗi: không có lệnh validat');
  expect(typo.stderr).toContain('(Có phải ý bạn là validate?)');
  expect(typo.stderr).not.toContain('Did you mean');
});

test('demo refuses a folder whose mailbox it did not make, and deletes nothing', async () => {
  const d = join(dir, 'demo-cu');
  mkdirSync(join(d, 'hop-thu'), { recursive: true });
  writeFileSync(join(d, 'hop-thu', 'cua-toi.xlsx'), 'x');
  const r = await cli(['demo', '-o', d]);
  expect(r.code).toBe(2);
  expect(existsSync(join(d, 'hop-thu', 'cua-toi.xlsx'))).toBe(true);
});

test('an untouched template is counted as "mẫu trống", not as a submission', async () => {
  const box = join(dir, 'mau-trong');
  mkdirSync(box, { recursive: true });
  const t = await cli([
    'template',
    '--kind',
    'bao-cao-6-thang',
    '--unit',
    'SO_NGOAI_VU',
    '--year',
    '2026',
    '-o',
    join(box, 'trong.xlsx'),
  ]);
  expect(t.code).toBe(0);
  const r = await consolidate('-o', join(dir, 'tong-hop-trong.xlsx'), box);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('0 tiếp nhận');
  expect(r.stdout).toContain('1 mẫu trống');
  expect(r.stdout).toMatch(/✗ trong\.xlsx: /);
});

test('demo sends the ministry the report as .xlsx and Word, plus JSON and CSV', async () => {
  const d = join(dir, 'demo-moi');
  const r = await cli(['demo', '-o', d]);
  expect(r.code).toBe(0);
  for (const ext of ['.xlsx', '.docx', '.json', '-chi-tieu.csv', '-hoat-dong.csv'])
    expect(existsSync(join(d, 'xuat-bo', `bao-cao-tinh-6T-2026${ext}`))).toBe(true);
  // …and compiles the units' plans, with their narratives, into the province's plan.
  expect(r.stdout).toContain('Đã xuất kế hoạch của tỉnh (.docx');
  const plan = unzipSync(readFileSync(join(d, 'xuat-bo', 'ke-hoach-tinh-2026.docx')))['word/document.xml'];
  const text = strFromU8(plan).replace(/<[^>]+>/g, '');
  expect(text).toContain('KẾ HOẠCH');
  expect(text).toContain(
    'Sở Ngoại vụ: Nâng cao hiệu quả công tác thông tin đối ngoại của Sở Ngoại vụ năm 2026',
  );
}, 120_000);

test('under npm run, relative paths are taken from the folder npm was run in (INIT_CWD)', () => {
  const user = mkdtempSync(join(tmpdir(), 'ttdn-user-'));
  try {
    execFileSync(
      'node',
      [BIN, 'template', '--kind', 'ke-hoach-nam', '--unit', 'SO_NGOAI_VU', '--year', '2026', '-o', 'kh.xlsx'],
      { cwd: ROOT, env: { ...process.env, npm_lifecycle_event: 'ttdn', INIT_CWD: user }, stdio: 'pipe' },
    );
    expect(existsSync(join(user, 'kh.xlsx'))).toBe(true);
    expect(existsSync(join(ROOT, 'kh.xlsx'))).toBe(false);
  } finally {
    rmSync(user, { recursive: true, force: true });
  }
});

test('the built CLI validates without loading ExcelJS', () => {
  const f = join(dir, 'v.xlsx');
  writeFileSync(f, report);
  const script = `const { run } = require(${JSON.stringify(join(ROOT, 'cli/dist/ttdn.cjs'))});
    run(['validate', ${JSON.stringify(f)}, '--json']).then(() =>
      process.stderr.write(String(Object.keys(require.cache).some((k) => k.includes('/exceljs/')))));`;
  const r = spawnSync('node', ['-e', script], { encoding: 'utf8' });
  expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
  expect(r.stderr).toBe('false');
});

test('the installed command parses in worker threads loaded through its code cache, with the one-thread result', () => {
  const box = join(dir, 'nhieu-tep');
  mkdirSync(box);
  // Nine files: one thread by default; TTDN_WORKERS=2 forces two worker threads.
  for (let i = 1; i <= 9; i++) writeFileSync(join(box, `lan-${i}.xlsx`), report);
  const runWith = (workers: string) => {
    const r = spawnSync(
      'node',
      [BIN, ...CONSOLIDATE, '--json', '-o', join(dir, `nhieu-${workers}.xlsx`), box],
      { encoding: 'utf8', env: { ...process.env, TTDN_WORKERS: workers } },
    );
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    delete j.summary;
    return j;
  };
  const threads = runWith('2');
  expect(threads).toEqual(runWith('0'));
  expect((threads.submissions as unknown[]).length).toBe(9);
  // The main bundle's cache is written beside it on a first run.
  expect(
    readdirSync(join(ROOT, 'cli/dist')).some((f) =>
      /^ttdn\.cjs\.[0-9a-f]+-[0-9a-f]{16}\..+\.v8cache$/.test(f),
    ),
  ).toBe(true);
});
