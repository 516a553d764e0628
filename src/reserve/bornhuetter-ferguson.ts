import { message } from "../messages.ts";
import { mackChainLadder, type SigmaRule, type TailUncertainty } from "./mack-chain-ladder.ts";
import type { OriginReserve, ReserveOutcome, TotalReserve } from "./reserve-outcome.ts";
import { latestIndexes, type Triangle } from "./triangle.ts";

/** Bornhuetter–Ferguson reserves. */
export interface BornhuetterFergusonResult {
  byOrigin: OriginReserve[];
  total: TotalReserve;
  factors: number[];
  /** The total's standard error split into its three sources: se² = process² + pattern² + prior². */
  totalProcessSe: number;
  totalPatternSe: number;
  totalPriorSe: number;
  /** The tail factor's standard error and σ (as in Mack's chain ladder), null without a tail. */
  tailSe: number | null;
  tailSigma: number | null;
}

/** How uncertain the a-priori ultimates are. */
export interface BornhuetterFergusonOptions {
  /** Coefficient of variation of each prior ultimate (independent between origins); 0: taken as exact. */
  priorCv?: number;
  /** The tail's own s.e. and σ, when given (otherwise extrapolated as in Mack's chain ladder). */
  tailUncertainty?: TailUncertainty;
  /** How the chain ladder's missing σ² are filled (they set the tail's extrapolated s.e.). */
  sigmaRule?: SigmaRule;
}

/** Mack's rule for a missing variance from the two before it: min(v²ₖ₋₁ / vₖ₋₂, vₖ₋₂, vₖ₋₁). */
function extrapolate(previous: number | undefined, beforePrevious: number | undefined): number {
  if (previous === undefined) return 0;
  if (beforePrevious === undefined) return previous;
  return Math.min(...[previous ** 2 / beforePrevious, beforePrevious, previous].filter(Number.isFinite));
}

/**
 * Bornhuetter & Ferguson (1972): the outstanding amount of each origin is its a-priori expected ultimate
 * Uᵢ times the share still to emerge by the chain-ladder pattern, Uᵢ (1 − β̂ᵢ), where β̂ᵢ = 1/Fᵢ is the share
 * developed by the origin's latest period (Fᵢ the product of the factors ahead of it and the tail); so
 * young origins lean on the prior and mature ones on their data. `prior[i]` is the expected ultimate of
 * origin i (a-priori loss ratio × contributions, or the scenario's expected claims for that period).
 *
 * Its prediction error is its own, in the model Mack (2008) set under BF — incremental amounts Sᵢ,ₖ
 * independent, with mean xᵢ yₖ and variance xᵢ s²ₖ, the prior Uᵢ an estimate of xᵢ — with the pattern
 * estimated by the chain ladder as above:
 *
 *   mse(R̂ᵢ) = Uᵢ Σₖ₍future₎ ŝ²ₖ + (U²ᵢ + Var Uᵢ) Var(β̂ᵢ) + Var Uᵢ (1 − β̂ᵢ)²     process, pattern, prior
 *   mse(R̂) = Σᵢ mse(R̂ᵢ) + 2 Σᵢ<ⱼ Uᵢ Uⱼ Cov(β̂ᵢ, β̂ⱼ)
 *
 * ŝ²ₖ = Σᵢ (Sᵢ,ₖ − x̂ᵢ ŷₖ)² / x̂ᵢ / (nₖ − 1) over the nₖ ≥ 2 origins known at k, with x̂ᵢ = Uᵢ (so a prior far
 * from the data widens the error, as it should) and ŷₖ = β̂ₖ − β̂ₖ₋₁ (a period with too few origins, and the tail, in proportion to its expected increment);
 * Var(β̂) and Cov(β̂ᵢ, β̂ⱼ) = β̂ᵢ β̂ⱼ Σₗ (s.e.(f̂ₗ)/f̂ₗ)² over the factors ahead of both, by the delta method
 * from Mack's s.e.(f̂ₗ) (the tail's as in {@link mackChainLadder}); Var Uᵢ = (priorCv · Uᵢ)². Not a published
 * figure's method: checked against a Monte Carlo simulation of that model (test/reserve).
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
  options: BornhuetterFergusonOptions = {},
): ReserveOutcome<BornhuetterFergusonResult> {
  const mack = mackChainLadder(triangle, tail, options.tailUncertainty, options.sigmaRule);
  if (!mack.ok) return mack;
  const missing = triangle.origins.findIndex((_, i) => !(Number.isFinite(prior[i]) && prior[i]! >= 0));
  if (missing >= 0) return { ok: false, reason: message.reserveNoPrior(triangle.origins[missing]!) };
  const { factors, factorSe } = mack.value;
  const columns = triangle.cells[0]!.length;
  // developed[k]: share of the ultimate developed by period k (β̂ₖ), the tail included.
  const developed: number[] = [];
  let product = factors.slice(columns - 1).reduce((value, factor) => value * factor, 1);
  developed[columns - 1] = 1 / product;
  for (let k = columns - 2; k >= 0; k--) {
    product *= factors[k]!;
    developed[k] = 1 / product;
  }
  const latestIndex = latestIndexes(triangle);
  const share = (i: number) => (latestIndex[i]! < 0 ? 0 : developed[latestIndex[i]!]!);
  const byOriginMean = mack.value.byOrigin.map((row, i) => {
    const ibnr = prior[i]! * (1 - share(i));
    return { origin: row.origin, latest: row.latest, ultimate: row.latest + ibnr, ibnr };
  });
  // Expected increments ŷₖ and their variance parameters ŝ²ₖ, the tail's last.
  const increments = developed.map((value, k) => value - (k === 0 ? 0 : developed[k - 1]!));
  const s2: (number | undefined)[] = increments.map((expected, k) => {
    let sum = 0;
    let count = 0;
    triangle.cells.forEach((row, i) => {
      const cell = row[k];
      const size = prior[i]!;
      if (cell === null || cell === undefined || !(size > 0)) return;
      sum += (cell - (k === 0 ? 0 : row[k - 1]!) - size * expected) ** 2 / size;
      count++;
    });
    return count >= 2 ? sum / (count - 1) : undefined;
  });
  // A missing ŝ²ₖ (too few origins), and the tail's, in proportion to the expected increment: ŝ²ₖ = ŷₖ ×
  // Σ ŝ²ⱼ / Σ ŷⱼ over the (up to) three estimated periods before it (a ratio of sums, steadier than the
  // last period's ratio alone, which is biased low by its own noise).
  const proportional = (k: number, expected: number): number => {
    let variance = 0;
    let mean = 0;
    let used = 0;
    for (let j = k - 1; j >= 0 && used < 3; j--) {
      if (estimated[j] !== true) continue;
      variance += s2[j]!;
      mean += increments[j]!;
      used++;
    }
    return expected <= 0 ? 0 : mean > 0 ? (variance * expected) / mean : extrapolate(s2[k - 1], s2[k - 2]);
  };
  const estimated = s2.map((value) => value !== undefined);
  for (let k = 0; k < s2.length; k++) if (s2[k] === undefined) s2[k] = proportional(k, increments[k]!);
  const tailS2 = proportional(columns, 1 - developed[columns - 1]!);
  // relative[k] = Var(ln β̂ₖ) = Σₗ≥ₖ Var(f̂ₗ)/f̂²ₗ, with Var(f̂ₗ) = Σᵢ Uᵢ ŝ²ₗ₊₁ / (Σᵢ Cᵢ,ₗ)² over the origins
  // known at l + 1 (the next increments' variance over the factor's weight), the tail's from Mack's.
  const relative: number[] = [];
  let logVariance = factors.length >= columns ? (factorSe[columns - 1]! / factors[columns - 1]!) ** 2 : 0;
  relative[columns - 1] = logVariance;
  for (let k = columns - 2; k >= 0; k--) {
    let volume = 0;
    let weight = 0;
    triangle.cells.forEach((row, i) => {
      if (row[k + 1] === null || row[k + 1] === undefined) return;
      volume += prior[i]!;
      weight += row[k]!;
    });
    logVariance += weight > 0 ? (volume * s2[k + 1]!) / weight ** 2 / factors[k]! ** 2 : 0;
    relative[k] = logVariance;
  }
  const shareVariance = (i: number) => (latestIndex[i]! < 0 ? 0 : relative[latestIndex[i]!]!);
  const ahead: number[] = [];
  ahead[columns - 1] = tailS2;
  for (let k = columns - 2; k >= 0; k--) ahead[k] = ahead[k + 1]! + s2[k + 1]!;
  const cv = options.priorCv ?? 0;
  let process = 0;
  let pattern = 0;
  let priorPart = 0;
  const byOrigin: OriginReserve[] = byOriginMean.map((row, i) => {
    const u = prior[i]!;
    const priorVariance = (cv * u) ** 2;
    const beta = share(i);
    const own = {
      process: latestIndex[i]! < 0 ? u * (ahead[0]! + s2[0]!) : u * ahead[latestIndex[i]!]!,
      pattern: (u ** 2 + priorVariance) * beta ** 2 * shareVariance(i),
      prior: priorVariance * (1 - beta) ** 2,
    };
    process += own.process;
    pattern += own.pattern;
    priorPart += own.prior;
    return { ...row, se: Math.sqrt(own.process + own.pattern + own.prior) };
  });
  for (let i = 0; i < byOrigin.length; i++)
    for (let j = i + 1; j < byOrigin.length; j++) {
      const shared = Math.min(shareVariance(i), shareVariance(j));
      pattern += 2 * prior[i]! * prior[j]! * share(i) * share(j) * shared;
    }
  const ibnr = byOrigin.reduce((sum, row) => sum + row.ibnr, 0);
  const latest = mack.value.total.latest;
  return {
    ok: true,
    value: {
      byOrigin,
      total: { latest, ultimate: latest + ibnr, ibnr, se: Math.sqrt(process + pattern + priorPart) },
      factors,
      totalProcessSe: Math.sqrt(process),
      totalPatternSe: Math.sqrt(pattern),
      totalPriorSe: Math.sqrt(priorPart),
      tailSe: tail === 1 ? null : factorSe.at(-1)!,
      tailSigma: tail === 1 ? null : Math.sqrt(mack.value.sigma2.at(-1)!),
    },
  };
}
