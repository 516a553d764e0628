import seedrandom from "seedrandom";
import { message } from "../messages.ts";
import { chainLadder } from "./chain-ladder.ts";
import { randomGamma } from "./random-gamma.ts";
import type { OriginReserve, ReserveOutcome, TotalReserve } from "./reserve-outcome.ts";
import type { Triangle } from "./triangle.ts";

/** The over-dispersed Poisson bootstrap's distribution of the reserve. */
export interface BootstrapResult {
  /** Per origin: chain-ladder latest and ultimate, the bootstrap mean reserve as `ibnr`, its sd as `se`. */
  byOrigin: OriginReserve[];
  total: TotalReserve;
  factors: number[];
  /** The ODP scale parameter φ = Σ r² / (n − p) of the Pearson residuals. */
  scale: number;
  /** The simulated total reserves, one per simulation, in simulation order. */
  totals: Float64Array;
}

/** Options of {@link odpBootstrap}. */
export interface BootstrapOptions {
  simulations: number;
  seed: number;
  /** Tail factor beyond the last development period (1 for none). */
  tail?: number;
}

/**
 * The over-dispersed Poisson bootstrap of England & Verrall (1999, 2002 §7 and appendix 3): the chain
 * ladder's fitted incremental values mᵢₖ (back from the latest diagonal), unscaled Pearson residuals
 * rᵢₖ = (Xᵢₖ − mᵢₖ)/√mᵢₖ with the bias adjustment √(n/(n − p)) and scale φ = Σ r² / (n − p), p = origins +
 * development periods − 1. Each simulation resamples the residuals with replacement into pseudo data
 * mᵢₖ + r*√mᵢₖ, refits the chain ladder, projects the future increments and draws each from a gamma with
 * that mean and variance φ·mean (process variance). Seeded: one `seedrandom` stream keyed by the seed,
 * drawn in a fixed order, so the same seed gives the same result on every machine.
 *
 * A development period where nothing was ever paid is a structural zero (left out of the residuals and
 * the parameters). Cannot be used when a development period's increments sum to a negative amount or a
 * fitted increment is not positive (the Poisson variance would be negative), or with no more cells than parameters.
 */
export function odpBootstrap(triangle: Triangle, options: BootstrapOptions): ReserveOutcome<BootstrapResult> {
  const tail = options.tail ?? 1;
  const fit = chainLadder(triangle, tail);
  if (!fit.ok) return fit;
  const { factors, latestIndex, latest } = fit.value;
  const rows = triangle.cells.length;
  const columns = factors.length + 1;
  const all: [number, number, number][] = []; // row, column, incremental value
  for (let i = 0; i < rows; i++)
    for (let k = 0; k <= latestIndex[i]!; k++) {
      const cell = triangle.cells[i]![k]!;
      all.push([i, k, k === 0 ? cell : cell - triangle.cells[i]![k - 1]!]);
    }
  for (let k = 0; k < columns; k++) {
    const total = all.reduce((sum, [, column, value]) => sum + (column === k ? value : 0), 0);
    if (total < 0) return { ok: false, reason: message.reserveOdpNegative(k + 1) };
  }
  // A development period in which nothing was ever paid (factor exactly 1: short-tailed young funds) is a
  // structural zero: its cells are fitted as 0, take no part in the residuals, and are never resampled.
  const zeroColumn = Array.from({ length: columns }, (_, k) =>
    all.every(([, column, value]) => column !== k || value === 0),
  );
  const observed = all.filter(([, k]) => !zeroColumn[k]);
  // Fitted cumulative values back from the latest diagonal, and their increments.
  const fitted = observed.map(([i, k]) => {
    let cumulative = latest[i]!;
    for (let j = latestIndex[i]! - 1; j >= k; j--) cumulative /= factors[j]!;
    const before = k === 0 ? 0 : cumulative / factors[k - 1]!;
    return cumulative - before;
  });
  const badFit = fitted.findIndex((value) => !(value > 0 && Number.isFinite(value)));
  if (badFit >= 0) return { ok: false, reason: message.reserveOdpFitted(observed[badFit]![1] + 1) };
  const n = observed.length;
  const p = rows + zeroColumn.filter((zero) => !zero).length - 1;
  if (n <= p) return { ok: false, reason: message.reserveOdpTooFewCells(n, p) };
  const residuals = observed.map(
    ([, , value], index) => (value - fitted[index]!) / Math.sqrt(fitted[index]!),
  );
  const scale = residuals.reduce((sum, r) => sum + r * r, 0) / (n - p);
  if (!(scale > 0)) return { ok: false, reason: message.reserveOdpNoScale() };
  const adjusted = residuals.map((r) => r * Math.sqrt(n / (n - p)));

  const random = seedrandom(`huzhu/${options.seed}/reserve/odp-bootstrap`);
  const uniform = () => random.double();
  const draw = (mean: number) =>
    mean === 0 ? 0 : Math.sign(mean) * randomGamma(Math.abs(mean) / scale, uniform) * scale;
  const totals = new Float64Array(options.simulations);
  const sums = new Float64Array(rows);
  const squares = new Float64Array(rows);
  const pseudo = triangle.cells.map((row) => row.map(() => 0));
  const reserve = new Float64Array(rows);
  for (let s = 0; s < options.simulations; s++) {
    for (const row of pseudo) row.fill(0);
    observed.forEach(([i, k], index) => {
      const r = adjusted[Math.floor(random.double() * n)]!;
      pseudo[i]![k] = fitted[index]! + r * Math.sqrt(fitted[index]!);
    });
    for (let i = 0; i < rows; i++)
      for (let k = 1; k <= latestIndex[i]!; k++) pseudo[i]![k]! += pseudo[i]![k - 1]!;
    const pseudoFactors = factors.map((_, k) => {
      let above = 0;
      let below = 0;
      for (let i = 0; i < rows; i++) {
        if (latestIndex[i]! < k + 1) continue;
        above += pseudo[i]![k + 1]!;
        below += pseudo[i]![k]!;
      }
      return below > 0 ? above / below : 1;
    });
    let total = 0;
    for (let i = 0; i < rows; i++) {
      let cumulative = pseudo[i]![latestIndex[i]!]!;
      let owed = 0;
      for (let k = latestIndex[i]!; k < columns - 1; k++) {
        const next = cumulative * pseudoFactors[k]!;
        owed += draw(next - cumulative);
        cumulative = next;
      }
      if (tail !== 1) owed += draw(cumulative * (tail - 1));
      reserve[i] = owed;
      sums[i]! += owed;
      squares[i]! += owed * owed;
      total += owed;
    }
    totals[s] = total;
  }
  const count = options.simulations;
  const sd = (sum: number, square: number) =>
    count > 1 ? Math.sqrt(Math.max(0, (square - (sum * sum) / count) / (count - 1))) : 0;
  const byOrigin = triangle.origins.map((origin, i) => ({
    origin,
    latest: latest[i]!,
    ultimate: latest[i]! + sums[i]! / count,
    ibnr: sums[i]! / count,
    se: sd(sums[i]!, squares[i]!),
  }));
  let totalSum = 0;
  let totalSquare = 0;
  for (const value of totals) {
    totalSum += value;
    totalSquare += value * value;
  }
  const totalLatest = latest.reduce((sum, value) => sum + value, 0);
  return {
    ok: true,
    value: {
      byOrigin,
      total: {
        latest: totalLatest,
        ultimate: totalLatest + totalSum / count,
        ibnr: totalSum / count,
        se: sd(totalSum, totalSquare),
      },
      factors: tail === 1 ? factors : [...factors, tail],
      scale,
      totals,
    },
  };
}
