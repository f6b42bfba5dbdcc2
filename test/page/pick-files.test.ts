import { entriesFromFileList } from '../../page/host/pick-files';

/** Node 20 has a global File; `webkitRelativePath` is what an <input webkitdirectory> sets. */
function picked(path: string): File {
  const f = new File(['x'], path.split('/').pop()!);
  Object.defineProperty(f, 'webkitRelativePath', { value: path });
  return f;
}

test('a picked folder is read in path order, as the CLI lists a folder', () => {
  const paths = ['hop-thu/b.xlsx', 'hop-thu/A.xlsx', 'hop-thu/con/c.xlsx', 'hop-thu/a.xlsx'];
  expect(entriesFromFileList(paths.map(picked)).map((e) => e.path)).toEqual([...paths].sort());
});

test('hidden files, hidden folders and Office lock files are skipped', () => {
  const paths = ['hop-thu/.DS_Store', 'hop-thu/~$BC.xlsx', 'hop-thu/.git/x.xlsx', 'hop-thu/BC.xlsx'];
  expect(entriesFromFileList(paths.map(picked)).map((e) => e.path)).toEqual(['hop-thu/BC.xlsx']);
});
