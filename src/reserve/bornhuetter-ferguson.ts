import { message } from "../messages.ts";
import { mackChainLadder } from "./mack-chain-ladder.ts";
import type { OriginReserve, ReserveOutcome, TotalReserve } from "./reserve-outcome.ts";
import type { Triangle } from "./triangle.ts";

/** Bornhuetter–Ferguson reserves. */
export interface BornhuetterFergusonResult {
  byOrigin: OriginReserve[];
  total: TotalReserve;
  factors: number[];
}

/**
 * Bornhuetter & Ferguson (1972): the outstanding amount of each origin is its a-priori expected ultimate
 * times the share still to emerge by the chain ladder, U₀ᵢ · (1 − 1/Fᵢ), where Fᵢ is the product of the
 * factors ahead of it and the tail; so young origins lean on the prior and mature ones on their data.
 * `prior[i]` is the expected ultimate of origin i (a-priori loss ratio × contributions, or the scenario's
 * expected claims for that period). The standard error carries over Mack's coefficient of variation of
 * the chain-ladder reserve to the BF reserve (an approximation: BF has no distribution of its own here).
 * @example
 * // Factors 440 / 300 = 1.4667 and 165 / 150 = 1.1: origin b still has 1 − 1/1.1 of its prior 330 to
 * // come (30), origin c 1 − 1/(1.4667 · 1.1) = 0.3802 of its prior 200 (76.03), origin a nothing.
 * const cells = [[100, 150, 165], [200, 290, null], [100, null, null]];
 * const fit = bornhuetterFerguson({ origins: ["a", "b", "c"], cells }, [165, 330, 200]);
 * fit.ok && fit.value.byOrigin.map((origin) => origin.ibnr)
 * // ≈ [0, 30.00, 76.03]
 */
export function bornhuetterFerguson(
  triangle: Triangle,
  prior: readonly number[],
  tail = 1,
): ReserveOutcome<BornhuetterFergusonResult> {
  const mack = mackChainLadder(triangle, tail);
  if (!mack.ok) return mack;
  const missing = triangle.origins.findIndex((_, i) => !(Number.isFinite(prior[i]) && prior[i]! >= 0));
  if (missing >= 0) return { ok: false, reason: message.reserveNoPrior(triangle.origins[missing]!) };
  const byOrigin = mack.value.byOrigin.map((row, i) => {
    const development = row.latest === 0 ? Infinity : row.ultimate / row.latest;
    const ibnr = row.ibnr === 0 && row.latest > 0 ? 0 : prior[i]! * (1 - 1 / development);
    const cv = row.ibnr > 0 ? row.se / row.ibnr : 0;
    return { origin: row.origin, latest: row.latest, ultimate: row.latest + ibnr, ibnr, se: cv * ibnr };
  });
  const scaled = mack.value.total.ibnr > 0 ? mack.value.total.se / mack.value.total.ibnr : 0;
  const ibnr = byOrigin.reduce((sum, row) => sum + row.ibnr, 0);
  const latest = mack.value.total.latest;
  return {
    ok: true,
    value: {
      byOrigin,
      total: { latest, ultimate: latest + ibnr, ibnr, se: scaled * ibnr },
      factors: mack.value.factors,
    },
  };
}
