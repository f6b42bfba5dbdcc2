import { execFileSync } from 'node:child_process';

/** Reading printed pages back: words with their boxes (`pdftotext -bbox`) and fonts (`pdffonts`). */

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  width: number;
  height: number;
  words: Word[];
  text: string;
}

/** Every page of a PDF with its words and their boxes (points, origin top-left). */
export function pdfPages(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => {
    const words = [
      ...m[3].matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: w[5]
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    }));
    return { width: Number(m[1]), height: Number(m[2]), words, text: words.map((w) => w.text).join(' ') };
  });
}

/**
 * Text without whitespace: LibreOffice Calc draws Vietnamese letters missing from the substitute
 * serif font with a fallback font, and poppler then splits words around them ("T Ỉ NH").
 */
export const dense = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

/** The page number printed in the top margin, which would otherwise split a paragraph running on. */
export const isPageNumber = (w: Word) => /^\d+$/.test(w.text) && w.yMax < 60;

/** All text of the pages, dense, without the page numbers. */
export const allText = (ps: Page[]) =>
  dense(
    ps
      .map((p) =>
        p.words
          .filter((w) => !isPageNumber(w))
          .map((w) => w.text)
          .join(''),
      )
      .join(''),
  );

/** `pdffonts` rows: font name without the subset prefix, and whether it is embedded. */
export function pdfFonts(pdf: string): { name: string; embedded: boolean }[] {
  return execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return { name: cols[0].replace(/^[A-Z]{6}\+/, ''), embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** A Word file with "Size11" and "Size14" in Times New Roman: known sizes to measure word boxes by. */
export async function calibrationDocx(): Promise<Uint8Array> {
  const { AlignmentType, Document, Packer, Paragraph, TextRun } = await import('docx');
  const cal = new Document({
    sections: [
      {
        children: [11, 14].map(
          (size) =>
            new Paragraph({
              alignment: AlignmentType.LEFT,
              children: [new TextRun({ text: `Size${size}`, font: 'Times New Roman', size: size * 2 })],
            }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(cal));
}

/** Word box height per point of font size, from the rendered `calibrationDocx`. */
export function heightPerPoint(calibration: Page[]): number {
  const h = (t: string) => {
    const w = calibration[0].words.find((x) => x.text === t)!;
    return w.yMax - w.yMin;
  };
  return (h('Size11') / 11 + h('Size14') / 14) / 2;
}

/** Every file of `src` printed to PDF into `out` by LibreOffice, with its own profile folder. */
export function printFolder(src: string, out: string, profile: string): void {
  execFileSync(
    'sh',
    [
      '-c',
      `soffice -env:UserInstallation=file://${profile} --headless --convert-to pdf --outdir "${out}" "${src}"/*`,
    ],
    { timeout: 300_000, stdio: 'pipe' },
  );
}
