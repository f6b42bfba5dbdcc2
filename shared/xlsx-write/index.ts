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
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import type { ZipInputFile } from 'fflate';
import type { WorkbookModel } from '../layout/sheet-model';
import { writeSheetXml } from './sheet-xml';
import type { TextOut } from './sheet-xml';
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
  /**
   * A host's raw DEFLATE for one part, used instead of fflate's (Node's native zlib is several
   * times faster; compressing was most of the writing time). Called with each chunk of the part's
   * bytes in order; returns the compressed bytes so far, the whole stream once `final` is true.
   */
  deflate?: () => RawDeflate;
  /** Characters of XML gathered before they are encoded and compressed (default 64 Ki). */
  chunkChars?: number;
}

export type RawDeflate = (chunk: Uint8Array, final: boolean) => Uint8Array;

/**
 * A zip entry compressed by the host's deflate: fflate's documented way to plug in another
 * compressor (ZipPassThrough computes the CRC and size of the source bytes; `process` compresses).
 */
class HostDeflateEntry extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflate: RawDeflate,
  ) {
    super(filename);
    this.compression = 8;
  }

  protected process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, this.deflate(chunk, final) as Uint8Array<ArrayBuffer>, final);
  }
}

/** Receives the package's bytes in order; `final` is true on the last chunk. */
export type XlsxSink = (chunk: Uint8Array, final: boolean) => void;

/** Zip entry time, fixed so the same model gives the same bytes (DOS time starts in 1980). */
const ENTRY_TIME = new Date(1980, 0, 1);

/** Writes `model` as an .xlsx package to `sink`, synchronously. */
export function writeXlsx(model: WorkbookModel, sink: XlsxSink, options: XlsxWriteOptions = {}): void {
  const level = options.level ?? 3;
  const chunkChars = options.chunkChars ?? 1 << 16;
  // fflate reports errors to the callback; they are rethrown where the writing happens.
  const state: { failure: Error | null } = { failure: null };
  const zip = new Zip((err, data, final) => {
    if (err) state.failure = err;
    else sink(data, final);
  });
  const part = (path: string, write: (out: TextOut) => void) => {
    const file: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void } = options.deflate
      ? new HostDeflateEntry(path, options.deflate())
      : new ZipDeflate(path, { level });
    file.mtime = ENTRY_TIME;
    zip.add(file);
    let buf = '';
    write({
      write(s) {
        buf += s;
        if (buf.length >= chunkChars) {
          file.push(strToU8(buf));
          buf = '';
        }
      },
    });
    file.push(strToU8(buf), true);
    if (state.failure) throw state.failure;
  };
  const text = (path: string, xml: string) => part(path, (out) => out.write(xml));

  const n = model.sheets.length;
  text('[Content_Types].xml', contentTypesXml(n));
  text('_rels/.rels', rootRelsXml());
  text('docProps/core.xml', corePropsXml(model));
  text('docProps/app.xml', appPropsXml());
  text('xl/workbook.xml', workbookXml(model));
  text('xl/_rels/workbook.xml.rels', workbookRelsXml(n));
  // Styles last: the looks are known once every sheet has been written.
  const styles = new StyleTable(model.defaultFont);
  const selected = firstVisible(model.sheets);
  model.sheets.forEach((s, i) => part(sheetPath(i), (out) => writeSheetXml(s, styles, out, i === selected)));
  text('xl/styles.xml', styles.xml());
  zip.end();
  if (state.failure) throw state.failure;
}

/** The whole package as one array (the offline page's download). */
export function xlsxBytes(model: WorkbookModel, options?: XlsxWriteOptions): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  writeXlsx(
    model,
    (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
    },
    options,
  );
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** True when this writer can write `model` (no protected or validated sheet). */
export function isStreamable(model: WorkbookModel): boolean {
  return model.sheets.every((s) => !s.protection && !s.validations.length);
}
