import { createHash } from 'node:crypto';
import { readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { PlainDate } from '../shared';
import { ConfigFileError, jsDateToPlain, parseDateText } from '../shared';

/** Files given on the command line, folders expanded (sorted, so runs are reproducible). */
export async function expandInputs(
  inputs: readonly string[],
  exclude: readonly string[] = [],
): Promise<string[]> {
  const skip = new Set(exclude.map((e) => resolve(e)));
  const out: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = await stat(input);
    } catch {
      out.push(input); // reported later as unreadable, never fatal
      continue;
    }
    if (st.isDirectory()) {
      const names = (await readdir(input)).filter((n) => !n.startsWith('.') && !n.startsWith('~$')).sort();
      for (const n of names) {
        const p = join(input, n);
        if ((await stat(p)).isFile() && !skip.has(resolve(p))) out.push(p);
      }
    } else if (!skip.has(resolve(input))) out.push(input);
  }
  return [...new Set(out)];
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Local calendar date of a file's modification time (files saved from e-mail keep it). */
export async function modifiedDate(file: string): Promise<PlainDate | null> {
  try {
    const m = (await stat(file)).mtime;
    return jsDateToPlain(new Date(Date.UTC(m.getFullYear(), m.getMonth(), m.getDate())));
  } catch {
    return null;
  }
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
    throw new ConfigFileError(
      `Không ghi được "${target}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}
