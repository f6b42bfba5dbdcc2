import type {
  Calendar,
  ExportDocument,
  WorkbookModel,
  Finding,
  FlowSettings,
  ParsedFile,
  ParsedWorkbook,
  ProvinceReportEdits,
  Registry,
  ReportKind,
  SheetPort,
  CellWrite,
  Unit,
  WorkbookGrid,
} from '../../shared';
import {
  Consolidator,
  addPickedFiles,
  consolidationCounts,
  isPlanAmongReports,
  DEFAULT_CALENDAR,
  DEFAULT_PRESET,
  REGISTRY_PRESETS,
  SUMMARY_SHEETS,
  TtdnError,
  EXCEL_ERROR_MESSAGES,
  EXCEL_PANE_MESSAGES,
  activityCsv,
  parseReceivedFile,
  buildSummaryModel,
  generateFlow,
  indicatorCsv,
  parseCalendarJson,
  parseRegistryJson,
  parseRegistryRows,
  parseWorkbook,
  provinceReport,
  buildProvinceReportContent,
  readProvinceReportEdits,
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
  ExportOutcome,
  GenerateOutcome,
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
  /**
   * Offers a file to the user (download, or a new workbook for xlsx where the host can). Resolves
   * with text for the user to copy where the host cannot save files (Excel for Mac).
   */
  deliver(name: string, bytes: Uint8Array, mime: string): Promise<void | ExportOutcome>;
  onRowSelected(cb: (sheetRow: number) => void, onError?: (e: Error) => void): () => void;
  /** Bytes → grid; loaded on demand because the reader is heavy. */
  readXlsx(bytes: Uint8Array, sheets?: (names: string[]) => string[]): Promise<WorkbookGrid>;
  writeXlsx(model: WorkbookModel): Promise<Uint8Array>;
  sha256(bytes: Uint8Array): Promise<string>;
  /** Lets the UI repaint between files. */
  yieldToUi?(): Promise<void>;
  /** Milliseconds clock for the progress time budget (default Date.now). */
  now?(): number;
}

/** Progress is reported and the UI repainted at most this often (not after every file). */
export const PROGRESS_BUDGET_MS = 50;

/**
 * Friendly Vietnamese text for anything a flow throws. Office.js rejects with an
 * OfficeExtension.Error whose `code` names the problem and whose `message` is English (or the
 * user's Office language): the code is what we map, with a next step; the message is never shown.
 */
export function vietnameseError(e: unknown, doing: string): Error {
  if (e instanceof TtdnError) return new Error(e.message);
  if (e instanceof Error && e.name === 'AbortError') return e;
  const code = officeCode(e);
  if (code) {
    const why = EXCEL_ERROR_MESSAGES[code] ?? EXCEL_PANE_MESSAGES.unknownCode(code);
    return new Error(EXCEL_PANE_MESSAGES.failed(doing, why), { cause: e });
  }
  // Our own Vietnamese errors (bad settings file, unreadable upload) pass through as they are.
  if (e instanceof Error && /[À-ỹ]/.test(e.message)) return new Error(e.message, { cause: e });
  return new Error(EXCEL_PANE_MESSAGES.failed(doing, EXCEL_PANE_MESSAGES.unknown), { cause: e });
}

/** The Office error code of a host error (OfficeExtension.Error.code), if any. */
export function officeCode(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^[A-Za-z]+$/.test(code) ? code : null;
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

  async generate(req: { kind: ReportKind; unitCode: string; year: number }): Promise<GenerateOutcome> {
    try {
      await generateFlow(this.port, await this.flow(), req);
      this.planCodes = undefined;
      return { skipped: [...(this.port.lastSkipped ?? [])] };
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

  /** A consolidation held back by a warning, written only when the user confirms. */
  private pendingSummary: WorkbookModel | null = null;

  /**
   * Reads each file once (bytes → grid → plain ParsedFile), reporting progress and yielding to the
   * UI on a ~50 ms budget rather than after every file; plans are fed first, then the rest. A
   * result with no accepted file, or mostly files of another kind/year, is not written: the old
   * summary stays until the user confirms (`writePendingSummary`).
   */
  async consolidate(
    req: { kind: ReportKind; year: number; asOf: string; files: PickedFile[] },
    onProgress: (p: ConsolidateProgress) => void,
    signal: AbortSignal,
  ): Promise<ConsolidateSummary> {
    try {
      this.pendingSummary = null;
      const s = await this.flow();
      const c = new Consolidator({
        registry: s.registry,
        calendar: s.calendar,
        kind: req.kind,
        year: req.year,
        asOf: req.asOf,
      });
      const files = req.files.filter((f) => f.bytes);
      const total = files.length;
      const clock = this.services;
      const now = () => (clock.now ? clock.now() : Date.now());
      const parsed: ParsedFile[] = [];
      let last = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < total; i++) {
        if (signal.aborted) throw abortError();
        const f = files[i];
        if (now() - last >= PROGRESS_BUDGET_MS) {
          onProgress({ done: i, total, current: f.name });
          await this.services.yieldToUi?.();
          last = now();
        }
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
        parsed.push(parseReceivedFile(rec, grid, { registry: s.registry, calendar: s.calendar }));
      }
      if (signal.aborted) throw abortError();
      onProgress({ done: total, total, current: 'Đang ghi bảng tổng hợp…' });
      addPickedFiles(c, req.kind, parsed);
      const result = c.finish();
      const doc = toExportDocument(result, s.registry, GENERATOR);
      const model = buildSummaryModel(result, doc, s.registry, GENERATOR);
      const counts = consolidationCounts(result);
      const warning = periodWarning(
        parsed.filter((p) => !isPlanAmongReports(req.kind, p)),
        req,
        counts.accepted,
      );
      if (warning) this.pendingSummary = model;
      else await this.port.applyModel(model);
      return {
        ...counts,
        ...(warning ? { warning, written: false } : { written: true }),
      };
    } catch (e) {
      throw vietnameseError(e, 'Tổng hợp');
    }
  }

  async writePendingSummary(): Promise<void> {
    const model = this.pendingSummary;
    if (!model) throw new Error(EXCEL_PANE_MESSAGES.noPendingSummary);
    try {
      await this.port.applyModel(model);
      this.pendingSummary = null;
    } catch (e) {
      throw vietnameseError(e, 'Ghi bảng tổng hợp');
    }
  }

  async countFilledRows(): Promise<number | null> {
    try {
      return (await this.parse()).parsed.submission.rows.length;
    } catch {
      // No form (or not one of ours): nothing of ours to lose.
      return null;
    }
  }

  async exportSummary(format: 'xlsx' | 'docx' | 'json' | 'csv'): Promise<void | ExportOutcome[]> {
    try {
      const s = await this.flow();
      const doc = await this.readSummaryDocument();
      const base = `ttdn-${doc.kind}-${doc.year}`;
      const files: { name: string; bytes: Uint8Array; mime: string }[] = [];
      const text = (t: string) => new TextEncoder().encode(t);
      if (format === 'json') {
        files.push({
          name: `${base}.json`,
          bytes: text(`${JSON.stringify(doc, null, 2)}\n`),
          mime: 'application/json',
        });
      } else if (format === 'csv') {
        files.push({ name: `${base}-chi-tieu.csv`, bytes: text(toCsv(indicatorCsv(doc))), mime: 'text/csv' });
        files.push({ name: `${base}-hoat-dong.csv`, bytes: text(toCsv(activityCsv(doc))), mime: 'text/csv' });
      } else if (format === 'docx') {
        // Loaded on demand: the Word writer stays out of the pane's initial bundle.
        const { provinceReportDocx } = await import(
          /* webpackChunkName: "docx-report" */ '../../shared/export/province-report-docx'
        );
        const content = buildProvinceReportContent(
          doc,
          s.registry,
          await this.readReportEdits(s.registry.place),
        );
        files.push({
          name: `${base}.docx`,
          bytes: await provinceReportDocx(content, GENERATOR),
          mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        });
      } else {
        const report = provinceReport(
          doc,
          s.registry,
          GENERATOR,
          await this.readReportEdits(s.registry.place),
        );
        files.push({
          name: `${base}.xlsx`,
          bytes: await this.services.writeXlsx(report.model),
          mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        });
      }
      const outcomes: ExportOutcome[] = [];
      for (const f of files) {
        const o = await this.services.deliver(f.name, f.bytes, f.mime);
        if (o) outcomes.push(o);
      }
      return outcomes.length ? outcomes : undefined;
    } catch (e) {
      throw vietnameseError(e, 'Xuất báo cáo');
    }
  }

  /** The Sở's edits of the summary's report sheet (named input cells), as `ttdn export` reads them. */
  private async readReportEdits(place: string): Promise<ProvinceReportEdits> {
    try {
      return readProvinceReportEdits(await this.port.readGrid([SUMMARY_SHEETS.report]), place);
    } catch {
      return {}; // No report sheet (an older summary): the data alone is exported.
    }
  }

  /** The summary carries its export document as JSON in a hidden sheet (written by buildSummaryModel). */
  private async readSummaryDocument(): Promise<ExportDocument> {
    // Values only: the JSON sheet is megabytes of text, read in chunks under Excel's 5 MB limit.
    const grid = await this.port.readGrid([SUMMARY_SHEETS.data], { valuesOnly: true });
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

/**
 * A warning when the consolidation would replace a summary with nothing useful: no file accepted,
 * or more than half of the readable files of another kind or year than asked.
 */
export function periodWarning(
  parsed: readonly ParsedFile[],
  req: { kind: ReportKind; year: number },
  accepted: number,
): string | null {
  if (!parsed.length) return null;
  const subs = parsed.flatMap((p) => (p.outcome === 'parsed' ? [p.submission] : []));
  const other = subs.filter((x) => x.kind !== req.kind || x.year !== req.year);
  if (other.length * 2 > subs.length) {
    const tally = new Map<string, number>();
    for (const x of other) tally.set(`${x.kind}|${x.year}`, (tally.get(`${x.kind}|${x.year}`) ?? 0) + 1);
    const [top] = [...tally].sort((a, b) => b[1] - a[1]);
    const [kind, year] = top[0].split('|');
    return `${EXCEL_PANE_MESSAGES.mostlyOtherPeriod(other.length, parsed.length, kind, Number(year))} ${EXCEL_PANE_MESSAGES.checkOrConfirm}`;
  }
  if (accepted === 0)
    return `${EXCEL_PANE_MESSAGES.nothingAccepted(parsed.length)} ${EXCEL_PANE_MESSAGES.checkOrConfirm}`;
  return null;
}
