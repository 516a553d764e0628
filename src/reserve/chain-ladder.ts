import { message } from "../messages.ts";
import type { ReserveOutcome } from "./reserve-outcome.ts";
import { latestIndexes, latestValues, type Triangle } from "./triangle.ts";

/** The chain-ladder projection of a cumulative triangle. */
export interface ChainLadder {
  /** Volume-weighted age-to-age factors f₁ … f₍ₙ₋₁₎ (factor k takes period k to k + 1). */
  factors: number[];
  /** The tail factor from the last development period to ultimate (1 for none). */
  tail: number;
  /** Σ of column k over the origins that are known at k + 1: the weight of factor k. */
  weights: number[];
  /** How many origins each factor is estimated from. */
  counts: number[];
  /** Index of each origin's latest known development period. */
  latestIndex: number[];
  latest: number[];
  /** The completed triangle of cumulative values, with the ultimate (after the tail) as a last column. */
  projected: number[][];
  ultimate: number[];
}

/**
 * The chain ladder: each factor is the volume-weighted average Σᵢ Cᵢ,ₖ₊₁ / Σᵢ Cᵢ,ₖ over the origins known
 * at both periods, and each origin's latest value is carried to ultimate by the factors still ahead of it
 * and the tail. Cannot be used when a development period sums to 0 (young funds with empty months) or
 * when there are fewer than 2 origins.
 * @example
 * const fit = chainLadder({ origins: ["a", "b"], cells: [[100, 150], [200, null]] });
 * fit.ok && fit.value.ultimate // factor 150 / 100 = 1.5 carries 200 to 300
 * // → [150, 300]
 */
export function chainLadder(triangle: Triangle, tail = 1): ReserveOutcome<ChainLadder> {
  const rows = triangle.cells.length;
  const columns = triangle.cells[0]?.length ?? 0;
  if (rows < 2 || columns < 2)
    return { ok: false, reason: message.reserveTooFewOrigins("chain ladder", rows, 2) };
  const latestIndex = latestIndexes(triangle);
  const latest = latestValues(triangle);
  const factors: number[] = [];
  const weights: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < columns - 1; k++) {
    let above = 0;
    let below = 0;
    let count = 0;
    for (const row of triangle.cells) {
      if (row[k + 1] === null || row[k + 1] === undefined) continue;
      above += row[k + 1]!;
      below += row[k]!;
      count++;
    }
    if (below === 0 || count === 0) return { ok: false, reason: message.reserveZeroColumn(k + 1) };
    factors.push(above / below);
    weights.push(below);
    counts.push(count);
  }
  const projected = triangle.cells.map((row, i) => {
    const full = row.map((cell) => cell ?? 0);
    for (let k = latestIndex[i]! + 1; k < columns; k++) full[k] = full[k - 1]! * factors[k - 1]!;
    full.push(full[columns - 1]! * tail);
    return full;
  });
  return {
    ok: true,
    value: {
      factors,
      tail,
      weights,
      counts,
      latestIndex,
      latest,
      projected,
      ultimate: projected.map((row) => row[columns]!),
    },
  };
}
