import { describe, expect, it } from "vitest";
import { metricColumn, summarizeRun } from "../../src/risk/summarize-run.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";

// The cost of raising the cap from 250,000 to 500,000: a small difference between two large, noisy
// totals. On common random numbers both scenarios see the same members and claims, so the paired
// difference has a much smaller standard error than the difference of two independent runs.
describe("common random numbers", () => {
  it("give a narrower confidence interval for the 500k − 250k difference than independent runs", async () => {
    const cap500 = loadScenario("scenarios/inner-mongolia-2025.json");
    const cap250 = loadScenario("scenarios/inner-mongolia-2025-cap-250k.json");
    const paths = 40;
    const pairedRun = await runSimulation(
      { scenario: cap250, compare: cap500, paths, years: 2, seed: 3 },
      createInlinePool(),
    );
    const paired = summarizeRun(pairedRun);
    const pairedSe = paired.compare!.differences.byYear[0]!.benefitsPaid.se;
    const a = summarizeRun(
      await runSimulation({ scenario: cap250, paths, years: 1, seed: 3 }, createInlinePool()),
    );
    const b = summarizeRun(
      await runSimulation({ scenario: cap500, paths, years: 1, seed: 4 }, createInlinePool()),
    );
    const independentSe = Math.hypot(a.byYear[0]!.benefitsPaid.se, b.byYear[0]!.benefitsPaid.se);
    expect(pairedSe).toBeLessThan(independentSe / 5);
    // Raising the cap never lowers a path's benefits: same claims, a higher limit.
    for (const year of [1, 2]) {
      const low = metricColumn(pairedRun.outcomes[0]!, paths, 2, year, METRIC.benefitsIncurred);
      const high = metricColumn(pairedRun.outcomes[1]!, paths, 2, year, METRIC.benefitsIncurred);
      low.forEach((value, path) => expect(high[path]! - value).toBeGreaterThanOrEqual(0));
    }
  });
});
