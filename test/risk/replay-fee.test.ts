import { describe, expect, it } from "vitest";
import { feeMovesOnlyContributions, replayFee } from "../../src/risk/replay-fee.ts";
import { solveFee, withActiveFee } from "../../src/risk/solve-fee.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";

// A small fund with no opening balance (the fee decides ruin) and no price elasticity (the fee moves only
// contributions), on the one-region fixture of the exact cross-check.
const base = loadScenario("test/fixtures/exact-check.json");
const fixed = (ruinBasis: Scenario["assumptions"]["fund"]["ruinBasis"], priceElasticity = 0): Scenario => ({
  ...base,
  assumptions: {
    ...base.assumptions,
    fund: { ...base.assumptions.fund, openingBalance: 0, riskReserve: 0, ruinBasis },
    membership: { ...base.assumptions.membership, priceElasticity },
  },
});
const paths = 24;
const years = 3;
const seed = 7;
const simulate = async (scenario: Scenario) =>
  (await runSimulation({ scenario, paths, years, seed }, createInlinePool())).outcomes[0]!;

describe("replayFee", () => {
  it("says a fee moves only contributions exactly when there is no price elasticity", () => {
    expect(feeMovesOnlyContributions(fixed("balance"))).toBe(true);
    expect(feeMovesOnlyContributions(fixed("balance", -0.2))).toBe(false);
  });

  for (const basis of ["balance", "balanceLessLiabilities"] as const) {
    it(`gives every path's ruin and mean result of a full simulation at another fee (ruin on ${basis})`, async () => {
      const scenario = fixed(basis);
      const run = await simulate(scenario);
      let ruinSeen = 0;
      for (const fee of [20, 31.3, 32, 32.5, 34.1, 60]) {
        // The independent method: simulate the whole fund again at this fee.
        const full = await simulate(withActiveFee(scenario, fee));
        const replay = replayFee(run, paths, years, fee);
        let ruined = 0;
        for (let path = 0; path < paths; path++) {
          ruined += full.metrics[(path * years + years - 1) * full.width + METRIC.ruined]!;
          let total = 0;
          for (let year = 0; year < years; year++)
            total += full.metrics[(path * years + year) * full.width + METRIC.result]!;
          const scale = Math.abs(full.metrics[path * years * full.width + METRIC.contributions]!);
          expect(Math.abs(replay.results[path]! - total / years)).toBeLessThanOrEqual(1e-9 * scale);
        }
        expect(replay.close).toBe(false);
        expect(replay.ruined).toBe(ruined);
        ruinSeen += ruined > 0 && ruined < paths ? 1 : 0;
      }
      // The fees span the interesting range: some ruin some paths and not all.
      expect(ruinSeen).toBeGreaterThan(0);
    });
  }
});

describe("solveFee replaying cash flows", () => {
  it("finds the same fees, ruin probabilities and curve as one simulation per fee, in one simulation", async () => {
    const scenario = fixed("balance");
    // A target of 0.3 is resolved by 24 paths (9 × 0.7 / 0.3 = 21 needed).
    const options = { targetRuin: 0.3, paths, years, seed };
    const replayed = await solveFee(scenario, options, createInlinePool());
    const simulated = await solveFee(scenario, { ...options, replay: false }, createInlinePool());
    expect(simulated.simulations).toBe(simulated.curve.length);
    expect(replayed.simulations).toBe(1);
    expect(replayed.solvedFee).not.toBeNull();
    expect(replayed.solvedFee).toBe(simulated.solvedFee);
    expect([replayed.solvedFeeLow, replayed.solvedFeeHigh]).toEqual([
      simulated.solvedFeeLow,
      simulated.solvedFeeHigh,
    ]);
    expect(replayed.breakEvenFee).toBe(simulated.breakEvenFee);
    expect(replayed.curve.map((point) => point.fee)).toEqual(simulated.curve.map((point) => point.fee));
    replayed.curve.forEach((point, index) => {
      const other = simulated.curve[index]!;
      expect([point.ruinProbability, point.low, point.high]).toEqual([
        other.ruinProbability,
        other.low,
        other.high,
      ]);
      expect(Math.abs(point.meanResult - other.meanResult)).toBeLessThanOrEqual(1e-6);
    });
  });

  it("simulates every fee when a price elasticity makes the fee move membership", async () => {
    const solution = await solveFee(
      fixed("balance", -0.2),
      { targetRuin: 0.1, paths: 6, years: 2, seed },
      createInlinePool(),
    );
    expect(solution.simulations).toBe(solution.curve.length);
  });
});
