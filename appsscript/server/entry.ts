import type { EntryState } from '../../addin/ui/host-bridge';
import type {
  CellWrite,
  Finding,
  FlowSettings,
  ParsedWorkbook,
  ReportKind,
  TableSection,
  WorkbookGrid,
} from '../../shared';
import {
  UsageError,
  buildTemplate,
  cellRef,
  indicatorSection,
  narrativeSections,
  parseRange,
  parseWorkbook,
  periodOf,
  findUnit,
  rowWrite,
  tableSection,
  templateForKind,
  ERROR_MESSAGES,
  NotTtdnWorkbookError,
} from '../../shared';
import type { SheetsPort } from './sheets-port';

/**
 * The sidebar's entry operations on the open form, synchronous for google.script.run. They mirror
 * the core's `generateFlow` / `validateFlow` step for step (same core functions, same port calls):
 * an Apps Script server function cannot await, so the async flows cannot be returned from directly.
 */

export function generateSync(
  port: SheetsPort,
  s: FlowSettings,
  req: {
    kind: ReportKind;
    unitCode: string;
    year: number;
    prefill?: Record<string, string | number | null>[];
  },
): Record<string, string> {
  const unit = findUnit(s.registry, req.unitCode);
  if (!unit) throw new UsageError(ERROR_MESSAGES.unknownUnit(req.unitCode));
  const layout = buildTemplate({
    spec: templateForKind(req.kind),
    kind: req.kind,
    unit,
    registry: s.registry,
    period: periodOf(s.calendar, req.kind, req.year),
    generatedAt: new Date().toISOString(),
    generator: s.generator,
    prefill: req.prefill,
  });
  port.applyModelSync(layout.model);
  return layout.names;
}

export function validateSync(
  port: SheetsPort,
  s: FlowSettings,
  planCodes?: ReadonlySet<string>,
): ParsedWorkbook {
  const parsed = parseOpen(port, s, planCodes);
  port.setMarksSync(parsed.findings.filter((f) => f.cell).map((f) => ({ sheet: f.sheet, cell: f.cell })));
  return parsed;
}

export function parseOpen(
  port: SheetsPort,
  s: FlowSettings,
  planCodes?: ReadonlySet<string>,
): ParsedWorkbook {
  return parseGrid(port.readGridSync(), s, planCodes);
}

export function parseGrid(
  grid: WorkbookGrid,
  s: FlowSettings,
  planCodes?: ReadonlySet<string>,
): ParsedWorkbook {
  if (!grid.sheetNames.includes('_ttdn'))
    throw new NotTtdnWorkbookError(
      'Bảng tính này chưa có biểu mẫu TTĐN. Hãy tạo biểu mẫu ở thẻ "Tạo biểu mẫu" trước.',
    );
  return parseWorkbook(grid, { registry: s.registry, calendar: s.calendar, planCodes });
}

/** Plain values only: google.script.run cannot return Dates or class instances. */
export function entryState(parsed: ParsedWorkbook): EntryState {
  const { spec, submission } = parsed;
  const table = tableSection(spec);
  const ind = indicatorSection(spec);
  return {
    kind: submission.kind,
    unit: submission.unit,
    year: submission.year,
    columns: (table?.columns ?? []).map((c) => ({
      key: c.key,
      header: c.header,
      type: c.type,
      ...(c.list ? { list: [...(spec.lists[c.list] ?? [])] } : {}),
      ...(c.required ? { required: true } : {}),
    })),
    rows: submission.rows.map((r) => ({ sheetRow: r.sheetRow, values: { ...r.values } })),
    indicators: (ind?.indicators ?? []).map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      value: submission.indicators[i.code] ?? null,
    })),
    narratives: narrativeSections(spec).map((n) => ({
      key: n.key,
      heading: n.heading,
      text: submission.narratives[n.key] ?? '',
    })),
  };
}

function bodyOf(parsed: ParsedWorkbook, grid: WorkbookGrid): { table: TableSection; range: string } {
  const table = tableSection(parsed.spec);
  const name = table ? grid.definedNames.find((n) => n.name === table.name) : undefined;
  if (!table || !name)
    throw new NotTtdnWorkbookError(ERROR_MESSAGES.missingName(table?.name ?? 'TTDN_HoatDong'));
  return { table, range: name.range };
}

export function saveRowSync(
  port: SheetsPort,
  s: FlowSettings,
  row: { sheetRow: number | null; values: Record<string, string | number | null> },
): EntryState {
  const grid = port.readGridSync();
  const parsed = parseGrid(grid, s);
  const { table, range } = bodyOf(parsed, grid);
  port.writeCellsSync([rowWrite(parsed, table.name, range, row.values, row.sheetRow)]);
  return entryState(parseOpen(port, s));
}

/** Clears the row's input cells (sheet rows are not deleted, so names and totals keep their ranges). */
export function deleteRowSync(port: SheetsPort, s: FlowSettings, sheetRow: number): EntryState {
  const grid = port.readGridSync();
  const parsed = parseGrid(grid, s);
  const { table, range } = bodyOf(parsed, grid);
  const box = parseRange(range)!;
  const isPlan = parsed.submission.kind === 'ke-hoach-nam';
  const cells = table.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.type !== 'seq' && !(c.type === 'task-code' && isPlan));
  // One block from the first to the last input column; layout-filled columns keep their value.
  const first = cells[0].i;
  const last = cells[cells.length - 1].i;
  const sheet = grid.sheet(parsed.submission.sheet);
  const values = table.columns.slice(first, last + 1).map((c, k) => {
    if (c.type === 'seq' || (c.type === 'task-code' && isPlan)) {
      const v = sheet?.cell(sheetRow, box.left + first + k)?.value;
      return typeof v === 'number' || typeof v === 'string' ? v : null;
    }
    return null;
  });
  port.writeCellsSync([
    { sheet: parsed.submission.sheet, cell: cellRef(sheetRow, box.left + first), values: [values] },
  ]);
  return entryState(parseOpen(port, s));
}

export function saveIndicatorsSync(
  port: SheetsPort,
  s: FlowSettings,
  values: Record<string, number | null>,
): EntryState {
  const parsed = parseOpen(port, s);
  const cells = Object.entries(parsed.submission.indicatorCells)
    .map(([code, cell]) => ({ code, box: parseRange(cell)! }))
    .filter((x) => x.box);
  if (!cells.length) throw new UsageError('Biểu mẫu này không có bảng chỉ tiêu.');
  // The indicator values sit in one column: write them as one block from the first to the last.
  const top = Math.min(...cells.map((c) => c.box.top));
  const bottom = Math.max(...cells.map((c) => c.box.top));
  const col = cells[0].box.left;
  const byRow = new Map(cells.map((c) => [c.box.top, c.code]));
  const block: (string | number | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const code = byRow.get(r);
    const v = code === undefined ? null : code in values ? values[code] : parsed.submission.indicators[code];
    block.push([v ?? null]);
  }
  port.writeCellsSync([{ sheet: parsed.submission.sheet, cell: cellRef(top, col), values: block }]);
  return entryState(parseOpen(port, s));
}

export function saveNarrativeSync(port: SheetsPort, s: FlowSettings, key: string, text: string): EntryState {
  const parsed = parseOpen(port, s);
  const cell = parsed.submission.narrativeCells[key];
  if (!cell) throw new UsageError(`Biểu mẫu này không có mục "${key}".`);
  port.writeCellsSync([{ sheet: parsed.submission.sheet, cell, values: [[text]] }]);
  return entryState(parseOpen(port, s));
}

/** Report rows pre-filled from the unit's plan: task code, group and name, written as one block. */
export function prefillFromPlanSync(port: SheetsPort, s: FlowSettings, planGrid: WorkbookGrid): EntryState {
  const plan = parseGrid(planGrid, s);
  if (plan.submission.kind !== 'ke-hoach-nam')
    throw new UsageError('Tệp đã chọn không phải kế hoạch năm (Phụ lục 01).');
  const grid = port.readGridSync();
  const parsed = parseGrid(grid, s);
  if (parsed.submission.kind === 'ke-hoach-nam')
    throw new UsageError('Chỉ điền sẵn từ kế hoạch vào biểu mẫu báo cáo.');
  const { table, range } = bodyOf(parsed, grid);
  const box = parseRange(range)!;
  const used = parsed.submission.rows.map((r) => r.sheetRow);
  const start = used.length ? Math.max(...used) + 1 : box.top;
  const known = new Set(parsed.submission.rows.map((r) => String(r.values.maNhiemVu ?? '')));
  const rows = plan.submission.rows.filter((r) => !known.has(String(r.values.maNhiemVu ?? '')));
  if (rows.length) {
    const block = rows.map((r, i) =>
      table.columns.map((c) => {
        if (c.type === 'seq') return start + i - box.top + 1;
        if (c.key === 'maNhiemVu') return r.values.maNhiemVu ?? null;
        if (c.key === 'nhomNhiemVu') return r.values.nhomNhiemVu ?? null;
        if (c.key === 'tenHoatDong') return r.values.tenNhiemVu ?? null;
        return null;
      }),
    );
    const write: CellWrite = {
      sheet: parsed.submission.sheet,
      cell: cellRef(start, box.left),
      values: block,
    };
    port.writeCellsSync([write]);
  }
  return entryState(parseOpen(port, s));
}

/** Findings as plain objects for the sidebar. */
export function plainFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => ({
    ...f,
    value: f.value === null || typeof f.value === 'number' ? f.value : String(f.value),
  }));
}
