import { FakeExcel, OfficeApiError, PAYLOAD_LIMIT } from './fake-excel';

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
});
