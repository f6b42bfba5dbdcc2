import { createContext, useContext } from 'react';
import type { HostBridge } from './host-bridge';

/** The UI talks only to this bridge, so the same components serve Excel and Google Sheets. */
export const BridgeContext = createContext<HostBridge | null>(null);

export function useBridge(): HostBridge {
  const b = useContext(BridgeContext);
  if (!b) throw new Error('BridgeContext thiếu: hãy bọc giao diện trong <App bridge={…}>.');
  return b;
}

export interface Notice {
  intent: 'error' | 'success' | 'info' | 'warning';
  text: string;
  /**
   * Where to show it: the `NoticeSlot` with this name, next to the control that caused it
   * (default: the slot at the end of the panel).
   */
  at?: string;
}

export interface Notifier {
  error(e: unknown, at?: string): void;
  notify(n: Notice): void;
  clear(): void;
}

export const NotifierContext = createContext<Notifier>({
  error: () => undefined,
  notify: () => undefined,
  clear: () => undefined,
});

export function useNotifier(): Notifier {
  return useContext(NotifierContext);
}

/** The notice currently shown (read by `NoticeSlot`). */
export const NoticeContext = createContext<Notice | null>(null);

/**
 * Unsaved input kept across tab switches (the panels unmount; their drafts stay here for the
 * life of the pane). Keyed by panel.
 */
export const DraftContext = createContext<Map<string, unknown>>(new Map());

export function useDrafts(): Map<string, unknown> {
  return useContext(DraftContext);
}

/** Bridge errors are already Vietnamese; anything else gets a generic Vietnamese wrapper. */
export function errorText(e: unknown): string {
  if (e instanceof Error && e.message)
    return /[À-ỹà-ỹĐđ]/.test(e.message) ? e.message : `Đã xảy ra lỗi: ${e.message}`;
  return 'Đã xảy ra lỗi không xác định.';
}
