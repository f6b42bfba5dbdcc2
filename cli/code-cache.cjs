// Loads a built bundle (cli/dist) through V8's code cache, so a run does not parse and compile the
// same 0.7 MB of JavaScript again: about a tenth of `ttdn validate`. Node 20 has no
// module.enableCompileCache (22.1+), hence this small loader, in the manner of v8-compile-cache.
// The cache sits beside the bundle, named by checksums of the bundle and the V8 version: V8's own
// check compares only the source's length and V8's flags, so a rebuilt bundle must never meet the
// cache of the previous one. A stale or rejected cache means compiling as usual and a fresh cache.
// Also a worker entry: `new Worker(this file, { argv: [bundle] })` loads the bundle the same way.
'use strict';
const { readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { basename, dirname, join } = require('node:path');
const vm = require('node:vm');
const { crc32 } = require('node:zlib');
const { isMainThread, threadId } = require('node:worker_threads');

/** A worker is stopped rather than exiting: it saves its cache once it has compiled its hot code. */
const WORKER_SAVE_AFTER_MS = 500;

/**
 * Names the cache of one exact bundle: its length and the CRC-32 of each half (zlib's, native; the
 * bundle needs zlib anyway, while node:crypto would cost `validate` its loading alone).
 */
function bundleKey(bytes) {
  const half = bytes.length >> 1;
  const hex = (n) => n.toString(16).padStart(8, '0');
  return `${bytes.length.toString(16)}-${hex(crc32(bytes.subarray(0, half)))}${hex(crc32(bytes.subarray(half)))}`;
}

function save(script, file, cacheFile) {
  const tmp = `${cacheFile}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
    // The caches of earlier builds of this bundle.
    const prefix = `${basename(file)}.`;
    for (const f of readdirSync(dirname(file)))
      if (f.startsWith(prefix) && f.endsWith('.v8cache') && f !== basename(cacheFile))
        unlinkSync(join(dirname(file), f));
  } catch {
    // A read-only install: run without a cache.
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing written */
    }
  }
}

/** Requires the CommonJS bundle `file` as Node would, with its compiled code cached beside it. */
function requireCached(file) {
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const cacheFile = `${file}.${bundleKey(bytes)}.${process.versions.v8}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // First run: compiled as usual, cached at the end.
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const mod = { exports: {}, id: file, filename: file, loaded: false };
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  if (!cachedData || script.cachedDataRejected) {
    // Saved after the run, so the functions it compiled are in the cache too.
    if (isMainThread) process.once('exit', () => save(script, file, cacheFile));
    else setTimeout(() => save(script, file, cacheFile), WORKER_SAVE_AFTER_MS).unref();
  }
  return mod.exports;
}

module.exports = { requireCached };
if (!isMainThread && require.main === module) requireCached(process.argv[2]);
