/**
 * How many threads should parse a run's files besides the one that consolidates them. Each extra
 * thread starts, warms up its own copy of the parser (its first files parse at half speed) and
 * copies every result across; on the 2-core bench machine, whose two threads slow each other by
 * 1.4–1.7× on this memory-bound work, two worker threads caught up with one thread only near 300
 * files (CLI, 200 files: 1.86 s vs 2.10 s median; 400: even; 1,000: 3.0–3.4 s vs 3.8–4.2 s of
 * parsing). More cores are assumed to pay off sooner: the threshold is files × cores.
 */
const MIN_FILES_X_CORES_FOR_WORKERS = 600;

/** 0: one thread parses and consolidates; else the number of parsing threads (2 to 8). */
export function parseThreadsFor(files: number, cores: number): number {
  if (files * cores < MIN_FILES_X_CORES_FOR_WORKERS) return 0;
  return Math.min(8, Math.max(2, cores - 1), files);
}
