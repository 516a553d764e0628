import { beforeAll, describe, expect, it } from "vitest";
import { compileModel } from "../../src/model/compile-model.ts";
import { exactYearOne } from "../../src/risk/exact-year-one.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { runPaths } from "../../src/sim/run-paths.ts";
import { notebookContract } from "./notebook-contract.ts";
import { executeCopy, summaryOf, TEST_PATHS, type Notebook } from "./run-notebook.ts";

interface Summary {
  paths: number;
  seed: number;
  exact: { mean: number; sd: number; q995: number; aliasedMass: number };
  monteCarlo: { mean: number; se: number; sd: number; q995: number };
  calibration: { paths: number; members: number; per100: number; perClaim: number };
  published: {
    per100: { low: number; high: number };
    perClaim: { low: number; high: number };
    members2021: number;
  };
  mixed: {
    cv: number;
    exact: { mean: number; sd: number; q995: number; mass: number };
    unmixed: { mean: number; sd: number; q995: number; expectedClaims: number };
    monteCarlo: { mean: number; se: number; sd: number };
  };
}

describe("notebooks/validation.ipynb: exact against Monte Carlo, calibration", () => {
  let notebook: Notebook;
  let summary: Summary;
  beforeAll(() => {
    notebook = executeCopy("validation");
    summary = summaryOf(notebook) as Summary;
  }, 600_000);

  notebookContract("validation", () => notebook);

  const scenario = loadScenario("test/fixtures/exact-check.json");

  it("reports the exact FFT aggregate src/risk computes (here in Node, there in Deno)", () => {
    const exact = exactYearOne(compileModel(scenario), { step: 50, length: 2 ** 16 });
    expect(summary.paths).toBe(TEST_PATHS);
    expect(summary.exact.mean).toBeCloseTo(exact.mean, 6);
    expect(summary.exact.sd).toBeCloseTo(exact.standardDeviation, 6);
    expect(summary.exact.q995).toBe(exact.quantile(0.995));
    expect(Math.abs(summary.exact.aliasedMass)).toBeLessThan(1e-9);
  });

  it("its Monte Carlo mean is within 4 standard errors of the exact mean, and the Node simulation's", () => {
    expect(Math.abs(summary.monteCarlo.mean - summary.exact.mean)).toBeLessThan(4 * summary.monteCarlo.se);
    // Same scenario and seed give the same paths in Deno and Node: the mean of the Node run's year-one
    // benefits agrees to rounding.
    const run = runPaths({
      scenarios: [scenario],
      seed: summary.seed,
      years: 1,
      pathStart: 0,
      pathEnd: TEST_PATHS,
    });
    const metrics = run.metrics[0]!;
    const width = metrics.length / TEST_PATHS;
    let total = 0;
    for (let path = 0; path < TEST_PATHS; path++) total += metrics[path * width + METRIC.benefitsIncurred]!;
    expect(summary.monteCarlo.mean).toBeCloseTo(total / TEST_PATHS, 4);
  });

  it("lands year one of Inner Mongolia 2021 inside the published claim rate and claim size", () => {
    // Published 2019–2024 (README "Calibration", test/model/calibration.test.ts): 4.0–4.8 paid claims per
    // 100 members, 880–965 yuan a paid claim; 1.1063M members in 2020, 1.4395M in 2024.
    expect(summary.calibration.per100).toBeGreaterThanOrEqual(4.0);
    expect(summary.calibration.per100).toBeLessThanOrEqual(4.8);
    expect(summary.calibration.perClaim).toBeGreaterThanOrEqual(880);
    expect(summary.calibration.perClaim).toBeLessThanOrEqual(965);
    expect(summary.calibration.members).toBeGreaterThanOrEqual(1.1e6);
    expect(summary.calibration.members).toBeLessThanOrEqual(1.6e6);
  });

  it("reads the published rates from data/published: the cited figures' own quotients", () => {
    // data/published/inner-mongolia.csv (seed 000; the government site): inpatient 2019–2024 281,500 paid
    // claims over 5,815,000 person-times and 247M yuan; all products 2019–2023 261,000 over 6,466,000
    // member-years and 252M yuan; 1,157,123 members in 2021 (seed 001).
    expect(summary.published.per100.low).toBeCloseTo((100 * 261_000) / 6_466_000, 10);
    expect(summary.published.per100.high).toBeCloseTo((100 * 281_500) / 5_815_000, 10);
    expect(summary.published.perClaim.low).toBeCloseTo(247e6 / 281_500, 8);
    expect(summary.published.perClaim.high).toBeCloseTo(252e6 / 261_000, 8);
    expect(summary.published.members2021).toBe(1_157_123);
    // The model's year one of 2021 between the two periods, within a 3% rounding of the published figures.
    expect(summary.calibration.per100).toBeGreaterThanOrEqual(summary.published.per100.low * 0.97);
    expect(summary.calibration.per100).toBeLessThanOrEqual(summary.published.per100.high * 1.03);
    expect(summary.calibration.perClaim).toBeGreaterThanOrEqual(summary.published.perClaim.low * 0.97);
    expect(summary.calibration.perClaim).toBeLessThanOrEqual(summary.published.perClaim.high * 1.03);
  });

  describe("the mixed model (a common frequency shock, c = 0.08)", () => {
    it("keeps the unmixed mean, since the multiplier has mean 1, and the mixture's mass", () => {
      expect(summary.mixed.cv).toBe(0.08);
      expect(summary.mixed.exact.mass).toBeCloseTo(1, 9);
      expect(summary.mixed.exact.mean / summary.mixed.unmixed.mean).toBeCloseTo(1, 8);
      // The unmixed figures are the plain exact aggregate of the exact-check scenario (section 1).
      expect(summary.mixed.unmixed.mean).toBeCloseTo(summary.exact.mean, 6);
      expect(summary.mixed.unmixed.sd).toBeCloseTo(summary.exact.sd, 6);
    });

    it("has Var S = Var S(c = 0) + (E S)² c² (1 + 1/(n r)): the shock's variance does not diversify", () => {
      // Conditional on M the count is negative binomial with mean nλM and variance nλM + (nλM)²/(n r):
      // Var S = E Var(S|M) + Var E(S|M) = Var₀ + (E S)² c² (1 + 1/(n r)), Var₀ the unmixed variance.
      const model = compileModel(loadScenario("test/fixtures/exact-check-mixed.json"));
      const nr =
        (summary.mixed.unmixed.expectedClaims / model.frequency.meanByBand[0]!) * model.frequency.shape;
      const c = summary.mixed.cv;
      const variance = summary.mixed.unmixed.sd ** 2 + summary.mixed.unmixed.mean ** 2 * c * c * (1 + 1 / nr);
      expect(summary.mixed.exact.sd ** 2 / variance).toBeCloseTo(1, 2);
      expect(summary.mixed.exact.q995).toBeGreaterThan(summary.mixed.unmixed.q995);
    });

    it("its Monte Carlo mean is within 4 standard errors of the exact mixed mean", () => {
      expect(summary.mixed.monteCarlo.se).toBeGreaterThan(0);
      expect(Math.abs(summary.mixed.monteCarlo.mean - summary.mixed.exact.mean)).toBeLessThan(
        4 * summary.mixed.monteCarlo.se,
      );
    });
  });
});
