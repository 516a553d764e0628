import { beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { notebookContract } from "./notebook-contract.ts";
import { executeCopy, summaryOf, TEST_PATHS, type Notebook } from "./run-notebook.ts";

interface Interval {
  mean: number;
  low: number;
  high: number;
}
interface Probability {
  value: number;
  low: number;
  high: number;
}
interface Summary {
  paths: number;
  years: number;
  capExtraBenefits: Interval;
  capExtraPaidByYear: number[];
  ruin: { today: Probability; cap500: Probability; proposal: Probability };
  members: { yearOne: [number, number]; yearTwo: [number, number] };
  medianBalanceLastYear: [number, number];
  attribution: {
    steps: { name: string; benefitsIncurred: number; result: number; ruinProbability: number }[];
    total: { benefitsIncurred: number; result: number; ruinProbability: number };
  };
}

describe("notebooks/leadership.ipynb: cap 250,000 → 500,000, fee 100 → 90", () => {
  let notebook: Notebook;
  let summary: Summary;
  beforeAll(() => {
    notebook = executeCopy("leadership");
    summary = summaryOf(notebook) as Summary;
  }, 600_000);

  notebookContract("leadership", () => notebook);

  it("runs the paths it is given over its horizon", () => {
    expect(summary.paths).toBe(TEST_PATHS);
    expect(summary.capExtraPaidByYear).toHaveLength(summary.years);
  });

  it("prices the higher cap as extra benefits, never savings, on the same claims", () => {
    const extra = summary.capExtraBenefits;
    expect(extra.mean).toBeGreaterThanOrEqual(0);
    expect(extra.low).toBeLessThanOrEqual(extra.mean);
    expect(extra.high).toBeGreaterThanOrEqual(extra.mean);
    // Paying more on the same claims cannot make ruin less likely.
    expect(summary.ruin.today.value).toBeLessThanOrEqual(summary.ruin.cap500.value);
    for (const ruin of Object.values(summary.ruin)) {
      expect(ruin.low).toBeLessThanOrEqual(ruin.value);
      expect(ruin.high).toBeGreaterThanOrEqual(ruin.value);
    }
  });

  it("splits today → proposal into steps that add up exactly to the total, the cap step never a saving", () => {
    const { steps, total } = summary.attribution;
    for (const measure of ["benefitsIncurred", "result", "ruinProbability"] as const) {
      // Whole yuan and multiples of 2⁻²⁴: the sums are exact in floating point (src/risk/attribute-change.ts).
      expect(steps.reduce((sum, step) => sum + step[measure], 0)).toBe(total[measure]);
    }
    // Only the cap and the fee differ between the two scenarios: every other step is exactly 0.
    for (const step of steps.filter((step) => step.name !== "cap" && step.name !== "fees")) {
      expect([step.name, step.benefitsIncurred, step.result]).toEqual([step.name, 0, 0]);
    }
    // A higher cap pays more on the same claims (or the same, on a few paths), never less.
    expect(steps.find((step) => step.name === "cap")!.benefitsIncurred).toBeGreaterThanOrEqual(0);
  });

  it("moves the level of take-up by the price elasticity, once, from year one", () => {
    const { priceElasticity, referenceFee } = loadScenario("scenarios/inner-mongolia-2025.json").assumptions
      .membership;
    // The units join or renew at the new fee (src/model/price-take-up.ts): a fee change of
    // (90 − 100) / 100 moves take-up by elasticity × that, −0.2 × −10% = +2%, in every year, not
    // compounding from year to year.
    const expected = 1 + priceElasticity * ((90 - 100) / referenceFee);
    const [before, after] = summary.members.yearOne;
    expect(after / before).toBeCloseTo(expected, 2);
    const [fee100, fee90] = summary.members.yearTwo;
    expect(fee90 / fee100).toBeCloseTo(expected, 2);
  });
});
