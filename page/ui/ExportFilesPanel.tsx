import { Button, Field, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { PAGE_MESSAGES } from '../../shared/messages/vi';
import { useNotifier } from '../../addin/ui/BridgeContext';
import type { ExportFormat } from '../host/export-files';
import { FileDrop } from './FileDrop';
import { useFileBridge } from './page-bridge';

const useStyles = makeStyles({
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
});

const FORMATS: { id: ExportFormat; label: string }[] = [
  { id: 'xlsx', label: 'Excel (.xlsx)' },
  { id: 'docx', label: 'Word (.docx)' },
  { id: 'json', label: 'JSON' },
  { id: 'csv', label: 'CSV' },
];

/** Xuất: the province's report for the ministry from a summary workbook, just made or picked. */
export function ExportFilesPanel() {
  const bridge = useFileBridge();
  const notifier = useNotifier();
  const s = useStyles();
  const [picked, setPicked] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const made = bridge.hasSummary();
  const source = picked?.name ?? made;

  const run = async (format: ExportFormat) => {
    setBusy(true);
    notifier.clear();
    try {
      const files = await bridge.exportFrom(format, picked ?? undefined);
      notifier.notify({ intent: 'success', text: `Đã tải về: ${files.map((f) => f.name).join(', ')}.` });
    } catch (e) {
      notifier.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>
        Xuất báo cáo của tỉnh gửi Bộ: Phụ lục 02 trình bày theo thể thức văn bản (.xlsx hoặc Word .docx, đã
        gồm phần Sở biên tập trong bảng tổng hợp), dữ liệu có cấu trúc (JSON, lược đồ ttdn-export/1) hoặc hai
        bảng CSV (chỉ tiêu, hoạt động; UTF-8).
      </p>
      <FileDrop
        label="Bảng tổng hợp (.xlsx) — bỏ qua nếu vừa tổng hợp ở thẻ “Tổng hợp”"
        testId="summary"
        disabled={busy}
        onFiles={(entries) => setPicked(entries[0].file)}
      />
      <p role="status">{source ? `Xuất từ: ${source}` : PAGE_MESSAGES.noSummary}</p>
      <Field label="Tải về">
        <div className={s.buttons}>
          {FORMATS.map((f) => (
            <Button key={f.id} appearance="primary" disabled={busy || !source} onClick={() => void run(f.id)}>
              {f.label}
            </Button>
          ))}
        </div>
      </Field>
    </>
  );
}
