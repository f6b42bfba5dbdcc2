import { Button, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { useBridge, useNotifier } from '../BridgeContext';

const FORMATS = [
  { id: 'xlsx', label: 'Excel (.xlsx) — Phụ lục 02 của tỉnh, trình bày theo thể thức văn bản' },
  { id: 'json', label: 'JSON — dữ liệu có cấu trúc gửi Bộ (lược đồ ttdn-export/1)' },
  { id: 'csv', label: 'CSV — chỉ tiêu và hoạt động (UTF-8, mở được bằng Excel)' },
] as const;

export function ExportPanel() {
  const bridge = useBridge();
  const notifier = useNotifier();
  const [format, setFormat] = useState<'xlsx' | 'json' | 'csv'>('xlsx');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    notifier.clear();
    try {
      await bridge.exportSummary(format);
      notifier.notify({
        intent: 'success',
        text:
          format === 'xlsx'
            ? 'Đã tạo báo cáo của tỉnh (mở trong sổ làm việc mới hoặc tải về).'
            : `Đã xuất tệp ${format.toUpperCase()}.`,
      });
    } catch (e) {
      notifier.error(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>Xuất kết quả tổng hợp trong sổ làm việc này để gửi Bộ.</p>
      <Field label="Định dạng">
        <RadioGroup value={format} onChange={(_, d) => setFormat(d.value as typeof format)}>
          {FORMATS.map((f) => (
            <Radio key={f.id} value={f.id} label={f.label} />
          ))}
        </RadioGroup>
      </Field>
      <Button appearance="primary" onClick={() => void run()} disabled={busy}>
        Xuất
      </Button>
    </>
  );
}
