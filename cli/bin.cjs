#!/usr/bin/env node
// Installed entry point (`npx ttdn`): runs the TypeScript CLI through tsx, a runtime dependency.
require('tsx/cjs');
const { run } = require('./main.ts');
run(process.argv.slice(2)).then((code) => process.exit(code));
