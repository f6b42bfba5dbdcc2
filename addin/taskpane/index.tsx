import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { Unsupported } from '../ui/Unsupported';
import { createOfficeBridge } from '../office/office-bridge';
import { RUNTIME_MESSAGES, checkRuntime } from '../office/runtime';

/** Task pane entry: wait for Excel (as long as it takes), check the version, then mount the shared UI. */
async function main(): Promise<void> {
  const el = document.getElementById('root');
  if (!el) return;
  document.getElementById('boot')?.remove();
  const root = createRoot(el);
  let ready = false;
  const status = await checkRuntime({
    onSlow: () => {
      if (!ready) root.render(<Unsupported {...RUNTIME_MESSAGES.slow} />);
    },
  });
  ready = true;
  if (!status.ok) {
    root.render(<Unsupported {...RUNTIME_MESSAGES[status.reason]} />);
    return;
  }
  root.render(<App bridge={createOfficeBridge(undefined, status.caps)} />);
}

void main();
