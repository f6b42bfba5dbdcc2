import { DEFAULT_PRESET } from '../../shared';
import { FileBridge } from '../../page/host/file-bridge';
import { SETTINGS_KEY, localSettingsStore } from '../../page/host/settings';

/** A Storage with the Web Storage API's shape, in memory. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

function bridge(storage: Storage): FileBridge {
  return new FileBridge(
    localSettingsStore(storage),
    () => undefined,
    () => {
      throw new Error('no workers here');
    },
  );
}

test('a registry CSV loaded in Cài đặt is kept in local storage and used on the next visit', async () => {
  const storage = memoryStorage();
  const csv =
    'code,name,kind,parent,email,active\nDV_A,Đơn vị A,so_nganh,,,true\nDV_B,Đơn vị B,so_nganh,,,true\n';
  await bridge(storage).saveSettings({ presetId: DEFAULT_PRESET, registryText: csv, registryFormat: 'csv' });
  expect(storage.getItem(SETTINGS_KEY)).toContain('DV_A');
  const units = await bridge(storage).listUnits();
  expect(units.map((u) => u.name)).toEqual(['Đơn vị A', 'Đơn vị B']);
});

test('a bad registry file is refused with its message and the previous settings stay', async () => {
  const storage = memoryStorage();
  const b = bridge(storage);
  const before = await b.listUnits();
  await expect(
    b.saveSettings({ presetId: DEFAULT_PRESET, registryText: '{"units": 5}', registryFormat: 'json' }),
  ).rejects.toThrow(/[À-ỹ]/);
  expect(storage.getItem(SETTINGS_KEY)).toBeNull();
  expect((await b.listUnits()).map((u) => u.code)).toEqual(before.map((u) => u.code));
});
