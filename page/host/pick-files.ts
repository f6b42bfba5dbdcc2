/**
 * Files the user picked or dropped, flattened and in a stable order. Folders are read recursively
 * (an <input webkitdirectory> gives them flat with `webkitRelativePath`; a dropped folder comes as a
 * FileSystemDirectoryEntry). Hidden files and Office lock files (`~$…`) are skipped, as the CLI does.
 */

export interface PickedEntry {
  /** Path inside what was picked, e.g. `hop-thu/BC6T-2026-SO_TAI_CHINH.xlsx`. */
  path: string;
  file: File;
}

function visible(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$');
}

/** Sorted by path with the same code-unit order as the CLI's folder listing. */
export function sortEntries(entries: PickedEntry[]): PickedEntry[] {
  return entries
    .filter((e) => e.path.split('/').every(visible))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function entriesFromFileList(list: FileList | readonly File[]): PickedEntry[] {
  return sortEntries([...list].map((file) => ({ path: file.webkitRelativePath || file.name, file })));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** `readEntries` returns at most 100 entries per call: call until it returns none. */
async function children(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (!batch.length) return out;
    out.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, prefix: string, out: PickedEntry[]): Promise<void> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) out.push({ path, file: await fileOf(entry as FileSystemFileEntry) });
  else if (entry.isDirectory)
    for (const child of await children(entry as FileSystemDirectoryEntry)) await walk(child, path, out);
}

/** Files and folders dropped on the page. Entries must be taken synchronously, inside the drop event. */
export async function entriesFromDrop(dt: DataTransfer): Promise<PickedEntry[]> {
  const roots = [...dt.items].filter((i) => i.kind === 'file').map((i) => i.webkitGetAsEntry?.() ?? null);
  if (roots.every((r) => r === null)) return entriesFromFileList(dt.files);
  const out: PickedEntry[] = [];
  for (const r of roots) if (r) await walk(r, '', out);
  return sortEntries(out);
}
