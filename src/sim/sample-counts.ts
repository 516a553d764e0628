import type { RandomStream } from "./random-stream.ts";
import { exp, pow } from "../model/portable-math.ts";

/** Above this mean a draw is split in two halves (exact: sums of independent binomials/Poissons). */
const SPLIT_MEAN = 200;

/**
 * Binomial(n, p) by sequential inversion from 0 (Devroye 1986, §X.4): cost O(n·p) multiplications and one
 * uniform, no logarithms. Large means are split, Binomial(n, p) = Binomial(⌊n/2⌋, p) + Binomial(⌈n/2⌉, p),
 * so (1 − p)^n never underflows.
 * @example
 * import { streamFor } from "./random-stream.ts";
 * const stream = streamFor(1, 0, 1, "members");
 * sampleBinomial(stream, 1000, 0)
 * // → 0
 * sampleBinomial(stream, 1000, 1)
 * // → 1000
 */
export function sampleBinomial(stream: RandomStream, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - sampleBinomial(stream, n, 1 - p);
  if (n * p > SPLIT_MEAN) {
    const half = Math.floor(n / 2);
    return sampleBinomial(stream, half, p) + sampleBinomial(stream, n - half, p);
  }
  const ratio = p / (1 - p);
  let probability = pow(1 - p, n);
  let cumulative = probability;
  const u = stream.uniform();
  let k = 0;
  while (u > cumulative && k < n) {
    probability *= ((n - k) / (k + 1)) * ratio;
    k++;
    cumulative += probability;
    if (probability < 1e-300 && k > n * p) break;
  }
  return k;
}

/**
 * Poisson(mean) by sequential inversion, splitting large means in halves. Cost O(mean), one uniform per
 * part.
 */
export function samplePoisson(stream: RandomStream, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean > SPLIT_MEAN) return samplePoisson(stream, mean / 2) + samplePoisson(stream, mean / 2);
  let probability = exp(-mean);
  let cumulative = probability;
  const u = stream.uniform();
  let k = 0;
  while (u > cumulative) {
    k++;
    probability *= mean / k;
    cumulative += probability;
    if (probability < 1e-300 && k > mean) break;
  }
  return k;
}

/**
 * Rounds `x` down or up at random so the expectation stays `x`: whole members from expected counts.
 * @example
 * import { streamFor } from "./random-stream.ts";
 * const stream = streamFor(1, 0, 1, "members");
 * stochasticRound(stream, 2)
 * // → 2
 * // 2.25 is 2 three times in four, else 3: the mean of many draws is 2.25 (± 0.0014 at 100,000)
 * let sum = 0;
 * for (let draw = 0; draw < 100_000; draw++) sum += stochasticRound(stream, 2.25);
 * sum / 100_000
 * // ≈ 2.25
 */
export function stochasticRound(stream: RandomStream, x: number): number {
  const floor = Math.floor(x);
  return floor + (stream.uniform() < x - floor ? 1 : 0);
}
