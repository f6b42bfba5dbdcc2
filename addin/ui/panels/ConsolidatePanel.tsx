import {
  Button,
  Field,
  Input,
  ProgressBar,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { ReportKind } from '../../../shared';
import { KIND_LABELS, REPORT_KINDS } from '../../../shared';
import type { ConsolidateProgress, ConsolidateSummary, PickedFile } from '../host-bridge';
import { useBridge, useNotifier } from '../BridgeContext';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'end' },
  files: { maxHeight: '120px', overflowY: 'auto', margin: 0, paddingLeft: '20px' },
});

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function ConsolidatePanel() {
  const bridge = useBridge();
  const notifier = useNotifier();
  const s = useStyles();
  const [kind, setKind] = useState<ReportKind>('bao-cao-nam');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [asOf, setAsOf] = useState(today());
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [progress, setProgress] = useState<ConsolidateProgress | null>(null);
  const [summary, setSummary] = useState<ConsolidateSummary | null>(null);
  const abort = useRef<AbortController | null>(null);

  const pick = async () => {
    try {
      const picked = await bridge.pickFiles();
      if (picked.length) setFiles(picked);
    } catch (e) {
      notifier.error(e);
    }
  };

  const start = async () => {
    const ctl = new AbortController();
    abort.current = ctl;
    setSummary(null);
    notifier.clear();
    setProgress({ done: 0, total: files.length });
    try {
      const r = await bridge.consolidate({ kind, year: Number(year), asOf, files }, setProgress, ctl.signal);
      setSummary(r);
      notifier.notify({
        intent: 'success',
        text: 'Đã ghi bảng tổng hợp vào sổ làm việc (các trang “Tong hop…”, “Tinh hinh nop”, “Kiem tra loi”…).',
      });
    } catch (e) {
      notifier.error(e);
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const running = progress !== null;
  const yearOk = /^\d{4}$/.test(year);

  return (
    <>
      <div className={s.row}>
        <Field label="Loại báo cáo">
          <Select value={kind} onChange={(_, d) => setKind(d.value as ReportKind)} disabled={running}>
            {REPORT_KINDS.filter((k) => k !== 'bao-cao-dot-xuat').map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Năm"
          validationState={yearOk ? 'none' : 'error'}
          validationMessage={yearOk ? undefined : 'Năm gồm 4 chữ số.'}
        >
          <Input
            value={year}
            onChange={(_, d) => setYear(d.value)}
            disabled={running}
            maxLength={4}
            style={{ width: '80px' }}
          />
        </Field>
        <Field label="Tính đến ngày">
          <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} disabled={running} />
        </Field>
      </div>
      <Button onClick={() => void pick()} disabled={running}>
        Chọn tệp báo cáo…
      </Button>
      {files.length > 0 && (
        <>
          <span>Đã chọn {files.length} tệp:</span>
          <ul className={s.files}>
            {files.map((f) => (
              <li key={f.name}>{f.name}</li>
            ))}
          </ul>
        </>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={() => void start()}
          disabled={running || !files.length || !yearOk}
        >
          Tổng hợp
        </Button>
        {running && <Button onClick={() => abort.current?.abort()}>Hủy</Button>}
      </div>
      {progress && (
        <Field
          label={`Đang xử lý ${Math.min(progress.done + 1, progress.total)}/${progress.total}${progress.current ? `: ${progress.current}` : ''}`}
        >
          <ProgressBar
            value={progress.total ? progress.done / progress.total : 0}
            aria-label="Tiến độ tổng hợp"
          />
        </Field>
      )}
      {summary && <SummaryView summary={summary} />}
    </>
  );
}

function SummaryView({ summary }: { summary: ConsolidateSummary }) {
  const totals = Object.entries(summary.totals);
  return (
    <section aria-label="Kết quả tổng hợp">
      <p role="status">
        Tiếp nhận {summary.accepted} tệp, bị loại {summary.rejected}, không đọc được {summary.unreadable}, đã
        được thay thế {summary.superseded}.
      </p>
      <p>
        Chưa nộp ({summary.missing.length}): {summary.missing.join(', ') || '—'}
      </p>
      <p>
        Nộp muộn ({summary.late.length}):{' '}
        {summary.late.map((l) => `${l.unit} (${l.days} ngày)`).join(', ') || '—'}
      </p>
      {totals.length > 0 && (
        <Table size="extra-small" aria-label="Tổng các chỉ tiêu">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Chỉ tiêu</TableHeaderCell>
              <TableHeaderCell>Tổng</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {totals.map(([k, v]) => (
              <TableRow key={k}>
                <TableCell>{k}</TableCell>
                <TableCell>{v.toLocaleString('vi-VN')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
