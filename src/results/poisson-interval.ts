/** P(X ≤ k) for X ~ Poisson(mean), by summing the terms (k small). */
function poissonCdf(k: number, mean: number): number {
  let term = Math.exp(-mean);
  let total = term;
  for (let i = 1; i <= k; i++) {
    term *= mean / i;
    total += term;
  }
  return total;
}

/** The mean at which the decreasing function `f(mean)` crosses `target`, by bisection. */
function solve(f: (mean: number) => number, target: number, high: number): number {
  let low = 0;
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    if (f(mid) > target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * A 95% interval for the mean of a Poisson count `k`: exact (Garwood) limits for k < 50, found by
 * bisection on the Poisson distribution function (P(X ≥ k) = 2.5% at the lower limit, P(X ≤ k) = 2.5%
 * at the upper), and Byar's approximation above (Breslow and Day 1987, vol. II §2.3: lower = k (1 −
 * 1/(9k) − z/(3√k))³, upper = (k+1) (1 − 1/(9(k+1)) + z/(3√(k+1)))³, within 0.1% there). Divide by the
 * expected count to get the interval of an actual-to-expected ratio.
 * @example
 * // Garwood's limits for k = 10 (R: qchisq(0.025, 20) / 2, qchisq(0.975, 22) / 2).
 * const { lower, upper } = poissonInterval(10);
 * [lower, upper]
 * // ≈ [4.795, 18.390]
 */
export function poissonInterval(k: number, z = 1.959964): { lower: number; upper: number } {
  if (k < 50) {
    const high = k + 20 + 10 * Math.sqrt(k + 1);
    const lower = k === 0 ? 0 : solve((mean) => poissonCdf(k - 1, mean), 0.975, high);
    const upper = solve((mean) => poissonCdf(k, mean), 0.025, high);
    return { lower, upper };
  }
  const lower = k * (1 - 1 / (9 * k) - z / (3 * Math.sqrt(k))) ** 3;
  const next = k + 1;
  const upper = next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3;
  return { lower, upper };
}
