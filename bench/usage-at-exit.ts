/**
 * Preloaded into a process that `npm run bench` times as a whole (the `huzhu` command itself):
 * `node --import tsx --import ./bench/usage-at-exit.ts bin/huzhu.js …` with `HUZHU_BENCH_USAGE=FILE`
 * writes, when the process exits, one JSON line to FILE: wall seconds since the process started, CPU
 * seconds (`process.cpuUsage`, all threads) and peak RSS in MB.
 */
import { writeFileSync } from "node:fs";

const file = process.env.HUZHU_BENCH_USAGE;
if (file)
  process.on("exit", () => {
    const cpu = process.cpuUsage();
    writeFileSync(
      file,
      JSON.stringify({
        seconds: performance.now() / 1000,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        peakMb: process.resourceUsage().maxRSS / 1024,
      }) + "\n",
    );
  });
