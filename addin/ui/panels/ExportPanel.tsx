import { Button, Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ExportOutcome } from '../host-bridge';
import { useBridge, useNotifier } from '../BridgeContext';
import { NoticeSlot } from '../NoticeSlot';

const FORMATS = [
  { id: 'xlsx', label: 'Excel (.xlsx) — Phụ lục 02 của tỉnh, trình bày theo thể thức văn bản' },
  { id: 'docx', label: 'Word (.docx) — báo cáo của tỉnh theo thể thức Nghị định 30/2020/NĐ-CP' },
  { id: 'json', label: 'JSON — dữ liệu có cấu trúc gửi Bộ (lược đồ ttdn-export/1)' },
  { id: 'csv', label: 'CSV — chỉ tiêu và hoạt động (UTF-8, mở được bằng Excel)' },
] as const;

export function ExportPanel() {
  const bridge = useBridge();
  const notifier = useNotifier();
  const [format, setFormat] = useState<'xlsx' | 'docx' | 'json' | 'csv'>('xlsx');
  // Every host exports Word: the Excel pane and the Sheets sidebar pack the .docx in the browser.
  const formats = FORMATS;
  const [busy, setBusy] = useState(false);
  const [copies, setCopies] = useState<ExportOutcome[]>([]);
  const run = async () => {
    setBusy(true);
    notifier.clear();
    setCopies([]);
    try {
      const out = await bridge.exportSummary(format);
      if (out?.length) {
        // The host cannot save files (Excel for Mac): the content is shown to copy instead.
        setCopies(out);
        return;
      }
      notifier.notify({
        at: 'run',
        intent: 'success',
        text:
          format === 'xlsx'
            ? 'Đã tạo báo cáo của tỉnh (mở trong sổ làm việc mới hoặc tải về).'
            : `Đã xuất tệp ${format.toUpperCase()}.`,
      });
    } catch (e) {
      notifier.error(e, 'run');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>Xuất kết quả tổng hợp trong sổ làm việc này để gửi Bộ.</p>
      <Field label="Định dạng">
        <RadioGroup value={format} onChange={(_, d) => setFormat(d.value as typeof format)}>
          {formats.map((f) => (
            <Radio key={f.id} value={f.id} label={f.label} />
          ))}
        </RadioGroup>
      </Field>
      <Button appearance="primary" onClick={() => void run()} disabled={busy}>
        Xuất
      </Button>
      <NoticeSlot at="run" />
      {copies.map((c) => (
        <Field key={c.name} label={c.name} hint={c.note}>
          <Textarea readOnly rows={6} value={c.text} />
          <Button
            onClick={() =>
              void navigator.clipboard?.writeText(c.text).then(
                () =>
                  notifier.notify({
                    intent: 'success',
                    text: `Đã sao chép nội dung "${c.name}".`,
                    at: 'run',
                  }),
                () =>
                  notifier.notify({
                    intent: 'warning',
                    text: 'Không sao chép được tự động: hãy chọn hết nội dung ô trên (Cmd+A) rồi sao chép (Cmd+C).',
                    at: 'run',
                  }),
              )
            }
          >
            Sao chép
          </Button>
        </Field>
      ))}
    </>
  );
}
