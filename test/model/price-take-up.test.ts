import { describe, expect, it } from "vitest";
import { priceTakeUp } from "../../src/model/price-take-up.ts";
import { metricColumn } from "../../src/risk/summarize-run.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { withActiveFee } from "../../src/risk/solve-fee.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";

const mean = (values: Float64Array) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe("price elasticity moves the level of take-up once", () => {
  it("gives the worked levels: 1 + e × (fee / reference − 1)", () => {
    const membership = { priceElasticity: -0.2, referenceFee: 100, antiSelection: 2 };
    // 90 against 100: 1 + (−0.2)(−0.1) = 1.02; no one leaves because of the fee.
    expect(priceTakeUp(membership, 90).level).toBeCloseTo(1.02, 12);
    expect(priceTakeUp(membership, 90).frailty).toBe(1);
    // 120: 1 + (−0.2)(0.2) = 0.96; 4% leave, anti-selection 2 → claim rate × 1.08.
    expect(priceTakeUp(membership, 120).level).toBeCloseTo(0.96, 12);
    expect(priceTakeUp(membership, 120).frailty).toBeCloseTo(1.08, 12);
    expect(priceTakeUp(membership, 100).level).toBe(1);
  });

  it("a 10% fee cut gives about 2% more members in year 10, not 20%, and lowers year-10 contributions", async () => {
    const base = loadScenario("scenarios/inner-mongolia-2021.json");
    const cut = withActiveFee(base, 90);
    const paths = 2;
    const years = 10;
    const run = await runSimulation(
      { scenario: base, compare: cut, paths, years, seed: 3 },
      createInlinePool(),
    );
    const column = (index: number, year: number, metric: number) =>
      mean(metricColumn(run.outcomes[index]!, paths, years, year, metric));
    // Year one: exactly the level (up to rounding of each cell to whole members).
    expect(column(1, 1, METRIC.members) / column(0, 1, METRIC.members)).toBeCloseTo(1.02, 3);
    // Year ten: the same level; compounding the elasticity in the growth rate gave ≈ 1.20.
    const ratio = column(1, years, METRIC.members) / column(0, years, METRIC.members);
    expect(ratio).toBeGreaterThan(1.0);
    expect(ratio).toBeLessThan(1.05);
    // Contributions at 90 × 1.02 ≈ 0.918 of those at 100: a fee cut lowers income.
    expect(column(1, years, METRIC.contributions)).toBeLessThan(column(0, years, METRIC.contributions));
  });
});
