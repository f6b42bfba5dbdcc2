import type * as NodeCrypto from 'node:crypto';
import { readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { PlainDate } from '../shared';
import { ConfigFileError, UsageError, parseDateText } from '../shared';

export interface SkippedPath {
  path: string;
  reason: string;
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: 'thư mục chứa tệp không tồn tại',
  EACCES: 'không có quyền ghi',
  EPERM: 'không có quyền ghi',
  EISDIR: 'đó là một thư mục',
  ENOSPC: 'đĩa đã đầy',
  EROFS: 'ổ đĩa chỉ đọc',
};

/**
 * Files given on the command line, folders read recursively (sorted, so runs are reproducible).
 * A path that does not exist is a usage error; an input that is the output is refused; hidden
 * files, Office lock files (~$…) and the output inside a folder are skipped and listed with why.
 */
export async function expandInputs(
  inputs: readonly string[],
  exclude: readonly string[] = [],
  skipped: SkippedPath[] = [],
): Promise<string[]> {
  const skip = new Set(exclude.map((e) => resolve(e)));
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const n of (await readdir(dir)).sort()) {
      const p = join(dir, n);
      if (n.startsWith('.')) skipped.push({ path: p, reason: 'tệp hoặc thư mục ẩn' });
      else if (n.startsWith('~$')) skipped.push({ path: p, reason: 'tệp khóa tạm của Office' });
      else if (skip.has(resolve(p))) skipped.push({ path: p, reason: 'là tệp kết quả của lệnh này' });
      else {
        const st = await stat(p).catch(() => null);
        if (!st) skipped.push({ path: p, reason: 'không đọc được' });
        else if (st.isDirectory()) await walk(p);
        else if (st.isFile()) out.push(p);
        else skipped.push({ path: p, reason: 'không phải tệp thường' });
      }
    }
  };
  for (const input of inputs) {
    const st = await stat(input).catch(() => null);
    if (!st) throw new UsageError(`Không tìm thấy tệp hoặc thư mục "${input}".`);
    if (skip.has(resolve(input)))
      throw new UsageError(`"${input}" vừa là tệp đầu vào vừa là tệp kết quả; chọn tệp kết quả khác (-o).`);
    if (st.isDirectory()) await walk(input);
    else out.push(input);
  }
  return [...new Set(out)];
}

let crypto: typeof NodeCrypto | undefined;

/** Loaded on first use: Node compiles its crypto module at startup cost (`validate` hashes nothing). */
export function sha256Hex(bytes: Uint8Array): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load of a Node built-in
  crypto ??= require('node:crypto') as typeof NodeCrypto;
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** `--received file.csv` with header `file,date`; dates dd/mm/yyyy or ISO. Keyed by base name. */
export function loadReceivedDates(file: string): Map<string, PlainDate> {
  let rows: string[][];
  try {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- see cli/config.ts
    rows = parseCsv(readFileSync(file, 'utf8'), {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
  } catch (e) {
    throw new ConfigFileError(`Không đọc được danh sách ngày nhận "${file}": ${(e as Error).message}`);
  }
  const map = new Map<string, PlainDate>();
  rows.forEach((r, i) => {
    if (i === 0 && r[0]?.trim().toLowerCase() === 'file') return;
    const span = parseDateText(r[1] ?? '');
    if (!r[0]?.trim() || !span || span.granularity !== 'day')
      throw new ConfigFileError(
        `Danh sách ngày nhận, dòng ${i + 1}: cần "tên tệp,ngày" với ngày dạng dd/mm/yyyy (đang là "${r.join(',')}").`,
      );
    map.set(basename(r[0].trim()), span.from);
  });
  return map;
}

/** Writes next to the target, then renames: a failed run leaves the previous file intact. */
export async function writeAtomically(
  target: string,
  content: Uint8Array | string | ((tmpPath: string) => Promise<void>),
): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    if (typeof content === 'function') await content(tmp);
    else await writeFile(tmp, content);
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new ConfigFileError(
      `Không ghi được "${target}": ${WRITE_ERRORS[code] ?? code ?? (e as Error).message}.`,
    );
  }
}
