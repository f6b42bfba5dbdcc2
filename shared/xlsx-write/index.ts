/**
 * A lean streaming .xlsx writer for the consolidation summary (and the province report built from
 * it): a `WorkbookModel` in, the bytes of the package out, chunk by chunk, to a sink — the CLI
 * writes them to a file, the offline page collects them. Pure TypeScript plus fflate, like the
 * reader in `shared/file/`.
 *
 * Why hand-written: writing the summary with ExcelJS was half of `ttdn consolidate` and of the
 * page's consolidation. ExcelJS builds a cell object and a style model for every cell and looks
 * each style up again when it serialises it; the summary is 40,000+ rows of plain values in a
 * handful of looks. This writer keeps one `cellXfs` entry per distinct look (the model already
 * groups styles by look), writes strings inline, and turns each row straight into XML.
 *
 * What it writes is a small, tested subset of SpreadsheetML (ECMA-376 Part 1, §18): inline
 * strings, numbers, formulas with cached results, cell formats (fonts, fills, thin borders,
 * alignment, number formats, unlocked), column widths, row heights, merges, hidden sheets, frozen
 * panes, autoFilter, print setup with print titles/area, page breaks, page numbers and
 * workbook-scoped defined names. Protected or validated sheets (the forms) are not its business:
 * they keep ExcelJS's writer, and this one refuses them. Tests open its output in ExcelJS and in
 * LibreOffice (`test/integration/xlsx-write-summary.test.ts`).
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { ZipInputFile } from 'fflate';
import type { WorkbookModel } from '../layout/sheet-model';
import { sheetXml } from './sheet-xml';
import { StyleTable } from './style-table';
import {
  appPropsXml,
  contentTypesXml,
  corePropsXml,
  firstVisible,
  rootRelsXml,
  sheetPath,
  workbookRelsXml,
  workbookXml,
} from './workbook-parts';

export interface XlsxWriteOptions {
  /** fflate's deflate level, 0–9 (default 3: most of level 6's size at about half its time). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Characters of XML gathered before they are encoded and compressed (default 64 Ki). */
  chunkChars?: number;
}

/**
 * A zip entry a host fills with a part's XML text, chunk by chunk (Node encodes, checksums and
 * compresses it natively, on zlib's own threads: compressing was most of the writing time). It is
 * fflate's documented `ZipInputFile` (its `Zip` takes any implementation): `size` and `crc` must be
 * final when the last data reaches `ondata`, which may happen later; the zip keeps entries in
 * order. `push` may return a promise to say "wait": too much is still being compressed.
 */
export interface TextZipEntry extends ZipInputFile {
  push(text: string, final: boolean): void | Promise<void>;
}

/** Receives the package's bytes in order; `final` is true on the last chunk. */
export type XlsxSink = (chunk: Uint8Array, final: boolean) => void;

/** Zip entry time, fixed so the same model gives the same bytes (DOS time starts in 1980). */
const ENTRY_TIME = new Date(1980, 0, 1);

/** One chunk of a part's text; `first` opens the part, `final` closes it. */
interface PartChunk {
  path: string;
  text: string;
  first: boolean;
  final: boolean;
}

/** The package's parts in order, as chunks of about `chunkChars` characters of XML. */
function* packageChunks(model: WorkbookModel, chunkChars: number): Generator<PartChunk> {
  function* part(path: string, pieces: Iterable<string>): Generator<PartChunk> {
    let buf = '';
    let first = true;
    for (const piece of pieces) {
      buf += piece;
      if (buf.length >= chunkChars) {
        yield { path, text: buf, first, final: false };
        buf = '';
        first = false;
      }
    }
    yield { path, text: buf, first, final: true };
  }
  const n = model.sheets.length;
  yield* part('[Content_Types].xml', [contentTypesXml(n)]);
  yield* part('_rels/.rels', [rootRelsXml()]);
  yield* part('docProps/core.xml', [corePropsXml(model)]);
  yield* part('docProps/app.xml', [appPropsXml()]);
  yield* part('xl/workbook.xml', [workbookXml(model)]);
  yield* part('xl/_rels/workbook.xml.rels', [workbookRelsXml(n)]);
  // Styles last: the looks are known once every sheet has been written.
  const styles = new StyleTable(model.defaultFont);
  const selected = firstVisible(model.sheets);
  for (let i = 0; i < n; i++) yield* part(sheetPath(i), sheetXml(model.sheets[i], styles, i === selected));
  yield* part('xl/styles.xml', [styles.xml()]);
}

/** A zip to `sink`; fflate reports errors to its callback: the first is kept and passed to `onFailure`. */
function zipTo(
  sink: XlsxSink,
  onFailure: (e: Error) => void = () => undefined,
): { zip: Zip; failure: () => Error | null } {
  let failure: Error | null = null;
  const fail = (e: Error) => {
    if (!failure) onFailure((failure = e));
  };
  const zip = new Zip((err, data, final) => {
    if (err) return fail(err);
    if (failure) return;
    try {
      sink(data, final);
    } catch (e) {
      fail(e instanceof Error ? e : new Error(String(e)));
    }
  });
  return { zip, failure: () => failure };
}

/** Writes `model` as an .xlsx package to `sink`, synchronously, compressed by fflate. */
export function writeXlsx(model: WorkbookModel, sink: XlsxSink, options: XlsxWriteOptions = {}): void {
  const { zip, failure } = zipTo(sink);
  let file: ZipDeflate | undefined;
  for (const c of packageChunks(model, options.chunkChars ?? 1 << 16)) {
    if (c.first) {
      file = new ZipDeflate(c.path, { level: options.level ?? 3 });
      file.mtime = ENTRY_TIME;
      zip.add(file);
    }
    file!.push(strToU8(c.text), c.final);
    const f = failure();
    if (f) throw f;
  }
  zip.end();
  const f = failure();
  if (f) throw f;
}

/**
 * Writes `model` to `sink` through the host's zip entries (see TextZipEntry); settles once the
 * sink has the final chunk, or with the first failure.
 */
export async function writeXlsxWith(
  model: WorkbookModel,
  sink: XlsxSink,
  entry: (path: string) => TextZipEntry,
  chunkChars = 1 << 16,
): Promise<void> {
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  done.catch(() => undefined); // also rethrown below, where the caller awaits
  const { zip, failure } = zipTo((chunk, final) => {
    sink(chunk, final);
    if (final) settle.resolve();
  }, settle.reject);
  let file: TextZipEntry | undefined;
  for (const c of packageChunks(model, chunkChars)) {
    if (c.first) {
      file = entry(c.path);
      file.mtime = ENTRY_TIME;
      zip.add(file);
    }
    await file!.push(c.text, c.final);
    const f = failure();
    if (f) throw f;
  }
  zip.end();
  // The last parts may still be compressing.
  await done;
}

/** The whole package as one array (the offline page's download), compressed by fflate. */
export function xlsxBytes(model: WorkbookModel, options?: XlsxWriteOptions): Uint8Array {
  const out = collector();
  writeXlsx(model, out.sink, options);
  return out.bytes();
}

/** The whole package as one array, through the host's zip entries (see writeXlsxWith). */
export async function xlsxBytesWith(
  model: WorkbookModel,
  entry: (path: string) => TextZipEntry,
  chunkChars?: number,
): Promise<Uint8Array> {
  const out = collector();
  await writeXlsxWith(model, out.sink, entry, chunkChars);
  return out.bytes();
}

function collector(): { sink: XlsxSink; bytes: () => Uint8Array } {
  const chunks: Uint8Array[] = [];
  let size = 0;
  return {
    sink: (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
    },
    bytes: () => {
      const out = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    },
  };
}

/** True when this writer can write `model` (no protected or validated sheet). */
export function isStreamable(model: WorkbookModel): boolean {
  return model.sheets.every((s) => !s.protection && !s.validations.length);
}
