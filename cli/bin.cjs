#!/usr/bin/env node
// Installed entry point (`npx ttdn`, `npm run ttdn`): the built CLI (cli/dist, made by `npm ci` through
// the `prepare` script, or `npm run build:cli`). From a checkout without a build, it falls back to the
// TypeScript sources through tsx when that is installed.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, 'dist', 'ttdn.cjs');
let run;
if (existsSync(built)) ({ run } = require('./code-cache.cjs').requireCached(built));
else {
  try {
    require('tsx/cjs');
  } catch {
    process.stderr.write('Lỗi: chưa dựng dòng lệnh ttdn; chạy "npm run build:cli" rồi thử lại.\n');
    process.exit(2);
  }
  ({ run } = require('./main.ts'));
}
run(process.argv.slice(2)).then((code) => process.exit(code));
