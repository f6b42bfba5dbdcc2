import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Calendar, Registry, ReportKind, WorkbookModel } from '../../shared';
import { buildTemplate, findUnit, periodOf, templateForKind, unitAbbr } from '../../shared';
import { GENERATOR } from '../generate';
import { modelToXlsxBytes } from '../xlsx/write-workbook';
import { namedBox, setModelCell } from './model-edit';
import { samplePlanNarratives, samplePlanRows, sampleReport } from './sample-data';

export interface FormFill {
  registry: Registry;
  calendar: Calendar;
  kind: ReportKind;
  year: number;
  unitCode: string;
  rows: Record<string, string | number | null>[];
  indicators?: Record<string, number>;
  narratives?: Record<string, string>;
  reportDate: string;
  docNumber?: string;
  /** Last-minute edits, the way an agency types into cells. */
  edit?: (model: WorkbookModel) => void;
}

/** A filled form as a model: generated, then typed into (rows, indicators, narratives, header). */
export function filledModel(f: FormFill): WorkbookModel {
  const unit = findUnit(f.registry, f.unitCode);
  if (!unit) throw new Error(`unknown unit ${f.unitCode}`);
  const { model } = buildTemplate({
    spec: templateForKind(f.kind),
    kind: f.kind,
    unit,
    registry: f.registry,
    period: periodOf(f.calendar, f.kind, f.year),
    generatedAt: `${f.year}-01-02T08:00:00.000Z`,
    generator: GENERATOR,
    reportDate: f.reportDate,
    prefill: f.rows,
    indicatorValues: f.indicators,
    narratives: f.narratives,
  });
  const doc = namedBox(model, 'TTDN_SoKyHieu');
  setModelCell(
    model,
    doc.sheet,
    `A${doc.top}`,
    `Số: ${f.docNumber ?? '15'}/${f.kind === 'ke-hoach-nam' ? 'KH' : 'BC'}-${unitAbbr(unit)}`,
  );
  f.edit?.(model);
  return model;
}

async function save(path: string, model: WorkbookModel, received: string): Promise<void> {
  await writeFile(path, await modelToXlsxBytes(model));
  const t = new Date(`${received}T09:00:00`);
  await utimes(path, t, t);
}

export interface Mailbox {
  reports: string;
  plans: string;
  receivedCsv: string;
  kind: ReportKind;
  year: number;
  asOf: string;
  expected: {
    missing: string[];
    late: Record<string, number>;
    rejected: string[];
    superseded: string[];
    unreadable: string[];
  };
}

/**
 * A realistic province mailbox for a 6-month report: on time, late, missing, a resubmission, a
 * file with blocking errors, a messy but acceptable file, a foreign workbook, a broken attachment.
 */
export async function buildDemoMailbox(
  dir: string,
  registry: Registry,
  calendar: Calendar,
): Promise<Mailbox> {
  const kind: ReportKind = 'bao-cao-6-thang';
  const year = 2026;
  const reports = join(dir, 'hop-thu');
  const plans = join(dir, 'ke-hoach');
  await mkdir(reports, { recursive: true });
  await mkdir(plans, { recursive: true });
  const received: [string, string][] = [];
  const late: Record<string, number> = { SO_CONG_THUONG: 3, UBND_X_DONG_SON: 5, BAO_PTTH: 10 };
  const missing = ['UBND_X_BIEN_GIOI', 'UBND_X_CUA_KHAU'];
  const broken = 'UBND_X_TAY_SON';
  const withPlans = registry.units.slice(0, 8).map((u) => u.code);

  for (const code of withPlans) {
    const path = join(plans, `KH${year}-${code}.xlsx`);
    await save(
      path,
      filledModel({
        registry,
        calendar,
        kind: 'ke-hoach-nam',
        year,
        unitCode: code,
        rows: samplePlanRows(code, year, 10),
        narratives: samplePlanNarratives(findUnit(registry, code)?.name ?? code, year),
        reportDate: `${year}-01-10`,
      }),
      `${year}-01-12`,
    );
  }

  for (const [i, u] of registry.units.entries()) {
    if (missing.includes(u.code)) continue;
    const file = `BC6T-${year}-${u.code}.xlsx`;
    const path = join(reports, file);
    const receivedOn = late[u.code]
      ? addDays(`${year}-06-15`, late[u.code])
      : `${year}-06-${String(5 + (i % 10)).padStart(2, '0')}`;
    if (u.code === broken) {
      const bytes = await modelToXlsxBytes(
        filledModel({
          registry,
          calendar,
          kind,
          year,
          unitCode: u.code,
          ...sampleReport(u.code, kind, year, 8),
          reportDate: receivedOn,
        }),
      );
      await writeFile(path, bytes.slice(0, Math.floor(bytes.length / 3)));
      // Dated like every other attachment: a host without the received list uses the file's date.
      const t = new Date(`${receivedOn}T09:00:00`);
      await utimes(path, t, t);
      received.push([file, receivedOn]);
      continue;
    }
    const data = sampleReport(u.code, kind, year, 12, withPlans.includes(u.code) ? 7 : 0);
    const fill: FormFill = {
      registry,
      calendar,
      kind,
      year,
      unitCode: u.code,
      ...data,
      reportDate: receivedOn,
    };
    if (u.code === 'SO_TAI_CHINH') {
      // First version, later corrected and sent again: the second supersedes it.
      const first = sampleReport(u.code, kind, year, 6);
      await save(
        join(reports, `BC6T-${year}-${u.code} (ban dau).xlsx`),
        filledModel({ ...fill, ...first, reportDate: `${year}-06-03` }),
        `${year}-06-03`,
      );
      received.push([`BC6T-${year}-${u.code} (ban dau).xlsx`, `${year}-06-03`]);
    }
    if (u.code === 'UBND_P_BAC_HA') fill.edit = plantBlockingErrors;
    if (u.code === 'SO_NGOAI_VU') fill.edit = plantAcceptableMess;
    await save(path, filledModel(fill), receivedOn);
    received.push([file, receivedOn]);
  }

  // Not a TTĐN form: a staff list someone attached by mistake.
  const foreign = new ExcelJS.Workbook();
  foreign.addWorksheet('Danh sach').addRows([
    ['STT', 'Họ và tên', 'Chức vụ'],
    [1, 'Nguyễn Văn A', 'Chuyên viên'],
  ]);
  await writeFile(join(reports, 'danh-sach-can-bo.xlsx'), new Uint8Array(await foreign.xlsx.writeBuffer()));
  received.push(['danh-sach-can-bo.xlsx', `${year}-06-10`]);

  const receivedCsv = join(dir, 'ngay-nhan.csv');
  await writeFile(
    receivedCsv,
    `\uFEFFfile,date\r\n${received.map(([f, d]) => `"${f}",${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`).join('\r\n')}\r\n`,
  );
  return {
    reports,
    plans,
    receivedCsv,
    kind,
    year,
    asOf: `${year}-06-30`,
    expected: {
      missing: [...missing, broken],
      late,
      rejected: [`BC6T-${year}-UBND_P_BAC_HA.xlsx`, 'danh-sach-can-bo.xlsx'].slice(0, 1),
      superseded: [`BC6T-${year}-SO_TAI_CHINH (ban dau).xlsx`],
      unreadable: [`BC6T-${year}-${broken}.xlsx`, 'danh-sach-can-bo.xlsx'],
    },
  };
}

function addDays(d: string, n: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** A negative count, a value outside the list and an impossible date: the file must be rejected. */
function plantBlockingErrors(model: WorkbookModel): void {
  const t = namedBox(model, 'TTDN_HoatDong');
  const ind = namedBox(model, 'TTDN_ChiTieu');
  setModelCell(model, t.sheet, `C${t.top}`, 'Hội thảo quốc tế');
  setModelCell(model, t.sheet, `F${t.top + 1}`, '31/02/2026');
  setModelCell(model, ind.sheet, `H${ind.top + 4}`, -3);
}

/** What agencies really do, all of which must still be read correctly. */
function plantAcceptableMess(model: WorkbookModel): void {
  const t = namedBox(model, 'TTDN_HoatDong');
  const below = t.bottom + 1;
  // A row typed just below the table body.
  [
    null,
    null,
    'Tập huấn, bồi dưỡng nghiệp vụ',
    'Lớp tập huấn bổ sung',
    'Hoàn thành 1 lớp',
    '20/5/2026',
    null,
    '1,5',
    'hoan thanh',
    null,
  ].forEach((v, i) => setModelCell(model, t.sheet, `${String.fromCharCode(65 + i)}${below}`, v));
  // Text that looks like a formula must stay inert text everywhere downstream.
  setModelCell(model, t.sheet, `E${t.top}`, '=HYPERLINK("http://vi-du.invalid","Bấm vào đây")');
  // A formula in an input cell: accepted for its value, with a warning.
  setModelCell(model, t.sheet, `H${t.top + 2}`, { formula: '2+3', result: 5 });
  // Thousands separators typed the Vietnamese way, and a list value without diacritics.
  setModelCell(model, t.sheet, `I${t.top + 3}`, 'dang thuc hien');
}
