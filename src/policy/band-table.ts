import type { Band } from "../scenario/types.ts";

/**
 * Bands compiled for fast evaluation: parallel typed arrays of each band's lower and upper bound, rate,
 * and the benefit of a self-pay that fills every band below it, so the benefit of an amount is one
 * scan over at most a handful of bands with no allocation.
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

/**
 * Benefit of a self-pay `amount` under the bands: Σ rate × (part of `amount` inside the band).
 * Cost: O(bands), no allocation.
 * @example bandedBenefit(compileBandTable([{ from: 0, upTo: 10000, rate: 0.4 }, { from: 10000, upTo: null, rate: 0.7 }]), 12000) // 5400
 */
export function bandedBenefit(table: BandTable, amount: number): number {
  if (!(amount > 0)) return 0;
  const { count, lower, upper, rate, benefitBelow } = table;
  for (let index = count - 1; index >= 0; index--) {
    if (amount > lower[index]!) {
      return benefitBelow[index]! + (Math.min(amount, upper[index]!) - lower[index]!) * rate[index]!;
    }
  }
  return 0;
}

/**
 * Adds to `perBand[i]` the benefit that band i gives to the self-pay between `from` and `to`, and
 * returns their sum: the attribution of a benefit to the bands, for "where the money goes".
 * Cost: O(bands), no allocation.
 */
export function addBandParts(table: BandTable, from: number, to: number, perBand: Float64Array): number {
  let total = 0;
  for (let index = 0; index < table.count; index++) {
    const low = Math.max(from, table.lower[index]!);
    const high = Math.min(to, table.upper[index]!);
    if (high > low) {
      const part = (high - low) * table.rate[index]!;
      perBand[index] = perBand[index]! + part;
      total += part;
    }
  }
  return total;
}
