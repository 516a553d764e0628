import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/model/compile-model.ts";
import { lumpSumHolders } from "../../src/model/member-counts.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { streamFor } from "../../src/sim/random-stream.ts";
import { simulateLumpSums } from "../../src/sim/simulate-lump-sums.ts";
import { TOTAL, createWorkspace } from "../../src/sim/workspace.ts";

// Linyi 2019 has two lump-sum products: critical illness at a fixed 10,000 (cap 10,000) and an accident
// product without a fixed amount (cap 10,000 a share), whose approved amount is drawn uniformly between a
// third and all of the cap: 10,000 × (1/3 + 2/3 × U), mean 10,000 × 2/3 = 6,666.67 a claim.
const linyi = loadScenario("scenarios/linyi-2019.json");

/** The scenario with only one product's events: the other's incidence set to 0. */
function withIncidence(criticalIllness: number, accident: number): Scenario {
  const hospitalisation = {
    ...linyi.assumptions.hospitalisation,
    criticalIllnessIncidence: criticalIllness,
    accidentIncidence: accident,
  };
  return { ...linyi, assumptions: { ...linyi.assumptions, hospitalisation } };
}

/** `years` independent years of lump sums on the starting membership: claims and amount of each. */
function drawYears(scenario: Scenario, years: number) {
  const model = compileModel(scenario);
  const workspace = createWorkspace(model);
  workspace.counts.set(model.initialCounts);
  const bandRow = new Float64Array(model.bandSlots);
  const draws: { claims: number; amount: number }[] = [];
  for (let year = 1; year <= years; year++) {
    workspace.totals.fill(0);
    const stream = streamFor(11, 0, year, "claims");
    const claimYear = {
      model,
      stream,
      workspace,
      activeBandRow: bandRow,
      retireeBandRow: bandRow,
      inflation: 1,
    };
    const amount = simulateLumpSums(claimYear);
    draws.push({ claims: workspace.totals[TOTAL.lumpSumClaims]!, amount });
  }
  const holders = (kind: string) =>
    lumpSumHolders(
      model,
      model.initialCounts,
      model.policy.lumpSums.findIndex((product) => product?.kind === kind),
    );
  return { draws, holders };
}

describe("simulateLumpSums", () => {
  it("pays a fixed-amount product its amount for each event, events binomial among its holders", () => {
    const p = 0.002;
    const { draws, holders } = drawYears(withIncidence(p, 0), 200);
    for (const { claims, amount } of draws) expect(amount).toBe(10_000 * claims);
    // Mean events a year: holders × p; the binomial's standard error over 200 years is √(n p (1 − p) / 200).
    const n = holders("critical_illness");
    const mean = draws.reduce((sum, draw) => sum + draw.claims, 0) / draws.length;
    expect(Math.abs(mean - n * p)).toBeLessThan(4 * Math.sqrt((n * p * (1 - p)) / draws.length));
  });

  it("draws an approved amount between a third and all of the cap when the product has no fixed amount", () => {
    const p = 0.003;
    const { draws } = drawYears(withIncidence(0, p), 200);
    const claims = draws.reduce((sum, draw) => sum + draw.claims, 0);
    const amount = draws.reduce((sum, draw) => sum + draw.amount, 0);
    for (const draw of draws) {
      expect(draw.amount).toBeGreaterThanOrEqual((10_000 / 3) * draw.claims - 1e-6);
      expect(draw.amount).toBeLessThanOrEqual(10_000 * draw.claims);
    }
    // Mean 6,666.67 a claim; the uniform's standard deviation is 10,000 × (2/3) / √12 = 1,924.5, so the
    // mean of `claims` draws has a standard error of 1,924.5 / √claims.
    expect(claims).toBeGreaterThan(1000);
    expect(Math.abs(amount / claims - 20_000 / 3)).toBeLessThan(
      4 * (20_000 / 3 / Math.sqrt(12) / Math.sqrt(claims)),
    );
  });
});
