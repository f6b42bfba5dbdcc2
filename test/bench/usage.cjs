// Preloaded into a measured process (node -r): on exit, writes its peak RSS (all threads) and CPU
// time to the file named by TTDN_BENCH_USAGE.
const { isMainThread } = require('node:worker_threads');
if (isMainThread && process.env.TTDN_BENCH_USAGE) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    require('node:fs').writeFileSync(
      process.env.TTDN_BENCH_USAGE,
      JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }),
    );
  });
}
