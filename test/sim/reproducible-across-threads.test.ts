import { describe, expect, it } from "vitest";
import { summarizeRun } from "../../src/risk/summarize-run.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { createNodeWorkerPool } from "../../src/sim/node-worker-pool.ts";
import { CancelledError, runSimulation } from "../../src/sim/run-simulation.ts";

describe("reproducibility", () => {
  const scenario = loadScenario("scenarios/inner-mongolia-2025.json");
  const compare = loadScenario("scenarios/inner-mongolia-2025-cap-250k.json");
  const request = { scenario, compare, paths: 12, years: 3, seed: 5 };

  it("gives identical results JSON on 1 thread and on 2 worker threads", async () => {
    const single = await runSimulation(request, createInlinePool());
    const pool = createNodeWorkerPool(2);
    try {
      const progress: number[] = [];
      const double = await runSimulation(request, pool, { onProgress: (done) => progress.push(done) });
      expect(JSON.stringify(summarizeRun(double))).toBe(JSON.stringify(summarizeRun(single)));
      expect(
        Buffer.from(double.outcomes[0]!.metrics.buffer).equals(
          Buffer.from(single.outcomes[0]!.metrics.buffer),
        ),
      ).toBe(true);
      expect(progress.at(-1)).toBe(12);
    } finally {
      pool.terminate();
    }
  });

  it("gives different results for a different seed", async () => {
    const a = summarizeRun(
      await runSimulation({ scenario, paths: 4, years: 1, seed: 1 }, createInlinePool()),
    );
    const b = summarizeRun(
      await runSimulation({ scenario, paths: 4, years: 1, seed: 2 }, createInlinePool()),
    );
    expect(a.byYear[0]!.benefitsPaid.mean).not.toBe(b.byYear[0]!.benefitsPaid.mean);
  });

  it("a cancelled run rejects with CancelledError and returns no results", async () => {
    const pool = createNodeWorkerPool(2);
    const abort = new AbortController();
    const running = runSimulation({ scenario, paths: 2000, years: 10, seed: 1 }, pool, {
      onProgress: (done) => {
        if (done >= 2) abort.abort();
      },
      signal: abort.signal,
    });
    await expect(running).rejects.toBeInstanceOf(CancelledError);
  });
});
