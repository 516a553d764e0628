import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/model/compile-model.ts";
import { exactYearOne } from "../../src/risk/exact-year-one.ts";
import { exactYearOneMixed } from "../../src/risk/exact-year-one-mixed.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { yearOneSample } from "../fixtures/year-one-sample.ts";

// The Monte Carlo with a common frequency shock (CV c = 0.08) against the exact mixed compound
// distribution: the FFT aggregate at each multiplier m, mixed over the lognormal by quadrature.
describe("year one with a common frequency shock: Monte Carlo against the exact mixture", () => {
  const scenario = loadScenario("test/fixtures/exact-check-mixed.json");
  const c = scenario.assumptions.shocks.frequencyCv;
  const model = compileModel(scenario);
  const grid = { step: 50, length: 2 ** 16 };
  const exact = exactYearOneMixed(model, { ...grid, cv: c });
  const paths = 5000;
  const { values, mean, sd, seOfSd } = yearOneSample(scenario, 12, paths);

  it("uses the scenario's shock (c = 0.08) and keeps the mixture's mass", () => {
    expect(c).toBe(0.08);
    expect(exact.pmf.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9);
  });

  it("mean within 3 standard errors", () => {
    expect(Math.abs(mean - exact.mean)).toBeLessThan((3 * sd) / Math.sqrt(paths));
  });

  it("standard deviation within 3 standard errors", () => {
    expect(Math.abs(sd - exact.standardDeviation)).toBeLessThan(3 * seOfSd);
  });

  it("99.5% quantile inside the 99.9% order-statistic interval of the simulated quantile", () => {
    const sorted = Float64Array.from(values).sort();
    const centre = paths * 0.995;
    const spread = 3.29 * Math.sqrt(paths * 0.995 * 0.005);
    const low = sorted[Math.max(0, Math.floor(centre - spread) - 1)]!;
    const high = sorted[Math.min(paths - 1, Math.ceil(centre + spread) - 1)]!;
    const q = exact.quantile(0.995);
    expect(q).toBeGreaterThanOrEqual(low - exact.step);
    expect(q).toBeLessThanOrEqual(high + exact.step);
  });

  it("has CV² = c² + (1 + CV_B²)/(nλ) + (1 + c²)/(n r), exactly and in the Monte Carlo within its error", () => {
    // Conditional on M = m the count is negative binomial, mean nλm, variance nλm + (nλm)²/(n r), so
    // Var S = E[Var(S|M)] + Var(E[S|M]) = nλ E[B²] + (nλ)² μ_B² (1 + c²)/(n r) + (nλ μ_B)² c².
    // μ_B and E[B²] come from the unmixed exact aggregate: E S = nλ μ_B, Var S = nλ E[B²] + (nλ μ_B)²/(n r).
    const plain = exactYearOne(model, grid);
    const expectedClaims = plain.expectedClaims;
    const members = expectedClaims / model.frequency.meanByBand[0]!; // n ≈ 20,000
    const nr = members * model.frequency.shape;
    const muB = plain.mean / expectedClaims;
    const eB2 = (plain.standardDeviation ** 2 - (expectedClaims * muB) ** 2 / nr) / expectedClaims;
    const cvB2 = eB2 / (muB * muB) - 1;
    const cv2 = c * c + (1 + cvB2) / expectedClaims + (1 + c * c) / nr;
    // The quadrature's mixture agrees with the closed form to 0.5%.
    expect((exact.standardDeviation / exact.mean) ** 2 / cv2).toBeCloseTo(1, 2);
    // The Monte Carlo CV within 3 standard errors (se of the sd over the mean; the mean's error is smaller).
    expect(Math.abs(sd / mean - Math.sqrt(cv2))).toBeLessThan((3 * seOfSd) / mean);
    // The common shock dominates what does not diversify: without it CV² would be c² smaller.
    expect(c * c).toBeGreaterThan(0.3 * cv2);
  });
});
