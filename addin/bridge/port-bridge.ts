import type {
  Calendar,
  ExportDocument,
  WorkbookModel,
  Finding,
  FlowSettings,
  ParsedWorkbook,
  Registry,
  ReportKind,
  SheetPort,
  CellWrite,
  Unit,
  WorkbookGrid,
} from '../../shared';
import {
  Consolidator,
  DEFAULT_CALENDAR,
  DEFAULT_PRESET,
  META_SHEET,
  REGISTRY_PRESETS,
  SUMMARY_SHEETS,
  TtdnError,
  activityCsv,
  buildSummaryModel,
  generateFlow,
  indicatorCsv,
  parseCalendarJson,
  parseRegistryJson,
  parseRegistryRows,
  parseWorkbook,
  provinceReport,
  cellText,
  deleteRowWrites,
  entryState,
  indicatorWrites,
  legacyTextWrites,
  narrativeWrites,
  parseOpenForm,
  planPrefillWrites,
  saveRowWrites,
  toExportDocument,
  validateFlow,
} from '../../shared';
import type {
  ConsolidateProgress,
  ConsolidateSummary,
  EntryState,
  HostBridge,
  PickedFile,
  UiSettings,
} from '../ui/host-bridge';
import { parseCsv, toCsv } from './csv';

/**
 * HostBridge written once over any SheetPort: the Excel task pane uses it with the Office.js
 * port; the same class can drive a preview or a Google Sheets client. Only file picking,
 * settings storage, downloads and selection events differ per host (`HostServices`).
 */

export const GENERATOR = 'ttdn-excel-addin 0.1.0';

export interface HostServices {
  loadSettings(): Promise<Partial<UiSettings> | null>;
  saveSettings(s: UiSettings): Promise<void>;
  pickFiles(): Promise<PickedFile[]>;
  /** Offers a file to the user (download, or a new workbook for xlsx where the host can). */
  deliver(name: string, bytes: Uint8Array, mime: string): Promise<void>;
  onRowSelected(cb: (sheetRow: number) => void, onError?: (e: Error) => void): () => void;
  /** Bytes → grid; loaded on demand because the reader is heavy. */
  readXlsx(bytes: Uint8Array, sheets?: (names: string[]) => string[]): Promise<WorkbookGrid>;
  writeXlsx(model: WorkbookModel): Promise<Uint8Array>;
  sha256(bytes: Uint8Array): Promise<string>;
  /** Lets the UI repaint between files. */
  yieldToUi?(): Promise<void>;
}

/** Friendly Vietnamese text for anything a flow throws. */
export function vietnameseError(e: unknown, doing: string): Error {
  if (e instanceof TtdnError) return new Error(e.message);
  if (e instanceof Error && e.name === 'AbortError') return e;
  const detail = e instanceof Error ? e.message : String(e);
  if (/protect/i.test(detail))
    return new Error(
      `${doing}: trang tính đang được bảo vệ ở ô cần ghi. Hãy ghi vào các ô nhập liệu (màu nền nhạt) hoặc bỏ bảo vệ trang.`,
    );
  if (/ItemNotFound|not.*found/i.test(detail))
    return new Error(
      `${doing}: không tìm thấy biểu mẫu TTĐN trong sổ làm việc này. Hãy tạo biểu mẫu ở thẻ "Tạo biểu mẫu" trước.`,
    );
  return new Error(`${doing} không thành công: ${detail}`);
}

export function abortError(): Error {
  const e = new Error('Đã hủy tổng hợp theo yêu cầu.');
  e.name = 'AbortError';
  return e;
}

export class PortBridge implements HostBridge {
  readonly host: HostBridge['host'];
  private settings: UiSettings | null = null;
  private planCodes: Set<string> | undefined;

  constructor(
    private readonly port: SheetPort,
    private readonly services: HostServices,
    host: HostBridge['host'] = 'excel',
  ) {
    this.host = host;
  }

  async loadSettings(): Promise<UiSettings> {
    if (!this.settings) {
      const s = await this.services.loadSettings();
      this.settings = { presetId: DEFAULT_PRESET, ...(s ?? {}) };
    }
    return this.settings;
  }

  async saveSettings(s: UiSettings): Promise<void> {
    // Parse first so a bad file is refused with its message and the old settings stay.
    this.flowSettingsOf(s);
    await this.services.saveSettings(s);
    this.settings = s;
  }

  private flowSettingsOf(s: UiSettings): FlowSettings {
    const base = REGISTRY_PRESETS[s.presetId] ?? REGISTRY_PRESETS[DEFAULT_PRESET];
    let registry: Registry = base;
    if (s.registryText)
      registry =
        s.registryFormat === 'csv'
          ? parseRegistryRows(parseCsv(s.registryText), base)
          : parseRegistryJson(s.registryText, base);
    const calendar: Calendar = s.calendarText ? parseCalendarJson(s.calendarText) : DEFAULT_CALENDAR;
    return { registry, calendar, generator: GENERATOR };
  }

  private async flow(): Promise<FlowSettings> {
    return this.flowSettingsOf(await this.loadSettings());
  }

  async listUnits(): Promise<Unit[]> {
    return (await this.flow()).registry.units.filter((u) => u.active);
  }

  async generate(req: { kind: ReportKind; unitCode: string; year: number }): Promise<void> {
    try {
      await generateFlow(this.port, await this.flow(), req);
      this.planCodes = undefined;
    } catch (e) {
      throw vietnameseError(e, 'Tạo biểu mẫu');
    }
  }

  private async parse(): Promise<{ parsed: ParsedWorkbook; grid: WorkbookGrid }> {
    const s = await this.flow();
    const grid = await this.port.readGrid();
    return {
      parsed: parseOpenForm(grid, { registry: s.registry, calendar: s.calendar, planCodes: this.planCodes }),
      grid,
    };
  }

  async readEntry(): Promise<EntryState> {
    try {
      return entryState((await this.parse()).parsed);
    } catch (e) {
      throw vietnameseError(e, 'Đọc biểu mẫu');
    }
  }

  /** Parses the open form, applies the core's writes for one user action, returns the new state. */
  private async edit(
    doing: string,
    writes: (parsed: ParsedWorkbook, grid: WorkbookGrid) => CellWrite[] | Promise<CellWrite[]>,
  ): Promise<EntryState> {
    try {
      const { parsed, grid } = await this.parse();
      const w = await writes(parsed, grid);
      if (w.length) await this.port.writeCells(w);
      return entryState((await this.parse()).parsed);
    } catch (e) {
      throw vietnameseError(e, doing);
    }
  }

  saveRow(row: {
    sheetRow: number | null;
    values: Record<string, string | number | null>;
  }): Promise<EntryState> {
    return this.edit('Ghi dòng', (parsed, grid) => saveRowWrites(parsed, grid, row));
  }

  deleteRow(sheetRow: number): Promise<EntryState> {
    return this.edit('Xóa dòng', (parsed, grid) => deleteRowWrites(parsed, grid, sheetRow));
  }

  saveIndicators(values: Record<string, number | null>): Promise<EntryState> {
    return this.edit('Ghi chỉ tiêu', (parsed) => indicatorWrites(parsed, values));
  }

  saveNarrative(key: string, text: string): Promise<EntryState> {
    return this.edit('Ghi nội dung', (parsed) => narrativeWrites(parsed, key, text));
  }

  prefillFromPlan(file: PickedFile): Promise<EntryState> {
    return this.edit('Lấy từ kế hoạch', async (parsed, grid) => {
      if (!file.bytes) throw new Error('Chưa chọn tệp kế hoạch.');
      const s = await this.flow();
      const plan = parseWorkbook(await this.services.readXlsx(file.bytes), {
        registry: s.registry,
        calendar: s.calendar,
      });
      const r = planPrefillWrites(parsed, grid, plan, file.name);
      this.planCodes = r.planCodes;
      return r.writes;
    });
  }

  async validate(): Promise<Finding[]> {
    try {
      const s = await this.flow();
      const parsed = await validateFlow(this.port, s, this.planCodes);
      return parsed.findings;
    } catch (e) {
      throw vietnameseError(e, 'Kiểm tra');
    }
  }

  async convertLegacyText(): Promise<Finding[]> {
    try {
      const { parsed, grid } = await this.parse();
      const writes = legacyTextWrites(parsed, grid);
      if (writes.length) await this.port.writeCells(writes);
      return (await validateFlow(this.port, await this.flow(), this.planCodes)).findings;
    } catch (e) {
      throw vietnameseError(e, 'Chuyển sang Unicode');
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    try {
      await this.port.select({ sheet, cell });
    } catch (e) {
      throw vietnameseError(e, 'Chọn ô');
    }
  }

  onRowSelected(cb: (sheetRow: number) => void, onError?: (e: Error) => void): () => void {
    return this.services.onRowSelected(
      cb,
      onError && ((e) => onError(vietnameseError(e, 'Theo dõi ô đang chọn'))),
    );
  }

  pickFiles(): Promise<PickedFile[]> {
    return this.services.pickFiles();
  }

  async consolidate(
    req: { kind: ReportKind; year: number; asOf: string; files: PickedFile[] },
    onProgress: (p: ConsolidateProgress) => void,
    signal: AbortSignal,
  ): Promise<ConsolidateSummary> {
    try {
      const s = await this.flow();
      const c = new Consolidator({
        registry: s.registry,
        calendar: s.calendar,
        kind: req.kind,
        year: req.year,
        asOf: req.asOf,
      });
      const files = req.files.filter((f) => f.bytes);
      // Plans go first so report rows can be checked against them; only `_ttdn` is read to sort.
      const isPlan: boolean[] = [];
      for (const f of files)
        isPlan.push(req.kind !== 'ke-hoach-nam' && (await this.metaKind(f)) === 'ke-hoach-nam');
      const plans = files.filter((_, i) => isPlan[i]);
      const ordered = [...plans, ...files.filter((_, i) => !isPlan[i])];
      const total = ordered.length;
      for (let i = 0; i < total; i++) {
        if (signal.aborted) throw abortError();
        const f = ordered[i];
        onProgress({ done: i, total, current: f.name });
        await this.services.yieldToUi?.();
        let grid: WorkbookGrid | Error;
        try {
          grid = await this.services.readXlsx(f.bytes!);
        } catch (e) {
          grid = e instanceof Error ? e : new Error(String(e));
        }
        const rec = {
          file: f.name,
          sha256: await this.services.sha256(f.bytes!),
          received: f.modified ? f.modified.slice(0, 10) : null,
        };
        if (i < plans.length) c.addPlan(rec, grid);
        else c.addFile(rec, grid);
      }
      if (signal.aborted) throw abortError();
      onProgress({ done: total, total, current: 'Đang ghi bảng tổng hợp…' });
      const result = c.finish();
      const doc = toExportDocument(result, s.registry, GENERATOR);
      await this.port.applyModel(buildSummaryModel(result, doc, s.registry, GENERATOR));
      const count = (st: string) => result.submissions.filter((x) => x.status === st).length;
      return {
        accepted: count('accepted'),
        rejected: count('rejected'),
        unreadable: count('unreadable'),
        superseded: count('superseded'),
        missing: result.completeness.filter((x) => x.status === 'missing').map((x) => x.unit),
        late: result.completeness
          .filter((x) => x.status === 'late')
          .map((x) => ({ unit: x.unit, days: x.lateDays })),
        totals: result.totals,
      };
    } catch (e) {
      throw vietnameseError(e, 'Tổng hợp');
    }
  }

  private async metaKind(f: PickedFile): Promise<string | null> {
    try {
      const g = await this.services.readXlsx(f.bytes!, (names) => names.filter((n) => n === META_SHEET));
      const meta = g.sheet(META_SHEET);
      if (!meta) return null;
      for (let r = 1; r <= meta.rowCount; r++)
        if (cellText(meta.cell(r, 1)?.value ?? null) === 'kind')
          return cellText(meta.cell(r, 2)?.value ?? null);
      return null;
    } catch {
      return null;
    }
  }

  async exportSummary(format: 'xlsx' | 'json' | 'csv'): Promise<void> {
    try {
      const s = await this.flow();
      const doc = await this.readSummaryDocument();
      const base = `ttdn-${doc.kind}-${doc.year}`;
      if (format === 'json') {
        await this.services.deliver(
          `${base}.json`,
          new TextEncoder().encode(`${JSON.stringify(doc, null, 2)}\n`),
          'application/json',
        );
      } else if (format === 'csv') {
        await this.services.deliver(
          `${base}-chi-tieu.csv`,
          new TextEncoder().encode(toCsv(indicatorCsv(doc))),
          'text/csv',
        );
        await this.services.deliver(
          `${base}-hoat-dong.csv`,
          new TextEncoder().encode(toCsv(activityCsv(doc))),
          'text/csv',
        );
      } else {
        const report = provinceReport(doc, s.registry, GENERATOR);
        await this.services.deliver(
          `${base}.xlsx`,
          await this.services.writeXlsx(report.model),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
      }
    } catch (e) {
      throw vietnameseError(e, 'Xuất báo cáo');
    }
  }

  /** The summary carries its export document as JSON in a hidden sheet (written by buildSummaryModel). */
  private async readSummaryDocument(): Promise<ExportDocument> {
    const grid = await this.port.readGrid([SUMMARY_SHEETS.data]);
    const sheet = grid.sheet(SUMMARY_SHEETS.data);
    if (!sheet)
      throw new Error('Chưa có bảng tổng hợp trong sổ làm việc này. Hãy chạy "Tổng hợp" trước khi xuất.');
    let json = '';
    for (let r = 1; r <= sheet.rowCount; r++) json += String(sheet.cell(r, 1)?.value ?? '');
    try {
      return JSON.parse(json) as ExportDocument;
    } catch {
      throw new Error('Dữ liệu tổng hợp trong trang ẩn bị hỏng; hãy chạy lại "Tổng hợp".');
    }
  }
}
