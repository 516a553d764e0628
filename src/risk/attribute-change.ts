import type { HorizonTotals } from "./horizon-totals.ts";
import { meanAndStandardError } from "./mean-and-standard-error.ts";

const Z_95 = 1.959963984540054;

/**
 * Ruin probabilities are reported on a grid of 2⁻²⁴ (≈ 6 × 10⁻⁸, far below any Monte Carlo error), and
 * amounts in whole yuan: on such grids differences and sums of floating-point numbers are exact, so the
 * steps of an attribution add up to its total exactly, in any order.
 */
export const PROBABILITY_GRID = 2 ** 24;

/** A scenario's expected figures over the horizon, rounded as above. */
export interface HorizonLevels {
  /** Expected benefits incurred over the horizon, whole yuan. */
  benefitsIncurred: number;
  /** Expected sum of the yearly results, whole yuan. */
  result: number;
  /** Probability of ruin within the horizon (multiple of 2⁻²⁴). */
  ruinProbability: number;
}

/** A change between two scenarios run on the same paths, with 95% intervals of the paired differences. */
export interface HorizonChange extends HorizonLevels {
  /** 95% interval [low, high] of each change: mean ± 1.96 × the standard error of the per-path differences. */
  interval: {
    benefitsIncurred: [number, number];
    result: [number, number];
    ruinProbability: [number, number];
  };
}

/**
 * The rounded expected figures of one scenario's paths.
 * @example horizonLevels({ benefitsIncurred: [1.4, 2], result: [0, 1], ruined: [0, 1] }, 2)
 * // → { benefitsIncurred: 2, result: 1, ruinProbability: 0.5 }
 */
export function horizonLevels(
  totals: { [K in keyof HorizonTotals]: ArrayLike<number> },
  paths: number,
): HorizonLevels {
  const sum = (values: ArrayLike<number>) => {
    let total = 0;
    for (let i = 0; i < paths; i++) total += values[i]!;
    return total;
  };
  return {
    benefitsIncurred: Math.round(sum(totals.benefitsIncurred) / paths),
    result: Math.round(sum(totals.result) / paths),
    ruinProbability: Math.round((sum(totals.ruined) / paths) * PROBABILITY_GRID) / PROBABILITY_GRID,
  };
}

function pairedInterval(from: ArrayLike<number>, to: ArrayLike<number>): [number, number] {
  const differences = new Float64Array(from.length);
  for (let i = 0; i < from.length; i++) differences[i] = to[i]! - from[i]!;
  const { mean, se } = meanAndStandardError(differences);
  return [mean - Z_95 * se, mean + Z_95 * se];
}

/**
 * The change from one scenario to another on the same paths: the difference of their rounded levels (so
 * consecutive changes telescope exactly) and the 95% interval of the per-path differences (NaN with one
 * path).
 * @example
 * const a = { benefitsIncurred: [10, 20], result: [0, 0], ruined: [0, 0] };
 * const b = { benefitsIncurred: [13, 27], result: [0, 0], ruined: [0, 1] };
 * const change = horizonChange(a, b, horizonLevels(a, 2), horizonLevels(b, 2));
 * [change.benefitsIncurred, change.ruinProbability]
 * // → [5, 0.5]
 */
export function horizonChange(
  from: HorizonTotals,
  to: HorizonTotals,
  fromLevels: HorizonLevels,
  toLevels: HorizonLevels,
): HorizonChange {
  return {
    benefitsIncurred: toLevels.benefitsIncurred - fromLevels.benefitsIncurred,
    result: toLevels.result - fromLevels.result,
    ruinProbability: toLevels.ruinProbability - fromLevels.ruinProbability,
    interval: {
      benefitsIncurred: pairedInterval(from.benefitsIncurred, to.benefitsIncurred),
      result: pairedInterval(from.result, to.result),
      ruinProbability: pairedInterval(from.ruined, to.ruined),
    },
  };
}
