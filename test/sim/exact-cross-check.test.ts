import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/model/compile-model.ts";
import { exactYearOne } from "../../src/risk/exact-year-one.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { yearOneSample } from "../fixtures/year-one-sample.ts";

// The Monte Carlo kernel against an independent method: for one year and a fixed membership the yearly
// benefits are a compound negative binomial sum, computed exactly (up to a 50-yuan grid) by FFT.
describe("Monte Carlo year one agrees with the exact FFT aggregate", () => {
  const scenario = loadScenario("test/fixtures/exact-check.json");
  const exact = exactYearOne(compileModel(scenario), { step: 50, length: 2 ** 16 });
  const paths = 6000;
  const { values, mean, sd, seOfSd } = yearOneSample(scenario, 11, paths);

  it("has no mass wrapped around the grid", () => {
    expect(Math.abs(exact.aliasedMass)).toBeLessThan(1e-9);
  });

  it("mean within 3 standard errors", () => {
    const se = sd / Math.sqrt(paths);
    expect(Math.abs(mean - exact.mean)).toBeLessThan(3 * se);
  });

  it("standard deviation within 3 standard errors (se of s from the sample's fourth moment)", () => {
    expect(Math.abs(sd - exact.standardDeviation)).toBeLessThan(3 * seOfSd);
  });

  it("99.5% quantile inside the 99.9% order-statistic interval of the simulated quantile", () => {
    const sorted = Float64Array.from(values).sort();
    const z = 3.29;
    const centre = paths * 0.995;
    const spread = z * Math.sqrt(paths * 0.995 * 0.005);
    const low = sorted[Math.max(0, Math.floor(centre - spread) - 1)]!;
    const high = sorted[Math.min(paths - 1, Math.ceil(centre + spread) - 1)]!;
    const q = exact.quantile(0.995);
    expect(q).toBeGreaterThanOrEqual(low - exact.step);
    expect(q).toBeLessThanOrEqual(high + exact.step);
  });
});
