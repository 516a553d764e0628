import type { CountDistribution } from "../../src/risk/count-distribution.ts";
import { pmfMoments } from "../../src/risk/pmf-moments.ts";

/** Aggregate loss distribution on a grid, from {@link aggregatePanjer}. */
export interface AggregatePanjerResult {
  /** pmf[j] = P(S = j·step), j < length: exact (up to rounding), no aliasing. */
  readonly pmf: Float64Array;
  /** Grid step h, as given. */
  readonly step: number;
  /** Σ j·h·pmf[j]: the mean only when `missingMass` is negligible. */
  readonly mean: number;
  /** Standard deviation of `pmf` on the grid (same caveat). */
  readonly standardDeviation: number;
  /** 1 − Σ pmf: probability that S lies beyond the grid (± rounding). */
  readonly missingMass: number;
}

/**
 * Distribution of the aggregate loss S = X₁ + … + X_N on the grid {0, h, …, (length−1)h} by
 * Panjer's recursion (Panjer 1981, "Recursive evaluation of a family of compound distributions",
 * ASTIN Bulletin 12; Loss Models, "the recursive method" in the aggregate-loss chapter) for
 * claim counts of the (a, b, 0) class, P(N = k) = (a + b/k)·P(N = k − 1):
 *
 *   f_S(0) = P_N(f₀),
 *   f_S(k) = Σ_{j=1..k} (a + b·j/k)·f_j·f_S(k − j) / (1 − a·f₀),
 *
 * with Poisson (a, b) = (0, λ); negative binomial (1 − p, (r − 1)(1 − p)); binomial
 * (−q/(1 − q), (m + 1)q/(1 − q)); same parametrisations as {@link CountDistribution} and R
 * actuar's `aggregateDist("recursive", …)`. Each f_S(k) depends only on f_j for j ≤ k, so the
 * grid points are exact (no truncation or wrap-around error): this is the independent check of
 * {@link aggregateFft}. The mass beyond the grid is reported as `missingMass`. The recursion is
 * numerically stable for Poisson and negative binomial (a ≥ 0); for the binomial (a < 0) errors
 * can grow (Panjer & Wang 1993, "On the stability of recursive formulas", ASTIN Bulletin 23).
 *
 * Throws a RangeError if f_S(0) underflows to 0 (e.g. Poisson with λ(1 − f₀) > 745: use
 * {@link aggregateFft}), for a binomial with q = 1, for a step that is not positive and finite, or
 * for a length that is not a positive integer. Severity masses beyond the grid are irrelevant and
 * ignored. The severity pmf is not modified.
 *
 * Cost: O(n·min(n, m)) for n = length and m = severity length; n = 2^13 takes ~0.1 s.
 *
 * @example
 * // Poisson(2) claims of size 1 (h = 1): S ~ Poisson(2).
 * aggregatePanjer([0, 1], 1, poissonCount(2), 8).pmf[3]; // 0.18044704431548356 (= e^−2·2³/3!)
 */
export function aggregatePanjer(
  severityPmf: ArrayLike<number>,
  step: number,
  count: CountDistribution,
  length: number,
): AggregatePanjerResult {
  if (!(step > 0 && Number.isFinite(step))) throw new RangeError(`step must be positive, got ${step}`);
  if (!Number.isInteger(length) || length < 1) {
    throw new RangeError(`length must be a positive integer, got ${length}`);
  }
  const severityLength = Math.min(severityPmf.length, length);
  const severity = new Float64Array(severityLength);
  for (let j = 0; j < severityLength; j++) severity[j] = severityPmf[j] as number;
  const zeroMass = severityLength > 0 ? severity[0]! : 0;
  const { a, b, probabilityOfZero } = panjerParameters(count, zeroMass);
  if (!(probabilityOfZero > 0)) {
    throw new RangeError("P(S = 0) underflows to 0: Panjer's recursion cannot start (use aggregateFft)");
  }

  // Pre-multiply: f_j·(a) and f_j·(b·j), so f_S(k) = (Σ aF_j f_S(k−j) + (1/k) Σ bJF_j f_S(k−j)) / c.
  const aTerms = new Float64Array(severityLength);
  const bTerms = new Float64Array(severityLength);
  for (let j = 1; j < severityLength; j++) {
    aTerms[j] = a * severity[j]!;
    bTerms[j] = b * j * severity[j]!;
  }
  const divisor = 1 - a * zeroMass;
  const pmf = new Float64Array(length);
  pmf[0] = probabilityOfZero;
  for (let k = 1; k < length; k++) {
    const upper = Math.min(k, severityLength - 1);
    let sumA = 0;
    let sumB = 0;
    for (let j = 1; j <= upper; j++) {
      const previous = pmf[k - j]!;
      sumA += aTerms[j]! * previous;
      sumB += bTerms[j]! * previous;
    }
    pmf[k] = (sumA + sumB / k) / divisor;
  }
  const moments = pmfMoments(pmf, step);
  return {
    pmf,
    step,
    mean: moments.mean,
    standardDeviation: moments.standardDeviation,
    missingMass: 1 - moments.mass,
  };
}

/** (a, b) of the (a, b, 0) class and P_N(f₀) = P(S = 0), as in actuar's panjer(). */
function panjerParameters(
  count: CountDistribution,
  zeroMass: number,
): { a: number; b: number; probabilityOfZero: number } {
  switch (count.kind) {
    case "poisson":
      return { a: 0, b: count.mean, probabilityOfZero: Math.exp(count.mean * (zeroMass - 1)) };
    case "negativeBinomial": {
      const p = count.probability;
      const a = 1 - p;
      const beta = a / p;
      return {
        a,
        b: (count.size - 1) * a,
        probabilityOfZero: Math.exp(-count.size * Math.log1p(beta * (1 - zeroMass))),
      };
    }
    case "binomial": {
      const q = count.probability;
      if (q === 1) throw new RangeError("binomial with probability 1 is not usable in Panjer's recursion");
      return {
        a: -q / (1 - q),
        b: ((count.trials + 1) * q) / (1 - q),
        probabilityOfZero: Math.exp(count.trials * Math.log1p(-q * (1 - zeroMass))),
      };
    }
  }
}
