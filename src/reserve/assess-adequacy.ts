import { inverseNormal } from "../model/inverse-normal.ts";
import { standardNormalCdf } from "../model/standard-normal-cdf.ts";
import { message, type Message } from "../messages.ts";

/** The distribution of the outstanding amount: a mean and sd (read as lognormal), or simulated values. */
export type ReserveDistribution =
  | { kind: "lognormal"; mean: number; standardDeviation: number }
  | { kind: "sample"; values: ArrayLike<number> };

/** The reserve test. */
export interface Adequacy {
  held: number;
  /** Probability that the held reserve covers the outstanding claims. */
  probabilityCovered: number;
  /** Reserve needed at 75%, 90% and 99.5% confidence. */
  quantiles: { p75: number; p90: number; p995: number };
  /** How much the held reserve falls short of the 99.5% level (0 when it does not). */
  shortfall: number;
  /** The verdict in a sentence a non-actuary can read (render it in the user's language). */
  sentence: Message;
}

/** Lognormal parameters with the given mean and sd (Mack 1993 §6 reads the reserve as lognormal). */
function lognormal(mean: number, sd: number): { mu: number; sigma: number } {
  const sigma2 = Math.log(1 + (sd / mean) ** 2);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** Sample quantile by Hyndman & Fan's definition 7 (R's and numpy's default) of sorted values. */
function quantile(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (position - low) * (sorted[high]! - sorted[low]!);
}

/** The quantile function and distribution function of a reserve distribution. */
export function reserveQuantiles(distribution: ReserveDistribution): {
  quantile: (p: number) => number;
  cdf: (x: number) => number;
} {
  if (distribution.kind === "sample") {
    const sorted = Float64Array.from(distribution.values).sort();
    return {
      quantile: (p) => (sorted.length === 0 ? NaN : quantile(sorted, p)),
      cdf: (x) => {
        let low = 0;
        let high = sorted.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (sorted[middle]! <= x) low = middle + 1;
          else high = middle;
        }
        return sorted.length === 0 ? NaN : low / sorted.length;
      },
    };
  }
  const { mean, standardDeviation } = distribution;
  if (!(mean > 0) || !(standardDeviation > 0))
    return { quantile: () => Math.max(0, mean), cdf: (x) => (x >= Math.max(0, mean) ? 1 : 0) };
  const { mu, sigma } = lognormal(mean, standardDeviation);
  return {
    quantile: (p) => Math.exp(mu + sigma * inverseNormal(p)),
    cdf: (x) => (x <= 0 ? 0 : standardNormalCdf((Math.log(x) - mu) / sigma)),
  };
}

/**
 * The adequacy test of a held reserve against the distribution of outstanding claims: the probability
 * it covers them, the reserve needed at 75%, 90% and 99.5%, the shortfall against 99.5%, and a sentence
 * a non-actuary can read.
 * @example
 * // Lognormal with CV 0.2: σ² = ln 1.04, so P(X ≤ 1.2e6) = Φ((ln 1.2 + σ²/2) / σ) = Φ(1.0197).
 * assessAdequacy({ kind: "lognormal", mean: 1e6, standardDeviation: 2e5 }, 1.2e6).probabilityCovered
 * // ≈ 0.846
 */
export function assessAdequacy(distribution: ReserveDistribution, held: number): Adequacy {
  const { quantile, cdf } = reserveQuantiles(distribution);
  const quantiles = { p75: quantile(0.75), p90: quantile(0.9), p995: quantile(0.995) };
  const probabilityCovered = cdf(held);
  const shortfall = Math.max(0, quantiles.p995 - held);
  return {
    held,
    probabilityCovered,
    quantiles,
    shortfall,
    sentence:
      shortfall > 0
        ? message.reserveAdequacyShort(held, probabilityCovered, quantiles.p995, shortfall)
        : message.reserveAdequacy(held, probabilityCovered, quantiles.p995),
  };
}
