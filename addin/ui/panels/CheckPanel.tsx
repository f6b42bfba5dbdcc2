import { Badge, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../../shared';
import { SEVERITY_LABELS } from '../../../shared';
import { useBridge, useNotifier } from '../BridgeContext';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    width: '100%',
    height: 'auto',
    paddingTop: '4px',
    paddingBottom: '4px',
  },
  counts: { display: 'flex', gap: '8px', alignItems: 'center' },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: '6px' },
});

export function CheckPanel() {
  const bridge = useBridge();
  const notifier = useNotifier();
  const s = useStyles();
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async () => {
    setBusy(true);
    notifier.clear();
    try {
      setFindings(await bridge.validate());
    } catch (e) {
      notifier.error(e);
    } finally {
      setBusy(false);
    }
  };

  const convert = async () => {
    setBusy(true);
    notifier.clear();
    try {
      setFindings(await bridge.convertLegacyText());
      notifier.notify({ intent: 'success', text: 'Đã chuyển văn bản gõ bằng bảng mã cũ sang Unicode.' });
    } catch (e) {
      notifier.error(e);
    } finally {
      setBusy(false);
    }
  };

  const legacy = findings?.filter((f) => f.code === 'LEGACY_ENCODING').length ?? 0;
  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = (findings?.length ?? 0) - errors;

  return (
    <>
      <p>
        Kiểm tra toàn bộ biểu mẫu theo quy định; ô có vấn đề được tô màu trên trang tính và bỏ tô khi đã sửa.
      </p>
      <Button
        appearance="primary"
        onClick={() => void check()}
        disabled={busy}
        icon={busy ? <Spinner size="tiny" /> : undefined}
      >
        Kiểm tra
      </Button>
      {findings && (
        <>
          <div className={s.counts} role="status">
            <Badge color="danger">{errors} lỗi</Badge>
            <Badge color="warning">{warnings} cảnh báo</Badge>
            {findings.length === 0 && <span>Không phát hiện vấn đề nào. Biểu mẫu sẵn sàng để gửi.</span>}
          </div>
          {legacy > 0 && (
            <Button onClick={() => void convert()} disabled={busy}>
              Chuyển {legacy} ô gõ bằng bảng mã cũ (TCVN3/VNI) sang Unicode
            </Button>
          )}
          <ul className={s.list} aria-label="Danh sách vấn đề">
            {findings.map((f, i) => (
              <li key={`${f.sheet}!${f.cell}:${f.code}:${i}`}>
                <Button
                  className={s.item}
                  appearance="subtle"
                  onClick={() => void bridge.selectCell(f.sheet, f.cell).catch((e) => notifier.error(e))}
                  aria-label={`${SEVERITY_LABELS[f.severity]} tại ô ${f.cell}: ${f.message}`}
                >
                  <Badge appearance="outline" color={f.severity === 'error' ? 'danger' : 'warning'}>
                    {SEVERITY_LABELS[f.severity]}
                  </Badge>
                  &nbsp;<span className={s.cell}>{f.cell || f.sheet}</span>
                  {f.message}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
