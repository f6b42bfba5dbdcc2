import { Button, Checkbox, Field, Select, Spinner } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { REGISTRY_PRESETS, presetIds } from '../../../shared';
import type { UiSettings } from '../host-bridge';
import { useBridge, useNotifier } from '../BridgeContext';

const PRESET_LABELS: Record<string, string> = {
  'mau-truoc-2025': 'Trước 01/07/2025 — Sở Thông tin và Truyền thông tổng hợp',
  'mau-tu-2025': 'Từ 01/07/2025 — Sở Văn hóa, Thể thao và Du lịch tổng hợp',
};

function readText(input: HTMLInputElement): Promise<{ name: string; text: string } | null> {
  const f = input.files?.[0];
  if (!f) return Promise.resolve(null);
  return f.text().then((text) => ({ name: f.name, text }));
}

/**
 * A file chooser drawn by us (the browser's own button says "Choose file"/"No file chosen" in the
 * browser's language): a Vietnamese button that clicks a hidden input.
 */
function FilePick({
  label,
  accept,
  disabled,
  onFile,
}: {
  label: string;
  accept: string;
  disabled: boolean;
  onFile: (input: HTMLInputElement) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button disabled={disabled} onClick={() => ref.current?.click()}>
        {label}
      </Button>
      <input
        ref={ref}
        type="file"
        hidden
        accept={accept}
        aria-label={label}
        onChange={(e) => {
          onFile(e.currentTarget);
          e.currentTarget.value = '';
        }}
      />
    </>
  );
}

export function SettingsPanel({ onConsolidatorChange }: { onConsolidatorChange?: (on: boolean) => void }) {
  const bridge = useBridge();
  const notifier = useNotifier();
  const [settings, setSettings] = useState<UiSettings | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    bridge.loadSettings().then(
      (s) => live && setSettings(s),
      (e) => live && notifier.error(e),
    );
    return () => {
      live = false;
    };
  }, [bridge, notifier]);

  if (!settings) return <Spinner label="Đang tải cài đặt…" />;

  const save = async (next: UiSettings, done: string) => {
    setBusy(true);
    notifier.clear();
    try {
      await bridge.saveSettings(next);
      setSettings(next);
      const units = await bridge.listUnits();
      notifier.notify({ intent: 'success', text: `${done} Danh sách hiện có ${units.length} đơn vị.` });
    } catch (e) {
      notifier.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Checkbox
        checked={Boolean(settings.consolidator)}
        disabled={busy}
        label="Đơn vị tôi là sở chủ trì tổng hợp báo cáo của tỉnh (hiện thẻ “Tổng hợp” và “Xuất”)"
        onChange={(_, d) => {
          const on = d.checked === true;
          onConsolidatorChange?.(on);
          void save(
            { ...settings, consolidator: on },
            on ? 'Đã bật các thẻ Tổng hợp và Xuất.' : 'Đã ẩn các thẻ Tổng hợp và Xuất.',
          );
        }}
      />
      <Field label="Bộ cấu hình (danh sách đơn vị, cơ quan tổng hợp)">
        <Select
          value={settings.presetId}
          disabled={busy}
          onChange={(_, d) => void save({ ...settings, presetId: d.value }, 'Đã đổi bộ cấu hình.')}
        >
          {presetIds().map((id) => (
            <option key={id} value={id}>
              {PRESET_LABELS[id] ?? `${id} (${REGISTRY_PRESETS[id].consolidator.name})`}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Tải danh sách đơn vị riêng (.json hoặc .csv)"
        hint={
          settings.registryText
            ? 'Đang dùng danh sách đơn vị đã tải lên.'
            : 'Đang dùng danh sách của bộ cấu hình.'
        }
      >
        <FilePick
          label="Chọn tệp danh sách đơn vị…"
          accept=".json,.csv,application/json,text/csv"
          disabled={busy}
          onFile={(input) =>
            void readText(input).then(
              (f) =>
                f &&
                save(
                  {
                    ...settings,
                    registryText: f.text,
                    registryFormat: /\.csv$/i.test(f.name) ? 'csv' : 'json',
                  },
                  `Đã nạp danh sách đơn vị "${f.name}".`,
                ),
              (err) => notifier.error(err),
            )
          }
        />
      </Field>
      <Field
        label="Tải lịch báo cáo riêng (.json)"
        hint={settings.calendarText ? 'Đang dùng lịch báo cáo đã tải lên.' : 'Đang dùng lịch mặc định.'}
      >
        <FilePick
          label="Chọn tệp lịch báo cáo…"
          accept=".json,application/json"
          disabled={busy}
          onFile={(input) =>
            void readText(input).then(
              (f) => f && save({ ...settings, calendarText: f.text }, `Đã nạp lịch báo cáo "${f.name}".`),
              (err) => notifier.error(err),
            )
          }
        />
      </Field>
      {(settings.registryText || settings.calendarText) && (
        <Button
          disabled={busy}
          onClick={() =>
            void save(
              { presetId: settings.presetId, consolidator: settings.consolidator },
              'Đã trở về danh sách và lịch mặc định.',
            )
          }
        >
          Dùng lại mặc định
        </Button>
      )}
    </>
  );
}
