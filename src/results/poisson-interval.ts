/**
 * A 95% interval for the mean of a Poisson count `k` by Byar's approximation (Breslow and Day 1987,
 * vol. II §2.3): lower = k (1 − 1/(9k) − z/(3√k))³, upper = (k+1) (1 − 1/(9(k+1)) + z/(3√(k+1)))³,
 * within about 1% of the exact (Garwood) limits even for small counts. Divide by the expected count to
 * get the interval of an actual-to-expected ratio.
 * @example poissonInterval(10) // { lower: 4.79, upper: 18.39 } (exact Garwood: 4.80, 18.39)
 */
export function poissonInterval(k: number, z = 1.959964): { lower: number; upper: number } {
  const lower = k <= 0 ? 0 : k * (1 - 1 / (9 * k) - z / (3 * Math.sqrt(k))) ** 3;
  const next = k + 1;
  const upper = next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3;
  return { lower, upper };
}
