import { createContext, useContext } from 'react';
import type { FileBridge } from '../host/file-bridge';

/** The page's panels need the file operations beyond the shared HostBridge. */
export const FileBridgeContext = createContext<FileBridge | null>(null);

export function useFileBridge(): FileBridge {
  const b = useContext(FileBridgeContext);
  if (!b) throw new Error('FileBridgeContext thiếu.');
  return b;
}
