// Loaded with `node --import <this file> ...` by bench/check.mjs when
// /usr/bin/time is not available: at exit, writes the process's peak resident
// set size (KiB, from process.resourceUsage().maxRSS) to NETGOV_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.NETGOV_BENCH_RSS_FILE;
if (file) {
  delete process.env.NETGOV_BENCH_RSS_FILE; // not inherited by anything the child spawns
  process.on('exit', () => {
    try {
      writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // nothing useful to do
    }
  });
}
