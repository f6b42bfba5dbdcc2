import type { Registry } from '../domain/types';
import { foldKey } from '../text/normalize';

/**
 * The unit a file name names, by code (`SO_NGOAI_VU_bao-cao.xlsx`) or by name
 * (`So Ngoai vu - bao cao nam.xlsx`), folded; the longest match wins. Used only for files that
 * cannot be read, so a unit whose only file was corrupt shows "không đọc được", not "chưa nộp".
 */
export function unitFromFileName(registry: Registry, file: string): string | undefined {
  const base = file.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  const f = ` ${foldKey(base.replace(/_/g, ' '))} `;
  let best: { code: string; len: number } | undefined;
  for (const u of registry.units)
    for (const key of [foldKey(u.code.replace(/_/g, ' ')), foldKey(u.name)]) {
      if (key && f.includes(` ${key} `) && (!best || key.length > best.len))
        best = { code: u.code, len: key.length };
    }
  return best?.code;
}
