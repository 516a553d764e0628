import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/model/compile-model.ts";
import { ALLOWANCE_BUCKETS } from "../../src/model/membership-cells.ts";
import { expectedClaims } from "../../src/results/expected-claims.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { runPaths } from "../../src/sim/run-paths.ts";

describe("expectedClaims: the model's expectation by numerical integration", () => {
  it("agrees with the simulation's first year (Monte Carlo) within 3 standard errors", () => {
    const scenario = loadScenario("scenarios/inner-mongolia-2021.json");
    const model = compileModel(scenario);
    const expected = expectedClaims(model);
    // The expectation for the model's starting membership, cell by cell.
    let members = 0;
    let claims = 0;
    let payout = 0;
    const { cells } = model;
    for (let cell = 0; cell < cells.cellCount; cell++) {
      const bucket = cell % ALLOWANCE_BUCKETS;
      const band = Math.floor(cell / ALLOWANCE_BUCKETS) % cells.bands;
      const count = model.initialCounts[cell]!;
      members += count;
      claims += count * expected.claims(band);
      payout += count * expected.payout(band, bucket + 1);
    }
    const paths = 6;
    const run = runPaths({ scenarios: [scenario], seed: 5, years: 1, pathStart: 0, pathEnd: paths });
    const metrics = run.metrics[0]!;
    const width = metrics.length / paths;
    const per100: number[] = [];
    const perClaim: number[] = [];
    for (let path = 0; path < paths; path++) {
      const value = (metric: number) => metrics[path * width + metric]!;
      per100.push((100 * value(METRIC.claims)) / value(METRIC.members));
      perClaim.push(value(METRIC.benefitsIncurred) / value(METRIC.claims));
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const se = (values: number[]) =>
      Math.sqrt(
        values.reduce((a, b) => a + (b - mean(values)) ** 2, 0) / (values.length - 1) / values.length,
      );
    expect(Math.abs((100 * claims) / members - mean(per100))).toBeLessThan(3 * se(per100));
    expect(Math.abs(payout / claims - mean(perClaim))).toBeLessThan(3 * se(perClaim));
    // Inner Mongolia 2021: about 4.5 paid claims per 100 members and 920 yuan a claim.
    expect((100 * claims) / members).toBeGreaterThan(4.2);
    expect(payout / claims).toBeGreaterThan(850);
  });
});
