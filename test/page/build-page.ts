import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Builds `dist/ttdn.html` (the page config only) unless it is newer than every source it comes from. */

export const ROOT = resolve(__dirname, '../..');
export const PAGE_HTML = join(ROOT, 'dist', 'ttdn.html');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

export function ensurePageBuild(): void {
  const sources = Math.max(
    ...['page', 'shared', 'addin/ui', 'addin/bridge', 'cli/xlsx', 'cli/generate.ts', 'webpack.config.js'].map(
      (p) => newest(join(ROOT, p)),
    ),
  );
  if (existsSync(PAGE_HTML) && statSync(PAGE_HTML).mtimeMs > sources) return;
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--config-name', 'page'],
    { cwd: ROOT, stdio: 'pipe' },
  );
}
