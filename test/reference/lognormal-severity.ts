import { standardNormalCdf } from "../../src/model/standard-normal-cdf.ts";

/** Distribution functions of a lognormal claim severity: see {@link lognormalSeverity}. */
export interface LognormalSeverity {
  /** F(x) = P(X ≤ x) = Φ((ln x − μ)/σ) for x > 0, 0 otherwise. */
  readonly cdf: (x: number) => number;
  /** S(x) = P(X > x) = 1 − F(x), computed without cancellation in the upper tail. */
  readonly survival: (x: number) => number;
  /** Limited expected value E[min(X, x)]; equals x for x ≤ 0. */
  readonly limitedExpectedValue: (x: number) => number;
  /** E[X] = e^(μ + σ²/2). */
  readonly mean: number;
  /** Var X = (e^(σ²) − 1)·e^(2μ + σ²). */
  readonly variance: number;
}

/**
 * Lognormal severity ln X ~ N(μ, σ²) (`meanlog` μ, `sdlog` σ, R's parametrisation of `plnorm`),
 * the usual model for individual medical claim amounts. Returns the CDF, survival function and
 * limited expected value, which {@link discretizeSeverity} and {@link discretizeMeanPreserving}
 * consume. The limited expected value is (Loss Models, Appendix A, lognormal)
 *
 *   E[min(X, x)] = e^(μ + σ²/2)·Φ((ln x − μ − σ²)/σ) + x·(1 − Φ((ln x − μ)/σ)),
 *
 * identical to R actuar's `levlnorm`. Φ is {@link standardNormalCdf} (Cody's algorithm, as R).
 * Throws a RangeError unless μ is finite and σ positive and finite.
 *
 * Cost: O(1) per evaluation.
 *
 * @example
 * const severity = lognormalSeverity(7, 1.2);
 * severity.mean; // 2252.9595805... (= e^7.72)
 * severity.cdf(Math.exp(7)); // 0.5
 * severity.limitedExpectedValue(1000); // 757.7890807... (R: actuar::levlnorm(1000, 7, 1.2))
 */
export function lognormalSeverity(meanlog: number, sdlog: number): LognormalSeverity {
  if (!Number.isFinite(meanlog)) throw new RangeError(`meanlog must be finite, got ${meanlog}`);
  if (!(sdlog > 0 && Number.isFinite(sdlog))) throw new RangeError(`sdlog must be positive, got ${sdlog}`);
  const mean = Math.exp(meanlog + (sdlog * sdlog) / 2);
  const standardise = (x: number): number => (Math.log(x) - meanlog) / sdlog;
  const cdf = (x: number): number => (x > 0 ? standardNormalCdf(standardise(x)) : Number.isNaN(x) ? x : 0);
  const survival = (x: number): number =>
    x > 0 ? standardNormalCdf(standardise(x), { upperTail: true }) : Number.isNaN(x) ? x : 1;
  const limitedExpectedValue = (x: number): number => {
    if (!(x > 0)) return x;
    const z = standardise(x);
    return mean * standardNormalCdf(z - sdlog) + x * standardNormalCdf(z, { upperTail: true });
  };
  const variance = Math.expm1(sdlog * sdlog) * Math.exp(2 * meanlog + sdlog * sdlog);
  return { cdf, survival, limitedExpectedValue, mean, variance };
}
