/**
 * The fake's own rules (fake-gas.ts R1–R9): each one is shown to fail the way Apps Script fails, so
 * server code that passes against the fake cannot be relying on a rule the fake forgot.
 */
import {
  CELL_LIMIT,
  Drive,
  DriveApp,
  EXECUTION_LIMIT_MS,
  EXPORT_LIMIT,
  FakeHtmlOutput,
  SCOPES,
  SpreadsheetApp,
  UrlFetchApp,
  beginExecution,
  drive,
  env,
  fakeProps,
  formatInZone,
  installFakeGas,
  pick,
  spreadsheets,
  ui,
  FakeSpreadsheet,
} from './fake-gas';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET = 'application/vnd.google-apps.spreadsheet';

beforeEach(() => {
  installFakeGas();
});

describe('R1 OAuth scopes come from the manifest', () => {
  it('the manifest grants the current spreadsheet, the UI and drive.file, nothing wider', () => {
    expect([...env.scopes].sort()).toEqual([SCOPES.driveFile, SCOPES.containerUi, SCOPES.currentOnly].sort());
  });

  it('openById needs spreadsheets, not currentonly', () => {
    const other = new FakeSpreadsheet('khác', 'other');
    spreadsheets.set('other', other);
    expect(() => SpreadsheetApp.openById('other')).toThrow(
      /You do not have permission to call SpreadsheetApp.openById. Required permissions: .*auth\/spreadsheets$/,
    );
    env.scopes.add(SCOPES.spreadsheets);
    expect(SpreadsheetApp.openById('other')).toBe(other);
  });

  it('the active spreadsheet needs currentonly (or spreadsheets)', () => {
    expect(SpreadsheetApp.getActiveSpreadsheet()).toBeDefined();
    env.scopes.delete(SCOPES.currentOnly);
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(/permission/);
  });

  it('DriveApp needs drive.readonly or drive; drive.file is not enough', () => {
    drive.set('f', {
      id: 'f',
      name: 'f.xlsx',
      mimeType: XLSX,
      bytes: new Uint8Array(1),
      updated: new Date(),
    });
    pick('f');
    expect(() => DriveApp.getFileById('f')).toThrow(/DriveApp.getFileById/);
    env.scopes.add(SCOPES.driveReadonly);
    expect(DriveApp.getFileById('f').getName()).toBe('f.xlsx');
  });

  it('UrlFetchApp needs script.external_request; showModalDialog needs script.container.ui', () => {
    expect(() => UrlFetchApp.fetch()).toThrow(/script.external_request/);
    env.scopes.delete(SCOPES.containerUi);
    expect(() => ui.showModalDialog(new FakeHtmlOutput(''), 'x')).toThrow(/script.container.ui/);
  });
});

describe('R2 drive.file opens only what the user picked', () => {
  it('a file not picked is not found; once picked it is', () => {
    drive.set('f', {
      id: 'f',
      name: 'f.xlsx',
      mimeType: XLSX,
      bytes: new Uint8Array(3),
      updated: new Date(),
    });
    expect(() => Drive.Files.get('f', { fields: 'id' })).toThrow(/File not found: f\./);
    pick('f');
    expect(Drive.Files.get('f', { fields: 'id' })).toMatchObject({ id: 'f', mimeType: XLSX });
  });

  it('picking a folder does not grant its files', () => {
    drive.set('d', {
      id: 'd',
      name: 'd',
      mimeType: 'application/vnd.google-apps.folder',
      updated: new Date(),
    });
    drive.set('d/a', {
      id: 'd/a',
      name: 'a.xlsx',
      mimeType: XLSX,
      bytes: new Uint8Array(3),
      updated: new Date(),
    });
    pick('d');
    expect(() => Drive.Files.get('d/a', { alt: 'media' })).toThrow(/File not found/);
  });
});

describe('R3 Drive export and download', () => {
  beforeEach(() => {
    drive.set('s', { id: 's', name: 's', mimeType: SHEET, exported: new Uint8Array(5), updated: new Date() });
    pick('s');
  });
  it('export returns the bytes only with alt=media', () => {
    expect(() => Drive.Files.export('s', XLSX)).toThrow(/Export requires alt=media/);
    expect(Drive.Files.export('s', XLSX, { alt: 'media' }).getBytes()).toHaveLength(5);
  });
  it('a Google Sheet cannot be downloaded, only exported', () => {
    expect(() => Drive.Files.get('s', { alt: 'media' })).toThrow(/Use Export with Docs Editors files/);
  });
  it('an export over 10 MB fails', () => {
    drive.get('s')!.exported = new Uint8Array(EXPORT_LIMIT + 1);
    expect(() => Drive.Files.export('s', XLSX, { alt: 'media' })).toThrow(/too large to be exported/);
  });
});

describe('R4 a cell holds 50,000 characters', () => {
  it('refuses a longer value, accepts the limit', () => {
    const r = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1');
    expect(() => r.setValues([['x'.repeat(CELL_LIMIT + 1)]])).toThrow(/maximum of 50000 characters/);
    r.setValues([['x'.repeat(CELL_LIMIT)]]);
    expect(String(r.getValue())).toHaveLength(CELL_LIMIT);
  });
});

describe('R5 six minutes per execution', () => {
  it('a call past the limit throws; a new execution starts a new clock', () => {
    env.costs['Spreadsheet.getName'] = EXECUTION_LIMIT_MS / 2;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    ss.getName();
    expect(() => ss.getName()).toThrow(/Exceeded maximum execution time/);
    beginExecution();
    expect(ss.getName()).toBeDefined();
    delete env.costs['Spreadsheet.getName'];
  });
});

describe('R6 properties: 9 KB per value, 500 KB per store', () => {
  it('refuses a value over 9 KB', () => {
    expect(() => fakeProps.document.setProperty('k', 'x'.repeat(9 * 1024 + 1))).toThrow(/Argument too large/);
    fakeProps.document.setProperty('k', 'x'.repeat(9 * 1024));
  });
  it('refuses to grow a store past 500 KB, and keeps what it had', () => {
    const chunk = 'x'.repeat(8000);
    const many: Record<string, string> = {};
    for (let i = 0; i < 62; i++) many[`k${i}`] = chunk;
    fakeProps.document.setProperties(many);
    expect(() => fakeProps.document.setProperties({ more: chunk, more2: chunk })).toThrow(/storage quota/);
    expect(Object.keys(fakeProps.document.getProperties())).toHaveLength(62);
  });
});

describe('R7 dates live in the spreadsheet time zone', () => {
  it("a typed date comes back as the instant of its wall clock in the spreadsheet's zone", () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet._putDate('A1', '2026-06-10');
    const d = sheet.getRange('A1').getValue() as Date;
    expect(d.toISOString()).toBe('2026-06-09T17:00:00.000Z');
    expect(formatInZone(d, 'Asia/Ho_Chi_Minh', "yyyy-MM-dd'T'HH:mm Z")).toBe('2026-06-10T00:00 +0700');
  });
});

describe('R8 frozen panes cannot cut a merged cell', () => {
  it('refuses rows that hold only part of a merge; freezing above or below it is fine', () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange('A2:C4').merge();
    expect(() => sheet.setFrozenRows(3)).toThrow(/only part of a merged cell/);
    expect(() => sheet.setFrozenRows(-1)).toThrow(/Invalid argument/);
    sheet.setFrozenRows(4);
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
  });
});

describe('R9 one filter per sheet', () => {
  it('a second createFilter throws until the first is removed', () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange('A3:D10').createFilter();
    expect(() => sheet.getRange('A3:E20').createFilter()).toThrow(/already has a filter/);
    sheet.getFilter()!.remove();
    sheet.getRange('A3:E20').createFilter();
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A3:E20');
  });
});
