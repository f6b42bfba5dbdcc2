#!/usr/bin/env node
// Builds the CLI into cli/dist: ttdn.cjs (the command) and parse-worker.cjs (its parsing threads).
// ExcelJS, docx and Ajv stay outside the bundle (installed dependencies) and are required only by the
// commands that use them: every command pays to load the bundle, so `validate` stays small (0.7 MB).
// Run by `npm ci`/`npm install` (the `prepare` script) and by `npm run build:cli`.
const { build } = require('esbuild');
const { join } = require('node:path');

const root = join(__dirname, '..');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs', 'docx', 'ajv'],
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

async function buildCli() {
  await Promise.all([
    build({ ...common, entryPoints: ['cli/main.ts'], outfile: 'cli/dist/ttdn.cjs' }),
    build({ ...common, entryPoints: ['cli/parallel/parse-worker.ts'], outfile: 'cli/dist/parse-worker.cjs' }),
  ]);
}

module.exports = { buildCli };
if (require.main === module)
  buildCli().catch((e) => {
    console.error(e);
    process.exit(1);
  });
