/**
 * Paths needed before a probability as small as `target` can be told apart from zero and from a few
 * times itself: the Monte Carlo standard error at the target, √(p(1 − p)/n), must be at most a third of
 * p, that is about nine ruined paths expected at the target: n ≥ 9 (1 − p) / p. With fewer paths, every
 * fee or reserve whose simulated paths happen not to be ruined "meets" the target (40 paths resolve
 * nothing under 20%), so a figure read off them would be noise.
 * @example
 * pathsToResolve(0.005)
 * // → 1791
 */
export function pathsToResolve(target: number): number {
  if (!(target > 0) || target >= 1) return 1;
  return Math.ceil((9 * (1 - target)) / target - 1e-9);
}
