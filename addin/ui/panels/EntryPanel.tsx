import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
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
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EntryState } from '../host-bridge';
import { useBridge, useDrafts, useNotifier } from '../BridgeContext';
import { DisabledReason, NoticeSlot } from '../NoticeSlot';
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
  tableWrap: { maxHeight: '220px', overflowY: 'auto', overflowX: 'auto', maxWidth: '100%' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

/** The three columns that best identify a row in the small table. */
function summaryColumns(cols: Column[]): Column[] {
  return cols.filter((c) => c.type !== 'seq' && c.type !== 'task-code').slice(0, 2);
}

/** Unsaved input of this panel, kept in the pane's DraftContext across tab switches. */
interface EntryDraft {
  editing: number | null;
  form: Record<string, string>;
  /** What the form held when the row was opened: input differs from it = unsaved. */
  baseline: Record<string, string>;
  touched: string[];
  indicators: Record<string, string>;
  narratives: Record<string, string>;
}

const differs = (a: Record<string, string>, b: Record<string, string>) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].some(
    (k) => (a[k] ?? '').trim() !== (b[k] ?? '').trim(),
  );

export function EntryPanel() {
  const bridge = useBridge();
  const notifier = useNotifier();
  const drafts = useDrafts();
  const s = useStyles();
  const [draft] = useState(() => drafts.get('entry') as EntryDraft | undefined);
  const [state, setState] = useState<EntryState | null>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<number | null>(draft?.editing ?? null);
  const [form, setForm] = useState<Record<string, string>>(draft?.form ?? {});
  const [baseline, setBaseline] = useState<Record<string, string>>(draft?.baseline ?? {});
  // Blank required fields are flagged only once touched, so a fresh form does not open in red.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set(draft?.touched ?? []));
  const [indicators, setIndicators] = useState<Record<string, string>>({});
  const [narratives, setNarratives] = useState<Record<string, string>>({});
  // Edited but not yet saved indicator values and narratives (overlaid on what the sheet holds).
  const [indDirty, setIndDirty] = useState<Record<string, string>>(draft?.indicators ?? {});
  const [narDirty, setNarDirty] = useState<Record<string, string>>(draft?.narratives ?? {});
  /** A row selected in the sheet while the form holds unsaved input: asks before replacing it. */
  const [pendingRow, setPendingRow] = useState<number | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);
  const dirty = differs(form, baseline);
  const overlay = useRef({ indDirty, narDirty });
  useEffect(() => {
    overlay.current = { indDirty, narDirty };
  }, [indDirty, narDirty]);

  useEffect(() => {
    drafts.set('entry', {
      editing,
      form,
      baseline,
      touched: [...touched],
      indicators: indDirty,
      narratives: narDirty,
    } satisfies EntryDraft);
  }, [drafts, editing, form, baseline, touched, indDirty, narDirty]);

  const adopt = useCallback((st: EntryState) => {
    setState(st);
    setIndicators({
      ...Object.fromEntries(st.indicators.map((i) => [i.code, toFormText(i.value)])),
      ...overlay.current.indDirty,
    });
    setNarratives({
      ...Object.fromEntries(st.narratives.map((n) => [n.key, n.text])),
      ...overlay.current.narDirty,
    });
  }, []);

  useEffect(() => {
    let live = true;
    bridge
      .readEntry()
      .then(
        (st) => live && adopt(st),
        (e) => live && notifier.error(e, 'load'),
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
      const values = Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, toFormText(v)]));
      setEditing(sheetRow);
      setForm(values);
      setBaseline(values);
      setTouched(new Set());
      setPendingRow(null);
    },
    [state],
  );

  // Selecting a row in the sheet loads it into the form (SPEC §4) — unless that would throw away
  // unsaved input: then the pane asks first. A ref keeps one subscription for the panel's life.
  const onSelect = useRef<(row: number) => void>(() => undefined);
  useEffect(() => {
    onSelect.current = (row: number) => {
      if (row === editing || !state?.rows.some((r) => r.sheetRow === row)) return;
      if (dirty) setPendingRow(row);
      else loadRow(row);
    };
  }, [editing, state, dirty, loadRow]);
  useEffect(
    () =>
      bridge.onRowSelected(
        (row) => onSelect.current(row),
        (e) => notifier.error(e, 'rows'),
      ),
    [bridge, notifier],
  );

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

  const run = async (what: () => Promise<EntryState>, done: string, at: string) => {
    setBusy(true);
    notifier.clear();
    try {
      adopt(await what());
      notifier.notify({ intent: 'success', text: done, at });
      return true;
    } catch (e) {
      notifier.error(e, at);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const newRow = () => {
    setEditing(null);
    setForm({});
    setBaseline({});
    setTouched(new Set());
    setPendingRow(null);
  };

  const saveRow = async () => {
    const values = Object.fromEntries(editable.map((c) => [c.key, toCellValue(c, form[c.key] ?? '')]));
    if (
      await run(
        () => bridge.saveRow({ sheetRow: editing, values }),
        editing ? `Đã cập nhật dòng ${editing} trên trang tính.` : 'Đã thêm dòng mới vào trang tính.',
        'row-form',
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
        'rows',
      );
    } catch (e) {
      notifier.error(e, 'rows');
    }
  };

  if (loading) return <Spinner label="Đang đọc biểu mẫu…" />;
  if (!state)
    return (
      <>
        <NoticeSlot at="load" />
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
      </>
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
                    {confirmDelete === r.sheetRow ? (
                      <span role="group" aria-label={`Xác nhận xóa dòng ${r.sheetRow}`}>
                        Xóa nội dung dòng {r.sheetRow}?{' '}
                        <Button
                          size="small"
                          appearance="primary"
                          disabled={busy}
                          onClick={() => {
                            setConfirmDelete(null);
                            void run(
                              () => bridge.deleteRow(r.sheetRow),
                              `Đã xóa nội dung dòng ${r.sheetRow}.`,
                              'rows',
                            ).then(() => editing === r.sheetRow && newRow());
                          }}
                        >
                          Xóa
                        </Button>
                        <Button size="small" onClick={() => setConfirmDelete(null)}>
                          Không
                        </Button>
                      </span>
                    ) : (
                      <>
                        <Button
                          size="small"
                          appearance="subtle"
                          onClick={() =>
                            dirty && editing !== r.sheetRow ? setPendingRow(r.sheetRow) : loadRow(r.sheetRow)
                          }
                          aria-label={`Sửa dòng ${r.sheetRow}`}
                        >
                          Sửa
                        </Button>
                        <Button
                          size="small"
                          appearance="subtle"
                          disabled={busy}
                          onClick={() => setConfirmDelete(r.sheetRow)}
                          aria-label={`Xóa dòng ${r.sheetRow}`}
                        >
                          Xóa
                        </Button>
                      </>
                    )}
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
        <NoticeSlot at="rows" />
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
        {pendingRow !== null && (
          <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
              Bạn vừa chọn dòng {pendingRow} trên trang tính nhưng nội dung đang nhập ở đây chưa được lưu.
              <div className={s.actions} style={{ marginTop: 8 }}>
                <Button size="small" appearance="primary" onClick={() => setPendingRow(null)}>
                  Tiếp tục nhập (giữ nội dung)
                </Button>
                <Button size="small" onClick={() => loadRow(pendingRow)}>
                  Bỏ nội dung, mở dòng {pendingRow}
                </Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
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
          <Button
            appearance="primary"
            type="submit"
            disabled={busy || formInvalid}
            aria-describedby="row-why"
          >
            {editing ? 'Lưu thay đổi' : 'Thêm dòng'}
          </Button>
          <Button type="button" onClick={newRow} disabled={busy}>
            Dòng mới
          </Button>
        </div>
        <DisabledReason
          id="row-why"
          reason={
            !busy && formInvalid
              ? 'Hãy điền các ô bắt buộc (*) và sửa các ô báo đỏ ở trên để lưu dòng.'
              : null
          }
        />
        <NoticeSlot at="row-form" />
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
                onChange={(_, d) => {
                  setIndicators((v) => ({ ...v, [i.code]: d.value }));
                  setIndDirty((v) => ({ ...v, [i.code]: d.value }));
                }}
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
              void run(
                () => bridge.saveIndicators(values),
                'Đã ghi các chỉ tiêu vào trang tính.',
                'indicators',
              ).then((ok) => ok && setIndDirty({}));
            }}
          >
            Lưu chỉ tiêu
          </Button>
          <NoticeSlot at="indicators" />
        </div>
      )}

      {state.narratives.map((n) => (
        <div className={s.group} key={n.key}>
          <Field label={n.heading}>
            <Textarea
              resize="vertical"
              rows={4}
              value={narratives[n.key] ?? ''}
              onChange={(_, d) => {
                setNarratives((v) => ({ ...v, [n.key]: d.value }));
                setNarDirty((v) => ({ ...v, [n.key]: d.value }));
              }}
            />
          </Field>
          <Button
            disabled={busy}
            onClick={() =>
              void run(
                () => bridge.saveNarrative(n.key, narratives[n.key] ?? ''),
                `Đã ghi mục "${n.heading}".`,
                `nar-${n.key}`,
              ).then(
                (ok) =>
                  ok &&
                  setNarDirty((v) => Object.fromEntries(Object.entries(v).filter(([k]) => k !== n.key))),
              )
            }
          >
            Lưu mục này
          </Button>
          <NoticeSlot at={`nar-${n.key}`} />
        </div>
      ))}
    </>
  );
}
