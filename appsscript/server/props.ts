/**
 * Chunked JSON in PropertiesService: one property value holds at most 9 KB (bytes, not characters:
 * "Properties value size 9 KB / val", developers.google.com/apps-script/guides/services/quotas), so
 * a larger value is split across `key#0…key#n` and written with ONE setProperties call (read with
 * one getProperties). A UTF-16 unit takes at most 3 UTF-8 bytes (Vietnamese letters take 2–3), so
 * 3,000 units stay under 9,216 bytes whatever the text.
 */

const CHUNK = 3000;

export function readJsonProp<T>(props: GoogleAppsScript.Properties.Properties, key: string): T | null {
  const all = props.getProperties();
  const n = Number(all[`${key}#n`] ?? 0);
  if (!n) return null;
  let text = '';
  for (let i = 0; i < n; i++) text += all[`${key}#${i}`] ?? '';
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function writeJsonProp(
  props: GoogleAppsScript.Properties.Properties,
  key: string,
  value: unknown,
): void {
  const text = JSON.stringify(value);
  const out: Record<string, string> = {};
  const n = Math.ceil(text.length / CHUNK);
  for (let i = 0; i < n; i++) out[`${key}#${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  out[`${key}#n`] = String(n);
  props.setProperties(out, false);
}
