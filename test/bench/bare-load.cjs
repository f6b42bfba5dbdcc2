// The baseline: a process that merely loads every .xlsx of a folder with ExcelJS, one after another.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const ExcelJS = require('exceljs');

(async () => {
  const dir = process.argv[2];
  for (const f of readdirSync(dir).sort()) await new ExcelJS.Workbook().xlsx.load(readFileSync(join(dir, f)));
})();
