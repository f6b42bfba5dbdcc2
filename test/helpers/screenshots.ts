import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where browser tests save their screenshots. Committed images in docs/screenshots are refreshed
 * only by `npm run screenshots` (TTDN_SCREENSHOTS=1); a plain `npm test` writes to a temporary
 * folder so it never modifies tracked files.
 */
export function screenshotDir(): string {
  const dir =
    process.env.TTDN_SCREENSHOTS === '1'
      ? join(__dirname, '..', '..', 'docs', 'screenshots')
      : join(tmpdir(), 'ttdn-screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
