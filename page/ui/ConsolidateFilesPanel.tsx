import {
  Button,
  Field,
  Input,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { memo, useEffect, useRef, useState } from 'react';
import type { ReportKind } from '../../shared';
import { localPlainDate } from '../../shared';
import type { ConsolidateProgress } from '../../addin/ui/host-bridge';
import { useNotifier } from '../../addin/ui/BridgeContext';
import type { PageSummary } from '../host/file-bridge';
import type { PickedEntry } from '../host/pick-files';
import { FileDrop } from './FileDrop';
import { KindYearFields } from '../../addin/ui/KindYearFields';
import { IndicatorTotals, countsLine } from '../../addin/ui/ConsolidationOutcome';
import { useFileBridge } from './page-bridge';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'end' },
  files: { maxHeight: '120px', overflowY: 'auto', margin: 0, paddingLeft: '20px' },
});

/** Memoised: the progress line repaints every 50 ms during a run; a list of 200 files need not. */
const FileList = memo(function FileList({ entries, label }: { entries: PickedEntry[]; label: string }) {
  const s = useStyles();
  if (!entries.length) return null;
  return (
    <details>
      <summary>
        {label}: {entries.length} tệp
      </summary>
      <ol className={s.files}>
        {entries.map((e) => (
          <li key={e.path}>{e.path}</li>
        ))}
      </ol>
    </details>
  );
});

/** Tổng hợp on files: reports (and plans) picked or dropped, parsed in Web Workers. */
export function ConsolidateFilesPanel() {
  const bridge = useFileBridge();
  const notifier = useNotifier();
  const s = useStyles();
  const [kind, setKind] = useState<ReportKind>('bao-cao-6-thang');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [asOf, setAsOf] = useState(localPlainDate(new Date()));
  const [reports, setReports] = useState<PickedEntry[]>([]);
  const [plans, setPlans] = useState<PickedEntry[]>([]);
  const [progress, setProgress] = useState<ConsolidateProgress | null>(null);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => bridge.warmUp(), [bridge]);

  const start = async () => {
    const ctl = new AbortController();
    abort.current = ctl;
    setSummary(null);
    notifier.clear();
    setProgress({ done: 0, total: reports.length + plans.length });
    try {
      const r = await bridge.consolidateFiles(
        {
          kind,
          year: Number(year),
          asOf,
          reports: reports.map((e) => e.file),
          plans: plans.map((e) => e.file),
        },
        setProgress,
        ctl.signal,
      );
      setSummary(r);
      notifier.notify({
        intent: r.accepted ? 'success' : 'warning',
        text: r.accepted
          ? `Đã tổng hợp xong: ${r.accepted} tệp được tiếp nhận. Bấm "Tải bảng tổng hợp" để lưu tệp.`
          : 'Không có tệp nào được tiếp nhận: hãy xem lý do bên dưới (sai loại báo cáo hoặc năm?).',
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
  const asOfOk = /^\d{4}-\d{2}-\d{2}$/.test(asOf);

  return (
    <>
      <div className={s.row}>
        <KindYearFields
          kind={kind}
          onKind={setKind}
          year={year}
          onYear={setYear}
          disabled={running}
          yearAriaLabel="Năm tổng hợp"
        />
        <Field label="Tính đến ngày">
          <Input
            type="date"
            value={asOf}
            onChange={(_, d) => setAsOf(d.value)}
            disabled={running}
            aria-label="Tính đến ngày"
          />
        </Field>
      </div>
      <FileDrop
        label="Báo cáo đã nhận (ngày nhận = ngày sửa đổi của tệp)"
        testId="reports"
        folders
        multiple
        disabled={running}
        accept=".xlsx,.xlsm,.xls,.ods"
        onFiles={setReports}
      />
      <FileList entries={reports} label="Báo cáo" />
      {kind !== 'ke-hoach-nam' && (
        <>
          <FileDrop
            label="Kế hoạch năm của các đơn vị (không bắt buộc, để đối chiếu kế hoạch – kết quả)"
            testId="plans"
            folders
            multiple
            disabled={running}
            onFiles={setPlans}
          />
          <FileList entries={plans} label="Kế hoạch" />
        </>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={() => void start()}
          disabled={running || !reports.length || !yearOk || !asOfOk}
        >
          Tổng hợp
        </Button>
        {running && <Button onClick={() => abort.current?.abort()}>Hủy</Button>}
        {!running && !reports.length && <span>Hãy chọn các tệp báo cáo hoặc thư mục chứa chúng.</span>}
      </div>
      {progress && (
        <Field
          label={`Đã xử lý ${progress.done}/${progress.total}${progress.current ? `: ${progress.current}` : ''}`}
        >
          <ProgressBar
            value={progress.total ? progress.done / progress.total : 0}
            aria-label="Tiến độ tổng hợp"
          />
        </Field>
      )}
      {summary && <SummaryView summary={summary} kind={kind} onDownload={() => bridge.downloadSummary()} />}
    </>
  );
}

function SummaryView({
  summary,
  kind,
  onDownload,
}: {
  summary: PageSummary;
  kind: ReportKind;
  onDownload: () => void;
}) {
  return (
    <section aria-label="Kết quả tổng hợp">
      <p>
        <Button appearance="primary" onClick={onDownload}>
          Tải bảng tổng hợp ({summary.fileName})
        </Button>
      </p>
      <p role="status" data-testid="summary-counts">
        {countsLine(summary)}{' '}
        {summary.checkOk
          ? 'Kiểm tra tổng: mọi số liệu được tiếp nhận đều có trong bảng tổng hợp.'
          : 'Kiểm tra tổng bị lệch: xem trang "Kiem tra loi" trong bảng tổng hợp.'}
      </p>
      <p data-testid="summary-missing">
        Chưa nộp ({summary.missingNames.length}
        {summary.notYetDue ? ' — chưa đến hạn' : ''}): {summary.missingNames.join(', ') || '—'}
      </p>
      <p data-testid="summary-late">
        Nộp muộn ({summary.lateNames.length}):{' '}
        {summary.lateNames.map((l) => `${l.name} (${l.days} ngày)`).join(', ') || '—'}
      </p>
      {summary.problems.length > 0 && (
        <Table size="extra-small" aria-label="Tệp không được tiếp nhận">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Tệp</TableHeaderCell>
              <TableHeaderCell>Đơn vị</TableHeaderCell>
              <TableHeaderCell>Tình trạng</TableHeaderCell>
              <TableHeaderCell>Lý do</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {summary.problems.map((p) => (
              <TableRow key={p.file}>
                <TableCell>{p.file}</TableCell>
                <TableCell>{p.unitName ?? '—'}</TableCell>
                <TableCell>{p.status}</TableCell>
                <TableCell>{p.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <IndicatorTotals totals={summary.totals} kind={kind} />
    </section>
  );
}
