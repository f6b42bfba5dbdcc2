import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { PAGE_MESSAGES } from '../../shared/messages/vi';
import { BridgeContext, NotifierContext, errorText } from '../../addin/ui/BridgeContext';
import type { Notice, Notifier } from '../../addin/ui/BridgeContext';
import { GeneratePanel } from '../../addin/ui/panels/GeneratePanel';
import { SettingsPanel } from '../../addin/ui/panels/SettingsPanel';
import type { FileBridge } from '../host/file-bridge';
import { CheckFilePanel } from './CheckFilePanel';
import { ConsolidateFilesPanel } from './ConsolidateFilesPanel';
import { ExportFilesPanel } from './ExportFilesPanel';
import { RegistryWorkbookField } from './RegistryWorkbookField';
import { FileBridgeContext } from './page-bridge';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '12px',
    maxWidth: '960px',
    margin: '0 auto',
    boxSizing: 'border-box',
  },
  panel: { display: 'flex', flexDirection: 'column', gap: '12px', paddingTop: '4px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  privacy: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export const PAGE_TABS = [
  { id: 'tao', label: 'Tạo biểu mẫu' },
  { id: 'kiemtra', label: 'Kiểm tra' },
  { id: 'tonghop', label: 'Tổng hợp' },
  { id: 'xuat', label: 'Xuất' },
  { id: 'caidat', label: 'Cài đặt' },
] as const;
export type PageTabId = (typeof PAGE_TABS)[number]['id'];

/**
 * The offline page: the shared panels where they fit files as they are (Tạo biểu mẫu, Cài đặt),
 * file panels where the task pane works on an open sheet (Kiểm tra, Tổng hợp, Xuất). There is no
 * "Nhập liệu": forms are filled in whatever spreadsheet program the office has.
 */
export function PageApp({ bridge, initialTab = 'tao' }: { bridge: FileBridge; initialTab?: PageTabId }) {
  const s = useStyles();
  const [tab, setTab] = useState<PageTabId>(initialTab);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [settingsKey, setSettingsKey] = useState(0);
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
        <FileBridgeContext.Provider value={bridge}>
          <NotifierContext.Provider value={notifier}>
            <main className={s.root} lang="vi">
              <h1 className={s.title}>Báo cáo thông tin đối ngoại — trang làm việc ngoại tuyến</h1>
              <p className={s.privacy} data-testid="privacy">
                {PAGE_MESSAGES.privacy}
              </p>
              <TabList
                selectedValue={tab}
                onTabSelect={(_, d) => {
                  setTab(d.value as PageTabId);
                  setNotice(null);
                }}
                aria-label="Chức năng"
              >
                {PAGE_TABS.map((t) => (
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
              <section
                className={s.panel}
                role="tabpanel"
                aria-label={PAGE_TABS.find((t) => t.id === tab)?.label}
              >
                {tab === 'tao' && <GeneratePanel />}
                {tab === 'kiemtra' && <CheckFilePanel />}
                {tab === 'tonghop' && <ConsolidateFilesPanel />}
                {tab === 'xuat' && <ExportFilesPanel />}
                {tab === 'caidat' && (
                  <>
                    <SettingsPanel key={settingsKey} />
                    <RegistryWorkbookField onSaved={() => setSettingsKey((k) => k + 1)} />
                  </>
                )}
              </section>
            </main>
          </NotifierContext.Provider>
        </FileBridgeContext.Provider>
      </BridgeContext.Provider>
    </FluentProvider>
  );
}
