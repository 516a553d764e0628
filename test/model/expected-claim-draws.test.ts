import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/model/compile-model.ts";
import { expectedClaimDraws } from "../../src/model/expected-claim-draws.ts";
import { exactYearOne } from "../../src/risk/exact-year-one.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { mergeScenario } from "../../src/scenario/merge-scenario.ts";
import type { Scenario } from "../../src/scenario/types.ts";

/** The exact-check fixture: 20,000 active members at the reference fee, 0.12 stays × propensity 0.3. */
const fixture = loadScenario("test/fixtures/exact-check.json");
const variant = (override: Record<string, unknown>) =>
  mergeScenario(fixture as never, override as never) as unknown as Scenario;

describe("expected claims of year one (the work a path-year is)", () => {
  it("is members × stay rate × claim propensity: 20,000 × 0.12 × 0.3 = 720", () => {
    expect(expectedClaimDraws(fixture)).toBeCloseTo(720, 9);
  });

  it("agrees with the exact year-one distribution's expected count (src/risk, counted another way)", () => {
    const exact = exactYearOne(compileModel(fixture), { step: 200, length: 2 ** 12 });
    expect(expectedClaimDraws(fixture)).toBeCloseTo(exact.expectedClaims, 9);
  });

  it("adds 6.5 monthly settlements a special-outpatient patient: 720 + 20,000 × 0.001 × 6.5 = 850", () => {
    const withOutpatient = variant({
      policy: { specialOutpatient: { covered: true, bands: null, minimumPayoutApplies: false } },
      assumptions: { hospitalisation: { specialOutpatientRate: 0.001 } },
    });
    expect(expectedClaimDraws(withOutpatient)).toBeCloseTo(850, 6);
  });

  it("counts retirees at the retiree rate: 15,000 × 0.036 + 5,000 × 0.3 × 0.3 = 990", () => {
    const withRetirees = variant({
      assumptions: { membership: { retireeShare: 0.25 }, hospitalisation: { retireeStayRate: 0.3 } },
    });
    // Cells hold whole members (rounded), so allow a member's worth of claims either way.
    expect(Math.abs(expectedClaimDraws(withRetirees) - 990)).toBeLessThan(1);
  });

  it("grows with a bigger fund in proportion: twice the members, twice the claims", () => {
    const doubled = variant({
      assumptions: { membership: { regions: [{ name: "Test region", members: 40_000 }] } },
    });
    expect(expectedClaimDraws(doubled)).toBeCloseTo(1440, 9);
  });
});
