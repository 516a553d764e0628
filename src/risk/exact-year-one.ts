import type { Model } from "../model/compile-model.ts";
import { selfPayCdf } from "../model/self-pay-severity.ts";
import type { BandTable } from "../policy/band-table.ts";
import { aggregateFft } from "./aggregate-fft.ts";
import { negativeBinomialFromMean } from "./count-distribution.ts";
import { discretizeSeverity } from "./discretize-severity.ts";
import { pmfQuantile } from "./pmf-quantile.ts";

/** The exact distribution of year one's benefits, on a grid. */
export interface ExactYearOne {
  pmf: Float64Array;
  step: number;
  mean: number;
  standardDeviation: number;
  /** Expected number of claims. */
  expectedClaims: number;
  quantile: (p: number) => number;
  /** Probability mass that wrapped around the grid (should be ≈ 0). */
  aliasedMass: number;
}

/** The largest self-pay whose banded benefit is at most `benefit` (∞ when every self-pay pays less). */
function largestSelfPayPaying(table: BandTable, benefit: number): number {
  for (let index = 0; index < table.count; index++) {
    const top = table.benefitBelow[index]! + (table.upper[index]! - table.lower[index]!) * table.rate[index]!;
    if (benefit < top && table.rate[index]! > 0)
      return table.lower[index]! + (benefit - table.benefitBelow[index]!) / table.rate[index]!;
  }
  return Infinity;
}

/**
 * The exact (up to discretisation) distribution of the benefits of year one for a fixed membership, by
 * FFT: the independent check of the Monte Carlo kernel. Each member's claims are negative binomial
 * (shape r, mean λ), so the year's count over n members is negative binomial (shape n·r, mean n·λ); each
 * claim pays B = max(minimum payout, bands(X)) with X the spliced lognormal–Pareto self-pay, whose
 * distribution function is F_B(b) = F_X(bands⁻¹(b)) for b ≥ the minimum and 0 below. B is discretised by
 * the rounding method (Loss Models §9.6.5) and compounded with the count by FFT (`aggregateFft`).
 *
 * It applies where the per-claim benefit depends on the claim alone: one claim rate for every member, no
 * daily allowance (first stay only), no deductible on later stays, no special outpatient or lump sums,
 * and a cap that a member's year does not reach (its effect is ignored). @throws Error otherwise.
 * `frequencyMultiplier` (default 1) scales every member's claim rate, as a common shock does: the year's
 * count is then negative binomial with mean n·λ·m and the same shape n·r.
 * Cost: O(length log length); about 0.2 s for 2^20 points.
 */
export function exactYearOne(
  model: Model,
  options: { step: number; length: number; frequencyMultiplier?: number },
): ExactYearOne {
  const { policy, frequency, cells, initialCounts, severity, scenario } = model;
  if (policy.allowanceRates.length > 0)
    throw new Error("the exact check needs a policy without daily allowance");
  if (policy.deductibleAmount > 0)
    throw new Error("the exact check needs a policy without a deductible on later stays");
  if (policy.cumulativeBands) throw new Error("the exact check needs per-stay bands");
  if (
    (policy.specialOutpatientCovered && scenario.assumptions.hospitalisation.specialOutpatientRate > 0) ||
    policy.lumpSums.some(Boolean)
  ) {
    throw new Error("the exact check needs no special outpatient claims and no lump sums");
  }
  let members = 0;
  let rate = NaN;
  for (let cell = 0; cell < initialCounts.length; cell++) {
    const count = initialCounts[cell]!;
    if (count === 0) continue;
    const band = Math.floor(cell / 3) % cells.bands;
    const bandRate = frequency.meanByBand[band]!;
    if (!Number.isNaN(rate) && Math.abs(bandRate - rate) > 1e-15)
      throw new Error("the exact check needs one claim rate for every member");
    rate = bandRate;
    members += count;
  }
  const minimum = policy.minimumPayout;
  const table = policy.inpatientBands;
  const cdf = (benefit: number) => {
    if (benefit < minimum) return 0;
    const x = largestSelfPayPaying(table, benefit);
    return x === Infinity ? 1 : selfPayCdf(severity, x);
  };
  const severityPmf = discretizeSeverity(cdf, options.step, options.length);
  const multiplier = options.frequencyMultiplier ?? 1;
  const count = negativeBinomialFromMean(members * rate * multiplier, members * frequency.shape);
  const result = aggregateFft(severityPmf, options.step, count, options.length);
  return {
    pmf: result.pmf,
    step: options.step,
    mean: result.mean,
    standardDeviation: result.standardDeviation,
    expectedClaims: members * rate * multiplier,
    quantile: (p: number) => pmfQuantile(result.pmf, options.step, p),
    aliasedMass: result.aliasedMass,
  };
}
