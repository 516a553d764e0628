/**
 * The page side of `bench/measure-page.ts`: the workbench's engine (Web Workers running the kernel, as
 * the page runs it) timed inside Chromium. Exposes `window.huzhuBench`.
 */
import type { Scenario } from "../src/scenario/types.ts";
import { createBrowserWorkerPool } from "../src/sim/browser-worker-pool.ts";
import { runSimulation } from "../src/sim/run-simulation.ts";

/** Times `paths × years` on `threads` workers after a warm-up; returns the seconds and the metrics. */
async function huzhuBench(
  scenario: Scenario,
  paths: number,
  years: number,
  seed: number,
  threads: number,
): Promise<{ seconds: number; metrics: number[] }> {
  const pool = createBrowserWorkerPool(threads);
  try {
    await runSimulation({ scenario, paths: threads * 2, years: 1, seed: 99 }, pool);
    const start = performance.now();
    const run = await runSimulation({ scenario, paths, years, seed }, pool);
    return { seconds: (performance.now() - start) / 1000, metrics: Array.from(run.outcomes[0]!.metrics) };
  } finally {
    pool.terminate();
  }
}

(window as unknown as { huzhuBench: typeof huzhuBench }).huzhuBench = huzhuBench;
