/**
 * The data contract and document form of a generated TTĐN workbook (SPEC §3.4–3.6), checked the way
 * an outside reader sees it: through ExcelJS, not through our own reader. Ported from the spec
 * project's check-workbook tool so the repository's tests depend on nothing outside it.
 * Returns the problems found (empty when the workbook meets the contract).
 */
import ExcelJS from 'exceljs';

const NAMES = {
  plan: ['TTDN_KeHoach', 'TTDN_SoKyHieu', 'TTDN_NgayBaoCao'],
  report: [
    'TTDN_HoatDong',
    'TTDN_ChiTieu',
    'TTDN_ChiDao',
    'TTDN_DanhGia',
    'TTDN_PhuongHuong',
    'TTDN_KienNghi',
    'TTDN_SoKyHieu',
    'TTDN_NgayBaoCao',
  ],
};
const META_KEYS = ['template', 'version', 'kind', 'unit', 'year', 'period', 'generated_at', 'generator'];
const HEADER_TEXTS = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

function cellString(v: ExcelJS.CellValue): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return '';
}

export async function workbookContractProblems(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const problems: string[] = [];
  const meta = wb.getWorksheet('_ttdn');
  const values: Record<string, ExcelJS.CellValue> = {};
  if (!meta) problems.push('no sheet _ttdn');
  else {
    if (meta.state === 'visible') problems.push('_ttdn is visible (should be hidden)');
    meta.eachRow((row) => {
      const k = row.getCell(1).value;
      if (typeof k === 'string') values[k] = row.getCell(2).value;
    });
    for (const k of META_KEYS)
      if (values[k] === undefined || values[k] === null || values[k] === '')
        problems.push(`_ttdn lacks ${k}`);
  }
  const wanted = values.kind === 'ke-hoach-nam' ? NAMES.plan : NAMES.report;
  let mainSheet: ExcelJS.Worksheet | undefined;
  for (const n of wanted) {
    const ref = (wb.definedNames.getRanges(n) as { ranges?: string[] } | undefined)?.ranges?.[0];
    if (!ref) {
      problems.push(`defined name ${n} missing`);
      continue;
    }
    const sheetName = ref.slice(0, ref.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'");
    const ws = wb.getWorksheet(sheetName);
    if (!ws) problems.push(`defined name ${n} points at missing sheet ${sheetName}`);
    else mainSheet ??= ws;
  }
  const texts: string[] = [];
  wb.eachSheet((ws) => {
    if (ws.name === '_ttdn') return;
    ws.eachRow((row) => row.eachCell((c) => void texts.push(cellString(c.value))));
  });
  const all = texts.join('\n').normalize('NFC');
  for (const must of HEADER_TEXTS) if (!all.includes(must)) problems.push(`header text "${must}" not found`);
  if (mainSheet) {
    const ps = mainSheet.pageSetup ?? {};
    if (Number(ps.paperSize) !== 9) problems.push(`${mainSheet.name}: paper is not A4`);
    if (!ps.printTitlesRow) problems.push(`${mainSheet.name}: no header rows repeated on printed pages`);
    const fonts = new Set<string>();
    mainSheet.eachRow((row) =>
      row.eachCell((c) => {
        if (c.font?.name) fonts.add(c.font.name);
      }),
    );
    if (!fonts.has('Times New Roman')) problems.push(`${mainSheet.name}: Times New Roman not used`);
    const dv = (mainSheet as unknown as { dataValidations?: { model?: Record<string, { type?: string }> } })
      .dataValidations?.model;
    if (!Object.values(dv ?? {}).some((v) => v.type === 'list'))
      problems.push(`${mainSheet.name}: no dropdown (list validation)`);
  }
  return problems;
}
