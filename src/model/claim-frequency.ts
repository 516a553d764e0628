import type { Scenario } from "../scenario/types.ts";
import type { MembershipCells } from "./membership-cells.ts";
import { pow } from "./portable-math.ts";

/**
 * Claims per member per year follow a negative binomial: Poisson with a Gamma frailty of shape r and
 * mean 1 (Loss Models §6.3), mean λ = stay rate × claim propensity. Only the share of stays that become
 * claims matters to the fund (many stays are never claimed: ≈0.34–0.40, docs/domain/assumptions.md), and thinning a
 * mixed Poisson keeps its mixing, so claimed stays are drawn directly.
 */
export interface ClaimFrequency {
  /** Mean claims per member-year by age band. */
  readonly meanByBand: Float64Array;
  readonly shape: number;
}

/** Mean claimed stays per member-year by age band (actives by band, retirees at the retiree rate). */
export function createClaimFrequency(scenario: Scenario, cells: MembershipCells): ClaimFrequency {
  const hospitalisation = scenario.assumptions.hospitalisation;
  const rates = hospitalisation.activeStayRateByAgeBand;
  const meanByBand = new Float64Array(cells.bands);
  for (let band = 0; band < cells.bands; band++) {
    const stayRate =
      band < cells.activeBands
        ? (rates[Math.min(band, rates.length - 1)]?.share ?? 0)
        : hospitalisation.retireeStayRate;
    meanByBand[band] = stayRate * hospitalisation.claimPropensity;
  }
  return { meanByBand, shape: hospitalisation.frailtyShape };
}

/** P(N = 0) of the negative binomial with `mean` and `shape`: (1 + mean/shape)^(−shape). */
export function probabilityOfNoClaim(mean: number, shape: number): number {
  return pow(1 + mean / shape, -shape);
}

/**
 * The cumulative distribution of the claim count of a member who claims at least once (zero-truncated
 * negative binomial), P(N ≤ k | N ≥ 1) for k = 1, 2, …, stopping where it reaches 1 − 1e-12 (at most 400).
 * Entry i is for k = i + 1. Cost: O(length), once per band and year.
 */
export function zeroTruncatedCountCdf(mean: number, shape: number): Float64Array {
  const p0 = probabilityOfNoClaim(mean, shape);
  const q = mean / (shape + mean);
  const values: number[] = [];
  let probability = p0; // P(N = 0)
  let cumulative = 0;
  for (let k = 1; k <= 400; k++) {
    probability *= ((shape + k - 1) / k) * q;
    cumulative += probability / (1 - p0);
    values.push(Math.min(cumulative, 1));
    if (cumulative >= 1 - 1e-12) break;
  }
  values[values.length - 1] = 1;
  return Float64Array.from(values);
}
