import { FakeExcel, OfficeApiError, PAYLOAD_LIMIT, SheetState, printedHeaderFooter } from './fake-excel';

/** Each rule of the fake, shown to fail the way Excel does (the rules are listed in fake-excel.ts). */

type Ctx = Excel.RequestContext;

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(OfficeApiError);
    return (e as OfficeApiError).code;
  }
  throw new Error('expected a failure');
}

describe('fake Excel rules', () => {
  it('QUEUE: nothing is applied before sync', async () => {
    const x = new FakeExcel();
    await x.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['a']];
      expect(x.value('Sheet1', 'A1')).toBeUndefined();
      await ctx.sync();
      expect(x.value('Sheet1', 'A1')).toBe('a');
    });
  });

  it('NOT_LOADED: reading an unloaded property throws PropertyNotLoaded with its code', async () => {
    const x = new FakeExcel();
    const code = await codeOf(
      x.run(async (ctx: Ctx) => {
        const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
        await ctx.sync();
        expect(r.values).toEqual([['']]);
        return r.formulas;
      }),
    );
    expect(code).toBe('PropertyNotLoaded');
    await expect(
      x.run(async (ctx: Ctx) => {
        const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
        return Promise.resolve(r.values); // no sync yet
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('CODE: errors carry the Office code; the message is Office English text', async () => {
    const x = new FakeExcel();
    let e: OfficeApiError | undefined;
    await x
      .run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
        await ctx.sync();
      })
      .catch((err: unknown) => (e = err as OfficeApiError));
    expect(e).toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound' });
    expect(e?.message).not.toContain('ItemNotFound');
  });

  it('NO_ROLLBACK: a failing command keeps the earlier ones and drops the later ones', async () => {
    const x = new FakeExcel();
    const code = await codeOf(
      x.run(async (ctx: Ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1').values = [['before']];
        ws.getRange('A2').values = [['x', 'y']]; // wrong dimensions
        ws.getRange('A3').values = [['after']];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
    expect(x.value('Sheet1', 'A1')).toBe('before');
    expect(x.value('Sheet1', 'A3')).toBeUndefined();
  });

  it('PROTECTION: a locked cell of a protected sheet refuses values; an unlocked one accepts them', async () => {
    const x = new FakeExcel();
    await x.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B1:B5').format.protection.locked = false;
      ws.protection.protect({ allowFormatCells: false });
      await ctx.sync();
      ws.getRange('B2').values = [['ok']];
      await ctx.sync();
    });
    expect(x.value('Sheet1', 'B2')).toBe('ok');
    const locked = await codeOf(
      x.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A2:B2').values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(locked).toBe('AccessDenied');
    const format = await codeOf(
      x.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').format.fill.color = '#FF0000';
        await ctx.sync();
      }),
    );
    expect(format).toBe('AccessDenied');
  });

  it('PROTECTION: protect twice or unprotect an unprotected sheet throws AccessDenied (office-js#6784)', async () => {
    const x = new FakeExcel();
    const un = await codeOf(
      x.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').protection.unprotect();
        await ctx.sync();
      }),
    );
    expect(un).toBe('AccessDenied');
    const twice = await codeOf(
      x.run(async (ctx: Ctx) => {
        const p = ctx.workbook.worksheets.getItem('Sheet1').protection;
        p.protect();
        p.protect();
        await ctx.sync();
      }),
    );
    expect(twice).toBe('AccessDenied');
  });

  it('PAYLOAD: a request over 5 MB is refused and applies nothing', async () => {
    const x = new FakeExcel();
    const big = 'đ'.repeat(20000);
    const code = await codeOf(
      x.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A200').values = Array.from(
          { length: 200 },
          () => [big],
        );
        await ctx.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(x.payloads[0]).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(x.value('Sheet1', 'A1')).toBeUndefined();
  });

  it('PAYLOAD: a response over 5 MB fails too', async () => {
    const x = new FakeExcel();
    const big = 'ư'.repeat(20000);
    for (let i = 0; i < 4; i++)
      await x.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange(`A${i * 50 + 1}:A${i * 50 + 50}`).values =
          Array.from({ length: 50 }, () => [big]);
        await ctx.sync();
      });
    const code = await codeOf(
      x.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A200').load('values');
        await ctx.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(x.responses.at(-1)).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it('LIST_SOURCE: a list validation must refer to an existing sheet', async () => {
    const x = new FakeExcel();
    const code = await codeOf(
      x.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = {
          list: { inCellDropDown: true, source: '=_lists!$A$1:$A$3' },
        };
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('DATE_RULE: date bounds must be ISO dates or formulas, not serial numbers as text', async () => {
    const x = new FakeExcel();
    const set = (formula1: string) =>
      x.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = {
          date: { formula1, operator: 'GreaterThan' },
        };
        await ctx.sync();
      });
    expect(await codeOf(set('46023'))).toBe('InvalidArgument');
    await expect(set('2026-01-01')).resolves.toBeUndefined();
  });

  it('VISIBLE: the last visible sheet can be neither hidden nor deleted', async () => {
    const x = new FakeExcel();
    const code = await codeOf(
      x.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden';
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
  });

  it('API_SET: a call from a requirement set this Excel lacks fails with ApiNotFound at sync', async () => {
    const onSheet = (x: FakeExcel, fn: (ws: Excel.Worksheet) => void) =>
      x.run(async (ctx: Ctx) => {
        fn(ctx.workbook.worksheets.getItem('Sheet1'));
        await ctx.sync();
      });
    const old = new FakeExcel({ apiMinor: 8 });
    expect(await codeOf(onSheet(old, (ws) => (ws.pageLayout.orientation = 'Landscape')))).toBe('ApiNotFound');
    expect(await codeOf(onSheet(old, (ws) => ws.autoFilter.apply('A1:B3')))).toBe('ApiNotFound');
    expect(await codeOf(onSheet(old, (ws) => ws.horizontalPageBreaks.add('A5')))).toBe('ApiNotFound');
    // Freeze panes are ExcelApi 1.7: there on the oldest Excel the add-in runs in.
    await expect(
      onSheet(new FakeExcel({ apiMinor: 7 }), (ws) => ws.freezePanes.freezeRows(2)),
    ).resolves.toBeUndefined();
    await expect(
      onSheet(new FakeExcel(), (ws) => (ws.pageLayout.orientation = 'Landscape')),
    ).resolves.toBeUndefined();
  });

  it('PRINT_TITLES: print titles must be whole rows / whole columns', async () => {
    const x = new FakeExcel();
    const run = (fn: (pl: Excel.PageLayout) => void) =>
      x.run(async (ctx: Ctx) => {
        fn(ctx.workbook.worksheets.getItem('Sheet1').pageLayout);
        await ctx.sync();
      });
    expect(await codeOf(run((pl) => pl.setPrintTitleRows('A9:J10')))).toBe('InvalidArgument');
    expect(await codeOf(run((pl) => pl.setPrintTitleColumns('A1:B1')))).toBe('InvalidArgument');
    await run((pl) => {
      pl.setPrintTitleRows('$9:$10');
      pl.setPrintTitleColumns('$A:$D');
    });
    expect(x.sheet('Sheet1').print).toMatchObject({ titleRows: '9:10', titleColumns: 'A:D' });
  });

  it('ZOOM: zoom is set whole (reading it unloaded throws) and the scale stays within 10–400 %', async () => {
    const x = new FakeExcel();
    const run = (fn: (pl: Excel.PageLayout) => void) =>
      x.run(async (ctx: Ctx) => {
        fn(ctx.workbook.worksheets.getItem('Sheet1').pageLayout);
        await ctx.sync();
      });
    expect(await codeOf(run((pl) => (pl.zoom.scale = 90)))).toBe('PropertyNotLoaded');
    expect(await codeOf(run((pl) => (pl.zoom = { scale: 5 })))).toBe('InvalidArgument');
    expect(await codeOf(run((pl) => (pl.zoom = { horizontalFitToPages: 1.5 })))).toBe('InvalidArgument');
    await run((pl) => (pl.zoom = { horizontalFitToPages: 2 }));
    expect(x.sheet('Sheet1').print.zoom).toEqual({ horizontalFitToPages: 2 });
  });

  it('HEADERS: the first-page header replaces page 1 only when the state has a first page', async () => {
    const x = new FakeExcel();
    const run = (fn: (hf: Excel.HeaderFooterGroup) => void) =>
      x.run(async (ctx: Ctx) => {
        fn(ctx.workbook.worksheets.getItem('Sheet1').pageLayout.headersFooters);
        await ctx.sync();
      });
    await run((hf) => {
      hf.firstPage.centerHeader = '';
      hf.defaultForAllPages.centerHeader = '&P';
    });
    const p = x.sheet('Sheet1').print;
    expect(printedHeaderFooter(p, 1, 'centerHeader')).toBe('&P'); // state still "Default"
    await run((hf) => (hf.state = 'FirstAndDefault'));
    expect(printedHeaderFooter(p, 1, 'centerHeader')).toBe('');
    expect(printedHeaderFooter(p, 2, 'centerHeader')).toBe('&P');
    expect(await codeOf(run((hf) => (hf.state = 'FirstPage' as Excel.HeaderFooterState)))).toBe(
      'InvalidArgument',
    );
  });

  it("PAGE_BREAK: a break goes above the range's top-left cell; a non-range is refused", async () => {
    const x = new FakeExcel();
    const add = (a: string) =>
      x.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').horizontalPageBreaks.add(a);
        await ctx.sync();
      });
    await add('C40:D41');
    expect(x.sheet('Sheet1').print.breaks).toEqual([40]);
    expect(await codeOf(add('trang 2'))).toBe('InvalidArgument');
  });

  it('FREEZE: panes of a hidden sheet cannot be frozen; counts are whole numbers', async () => {
    const x = new FakeExcel();
    const hidden = new SheetState('An');
    hidden.visibility = 'Hidden';
    x.sheets.push(hidden);
    const freeze = (sheet: string, fn: (f: Excel.WorksheetFreezePanes) => void) =>
      x.run(async (ctx: Ctx) => {
        fn(ctx.workbook.worksheets.getItem(sheet).freezePanes);
        await ctx.sync();
      });
    expect(await codeOf(freeze('An', (f) => f.freezeRows(3)))).toBe('GeneralException');
    expect(await codeOf(freeze('Sheet1', (f) => f.freezeRows(-1)))).toBe('InvalidArgument');
    expect(await codeOf(freeze('Sheet1', (f) => f.freezeAt('tiêu đề')))).toBe('InvalidArgument');
    await freeze('Sheet1', (f) => f.freezeAt('A1:B3'));
    expect(x.sheet('Sheet1').frozen).toEqual({ rows: 3, cols: 2 });
  });

  it('AUTOFILTER: a protected sheet refuses a new filter; a second apply replaces the first', async () => {
    const x = new FakeExcel();
    const apply = (a: string) =>
      x.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').autoFilter.apply(a);
        await ctx.sync();
      });
    await apply('A3:F20');
    await apply('A3:G30');
    expect(x.sheet('Sheet1').autoFilter).toBe('A3:G30');
    x.sheet('Sheet1').protectedWith = { allowAutoFilter: true };
    expect(await codeOf(apply('A3:G40'))).toBe('AccessDenied');
  });
});
