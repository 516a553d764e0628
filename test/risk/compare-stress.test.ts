import { describe, expect, it } from "vitest";
import { runStressComparison, STRESS_FIGURES } from "../../src/risk/compare-stress.ts";
import { horizonTotals } from "../../src/risk/horizon-totals.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { METRIC, metricCount } from "../../src/sim/metrics.ts";
import type { ScenarioOutcome } from "../../src/sim/run-simulation.ts";

describe("stress comparison", () => {
  it("cost-shock: every year-1 difference is exactly 0 with a 0-wide interval; later, members still are", async () => {
    const scenario = loadScenario("scenarios/inner-mongolia-2025.json");
    const comparison = await runStressComparison(
      { scenario, stresses: ["cost-shock"], paths: 3, years: 2, seed: 4 },
      createInlinePool(),
    );
    for (const figure of STRESS_FIGURES)
      expect(comparison.byYear[0]!.difference[figure]).toEqual({ mean: 0, low: 0, high: 0 });
    expect(comparison.byYear[1]!.difference.members).toEqual({ mean: 0, low: 0, high: 0 });
    expect(comparison.byYear[1]!.difference.contributions.mean).toBe(0);
    expect(comparison.byYear[1]!.difference.benefitsIncurred.low).toBeGreaterThan(0);
    const { base, stressed, change } = comparison.horizon;
    expect(change.benefitsIncurred).toBe(stressed.benefitsIncurred - base.benefitsIncurred);
    expect(comparison.stresses[0]!.title.zh).toBe("费用冲击");
  });
});

describe("horizon totals", () => {
  it("sums benefits and results over the years and reads ruin in the last year (worked: 2 paths × 2 years)", () => {
    const width = metricCount(0);
    const metrics = new Float64Array(2 * 2 * width);
    const set = (path: number, year: number, metric: number, value: number) =>
      (metrics[(path * 2 + year - 1) * width + metric] = value);
    set(0, 1, METRIC.benefitsIncurred, 100);
    set(0, 2, METRIC.benefitsIncurred, 150);
    set(0, 1, METRIC.result, -5);
    set(0, 2, METRIC.result, 7);
    set(1, 1, METRIC.ruined, 1);
    set(1, 2, METRIC.ruined, 1);
    const outcome = { width, metrics } as unknown as ScenarioOutcome;
    const totals = horizonTotals(outcome, 2, 2);
    expect(Array.from(totals.benefitsIncurred)).toEqual([250, 0]);
    expect(Array.from(totals.result)).toEqual([2, 0]);
    expect(Array.from(totals.ruined)).toEqual([0, 1]);
  });
});
