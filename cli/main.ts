import { extname } from 'node:path';
import { Command, CommanderError } from 'commander';
import { TtdnError, UsageError, parseDateText } from '../shared';
import type { GlobalOptions } from './config';
import { loadCalendar, loadRegistry } from './config';
import { unitsCommand } from './commands/units';
import { validateCommand } from './commands/validate';
import { checkKind, checkYear } from './usage';
import { version } from '../package.json';
// Commands that write .xlsx (and so load ExcelJS) are imported only when run: validate and units
// start without it.

const out = (s: string) => process.stdout.write(`${s}\n`);

function withGlobals(cmd: Command): Command {
  return cmd
    .option('--preset <id>', 'bộ cấu hình có sẵn: mau-truoc-2025 | mau-tu-2025')
    .option('--registry <file>', 'danh sách đơn vị (.json hoặc .csv)')
    .option('--calendar <file>', 'lịch báo cáo (.json)')
    .option('--debug', 'in chi tiết lỗi kỹ thuật');
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('ttdn')
    .description('Biểu mẫu, kiểm tra và tổng hợp báo cáo thông tin đối ngoại (TT 22/2016/TT-BTTTT)')
    .exitOverride()
    .version(version, '-V, --version', 'in số phiên bản')
    .usage('[tùy chọn] [lệnh]')
    .helpOption('-h, --help', 'xem hướng dẫn')
    .configureHelp(HELP)
    .showHelpAfterError('(xem hướng dẫn: ttdn --help)')
    .helpCommand('help [lệnh]', 'xem hướng dẫn của một lệnh')
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(translateCommanderError(s)),
    });

  withGlobals(program.command('units').description('liệt kê danh sách đơn vị đang dùng'))
    .option('--json', 'in dạng JSON')
    .action((o: GlobalOptions) => setExit(unitsCommand(loadRegistry(o), Boolean(o.json), out)));

  withGlobals(program.command('template').description('tạo biểu mẫu .xlsx cho một đơn vị'))
    .requiredOption('--kind <kind>', 'ke-hoach-nam | bao-cao-6-thang | bao-cao-nam')
    .requiredOption('--unit <code>', 'mã đơn vị')
    .requiredOption('--year <yyyy>', 'năm')
    .requiredOption('-o, --output <file>', 'tệp .xlsx đầu ra')
    .action(async (o: GlobalOptions & { kind: string; unit: string; year: string; output: string }) => {
      checkOutput(o.output, ['.xlsx']);
      const { generateXlsx } = await import('./generate');
      const { writeAtomically } = await import('./files');
      const bytes = await generateXlsx({
        registry: loadRegistry(o),
        calendar: loadCalendar(o),
        kind: checkKind(o.kind),
        unitCode: o.unit,
        year: checkYear(o.year),
      });
      await writeAtomically(o.output, bytes);
      out(`Đã tạo ${o.output} (${o.kind}, ${o.unit.toUpperCase()}, ${o.year}).`);
      setExit(0);
    });

  withGlobals(program.command('validate').description('kiểm tra một tệp biểu mẫu').argument('<file>'))
    .option('--json', 'in kết quả dạng JSON')
    .action(async (file: string, o: GlobalOptions) =>
      setExit(await validateCommand(file, loadRegistry(o), loadCalendar(o), Boolean(o.json), out)),
    );

  withGlobals(
    program
      .command('consolidate')
      .description('tổng hợp các tệp đã nhận thành bảng tổng hợp của tỉnh')
      .argument('<inputs...>', 'tệp hoặc thư mục'),
  )
    .requiredOption('--kind <kind>', 'ke-hoach-nam | bao-cao-6-thang | bao-cao-nam')
    .requiredOption('--year <yyyy>', 'năm')
    .requiredOption('-o, --output <file>', 'bảng tổng hợp .xlsx')
    .option('--as-of <yyyy-mm-dd>', 'ngày tính tình hình nộp (mặc định: hôm nay)')
    .option('--plans <dir>', 'thư mục kế hoạch năm của các đơn vị (so sánh kế hoạch – kết quả)')
    .option('--received <file.csv>', 'danh sách ngày nhận: file,date')
    .option('--include-rejected <files>', 'tên tệp (phân cách bằng dấu phẩy) vẫn đưa vào dù còn lỗi')
    .option('--json', 'in kết quả dạng JSON')
    .action(
      async (
        inputs: string[],
        o: GlobalOptions & {
          kind: string;
          year: string;
          output: string;
          asOf?: string;
          plans?: string;
          received?: string;
          includeRejected?: string;
        },
      ) => {
        checkOutput(o.output, ['.xlsx']);
        const { consolidateCommand } = await import('./commands/consolidate');
        const r = await consolidateCommand(
          {
            registry: loadRegistry(o),
            calendar: loadCalendar(o),
            kind: checkKind(o.kind),
            year: checkYear(o.year),
            asOf: checkDate(o.asOf),
            plans: o.plans,
            received: o.received,
            includeRejected: o.includeRejected
              ?.split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            output: o.output,
            inputs,
            json: Boolean(o.json),
          },
          out,
        );
        setExit(r.code);
      },
    );

  withGlobals(
    program.command('export').description('xuất báo cáo gửi Bộ từ bảng tổng hợp').argument('<summary>'),
  )
    .requiredOption('--format <fmt>', 'xlsx | docx | json | csv')
    .requiredOption('-o, --output <file>', 'tệp đầu ra')
    .action(async (summary: string, o: GlobalOptions & { format: string; output: string }) => {
      if (!['xlsx', 'docx', 'json', 'csv'].includes(o.format))
        throw new UsageError(`Định dạng "${o.format}" không hợp lệ (xlsx, docx, json, csv).`);
      checkOutput(o.output, [`.${o.format}`]);
      const { exportCommand } = await import('./commands/export');
      await exportCommand(summary, o.format, o.output, loadRegistry(o), out);
      setExit(0);
    });

  withGlobals(program.command('demo').description('chạy thử trên một hộp thư mẫu của tỉnh'))
    .option('-o, --output <dir>', 'thư mục kết quả', 'ttdn-demo')
    .action(async (o: GlobalOptions & { output: string }) => {
      const { demoCommand } = await import('./commands/demo');
      setExit(await demoCommand(o.output, loadRegistry(o), loadCalendar(o), out));
    });

  return program;
}

/** Commander's help, in Vietnamese: titles, usage placeholders and "(default: …)". */
const HELP = {
  styleTitle: (t: string) => HELP_TITLES[t] ?? t,
  styleUsage: (u: string) => u.replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]'),
  optionDescription: (o: { description: string; defaultValue?: unknown }) =>
    o.defaultValue === undefined
      ? o.description
      : `${o.description} (mặc định: ${JSON.stringify(o.defaultValue)})`,
};

/** An output's extension must match what is written (`-o a.txt` must not get an .xlsx). */
function checkOutput(file: string, allowed: string[]): void {
  const ext = extname(file).toLowerCase();
  if (!allowed.includes(ext))
    throw new UsageError(
      `Tệp đầu ra "${file}" phải có đuôi ${allowed.join(' hoặc ')} (đang là "${ext || 'không có đuôi'}").`,
    );
}

const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
};

/** Commander's usage errors, in Vietnamese like the rest of the output. */
const COMMANDER_ERRORS: [RegExp, string][] = [
  [/^error: required option '(.+)' not specified/, 'Lỗi: thiếu tùy chọn bắt buộc $1'],
  [/^error: unknown option '(.+?)'.*/, 'Lỗi: không có tùy chọn $1'],
  [/^error: missing required argument '(.+)'/, 'Lỗi: thiếu tham số $1'],
  [/^error: unknown command '(.+?)'.*/, 'Lỗi: không có lệnh $1'],
  [/^error: option '(.+)' argument missing/, 'Lỗi: tùy chọn $1 thiếu giá trị'],
  [/^error: too many arguments.*/, 'Lỗi: thừa tham số'],
  [/^error: option '(.+?)' argument '(.*?)' is invalid.*/, 'Lỗi: giá trị "$2" của tùy chọn $1 không hợp lệ'],
];

/** Commander's "(Did you mean x?)" hint, kept in Vietnamese. */
function translateSuggestion(s: string): string {
  return s.replace(/\(Did you mean (.+?)\?\)/, '(Có phải ý bạn là $1?)');
}

function translateCommanderError(s: string): string {
  const [first, ...rest] = s.trim().split('\n');
  for (const [re, vi] of COMMANDER_ERRORS)
    if (re.test(first)) return `${[first.replace(re, vi), ...rest.map(translateSuggestion)].join('\n')}\n`;
  return translateSuggestion(s);
}

function checkDate(v: string | undefined): string {
  if (!v) return new Date().toISOString().slice(0, 10);
  const span = parseDateText(v);
  if (!span || span.granularity !== 'day') throw new UsageError(`Ngày "${v}" không hợp lệ (YYYY-MM-DD).`);
  return span.from;
}

/** Runs the CLI; returns the exit code. Errors print a Vietnamese message, a stack only with --debug. */
export async function run(argv: string[]): Promise<number> {
  // `npm run ttdn -- …` runs in the package folder; paths are the user's, relative to where npm was run.
  if (process.env.npm_lifecycle_event === 'ttdn' && process.env.INIT_CWD) {
    try {
      process.chdir(process.env.INIT_CWD);
    } catch {
      /* stay in the package folder */
    }
  }
  let code = 0;
  const program = buildProgram((c) => (code = c));
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof TtdnError) {
      process.stderr.write(`Lỗi: ${e.message}\n`);
      if (debug) process.stderr.write(`${e.stack}\n`);
      return 2;
    }
    process.stderr.write(`Lỗi không mong đợi: ${(e as Error).message}\n`);
    if (debug) process.stderr.write(`${(e as Error).stack}\n`);
    else process.stderr.write('(chạy lại với --debug để xem chi tiết)\n');
    return 2;
  }
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((c) => process.exit(c));
}
