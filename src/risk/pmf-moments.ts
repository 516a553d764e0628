/** Mass and moments of a pmf on a grid: see {@link pmfMoments}. */
export interface PmfMoments {
  /** Σ pmf[j]; 1 for a complete distribution, less for a truncated one. */
  readonly mass: number;
  /** Σ j·h·pmf[j]. */
  readonly mean: number;
  /** Σ (j·h − mean)²·pmf[j]. */
  readonly variance: number;
  /** √variance. */
  readonly standardDeviation: number;
}

/**
 * Mean, variance and total mass of a distribution on the grid {0, h, 2h, …} with
 * pmf[j] = P(X = j·h): the moments of the discretised severity or of the aggregate loss
 * (Loss Models, aggregate-loss chapter). The sums are not renormalised by the mass: they are
 * the moments of the distribution only when mass = 1, so check `mass` for a truncated pmf (e.g. from Panjer's
 * recursion stopped at the end of the grid). The variance is the centred second sum (two
 * passes), avoiding the cancellation of E[X²] − E[X]².
 *
 * Edge cases: an empty pmf gives mass 0 and NaN moments. Throws a RangeError if the step is not
 * positive and finite. The pmf is never modified.
 *
 * Cost: O(n).
 *
 * @example
 * pmfMoments([0.5, 0.5], 10)
 * // → { mass: 1, mean: 5, variance: 25, standardDeviation: 5 }
 */
export function pmfMoments(pmf: ArrayLike<number>, step: number): PmfMoments {
  if (!(step > 0 && Number.isFinite(step))) throw new RangeError(`step must be positive, got ${step}`);
  const n = pmf.length;
  if (n === 0) return { mass: 0, mean: Number.NaN, variance: Number.NaN, standardDeviation: Number.NaN };
  let mass = 0;
  let mean = 0;
  for (let j = 0; j < n; j++) {
    const probability = pmf[j] as number;
    mass += probability;
    mean += j * step * probability;
  }
  let variance = 0;
  for (let j = 0; j < n; j++) {
    const deviation = j * step - mean;
    variance += deviation * deviation * (pmf[j] as number);
  }
  return { mass, mean, variance, standardDeviation: Math.sqrt(variance) };
}
