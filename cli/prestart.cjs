// `ttdn consolidate` from the installed command: the parse threads are started before the main
// bundle loads, so their own start-up (a Node environment each, then the parser bundle) overlaps
// this thread's. The pool (cli/parallel/parse-pool.ts) adopts them and sends them their context,
// or stops those it does not need; one that failed to start is replaced.
'use strict';
const { availableParallelism } = require('node:os');
const { join } = require('node:path');
const { Worker } = require('node:worker_threads');

const KEY = Symbol.for('ttdn.prestartedParseWorkers');

function prestartParseWorkers() {
  const env = process.env.TTDN_WORKERS;
  // parse-pool's defaultWorkers for a run of many files; it trims the list for a small run.
  const n =
    env !== undefined && /^\d+$/.test(env)
      ? Number(env)
      : Math.min(8, Math.max(2, availableParallelism() - 1));
  globalThis[KEY] = Array.from({ length: n }, () => {
    const worker = new Worker(join(__dirname, 'code-cache.cjs'), {
      argv: [join(__dirname, 'dist', 'parse-worker.cjs')],
    });
    const entry = { worker, failed: false };
    const failed = () => (entry.failed = true);
    worker.on('error', failed).on('exit', failed);
    // Waiting to be adopted must not keep the process alive (`--help`, a usage error).
    worker.unref();
    return entry;
  });
}

module.exports = { prestartParseWorkers };
