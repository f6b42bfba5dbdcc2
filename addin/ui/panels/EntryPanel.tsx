import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EntryState } from '../host-bridge';
import { useBridge, useNotifier } from '../BridgeContext';
import type { Column } from '../form-values';
import { checkValue, toCellValue, toFormText } from '../form-values';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: '8px',
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  tableWrap: { maxHeight: '220px', overflowY: 'auto' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

/** The three columns that best identify a row in the small table. */
function summaryColumns(cols: Column[]): Column[] {
  return cols.filter((c) => c.type !== 'seq' && c.type !== 'task-code').slice(0, 2);
}

export function EntryPanel() {
  const bridge = useBridge();
  const notifier = useNotifier();
  const s = useStyles();
  const [state, setState] = useState<EntryState | null>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [form, setForm] = useState<Record<string, string>>({});
  // Blank required fields are flagged only once touched, so a fresh form does not open in red.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [indicators, setIndicators] = useState<Record<string, string>>({});
  const [narratives, setNarratives] = useState<Record<string, string>>({});

  const adopt = useCallback((st: EntryState) => {
    setState(st);
    setIndicators(Object.fromEntries(st.indicators.map((i) => [i.code, toFormText(i.value)])));
    setNarratives(Object.fromEntries(st.narratives.map((n) => [n.key, n.text])));
  }, []);

  useEffect(() => {
    let live = true;
    bridge
      .readEntry()
      .then(
        (st) => live && adopt(st),
        (e) => live && notifier.error(e),
      )
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [bridge, notifier, adopt, attempt]);

  const loadRow = useCallback(
    (sheetRow: number) => {
      const row = state?.rows.find((r) => r.sheetRow === sheetRow);
      if (!row) return;
      setEditing(sheetRow);
      setForm(Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, toFormText(v)])));
    },
    [state],
  );

  // Selecting a row in the sheet loads it into the form (SPEC §4).
  useEffect(() => bridge.onRowSelected(loadRow, (e) => notifier.error(e)), [bridge, loadRow, notifier]);

  const editable = useMemo(() => (state?.columns ?? []).filter((c) => c.type !== 'seq'), [state]);
  const errors = useMemo(
    () =>
      Object.fromEntries(editable.map((c) => [c.key, checkValue(c, form[c.key] ?? '', state?.year ?? 0)])),
    [editable, form, state],
  );
  const formInvalid = Object.values(errors).some(Boolean);
  const indicatorErrors = useMemo(
    () =>
      Object.fromEntries(
        (state?.indicators ?? []).map((i) => [
          i.code,
          checkValue({ key: i.code, header: i.name, type: 'number' }, indicators[i.code] ?? '', 0),
        ]),
      ),
    [state, indicators],
  );

  const run = async (what: () => Promise<EntryState>, done: string) => {
    setBusy(true);
    notifier.clear();
    try {
      adopt(await what());
      notifier.notify({ intent: 'success', text: done });
      return true;
    } catch (e) {
      notifier.error(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const newRow = () => {
    setEditing(null);
    setForm({});
    setTouched(new Set());
  };

  const saveRow = async () => {
    const values = Object.fromEntries(editable.map((c) => [c.key, toCellValue(c, form[c.key] ?? '')]));
    if (
      await run(
        () => bridge.saveRow({ sheetRow: editing, values }),
        editing ? `Đã cập nhật dòng ${editing} trên trang tính.` : 'Đã thêm dòng mới vào trang tính.',
      )
    )
      newRow();
  };

  const prefill = async () => {
    try {
      const files = await bridge.pickFiles();
      if (!files.length) return;
      await run(
        () => bridge.prefillFromPlan(files[0]),
        `Đã lấy các nhiệm vụ từ kế hoạch "${files[0].name}".`,
      );
    } catch (e) {
      notifier.error(e);
    }
  };

  if (loading) return <Spinner label="Đang đọc biểu mẫu…" />;
  if (!state)
    return (
      <p>
        Chưa đọc được biểu mẫu. Hãy tạo biểu mẫu ở thẻ “Tạo biểu mẫu” hoặc mở tệp biểu mẫu, rồi{' '}
        <Button
          size="small"
          onClick={() => {
            setLoading(true);
            setAttempt((n) => n + 1);
          }}
        >
          thử lại
        </Button>
      </p>
    );

  const shown = summaryColumns(state.columns);
  const isReport = state.kind !== 'ke-hoach-nam';

  return (
    <>
      <div className={s.group}>
        <h2 className={s.h2}>
          {isReport ? 'Các hoạt động' : 'Các nhiệm vụ'} ({state.rows.length})
        </h2>
        <div className={s.tableWrap}>
          <Table size="small" aria-label="Các dòng đã nhập">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Dòng</TableHeaderCell>
                {shown.map((c) => (
                  <TableHeaderCell key={c.key}>{c.header}</TableHeaderCell>
                ))}
                <TableHeaderCell>Thao tác</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.rows.map((r) => (
                <TableRow key={r.sheetRow} className={editing === r.sheetRow ? s.selected : undefined}>
                  <TableCell>{r.sheetRow}</TableCell>
                  {shown.map((c) => (
                    <TableCell key={c.key}>{toFormText(r.values[c.key])}</TableCell>
                  ))}
                  <TableCell>
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => loadRow(r.sheetRow)}
                      aria-label={`Sửa dòng ${r.sheetRow}`}
                    >
                      Sửa
                    </Button>
                    <Button
                      size="small"
                      appearance="subtle"
                      disabled={busy}
                      onClick={() =>
                        void run(
                          () => bridge.deleteRow(r.sheetRow),
                          `Đã xóa nội dung dòng ${r.sheetRow}.`,
                        ).then(() => editing === r.sheetRow && newRow())
                      }
                      aria-label={`Xóa dòng ${r.sheetRow}`}
                    >
                      Xóa
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        {isReport && (
          <div className={s.actions}>
            <Button disabled={busy} onClick={() => void prefill()}>
              Lấy từ kế hoạch
            </Button>
          </div>
        )}
      </div>

      <form
        className={s.group}
        aria-label="Biểu mẫu dòng"
        onSubmit={(e) => {
          e.preventDefault();
          if (!formInvalid) void saveRow();
        }}
      >
        <h2 className={s.h2}>{editing ? `Sửa dòng ${editing}` : 'Thêm dòng mới'}</h2>
        {editable.map((c) => (
          <Field
            key={c.key}
            label={c.header}
            required={c.required}
            validationState={errors[c.key] && (touched.has(c.key) || form[c.key]) ? 'error' : 'none'}
            validationMessage={touched.has(c.key) || form[c.key] ? errors[c.key] : undefined}
            onBlur={() => setTouched((t) => new Set(t).add(c.key))}
          >
            {c.list ? (
              <Select
                value={form[c.key] ?? ''}
                onChange={(_, d) => setForm((f) => ({ ...f, [c.key]: d.value }))}
              >
                <option value="">— chọn —</option>
                {form[c.key] && !c.list.includes(form[c.key]) && (
                  <option value={form[c.key]}>{form[c.key]}</option>
                )}
                {c.list.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </Select>
            ) : (
              <Input
                value={form[c.key] ?? ''}
                onChange={(_, d) => setForm((f) => ({ ...f, [c.key]: d.value }))}
              />
            )}
          </Field>
        ))}
        <div className={s.actions}>
          <Button appearance="primary" type="submit" disabled={busy || formInvalid}>
            {editing ? 'Lưu thay đổi' : 'Thêm dòng'}
          </Button>
          <Button type="button" onClick={newRow} disabled={busy}>
            Dòng mới
          </Button>
        </div>
      </form>

      {state.indicators.length > 0 && (
        <div className={s.group}>
          <h2 className={s.h2}>Chỉ tiêu số liệu</h2>
          {state.indicators.map((i) => (
            <Field
              key={i.code}
              label={`${i.code}. ${i.name} (${i.unit})`}
              validationState={indicatorErrors[i.code] ? 'error' : 'none'}
              validationMessage={indicatorErrors[i.code]}
            >
              <Input
                inputMode="decimal"
                value={indicators[i.code] ?? ''}
                onChange={(_, d) => setIndicators((v) => ({ ...v, [i.code]: d.value }))}
              />
            </Field>
          ))}
          <Button
            disabled={busy || Object.values(indicatorErrors).some(Boolean)}
            onClick={() => {
              const values = Object.fromEntries(
                state.indicators.map((i) => [
                  i.code,
                  toCellValue({ key: i.code, header: '', type: 'number' }, indicators[i.code] ?? '') as
                    number | null,
                ]),
              );
              void run(() => bridge.saveIndicators(values), 'Đã ghi các chỉ tiêu vào trang tính.');
            }}
          >
            Lưu chỉ tiêu
          </Button>
        </div>
      )}

      {state.narratives.map((n) => (
        <div className={s.group} key={n.key}>
          <Field label={n.heading}>
            <Textarea
              resize="vertical"
              rows={4}
              value={narratives[n.key] ?? ''}
              onChange={(_, d) => setNarratives((v) => ({ ...v, [n.key]: d.value }))}
            />
          </Field>
          <Button
            disabled={busy}
            onClick={() =>
              void run(
                () => bridge.saveNarrative(n.key, narratives[n.key] ?? ''),
                `Đã ghi mục "${n.heading}".`,
              )
            }
          >
            Lưu mục này
          </Button>
        </div>
      ))}
    </>
  );
}
