import { createRoot } from 'react-dom/client';
import { FileBridge } from './host/file-bridge';
import { downloadFile } from './host/download';
import { localSettingsStore } from './host/settings';
import { WorkerPool } from './host/worker-pool';
import { PageApp } from './ui/PageApp';

/** Starts the page; `workerSource` is this page's own script, which the Web Workers run. */
export function startPage(workerSource: string): void {
  let pool: WorkerPool | null = null;
  const bridge = new FileBridge(
    localSettingsStore(),
    (f) => downloadFile(f),
    () => {
      // A cancelled run terminates the pool; the next run starts a fresh one.
      pool ??= new WorkerPool(workerSource);
      return pool;
    },
  );
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(<PageApp bridge={bridge} />);
}
