import {
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  Tab,
  TabList,
  webLightTheme,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { HostBridge } from './host-bridge';
import { BridgeContext, NotifierContext, errorText } from './BridgeContext';
import type { Notice, Notifier } from './BridgeContext';
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
  },
  panel: { display: 'flex', flexDirection: 'column', gap: '12px', paddingTop: '4px' },
  tabs: { flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export const TABS = [
  { id: 'tao', label: 'Tạo biểu mẫu' },
  { id: 'nhap', label: 'Nhập liệu' },
  { id: 'kiemtra', label: 'Kiểm tra' },
  { id: 'tonghop', label: 'Tổng hợp' },
  { id: 'xuat', label: 'Xuất' },
  { id: 'caidat', label: 'Cài đặt' },
] as const;
export type TabId = (typeof TABS)[number]['id'];

export function App({ bridge, initialTab = 'tao' }: { bridge: HostBridge; initialTab?: TabId }) {
  const s = useStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  const [notice, setNotice] = useState<Notice | null>(null);
  const error = useCallback((e: unknown) => {
    if (e instanceof Error && e.name === 'AbortError') setNotice({ intent: 'warning', text: e.message });
    else setNotice({ intent: 'error', text: errorText(e) });
  }, []);
  const notifier = useMemo<Notifier>(
    () => ({ error, notify: setNotice, clear: () => setNotice(null) }),
    [error],
  );
  return (
    <FluentProvider theme={webLightTheme}>
      <BridgeContext.Provider value={bridge}>
        <NotifierContext.Provider value={notifier}>
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
              {TABS.map((t) => (
                <Tab key={t.id} value={t.id}>
                  {t.label}
                </Tab>
              ))}
            </TabList>
            {notice && (
              <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
                <MessageBarBody>{notice.text}</MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button
                      appearance="transparent"
                      aria-label="Đóng thông báo"
                      onClick={() => setNotice(null)}
                    >
                      ✕
                    </Button>
                  }
                />
              </MessageBar>
            )}
            <section className={s.panel} role="tabpanel" aria-label={TABS.find((t) => t.id === tab)?.label}>
              {tab === 'tao' && <GeneratePanel />}
              {tab === 'nhap' && <EntryPanel />}
              {tab === 'kiemtra' && <CheckPanel />}
              {tab === 'tonghop' && <ConsolidatePanel />}
              {tab === 'xuat' && <ExportPanel />}
              {tab === 'caidat' && <SettingsPanel />}
            </section>
          </main>
        </NotifierContext.Provider>
      </BridgeContext.Provider>
    </FluentProvider>
  );
}
