import { pathsToResolve } from "./paths-to-resolve.ts";

/** The opening reserve that keeps the ruin probability at or under a target, with its Monte Carlo interval. */
export interface ReserveNeeded {
  /** Ruin probability aimed at (over the horizon). */
  target: number;
  /**
   * Opening fund (balance and risk reserve together) at which at most `target` × paths are ruined, yuan;
   * 0 when the fund needs no opening money at all at this target.
   */
  reserve: number;
  /** 95% interval of `reserve` from the order statistics of the paths' needs. */
  low: number;
  high: number;
  /** Extra opening money over the scenario's own (negative: the scenario holds more than it needs). */
  extra: number;
  /** Whether the paths resolve the target (see `pathsToResolve`); if not, `reserve` is not reliable. */
  resolved: boolean;
  /** Paths that would resolve the target. */
  pathsNeeded: number;
}

const Z_95 = 1.959963984540054;

/**
 * The reserve needed: an extra opening amount ΔR is carried forward with interest, ΔR (1 + r)^t at the
 * end of year t (interest is earned on the whole balance), and nothing else on a path depends on it. A path
 * is ruined in year t when its ruin measure m_t (the balance, or the balance less the outstanding claims,
 * by the scenario's ruin basis) is below zero, so it escapes ruin exactly when
 * ΔR ≥ need = max_t (−m_t / (1 + r)^t). The smallest ΔR that leaves at most ⌊target × n⌋ paths with
 * need > ΔR is the (n − ⌊target × n⌋)-th smallest need; the reserve needed is the scenario's opening fund
 * plus it. Its 95% interval comes from the ranks n q ± 1.96 √(n q (1 − q)), q = 1 − target.
 * `measures[path * years + year − 1]` are the ruin measures; `interestRate` is the fund's rate, or each
 * path's rates by year (an interest-rate path: ΔR then grows by Π (1 + r_k)). Cost: O(paths × years + paths log paths).
 * @example
 * // One path, one year, no interest: a measure of −50 with an opening fund of 100 needs 150.
 * reserveNeeded([-50], 1, 1, 0, 100, 0).reserve
 * // → 150
 */
export function reserveNeeded(
  measures: ArrayLike<number>,
  paths: number,
  years: number,
  interestRate: number | ((path: number) => ArrayLike<number>),
  openingFund: number,
  target: number,
): ReserveNeeded {
  const needs = new Float64Array(paths);
  for (let path = 0; path < paths; path++) {
    let need = -Infinity;
    let growth = 1;
    const rates = typeof interestRate === "number" ? null : interestRate(path);
    for (let year = 1; year <= years; year++) {
      growth *= 1 + (rates === null ? (interestRate as number) : rates[year - 1]!);
      need = Math.max(need, -measures[path * years + year - 1]! / growth);
    }
    needs[path] = need;
  }
  needs.sort();
  const allowed = Math.floor(target * paths + 1e-9);
  const rank = Math.max(0, paths - allowed - 1);
  const spread = Z_95 * Math.sqrt(paths * target * (1 - target));
  const at = (r: number) => needs[Math.min(paths - 1, Math.max(0, Math.round(r)))]!;
  const toReserve = (extra: number) => Math.max(0, openingFund + extra);
  const extra = needs[rank]!;
  return {
    target,
    reserve: toReserve(extra),
    low: toReserve(at(rank - spread)),
    high: toReserve(at(rank + spread)),
    extra,
    resolved: paths >= pathsToResolve(target),
    pathsNeeded: pathsToResolve(target),
  };
}
