import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/model/compile-model.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { streamFor } from "../../src/sim/random-stream.ts";
import { simulateSpecialOutpatients } from "../../src/sim/simulate-special-outpatients.ts";
import { TOTAL, createWorkspace } from "../../src/sim/workspace.ts";

// Linyi 2019 (one band, 50% of all self-pay, cap 50,000, no minimum payout) with special outpatients
// covered at 50% on their own band. A patient is treated 1–12 months (uniform: mean 6.5), each month's
// self-pay exponential with mean 3,000: a month pays 1,500 on average, a patient 6.5 × 1,500 = 9,750.
const base = loadScenario("scenarios/linyi-2019.json");
const RATE = 0.01;
const scenario: Scenario = {
  ...base,
  policy: {
    ...base.policy,
    specialOutpatient: {
      covered: true,
      bands: [{ from: 0, upTo: null, rate: 0.5 }],
      minimumPayoutApplies: false,
    },
  },
  assumptions: {
    ...base.assumptions,
    hospitalisation: {
      ...base.assumptions.hospitalisation,
      specialOutpatientRate: RATE,
      specialOutpatientMeanSelfPay: 3000,
    },
  },
};

/** Mean and standard error of `values`. */
function meanAndSe(values: number[]): [number, number] {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return [mean, Math.sqrt(variance / values.length)];
}

describe("simulateSpecialOutpatients", () => {
  it("pays each month of each patient at the band's rate, counts the months as claims and attributes them to the band", () => {
    const model = compileModel(scenario);
    const workspace = createWorkspace(model);
    workspace.counts.set(model.initialCounts);
    const members = model.initialCounts.reduce((sum, count) => sum + count, 0);
    const claims: number[] = [];
    const benefits: number[] = [];
    for (let year = 1; year <= 100; year++) {
      workspace.totals.fill(0);
      const activeBandRow = new Float64Array(model.bandSlots);
      const retireeBandRow = new Float64Array(model.bandSlots);
      const stream = streamFor(5, 0, year, "claims");
      const paid = simulateSpecialOutpatients({
        model,
        stream,
        workspace,
        activeBandRow,
        retireeBandRow,
        inflation: 1,
      });
      // Every month pays (a positive self-pay at 50%); its benefit goes to the special-outpatient slot
      // (after the inpatient band), for actives or retirees, and to their benefits. The slots hold the
      // benefit before it is rounded to the cent: within a cent a claim of the payouts.
      const months = workspace.totals[TOTAL.claims]!;
      const slot = model.bandSlots - 1;
      expect(Math.abs(activeBandRow[slot]! + retireeBandRow[slot]! - paid)).toBeLessThanOrEqual(
        0.01 * months,
      );
      expect(workspace.totals[TOTAL.active]! + workspace.totals[TOTAL.retiree]!).toBeCloseTo(paid, 4);
      claims.push(workspace.totals[TOTAL.claims]!);
      benefits.push(paid);
    }
    const [claimsMean, claimsSe] = meanAndSe(claims);
    const [benefitsMean, benefitsSe] = meanAndSe(benefits);
    expect(Math.abs(claimsMean - members * RATE * 6.5)).toBeLessThan(4 * claimsSe);
    expect(Math.abs(benefitsMean - members * RATE * 6.5 * 1500)).toBeLessThan(4 * benefitsSe);
  });
});
