import { Field } from '@fluentui/react-components';
import { useState } from 'react';
import { useNotifier } from '../../addin/ui/BridgeContext';
import { registryCsvFromWorkbook } from '../host/settings';
import { FileDrop } from './FileDrop';
import { useFileBridge } from './page-bridge';

/**
 * The registry from a summary workbook's editable "Don vi" sheet (as `--registry summary.xlsx`),
 * beside the shared settings panel, which takes JSON and CSV.
 */
export function RegistryWorkbookField({ onSaved }: { onSaved: () => void }) {
  const bridge = useFileBridge();
  const notifier = useNotifier();
  const [busy, setBusy] = useState(false);
  const load = async (file: File) => {
    setBusy(true);
    notifier.clear();
    try {
      const text = registryCsvFromWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
      const s = await bridge.loadSettings();
      await bridge.saveSettings({ ...s, registryText: text, registryFormat: 'csv' });
      const units = await bridge.listUnits();
      notifier.notify({
        intent: 'success',
        text: `Đã nạp danh sách đơn vị từ "${file.name}". Danh sách hiện có ${units.length} đơn vị.`,
      });
      onSaved();
    } catch (e) {
      notifier.error(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Field label="Hoặc lấy danh sách đơn vị từ trang “Don vi” của một bảng tổng hợp (.xlsx)">
      <FileDrop
        label="Bảng tổng hợp có trang “Don vi” đã sửa"
        testId="registry-xlsx"
        disabled={busy}
        onFiles={(entries) => void load(entries[0].file)}
      />
    </Field>
  );
}
