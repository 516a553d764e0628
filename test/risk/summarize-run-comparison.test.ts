// summarizeRun's comparison figures on a hand-built run whose answers are worked out by hand.
import { describe, expect, it } from "vitest";
import { summarizeRun } from "../../src/risk/summarize-run.ts";
import { scenarioDefaults } from "../../src/scenario/defaults.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { METRIC, metricCount } from "../../src/sim/metrics.ts";
import type { ScenarioOutcome, SimulationRun } from "../../src/sim/run-simulation.ts";

const WIDTH = metricCount(0);
const Z = 1.959963984540054;

/** An outcome of `paths` paths × 1 year where `fill(path)` gives each path's metrics. */
function outcome(
  name: string,
  paths: number,
  fill: (path: number) => Partial<Record<keyof typeof METRIC, number>>,
): ScenarioOutcome {
  const metrics = new Float64Array(paths * WIDTH);
  for (let path = 0; path < paths; path++) {
    for (const [key, value] of Object.entries(fill(path)))
      metrics[path * WIDTH + METRIC[key as keyof typeof METRIC]] = value;
  }
  return {
    scenario: { name, assumptions: scenarioDefaults.assumptions } as Scenario,
    width: WIDTH,
    metrics,
    bandSlots: [],
  };
}

describe("summarizeRun, comparison", () => {
  // Five paths, one year. A: balance 1..5, members 10..14, contributions 100, incurred 40 + path.
  // B: balance 2..6, members 10..14 + 1, contributions 50, incurred 30 + 2·path.
  const paths = 5;
  const a = outcome("A", paths, (path) => ({
    balance: path + 1,
    members: 10 + path,
    contributions: 100,
    benefitsIncurred: 40 + path,
    result: -(path + 1),
  }));
  const b = outcome("B", paths, (path) => ({
    balance: path + 2,
    members: 11 + path,
    contributions: 50,
    benefitsIncurred: 30 + 2 * path,
    result: -(path + 3),
  }));
  const run: SimulationRun = {
    request: { scenario: a.scenario, compare: b.scenario, paths, years: 1, seed: 1 },
    outcomes: [a, b],
  };
  const summary = summarizeRun(run);
  const differences = summary.compare!.differences;

  it("pairs members and loss ratios path by path", () => {
    // Members differ by exactly 1 on every path: mean 1, no spread.
    expect(differences.byYear[0]!.members).toEqual({ mean: 1, se: 0, low: 1, high: 1 });
    // Loss ratio differences: (30 + 2p)/50 − (40 + p)/100 = 0.2 + 0.03p for p = 0..4 → mean 0.26.
    expect(differences.byYear[0]!.lossRatio.mean).toBeCloseTo(0.26, 12);
    // sd of 0.03·(0..4) = 0.03·√2.5; se = sd/√5.
    expect(differences.byYear[0]!.lossRatio.se).toBeCloseTo((0.03 * Math.sqrt(2.5)) / Math.sqrt(5), 12);
  });

  it("reports the horizon's benefits incurred for A and B", () => {
    expect(summary.totalBenefitsIncurred.mean).toBe(42); // 40..44
    expect(summary.compare!.totalBenefitsIncurred.mean).toBe(34); // 30, 32, …, 38
    expect(differences.totalBenefitsIncurred.mean).toBe(-8);
  });

  it("gives the median's difference with the conservative interval from order statistics", () => {
    // n = 5: ranks 2.5 − 1 ± 1.96·√1.25 → 0 and 4 (rounded, clamped): A [1, 5], B [2, 6].
    expect(differences.endingBalanceMedian.mean).toBe(1); // 4 − 3
    expect(differences.endingBalanceMedian.low).toBe(2 - 5);
    expect(differences.endingBalanceMedian.high).toBe(6 - 1);
    expect(differences.endingBalanceMedian.se).toBeCloseTo(8 / (2 * Z), 12);
  });
});
