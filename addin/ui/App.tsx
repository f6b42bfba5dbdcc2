import {
  FluentProvider,
  Tab,
  TabList,
  webDarkTheme,
  webLightTheme,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HostBridge } from './host-bridge';
import { BridgeContext, DraftContext, NoticeContext, NotifierContext, errorText } from './BridgeContext';
import type { Notice, Notifier } from './BridgeContext';
import { NoticeSlot } from './NoticeSlot';
import { GeneratePanel } from './panels/GeneratePanel';
import { EntryPanel } from './panels/EntryPanel';
import { CheckPanel } from './panels/CheckPanel';
import { ConsolidatePanel } from './panels/ConsolidatePanel';
import { ExportPanel } from './panels/ExportPanel';
import { SettingsPanel } from './panels/SettingsPanel';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '8px',
    minHeight: '100vh',
    boxSizing: 'border-box',
    maxWidth: '100%',
    minWidth: 0,
    // A 300–320 px pane: every control shrinks to the pane instead of to its longest option.
    '& .fui-Field, & .fui-Select, & .fui-Input, & .fui-Textarea': { maxWidth: '100%', minWidth: 0 },
    '& select': { maxWidth: '100%', minWidth: 0, textOverflow: 'ellipsis' },
    '& input': { minWidth: 0 },
    overflowWrap: 'anywhere',
  },
  panel: { display: 'flex', flexDirection: 'column', gap: '12px', paddingTop: '4px', minWidth: 0 },
  tabs: { flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export const TABS = [
  { id: 'tao', label: 'Tạo biểu mẫu' },
  { id: 'nhap', label: 'Nhập liệu' },
  { id: 'kiemtra', label: 'Kiểm tra' },
  { id: 'tonghop', label: 'Tổng hợp', consolidator: true },
  { id: 'xuat', label: 'Xuất', consolidator: true },
  { id: 'caidat', label: 'Cài đặt' },
] as const;
export type TabId = (typeof TABS)[number]['id'];

function systemDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export function App({ bridge, initialTab = 'tao' }: { bridge: HostBridge; initialTab?: TabId }) {
  const s = useStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  const [notice, setNotice] = useState<Notice | null>(null);
  // The consolidation tabs are for the consolidating department only (a setting, Cài đặt).
  // Unset: hidden in Excel (each agency's own workbook); other hosts keep showing them until they
  // offer the setting.
  const [consolidator, setConsolidator] = useState<boolean>(
    initialTab === 'tonghop' || initialTab === 'xuat' || bridge.host !== 'excel',
  );
  const [drafts] = useState(() => new Map<string, unknown>());
  const dark = useMemo(() => bridge.theme?.() === 'dark' || (!bridge.theme?.() && systemDark()), [bridge]);

  useEffect(() => {
    let live = true;
    bridge.loadSettings().then(
      (st) => live && st.consolidator !== undefined && setConsolidator(st.consolidator || false),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [bridge]);

  const error = useCallback((e: unknown, at?: string) => {
    if (e instanceof Error && e.name === 'AbortError') setNotice({ intent: 'warning', text: e.message, at });
    else setNotice({ intent: 'error', text: errorText(e), at });
  }, []);
  const notifier = useMemo<Notifier>(
    () => ({ error, notify: setNotice, clear: () => setNotice(null) }),
    [error],
  );
  const tabs = TABS.filter((t) => consolidator || !('consolidator' in t));
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <BridgeContext.Provider value={bridge}>
        <NotifierContext.Provider value={notifier}>
          <NoticeContext.Provider value={notice}>
            <DraftContext.Provider value={drafts}>
              <main className={s.root} lang="vi">
                <h1 className={s.title}>Báo cáo thông tin đối ngoại</h1>
                <TabList
                  selectedValue={tab}
                  onTabSelect={(_, d) => {
                    setTab(d.value as TabId);
                    setNotice(null);
                  }}
                  size="small"
                  className={s.tabs}
                  aria-label="Chức năng"
                >
                  {tabs.map((t) => (
                    <Tab key={t.id} value={t.id}>
                      {t.label}
                    </Tab>
                  ))}
                </TabList>
                <section
                  className={s.panel}
                  role="tabpanel"
                  aria-label={TABS.find((t) => t.id === tab)?.label}
                >
                  {tab === 'tao' && <GeneratePanel />}
                  {tab === 'nhap' && <EntryPanel />}
                  {tab === 'kiemtra' && <CheckPanel />}
                  {tab === 'tonghop' && <ConsolidatePanel />}
                  {tab === 'xuat' && <ExportPanel />}
                  {tab === 'caidat' && <SettingsPanel onConsolidatorChange={setConsolidator} />}
                  <NoticeSlot />
                </section>
              </main>
            </DraftContext.Provider>
          </NoticeContext.Provider>
        </NotifierContext.Provider>
      </BridgeContext.Provider>
    </FluentProvider>
  );
}
