import { compileModel } from "./compile-model.ts";
import { membersOfStatus } from "./member-counts.ts";
import type { Scenario } from "../scenario/types.ts";

/** Mean months a special-outpatient patient settles: 1 + ⌊12·U⌋ with U uniform, so (1 + 12) / 2. */
const MEAN_SPECIAL_OUTPATIENT_MONTHS = 6.5;

/**
 * The expected number of claims the simulation draws in year one of one path: every starting cell's
 * members × its band's claim rate × the take-up's anti-selection multiplier (the claimed stays), plus,
 * when the scheme covers special outpatient care, members × the patient rate × 6.5 monthly settlements.
 * Common shocks have mean 1 and are left out; lump sums (a few per thousand members) too.
 *
 * It measures how much work a run is: the simulation's cost grows with claims, not members (members are
 * counted in cells), so a run of `paths` × `years` costs about `expectedClaimDraws(s) × paths × years` claim
 * draws (see `src/ui/run/run-time-estimate.ts`).
 * Cost: one `compileModel` (a few milliseconds).
 * @example
 * import { loadScenario } from "../scenario/load-scenario.ts";
 * // 20,000 members at the reference fee, 0.12 stays a year × claim propensity 0.3, nothing else.
 * Math.round(expectedClaimDraws(loadScenario("test/fixtures/exact-check.json")))
 * // → 720
 */
export function expectedClaimDraws(scenario: Scenario): number {
  const model = compileModel(scenario);
  const { cells, initialCounts, frequency, takeUp, policy } = model;
  let claims = 0;
  for (let cell = 0; cell < initialCounts.length; cell++) {
    const band = Math.floor(cell / 3) % cells.bands;
    claims += initialCounts[cell]! * frequency.meanByBand[band]!;
  }
  claims *= takeUp.frailty;
  const rate = scenario.assumptions.hospitalisation.specialOutpatientRate;
  if (policy.specialOutpatientCovered && rate > 0) {
    const members =
      membersOfStatus(model, initialCounts, false) + membersOfStatus(model, initialCounts, true);
    claims += members * rate * MEAN_SPECIAL_OUTPATIENT_MONTHS;
  }
  return claims;
}
