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
});
