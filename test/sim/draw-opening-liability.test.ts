import { describe, expect, it } from "vitest";
import { metricColumn } from "../../src/risk/summarize-run.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { drawOpeningLiability } from "../../src/sim/draw-opening-liability.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { streamFor } from "../../src/sim/random-stream.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";

describe("drawOpeningLiability", () => {
  it("draws a lognormal with the given mean and sd (20,000 draws: within 4 standard errors)", () => {
    const draws = Array.from({ length: 20000 }, (_, path) =>
      drawOpeningLiability({ mean: 1e6, standardDeviation: 3e5 }, streamFor(1, path, 0, "opening-liability")),
    );
    const mean = draws.reduce((sum, x) => sum + x, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (draws.length - 1));
    expect(Math.abs(mean - 1e6)).toBeLessThan((4 * 3e5) / Math.sqrt(20000));
    expect(Math.abs(sd / 3e5 - 1)).toBeLessThan(0.05);
    expect(Math.min(...draws)).toBeGreaterThan(0);
  });

  it("is exactly the mean with no sd, and 0 with no mean", () => {
    expect(drawOpeningLiability({ mean: 1234, standardDeviation: 0 }, streamFor(1, 0, 0, "x"))).toBe(1234);
    expect(drawOpeningLiability({ mean: 0, standardDeviation: 5 }, streamFor(1, 0, 0, "x"))).toBe(0);
  });
});

describe("the projection pays the opening liability in year one", () => {
  it("adds it to year one's payments on the same draws, and lowers the balance by it and its lost interest", async () => {
    const base = loadScenario("scenarios/inner-mongolia-2021.json");
    const owing = {
      ...base,
      assumptions: {
        ...base.assumptions,
        fund: { ...base.assumptions.fund, openingLiability: { mean: 2_000_000, standardDeviation: 0 } },
      },
    };
    const paths = 2;
    const run = await runSimulation(
      { scenario: base, compare: owing, paths, years: 2, seed: 3 },
      createInlinePool(),
    );
    const column = (index: number, year: number, metric: number) =>
      Array.from(metricColumn(run.outcomes[index]!, paths, 2, year, metric));
    const paidBase = column(0, 1, METRIC.benefitsPaid);
    const paidOwing = column(1, 1, METRIC.benefitsPaid);
    paidOwing.forEach((paid, path) => expect(paid - paidBase[path]!).toBeCloseTo(2_000_000, 3));
    // Interest is earned on the mid-year balance: paying 2M in year one loses rate × 2M / 2 of it.
    const rate = base.assumptions.fund.interestRate;
    const balanceBase = column(0, 1, METRIC.balance);
    column(1, 1, METRIC.balance).forEach((balance, path) =>
      expect(balanceBase[path]! - balance).toBeCloseTo(2_000_000 * (1 + rate / 2), 3),
    );
    expect(column(1, 2, METRIC.benefitsPaid)).toEqual(column(0, 2, METRIC.benefitsPaid));
  });
});
