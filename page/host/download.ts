import type { OutputFile } from './export-files';

/**
 * Offers a file to the user as a download: a blob: URL on an <a download>, which Chromium-based
 * browsers (Chrome, Edge, Cốc Cốc) honour from a file:// page without any network request.
 */
export function downloadFile(f: OutputFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([f.bytes as BlobPart], { type: f.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = f.name;
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the browser fetches the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
