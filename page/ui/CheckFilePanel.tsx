import { Badge, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { KIND_LABELS, SEVERITY_LABELS } from '../../shared';
import { useNotifier } from '../../addin/ui/BridgeContext';
import type { CheckResult } from '../host/file-bridge';
import { FileDrop } from './FileDrop';
import { useFileBridge } from './page-bridge';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: {
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  warn: { borderLeft: `3px solid ${tokens.colorPaletteYellowBorder2}` },
  where: { fontFamily: tokens.fontFamilyMonospace },
  row: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  counts: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});

/** Kiểm tra on a file: every finding with sheet, cell, the row's content and the message. */
export function CheckFilePanel() {
  const bridge = useFileBridge();
  const notifier = useNotifier();
  const s = useStyles();
  const [result, setResult] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (file: File) => {
    setBusy(true);
    notifier.clear();
    try {
      setResult(await bridge.checkFile(file));
    } catch (e) {
      setResult(null);
      notifier.error(e);
    } finally {
      setBusy(false);
    }
  };

  const convert = async () => {
    setBusy(true);
    try {
      const n = await bridge.downloadConvertedCopy();
      notifier.notify({
        intent: 'success',
        text: `Đã tải về bản sao đã chuyển ${n} ô sang Unicode; tệp gốc giữ nguyên. Hãy kiểm tra lại bản sao.`,
      });
    } catch (e) {
      notifier.error(e);
    } finally {
      setBusy(false);
    }
  };

  const errors = result?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = (result?.findings.length ?? 0) - errors;

  return (
    <>
      <p>
        Thả biểu mẫu đã điền (.xlsx) vào đây để kiểm tra theo quy định. Sửa tệp trong Excel, LibreOffice hoặc
        WPS rồi thả lại để kiểm tra lần nữa.
      </p>
      <FileDrop
        label="Biểu mẫu cần kiểm tra"
        testId="check"
        disabled={busy}
        onFiles={(entries) => void check(entries[0].file)}
      />
      {busy && <Spinner size="tiny" label="Đang xử lý…" />}
      {result && (
        <section aria-label="Kết quả kiểm tra">
          <p>
            <strong>{result.file}</strong>
            {result.kind && ` — ${KIND_LABELS[result.kind] ?? result.kind} ${result.year ?? ''}`}
            {result.unitName && ` — ${result.unitName}`}
          </p>
          <div className={s.counts} role="status">
            <Badge color="danger">{errors} lỗi</Badge>
            <Badge color="warning">{warnings} cảnh báo</Badge>
            {result.findings.length === 0 && (
              <span>Không phát hiện vấn đề nào. Biểu mẫu sẵn sàng để gửi.</span>
            )}
          </div>
          {result.legacyCells > 0 && (
            <p>
              <Button onClick={() => void convert()} disabled={busy}>
                Chuyển mã TCVN3/VNI: tải bản sao đã chuyển {result.legacyCells} ô sang Unicode
              </Button>
            </p>
          )}
          <ul className={s.list} aria-label="Danh sách vấn đề">
            {result.findings.map((f, i) => (
              <li
                key={`${f.sheet}!${f.cell}:${f.code}:${i}`}
                className={f.severity === 'error' ? s.item : `${s.item} ${s.warn}`}
                data-cell={f.cell}
                data-code={f.code}
              >
                <span>
                  <Badge appearance="outline" color={f.severity === 'error' ? 'danger' : 'warning'}>
                    {SEVERITY_LABELS[f.severity]}
                  </Badge>{' '}
                  <span className={s.where}>
                    {f.sheet}
                    {f.cell ? `!${f.cell}` : ''}
                  </span>{' '}
                  {f.message}
                </span>
                {f.rowText && (
                  <span className={s.row}>
                    Nội dung dòng {/\d+/.exec(f.cell)?.[0]}: {f.rowText}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
