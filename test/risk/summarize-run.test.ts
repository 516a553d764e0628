import { describe, expect, it } from "vitest";
import { summarizeRun } from "../../src/risk/summarize-run.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { METRIC, metricCount } from "../../src/sim/metrics.ts";

// A hand-made run of 2 paths × 1 year: the figures follow from the rows by arithmetic.
describe("summarizeRun: loss ratios, risk figures and ruin basis", () => {
  const scenario = loadScenario("test/fixtures/exact-check.json");
  const width = metricCount(0);
  const metrics = new Float64Array(2 * width);
  const row = (path: number, values: Partial<Record<keyof typeof METRIC, number>>) => {
    for (const [name, value] of Object.entries(values))
      metrics[path * width + METRIC[name as keyof typeof METRIC]] = value;
  };
  // Path 0: contributions 142, incurred 60, paid 51 (9 carried to next year), expenses 7, interest 1:
  // result 142 − 7 − 60 + 1 = 76, a gain. Path 1: incurred 200, paid 180, result 142 − 7 − 200 + 1 = −64.
  row(0, { contributions: 142, benefitsIncurred: 60, benefitsPaid: 51, result: 76, balance: 10 });
  row(1, { contributions: 142, benefitsIncurred: 200, benefitsPaid: 180, result: -64, balance: -5 });
  const summary = summarizeRun({
    request: { scenario, paths: 2, years: 1, seed: 1 },
    outcomes: [{ scenario, width, metrics, bandSlots: [] }],
  });

  it("reports the incurred loss ratio (60/142, 200/142) and the paid one (51/142, 180/142) apart", () => {
    const year = summary.byYear[0]!;
    expect(year.lossRatio.mean).toBeCloseTo((60 / 142 + 200 / 142) / 2, 12);
    expect(year.paidLossRatio.mean).toBeCloseTo((51 / 142 + 180 / 142) / 2, 12);
  });

  it("gives the worst yearly loss with a loss positive: VaR 99.5% of {−76, 64} is near 64", () => {
    // Type-7 quantile at 0.995 of [−76, 64]: −76 + 0.995 × 140 = 63.3.
    expect(summary.risk.var99_5).toBeCloseTo(63.3, 9);
    expect(summary.risk.tvar99_5).toBeGreaterThan(0);
  });

  it("carries the ruin basis, and the reserve that would have saved the ruined path", () => {
    expect(summary.ruinBasis).toBe(scenario.assumptions.fund.ruinBasis);
    // Target 0.5% of 2 paths: none may be ruined; path 1 needs 5 / (1 + r) more.
    const fund = scenario.assumptions.fund;
    const expected = fund.openingBalance + fund.riskReserve + 5 / (1 + fund.interestRate);
    expect(summary.risk.reserveNeeded.reserve).toBeCloseTo(expected, 6);
    expect(summary.risk.reserveNeeded.resolved).toBe(false);
  });
});
