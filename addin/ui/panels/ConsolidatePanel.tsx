import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Input,
  ProgressBar,
  makeStyles,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ReportKind } from '../../../shared';
import { KIND_LABELS } from '../../../shared';
import type {
  ConsolidateProgress,
  ConsolidateSummary,
  PendingConsolidation,
  PickedFile,
} from '../host-bridge';
import { useBridge, useNotifier } from '../BridgeContext';
import { DisabledReason, NoticeSlot } from '../NoticeSlot';
import { KindYearFields } from '../KindYearFields';
import { IndicatorTotals, countsLine } from '../ConsolidationOutcome';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'end' },
  files: { maxHeight: '120px', overflowY: 'auto', margin: 0, paddingLeft: '20px' },
});

/** Today as shown to the user: dd/mm/yyyy (never the browser's own date control, whose format follows its locale). */
function today(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

/** dd/mm/yyyy (or d/m/yyyy) → ISO yyyy-mm-dd, null when it is not a real date. */
export function isoOfVnDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
  const [names, setNames] = useState<Record<string, string>>({});
  const abort = useRef<AbortController | null>(null);
  // A job the host kept between executions (Google Sheets), offered as "Tiếp tục".
  const [pending, setPending] = useState<PendingConsolidation | null>(null);
  const workbook = bridge.terms?.workbook ?? 'sổ làm việc';

  useEffect(() => {
    let live = true;
    bridge.pendingConsolidation?.().then(
      (p) => live && setPending(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [bridge]);

  // Units by name, not code, in the results.
  useEffect(() => {
    let live = true;
    bridge.listUnits().then(
      (u) => live && setNames(Object.fromEntries(u.map((x) => [x.code, x.name]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [bridge]);

  const pick = async () => {
    try {
      const picked = await bridge.pickFiles();
      if (picked.length) setFiles(picked);
    } catch (e) {
      notifier.error(e, 'files');
    }
  };

  /** Runs a consolidation (new or resumed) with progress, cancel and the result notice. */
  const runJob = async (
    total: number,
    call: (onProgress: (p: ConsolidateProgress) => void, signal: AbortSignal) => Promise<ConsolidateSummary>,
  ) => {
    const ctl = new AbortController();
    abort.current = ctl;
    setSummary(null);
    notifier.clear();
    setProgress({ done: 0, total });
    try {
      const r = await call(setProgress, ctl.signal);
      setSummary(r);
      setPending(null);
      if (r.written !== false)
        notifier.notify({
          intent: 'success',
          text: `Đã ghi bảng tổng hợp vào ${workbook} (các trang “Tổng hợp chỉ tiêu”, “Tình hình nộp”, “Kiểm tra lỗi”, “Báo cáo tỉnh”…).`,
          at: 'run',
        });
    } catch (e) {
      notifier.error(e, 'run');
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const start = () =>
    runJob(files.length, (onProgress, signal) =>
      bridge.consolidate({ kind, year: Number(year), asOf: asOfIso ?? '', files }, onProgress, signal),
    );

  const resume = (p: PendingConsolidation) => {
    if (!bridge.resumeConsolidation) return;
    void runJob(p.total, (onProgress, signal) => bridge.resumeConsolidation!(onProgress, signal));
  };

  const discard = async () => {
    try {
      await bridge.cancelConsolidation?.();
      setPending(null);
    } catch (e) {
      notifier.error(e, 'run');
    }
  };

  const writeAnyway = async () => {
    try {
      await bridge.writePendingSummary?.();
      setSummary((cur) => (cur ? { ...cur, warning: undefined, written: true } : cur));
      notifier.notify({ intent: 'success', text: `Đã ghi bảng tổng hợp vào ${workbook}.`, at: 'run' });
    } catch (e) {
      notifier.error(e, 'run');
    }
  };

  const running = progress !== null;
  const yearOk = /^\d{4}$/.test(year);
  const asOfIso = isoOfVnDate(asOf);
  const why = running
    ? null
    : !files.length
      ? 'Hãy chọn ít nhất một tệp báo cáo để tổng hợp.'
      : !yearOk
        ? 'Hãy nhập năm hợp lệ (4 chữ số).'
        : !asOfIso
          ? 'Hãy nhập ngày "tính đến" dạng ngày/tháng/năm, ví dụ 31/12/2026.'
          : null;

  return (
    <>
      {pending && !running && (
        <div role="region" aria-label="Tổng hợp chưa xong">
          <p>
            Lần tổng hợp {KIND_LABELS[pending.kind]} năm {pending.year} trước đó chưa xong: đã đọc{' '}
            {pending.done}/{pending.total} tệp. Tiếp tục từ tệp tiếp theo, hoặc bỏ để bắt đầu lại (bảng tổng
            hợp cũ vẫn giữ nguyên).
          </p>
          <div className={s.row}>
            <Button appearance="primary" onClick={() => resume(pending)}>
              Tiếp tục
            </Button>
            <Button onClick={() => void discard()}>Bỏ lần tổng hợp này</Button>
          </div>
        </div>
      )}
      <div className={s.row}>
        <KindYearFields kind={kind} onKind={setKind} year={year} onYear={setYear} disabled={running} />
        <Field
          label="Tính đến ngày (ngày/tháng/năm)"
          validationState={asOfIso ? 'none' : 'error'}
          validationMessage={asOfIso ? undefined : 'Ví dụ 31/12/2026.'}
        >
          <Input
            value={asOf}
            onChange={(_, d) => setAsOf(d.value)}
            disabled={running}
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            style={{ width: '120px' }}
          />
        </Field>
      </div>
      <Button onClick={() => void pick()} disabled={running}>
        Chọn tệp báo cáo…
      </Button>
      <NoticeSlot at="files" />
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
          disabled={running || Boolean(why)}
          aria-describedby="tonghop-why"
        >
          Tổng hợp
        </Button>
        {running && <Button onClick={() => abort.current?.abort()}>Hủy</Button>}
      </div>
      <DisabledReason id="tonghop-why" reason={why} />
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
      {summary?.warning && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            {summary.warning}
            <div style={{ marginTop: 8 }}>
              <Button appearance="primary" onClick={() => void writeAnyway()}>
                Vẫn ghi bảng tổng hợp
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      <NoticeSlot at="run" />
      {summary && <SummaryView summary={summary} names={names} kind={kind} />}
    </>
  );
}

function SummaryView({
  summary,
  names,
  kind,
}: {
  summary: ConsolidateSummary;
  names: Record<string, string>;
  kind: ReportKind;
}) {
  const name = (code: string) => names[code] ?? code;
  return (
    <section aria-label="Kết quả tổng hợp">
      <p role="status">{countsLine(summary)}</p>
      <p>
        Chưa nộp ({summary.missing.length}): {summary.missing.map(name).join(', ') || '—'}
      </p>
      <p>
        Nộp muộn ({summary.late.length}):{' '}
        {summary.late.map((l) => `${name(l.unit)} (${l.days} ngày)`).join(', ') || '—'}
      </p>
      <IndicatorTotals totals={summary.totals} kind={kind} />
    </section>
  );
}
