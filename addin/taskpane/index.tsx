import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { Unsupported } from '../ui/Unsupported';
import { createOfficeBridge } from '../office/office-bridge';
import { RUNTIME_MESSAGES, checkRuntime } from '../office/runtime';

/** Task pane entry: check that we run inside a recent Excel, then mount the shared UI. */
async function main(): Promise<void> {
  const el = document.getElementById('root');
  if (!el) return;
  document.getElementById('boot')?.remove();
  const root = createRoot(el);
  const status = await checkRuntime();
  if (!status.ok) {
    root.render(<Unsupported {...RUNTIME_MESSAGES[status.reason]} />);
    return;
  }
  root.render(<App bridge={createOfficeBridge()} />);
}

void main();
