import type { Band } from "../scenario/types.ts";

/**
 * Bands compiled for fast evaluation: parallel typed arrays of each band's lower and upper bound, rate,
 * and the benefit of a self-pay that fills every band below it, which `generateStayPayer` bakes into
 * the fast payer and the exact aggregate reads.
 */
export interface BandTable {
  readonly count: number;
  readonly lower: Float64Array;
  /** `Infinity` for an open-ended last band. */
  readonly upper: Float64Array;
  readonly rate: Float64Array;
  /** Benefit of a self-pay equal to `lower[i]`. */
  readonly benefitBelow: Float64Array;
}

/** Compiles validated bands (see `validateScenario`) into a `BandTable`. Cost: O(bands), once. */
export function compileBandTable(bands: readonly Band[]): BandTable {
  const count = bands.length;
  const lower = new Float64Array(count);
  const upper = new Float64Array(count);
  const rate = new Float64Array(count);
  const benefitBelow = new Float64Array(count);
  let accumulated = 0;
  bands.forEach((band, index) => {
    lower[index] = band.from;
    upper[index] = band.upTo ?? Infinity;
    rate[index] = band.rate;
    benefitBelow[index] = accumulated;
    if (band.upTo !== null) accumulated += (band.upTo - band.from) * band.rate;
  });
  return { count, lower, upper, rate, benefitBelow };
}
