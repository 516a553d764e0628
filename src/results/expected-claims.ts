import { probabilityOfNoClaim } from "../model/claim-frequency.ts";
import type { Model } from "../model/compile-model.ts";
import { selfPayQuantile } from "../model/self-pay-severity.ts";
import { OUT, OUT_SIZE, STATE, STATE_SIZE } from "../policy/compile-policy.ts";
import { ageOn } from "../policy/dates.ts";
import type { MemberPeriod } from "../policy/records.ts";

/** Points of the self-pay grid (stratified midpoints of the quantile function). */
const GRID = 2000;

/**
 * What the scenario's model expects of one member-year, by age band and allowance years: paid claims
 * (inpatient stays claimed + monthly special outpatient claims) and payout. Computed by numerical
 * integration over the model's own distributions, not by simulation: the self-pay quantile function on
 * a grid of 2,000 stratified points × the length-of-stay distribution, each stay paid by the compiled
 * policy, with the allowance on a member's first stay only (the share of claims that are a member's
 * first is (1 − P(N = 0)) / E[N] under the negative binomial). The cap across a member's stays is
 * ignored (it binds for a handful of members a year). Lump-sum products are not included.
 */
export interface ExpectedClaims {
  /** Model age band of a member (active bands, then the two retiree bands), from its age at the period start. */
  bandOf(member: MemberPeriod): number;
  /** Band labels, e.g. "16–20", "60–64 (retiree)". */
  readonly bandLabels: readonly string[];
  /** Expected paid claims of a full member-year in band `band`. */
  claims(band: number): number;
  /** Expected payout of a full member-year in band `band` with `years` of participation (yuan). */
  payout(band: number, years: number): number;
}

/**
 * Builds the expectation of a scenario's model at its base costs × `costFactor` (e.g. medical inflation
 * since the scenario's year: 1.03² two years on). Cost: about 2M stay evaluations, once.
 */
export function expectedClaims(model: Model, costFactor = 1): ExpectedClaims {
  const { cells, policy, scenario } = model;
  const hospitalisation = scenario.assumptions.hospitalisation;
  const retirementAge = scenario.assumptions.membership.retirementAge;
  // Length-of-stay weights, recovered from the alias table.
  const los = model.lengthOfStay;
  const losWeights = new Float64Array(los.size);
  for (let i = 0; i < los.size; i++) {
    losWeights[i] = losWeights[i]! + los.probability[i]! / los.size;
    losWeights[los.alias[i]!] = losWeights[los.alias[i]!]! + (1 - los.probability[i]!) / los.size;
  }
  const state = new Float64Array(STATE_SIZE);
  const out = new Float64Array(OUT_SIZE);
  const selfPays = Float64Array.from(
    { length: GRID },
    (_, i) => selfPayQuantile(model.severity, (i + 0.5) / GRID) * costFactor,
  );
  const maxYears = Math.max(1, policy.allowanceRates.length);
  /** E[payout of a stay] for years 1…maxYears, as the first stay (index 0) or a later one (1). */
  const stayPayout = (years: number, first: boolean) => {
    let total = 0;
    for (let d = 0; d < los.size; d++) {
      const weight = losWeights[d]!;
      if (weight === 0) continue;
      const days = los.values[d]!;
      let sum = 0;
      for (let i = 0; i < GRID; i++) {
        state.fill(0);
        if (!first) {
          state[STATE.coveredStays] = 1;
          state[STATE.allowancePaid] = 1;
        }
        policy.inpatientPayer(selfPays[i]!, 1, days, years, state, 0, out, null);
        sum += out[OUT.payout]!;
      }
      total += (weight * sum) / GRID;
    }
    return total;
  };
  const firstStay = Array.from({ length: maxYears }, (_, y) => stayPayout(y + 1, true));
  const laterStay = stayPayout(1, false);
  // Special outpatient: patients × 6.5 months on average, each month an exponential self-pay.
  let soClaimsPerMember = 0;
  let soPayoutPerMember = 0;
  if (policy.specialOutpatientCovered && hospitalisation.specialOutpatientRate > 0) {
    soClaimsPerMember = hospitalisation.specialOutpatientRate * 6.5;
    let sum = 0;
    for (let i = 0; i < GRID; i++) {
      state.fill(0);
      const amount =
        -hospitalisation.specialOutpatientMeanSelfPay * Math.log(1 - (i + 0.5) / GRID) * costFactor;
      policy.specialOutpatientPayer(amount, 1, 0, 1, state, 0, out, null);
      sum += out[OUT.payout]!;
    }
    soPayoutPerMember = (soClaimsPerMember * sum) / GRID;
  }
  const shape = model.frequency.shape;
  const bandLabels = Array.from({ length: cells.bands }, (_, band) => {
    const from = cells.bandFrom[band]!;
    if (band >= cells.activeBands)
      return `${from}–${band === cells.activeBands ? from + 4 : from + 5} (retiree)`;
    const to = band + 1 < cells.activeBands ? cells.bandFrom[band + 1]! - 1 : retirementAge;
    return `${from}–${to}`;
  });
  return {
    bandLabels,
    bandOf(member) {
      const age = ageOn(member.birthDay, member.periodStart);
      if (member.status === "retiree") return cells.activeBands + (age >= retirementAge + 5 ? 1 : 0);
      let band = 0;
      while (band + 1 < cells.activeBands && cells.bandFrom[band + 1]! <= age) band++;
      return band;
    },
    claims(band) {
      return model.frequency.meanByBand[band]! + soClaimsPerMember;
    },
    payout(band, years) {
      const mean = model.frequency.meanByBand[band]!;
      if (mean <= 0) return soPayoutPerMember;
      const firstShare = (1 - probabilityOfNoClaim(mean, shape)) / mean;
      const first = firstStay[Math.min(Math.max(years, 1), maxYears) - 1]!;
      return mean * (firstShare * first + (1 - firstShare) * laterStay) + soPayoutPerMember;
    },
  };
}
