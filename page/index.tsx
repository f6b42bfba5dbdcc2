/**
 * Entry of `dist/ttdn.html`. The one inlined script serves twice: in the page it renders the UI;
 * started again as a Web Worker from a blob: URL of its own text (a file:// page may not load a
 * worker from a file), it parses and writes workbooks. Each side loads only its own modules.
 */
if (typeof document === 'undefined') {
  void import('./worker/worker-main').then((m) =>
    m.startWorker(self as unknown as Parameters<typeof m.startWorker>[0]),
  );
} else {
  // Read now: `currentScript` is only set while this script first runs.
  const source = document.currentScript?.textContent ?? '';
  const start = () => void import('./main').then((m) => m.startPage(source));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
