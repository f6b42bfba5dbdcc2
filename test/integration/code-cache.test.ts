/**
 * The CLI's code-cache loader (cli/code-cache.cjs): a second run uses the cache the first wrote, and
 * a rebuilt bundle never runs the previous build's cached code, even at the same length (V8's own
 * check compares only lengths).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LOADER = resolve(__dirname, '../../cli/code-cache.cjs');
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ttdn-cache-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Loads `bundle.cjs` through the loader in a fresh process; prints what its `answer()` returns. */
function run(): string {
  const script = `const m = require(${JSON.stringify(LOADER)}).requireCached(${JSON.stringify(join(dir, 'bundle.cjs'))}); process.stdout.write(m.answer());`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}
const caches = () => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));

test('the first run writes a cache beside the bundle and the next run loads it without rewriting it', () => {
  writeFileSync(join(dir, 'bundle.cjs'), "exports.answer = () => require('node:path').basename('/a/b');");
  expect(run()).toBe('b');
  expect(caches()).toHaveLength(1);
  const written = statSync(join(dir, caches()[0])).mtimeMs;
  expect(run()).toBe('b');
  expect(caches()).toHaveLength(1);
  expect(statSync(join(dir, caches()[0])).mtimeMs).toBe(written);
});

test("a rebuilt bundle of the same length runs its own code, not the previous build's cache", () => {
  writeFileSync(join(dir, 'bundle.cjs'), "exports.answer = () => 'A';");
  expect(run()).toBe('A');
  const first = caches();
  writeFileSync(join(dir, 'bundle.cjs'), "exports.answer = () => 'B';");
  expect(run()).toBe('B');
  expect(run()).toBe('B');
  // The old build's cache is gone, the new one in its place.
  expect(caches()).toHaveLength(1);
  expect(caches()).not.toEqual(first);
});
