import { describe, expect, it } from "vitest";
import { solveFee, withActiveFee } from "../../src/risk/solve-fee.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";

describe("solveFee", () => {
  // A small fund with no opening balance, so that the fee decides ruin.
  const base = loadScenario("test/fixtures/exact-check.json");
  const scenario = {
    ...base,
    assumptions: {
      ...base.assumptions,
      fund: { ...base.assumptions.fund, openingBalance: 0, riskReserve: 0 },
    },
  };
  // 0.1 needs 9 × 0.9 / 0.1 = 81 paths to resolve.
  const options = { targetRuin: 0.1, paths: 90, years: 2, seed: 4 };

  const ruinAt = async (fee: number) => {
    const run = await runSimulation(
      {
        scenario: withActiveFee(scenario, fee),
        paths: options.paths,
        years: options.years,
        seed: options.seed,
      },
      createInlinePool(),
    );
    const outcome = run.outcomes[0]!;
    let ruined = 0;
    let result = 0;
    for (let path = 0; path < options.paths; path++) {
      ruined += outcome.metrics[(path * options.years + options.years - 1) * outcome.width + METRIC.ruined]!;
      for (let year = 0; year < options.years; year++)
        result += outcome.metrics[(path * options.years + year) * outcome.width + METRIC.result]!;
    }
    return { ruin: ruined / options.paths, meanResult: result / (options.paths * options.years) };
  };

  it("finds the lowest fee meeting the ruin target (within 0.5 yuan) and the break-even fee", async () => {
    const solution = await solveFee(scenario, options, createInlinePool());
    expect(solution.solvedFee).not.toBeNull();
    expect(solution.breakEvenFee).not.toBeNull();
    // Checked by independent runs on the same seed: the solved fee meets the target, 0.5 yuan less does not.
    expect((await ruinAt(solution.solvedFee!)).ruin).toBeLessThanOrEqual(options.targetRuin);
    expect((await ruinAt(solution.solvedFee! - 0.5)).ruin).toBeGreaterThan(options.targetRuin);
    expect((await ruinAt(solution.breakEvenFee!)).meanResult).toBeGreaterThanOrEqual(0);
    expect((await ruinAt(solution.breakEvenFee! - 0.5)).meanResult).toBeLessThan(0);
    // Its Monte Carlo interval brackets it, and each end is where the ruin interval crosses the target.
    expect(solution.resolved).toBe(true);
    expect(solution.solvedFeeLow!).toBeLessThanOrEqual(solution.solvedFee!);
    expect(solution.solvedFeeHigh!).toBeGreaterThanOrEqual(solution.solvedFee!);
    const at = (fee: number) => solution.curve.find((point) => point.fee === fee)!;
    expect(at(solution.solvedFeeLow!).low).toBeLessThanOrEqual(options.targetRuin);
    expect(at(solution.solvedFeeHigh!).high).toBeLessThanOrEqual(options.targetRuin);
    // The curve is sorted by fee and every point was simulated.
    const fees = solution.curve.map((point) => point.fee);
    expect(fees).toEqual([...fees].sort((a, b) => a - b));
  });

  it("refuses to name a ruin-target fee the paths cannot resolve, and says how many it needs", async () => {
    // 40 paths cannot tell 0.5% from 0: 9 × 0.995 / 0.005 = 1,791 paths are needed.
    const solution = await solveFee(
      scenario,
      { targetRuin: 0.005, paths: 40, years: 2, seed: 4 },
      createInlinePool(),
    );
    expect(solution).toMatchObject({ solvedFee: null, resolved: false, pathsNeeded: 1791 });
    expect(solution.breakEvenFee).not.toBeNull();
  });

  it("flags a ruin-target fee below break-even (a large opening fund absorbs the losses within the horizon)", async () => {
    const rich = {
      ...scenario,
      assumptions: { ...scenario.assumptions, fund: { ...scenario.assumptions.fund, openingBalance: 5e6 } },
    };
    const solution = await solveFee(rich, options, createInlinePool());
    expect(solution.solvedFee!).toBeLessThan(solution.breakEvenFee!);
    expect(solution.belowBreakEven).toBe(true);
  });

  it("withActiveFee moves the retiree fee in proportion and changes nothing else", () => {
    const im = loadScenario("scenarios/inner-mongolia-2025.json");
    const changed = withActiveFee(Object.freeze(im), 90);
    expect(changed.policy.fees).toEqual({ active: 90, retiree: 360, unionSubsidy: 10 });
    expect(im.policy.fees.active).toBe(100);
    expect({ ...changed, policy: { ...changed.policy, fees: im.policy.fees } }).toEqual(im);
  });
});
