import { createRoot } from 'react-dom/client';
import { App, TABS } from '../../addin/ui/App';
import type { TabId } from '../../addin/ui/App';
import { GasBridge } from './gas-bridge';

/** Sidebar entry: the shared React UI with the google.script.run bridge. */

function start(): void {
  const el = document.getElementById('root');
  if (!el) return;
  // The server may name the tab to open (menu "Kiểm tra" / "Tổng hợp") in a script appended to the page.
  const wanted = window.__TTDN_TAB;
  const initialTab: TabId = TABS.some((t) => t.id === wanted) ? (wanted as TabId) : 'tao';
  createRoot(el).render(<App bridge={new GasBridge()} initialTab={initialTab} />);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
