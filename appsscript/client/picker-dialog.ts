import { SHEETS_MESSAGES } from '../../shared';
import type { GoogleScript } from './gas-bridge';
import type { PickerDialogConfig } from './picker';
import { pickDriveFiles } from './picker';

/**
 * The Picker dialog's page (dist-gas/picker-dialog.html): builds the Picker from the config the
 * server appended (`window.__TTDN_PICK`), hands the picked files to the server, closes itself.
 */

declare global {
  interface Window {
    __TTDN_PICK?: PickerDialogConfig;
  }
}

function say(text: string): void {
  const el = document.getElementById('status');
  if (el) el.textContent = text;
}

function start(): void {
  const config = window.__TTDN_PICK;
  const g = (window as unknown as { google?: GoogleScript }).google;
  if (!config || !g?.script) {
    say(SHEETS_MESSAGES.noConnection);
    return;
  }
  // After an error the dialog stays open to show it; the sidebar still hears "nothing picked".
  let answered = false;
  const done = (files: unknown, close = true) => {
    if (answered) return;
    answered = true;
    (
      g.script.run
        .withSuccessHandler(() => (close ? g.script.host?.close?.() : undefined))
        .withFailureHandler((e) => say(e?.message || SHEETS_MESSAGES.noConnection)) as unknown as {
        apiPickerDone(id: string, f: unknown): void;
      }
    ).apiPickerDone(config.requestId, files);
  };
  // Closed with its × before answering: tell the sidebar, which would otherwise wait for it.
  window.addEventListener('pagehide', () => done([], false));
  pickDriveFiles(config, g.script.host?.origin)
    .then((files) => done(files))
    .catch((e: unknown) => {
      say(e instanceof Error ? e.message : String(e));
      done([], false);
    });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
