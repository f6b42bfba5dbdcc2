import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReportKind, Unit } from '../../../shared';
import { HOST_SKIPPED_MESSAGES, KIND_LABELS, REPORT_KINDS } from '../../../shared';
import { useBridge, useNotifier } from '../BridgeContext';
import { DisabledReason } from '../NoticeSlot';

export function GeneratePanel() {
  const bridge = useBridge();
  const notifier = useNotifier();
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [kind, setKind] = useState<ReportKind>('bao-cao-nam');
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [busy, setBusy] = useState(false);
  /** Rows the open form holds, when the user must confirm replacing it. */
  const [confirmRows, setConfirmRows] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    bridge.listUnits().then(
      (u) => {
        if (!live) return;
        setUnits(u);
        setUnit((cur) => cur || u[0]?.code || '');
      },
      (e) => live && notifier.error(e),
    );
    return () => {
      live = false;
    };
  }, [bridge, notifier]);

  const y = Number(year);
  const yearError =
    /^\d{4}$/.test(year) && y >= 2000 && y <= 2100 ? undefined : 'Năm gồm 4 chữ số, ví dụ 2026.';

  const generate = async (confirmed = false) => {
    setBusy(true);
    notifier.clear();
    try {
      // Never replace a filled form silently: ask first, saying how many rows would be lost.
      if (!confirmed && bridge.countFilledRows) {
        const n = await bridge.countFilledRows();
        if (n !== null && n > 0) {
          setConfirmRows(n);
          return;
        }
      }
      setConfirmRows(null);
      const outcome = await bridge.generate({ kind, unitCode: unit, year: y });
      const name = units?.find((u) => u.code === unit)?.name ?? unit;
      const skipped = outcome?.skipped ?? [];
      notifier.notify({
        intent: skipped.length ? 'warning' : 'success',
        text:
          (bridge.worksOn === 'files'
            ? `Đã tải về biểu mẫu "${KIND_LABELS[kind]} ${y}" cho ${name}. Điền bằng Excel, LibreOffice hoặc WPS, rồi thả tệp vào thẻ "Kiểm tra".`
            : `Đã tạo biểu mẫu "${KIND_LABELS[kind]} ${y}" cho ${name}. Chuyển sang thẻ "Nhập liệu" để điền số liệu.`) +
          (skipped.length ? ` ${HOST_SKIPPED_MESSAGES.notApplied(skipped)}` : ''),
      });
    } catch (e) {
      notifier.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Field label="Loại biểu mẫu">
        <Select value={kind} onChange={(_, d) => setKind(d.value as ReportKind)}>
          {REPORT_KINDS.filter((k) => k !== 'bao-cao-dot-xuat').map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Đơn vị báo cáo" hint={units === null ? 'Đang tải danh sách đơn vị…' : undefined}>
        <Select value={unit} onChange={(_, d) => setUnit(d.value)} disabled={!units?.length}>
          {(units ?? []).map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Năm" validationState={yearError ? 'error' : 'none'} validationMessage={yearError}>
        <Input value={year} onChange={(_, d) => setYear(d.value)} inputMode="numeric" maxLength={4} />
      </Field>
      {confirmRows !== null ? (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Sổ làm việc đã có biểu mẫu với {confirmRows} dòng đã nhập.</MessageBarTitle>
            Tạo biểu mẫu mới sẽ thay thế biểu mẫu này và các dòng đó. Nếu cần giữ lại, hãy lưu một bản sao của
            tệp (Tệp → Lưu bản sao) trước.
            <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 8 }}>
              <Button appearance="primary" disabled={busy} onClick={() => void generate(true)}>
                Vẫn tạo mới, thay thế {confirmRows} dòng
              </Button>
              <Button disabled={busy} onClick={() => setConfirmRows(null)}>
                Không tạo, giữ biểu mẫu
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Button
          appearance="primary"
          disabled={busy || !unit || Boolean(yearError)}
          aria-describedby="tao-why"
          onClick={() => void generate()}
          icon={busy ? <Spinner size="tiny" /> : undefined}
        >
          Tạo biểu mẫu
        </Button>
      )}
      <DisabledReason
        id="tao-why"
        reason={
          busy
            ? null
            : !unit
              ? units === null
                ? 'Đang tải danh sách đơn vị…'
                : 'Chưa có đơn vị nào: hãy kiểm tra danh sách đơn vị ở thẻ “Cài đặt”.'
              : yearError
                ? 'Hãy nhập năm hợp lệ (4 chữ số) trước khi tạo.'
                : null
        }
      />
    </>
  );
}
