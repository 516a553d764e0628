/**
 * Discretises a continuous claim severity onto the grid {0, h, …, (n−1)h} by the rounding
 * (mass dispersal / midpoint) method, Loss Models §9.6.5 ("discretization of the severity
 * distribution"): each grid point takes the probability of the interval of width h centred on
 * it,
 *
 *   f₀ = F(h/2),   f_j = F((j + ½)h) − F((j − ½)h)  for 1 ≤ j ≤ n − 2,
 *   f_{n−1} = 1 − F((n − 1.5)h),
 *
 * so the last point also carries the whole tail beyond the grid and the masses sum to 1: the
 * result is the rounding discretisation of min(X, (n−1)h). (R actuar's `discretize(…,
 * method = "rounding")` gives the same masses except that it leaves the tail out.) This is the
 * input of {@link aggregateFft} (and of `aggregatePanjer` in test/reference). f₀ includes any mass at or below 0.
 * Choose n·h well beyond the severity's bulk; the tail mass placed on the last point is
 * 1 − F((n − 1.5)h), which the caller can read as the last entry.
 *
 * Throws a RangeError unless `step` is positive and finite and `length` a positive integer;
 * length 1 puts all the mass at 0.
 *
 * Cost: n + 1 evaluations of the CDF, O(n) memory.
 *
 * @example
 * // Exponential with mean 1, h = 1, 3 points:
 * // [1 − e^−0.5, e^−0.5 − e^−1.5, e^−1.5]:
 * [...discretizeSeverity((x) => 1 - Math.exp(-x), 1, 3)]
 * // ≈ [0.3935, 0.3834, 0.2231]
 */
export function discretizeSeverity(cdf: (x: number) => number, step: number, length: number): Float64Array {
  checkGrid(step, length);
  const pmf = new Float64Array(length);
  if (length === 1) {
    pmf[0] = 1;
    return pmf;
  }
  let previous = cdf(step / 2);
  pmf[0] = previous;
  for (let j = 1; j < length - 1; j++) {
    const current = cdf((j + 0.5) * step);
    pmf[j] = current - previous;
    previous = current;
  }
  pmf[length - 1] = 1 - previous;
  return pmf;
}

function checkGrid(step: number, length: number): void {
  if (!(step > 0 && Number.isFinite(step))) throw new RangeError(`step must be positive, got ${step}`);
  if (!Number.isInteger(length) || length < 1) {
    throw new RangeError(`length must be a positive integer, got ${length}`);
  }
}
