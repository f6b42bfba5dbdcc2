import { Button, Field, Input, Select, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReportKind, Unit } from '../../../shared';
import { KIND_LABELS, REPORT_KINDS } from '../../../shared';
import { useBridge, useNotifier } from '../BridgeContext';

export function GeneratePanel() {
  const bridge = useBridge();
  const notifier = useNotifier();
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [kind, setKind] = useState<ReportKind>('bao-cao-nam');
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [busy, setBusy] = useState(false);

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

  const generate = async () => {
    setBusy(true);
    notifier.clear();
    try {
      await bridge.generate({ kind, unitCode: unit, year: y });
      const name = units?.find((u) => u.code === unit)?.name ?? unit;
      notifier.notify({
        intent: 'success',
        text:
          bridge.worksOn === 'files'
            ? `Đã tải về biểu mẫu "${KIND_LABELS[kind]} ${y}" cho ${name}. Điền bằng Excel, LibreOffice hoặc WPS, rồi thả tệp vào thẻ "Kiểm tra".`
            : `Đã tạo biểu mẫu "${KIND_LABELS[kind]} ${y}" cho ${name}. Chuyển sang thẻ "Nhập liệu" để điền số liệu.`,
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
      <Button
        appearance="primary"
        disabled={busy || !unit || Boolean(yearError)}
        onClick={() => void generate()}
        icon={busy ? <Spinner size="tiny" /> : undefined}
      >
        Tạo biểu mẫu
      </Button>
    </>
  );
}
