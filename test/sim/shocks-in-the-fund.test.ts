import { describe, expect, it } from "vitest";
import { metricColumn, summarizeRun } from "../../src/risk/summarize-run.ts";
import { withActiveFee } from "../../src/risk/solve-fee.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { NO_COMMON_SHOCKS } from "../fixtures/no-common-shocks.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";

const im2025 = loadScenario("scenarios/inner-mongolia-2025.json");
const withFund = (scenario: Scenario, fund: Partial<Scenario["assumptions"]["fund"]>): Scenario => ({
  ...scenario,
  assumptions: { ...scenario.assumptions, fund: { ...scenario.assumptions.fund, ...fund } },
});
const processOnly = (scenario: Scenario): Scenario => ({
  ...scenario,
  assumptions: { ...scenario.assumptions, shocks: NO_COMMON_SHOCKS },
});
const cv = (values: Float64Array) => {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance) / mean;
};

describe("Inner Mongolia 2025 with the default common shocks", () => {
  it("has year-one benefits varying by a CV of several percent (process risk alone: about 1.2%)", async () => {
    const paths = 40;
    const run = await runSimulation(
      { scenario: im2025, compare: processOnly(im2025), paths, years: 1, seed: 5 },
      createInlinePool(),
    );
    const shocked = cv(metricColumn(run.outcomes[0]!, paths, 1, 1, METRIC.benefitsIncurred));
    const process = cv(metricColumn(run.outcomes[1]!, paths, 1, 1, METRIC.benefitsIncurred));
    // Defaults: √(0.06² + 0.04² + ≈0.03² + 0.012² + epidemic ≈ 0.0008) ≈ 8%; 40 paths estimate a CV to ±11%.
    expect(shocked).toBeGreaterThan(0.04);
    expect(shocked).toBeLessThan(0.13);
    expect(process).toBeLessThan(0.02);
  });

  it("makes year-one ruin respond gradually to the fee around break-even, not jump from 1 to 0", async () => {
    // No opening money and no price elasticity: year one is ruined when its cash result is negative, and
    // that result is linear in the fee on the same draws.
    const fixed = {
      ...im2025,
      assumptions: {
        ...im2025.assumptions,
        membership: { ...im2025.assumptions.membership, priceElasticity: 0 },
      },
    };
    const bare = withFund(fixed, {
      openingBalance: 0,
      riskReserve: 0,
      openingLiability: { mean: 0, standardDeviation: 0 },
    });
    const paths = 40;
    const balances = async (scenario: Scenario, fee: number) => {
      const run = await runSimulation(
        { scenario: withActiveFee(scenario, fee), paths, years: 1, seed: 6 },
        createInlinePool(),
      );
      return metricColumn(run.outcomes[0]!, paths, 1, 1, METRIC.balance);
    };
    const ruin = async (scenario: Scenario, fee: number) =>
      (await balances(scenario, fee)).reduce((sum, value) => sum + (value < 0 ? 1 : 0), 0) / paths;
    // Break-even fee of the mean path without shocks, from the line through fees 100 and 50.
    const mean = (values: Float64Array) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const at100 = mean(await balances(processOnly(bare), 100));
    const at50 = mean(await balances(processOnly(bare), 50));
    const breakEven = 100 - (at100 * 50) / (at100 - at50);
    const low = breakEven * 0.96;
    const high = breakEven * 1.04;
    // Process risk alone (CV ≈ 1.2%): 4% off break-even decides every path.
    expect(await ruin(processOnly(bare), low)).toBe(1);
    expect(await ruin(processOnly(bare), high)).toBe(0);
    // With the common shocks some paths are ruined either side: ruin is a graded function of the fee.
    const shockedLow = await ruin(bare, low);
    const shockedHigh = await ruin(bare, high);
    expect(shockedLow).toBeGreaterThan(shockedHigh);
    expect(shockedLow).toBeLessThan(1);
    expect(shockedHigh).toBeGreaterThan(0);
  });
});

describe("opening outstanding liability", () => {
  it("pays a given opening liability in year one: paid = incurred − unpaid at year end + opening", async () => {
    const scenario = withFund(processOnly(im2025), {
      openingLiability: { mean: 5_000_000, standardDeviation: 0 },
    });
    const run = await runSimulation({ scenario, paths: 2, years: 1, seed: 3 }, createInlinePool());
    const outcome = run.outcomes[0]!;
    for (let path = 0; path < 2; path++) {
      const row = (metric: number) => outcome.metrics[path * outcome.width + metric]!;
      expect(row(METRIC.benefitsPaid)).toBeCloseTo(
        row(METRIC.benefitsIncurred) - row(METRIC.liabilities) + 5_000_000,
        4,
      );
    }
  });

  it("without one, starts from the steady state: last year's unpaid = this year's ÷ (1 + inflation)", async () => {
    const scenario = processOnly(im2025);
    const run = await runSimulation({ scenario, paths: 2, years: 1, seed: 3 }, createInlinePool());
    const outcome = run.outcomes[0]!;
    for (let path = 0; path < 2; path++) {
      const row = (metric: number) => outcome.metrics[path * outcome.width + metric]!;
      const unpaid = row(METRIC.liabilities);
      expect(unpaid).toBeGreaterThan(0);
      // paid = incurred − unpaid + unpaid / 1.03
      expect(row(METRIC.benefitsPaid)).toBeCloseTo(row(METRIC.benefitsIncurred) - unpaid + unpaid / 1.03, 4);
    }
  });
});

describe("reserve needed, checked by simulating with it", () => {
  it("opening with the reserve needed leaves no path of 40 ruined (0.5% of 40 is 0); 1% less ruins one", async () => {
    // Inner Mongolia 2025 at a fee of 40 (below break-even) with the default shocks, 3 years, no opening money.
    const scenario = withFund(withActiveFee(im2025, 40), { openingBalance: 0, riskReserve: 0 });
    const paths = 40;
    const run = async (opening: number) =>
      summarizeRun(
        await runSimulation(
          { scenario: withFund(scenario, { openingBalance: opening }), paths, years: 3, seed: 9 },
          createInlinePool(),
        ),
      );
    const first = await run(0);
    const reserve = first.risk.reserveNeeded.reserve;
    expect(first.ruinProbability.value).toBeGreaterThan(0);
    expect(reserve).toBeGreaterThan(0);
    // The same draws with that opening money: a path's balances rise by reserve × 1.0125^t, nothing else moves.
    expect((await run(reserve * 1.000001)).ruinProbability.value).toBe(0);
    expect((await run(reserve * 0.99)).ruinProbability.value).toBeGreaterThan(0);
  });

  it("holds with an interest-rate path too (the reserve grows by each path's own rates)", async () => {
    const base = withFund(withActiveFee(im2025, 40), { openingBalance: 0, riskReserve: 0 });
    const scenario: Scenario = {
      ...base,
      assumptions: {
        ...base.assumptions,
        shocks: { ...base.assumptions.shocks, interestVolatility: 0.01, interestAutocorrelation: 0.9 },
      },
    };
    const paths = 40;
    const run = async (opening: number) =>
      summarizeRun(
        await runSimulation(
          { scenario: withFund(scenario, { openingBalance: opening }), paths, years: 3, seed: 9 },
          createInlinePool(),
        ),
      );
    const reserve = (await run(0)).risk.reserveNeeded.reserve;
    expect(reserve).toBeGreaterThan(0);
    expect((await run(reserve * 1.000001)).ruinProbability.value).toBe(0);
    expect((await run(reserve * 0.99)).ruinProbability.value).toBeGreaterThan(0);
  });
});
