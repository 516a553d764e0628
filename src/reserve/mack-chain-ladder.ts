import { message } from "../messages.ts";
import { chainLadder } from "./chain-ladder.ts";
import type { OriginReserve, ReserveOutcome, TotalReserve } from "./reserve-outcome.ts";
import type { Triangle } from "./triangle.ts";

/** Chain ladder with Mack's standard errors. */
export interface MackResult {
  byOrigin: OriginReserve[];
  total: TotalReserve;
  /** Age-to-age factors, then the tail factor when it is not 1. */
  factors: number[];
  /** Mack's σ²ₖ of each factor (the last ones extrapolated where too few origins estimate them). */
  sigma2: number[];
}

/**
 * Extrapolates a missing σ² from the two before it by Mack's (1993) rule
 * σ²ₖ = min(σ⁴ₖ₋₁ / σ²ₖ₋₂, min(σ²ₖ₋₂, σ²ₖ₋₁)); with only one before it, that one.
 */
function extrapolateSigma2(previous: number | undefined, beforePrevious: number | undefined): number {
  if (previous === undefined) return NaN;
  if (beforePrevious === undefined) return previous;
  const candidates = [previous ** 2 / beforePrevious, beforePrevious, previous].filter(Number.isFinite);
  return Math.min(...candidates);
}

/**
 * Mack's (1993) distribution-free chain ladder: the chain-ladder reserve of each origin with its standard
 * error, and the total's, which adds the covariance between origins that share estimated factors:
 *
 *   mse(Rᵢ) = Ĉ²ᵢ,ᵤ Σₖ σ²ₖ/f²ₖ (1/Ĉᵢ,ₖ + 1/Σⱼ Cⱼ,ₖ),   mse(R) = Σᵢ mse(Rᵢ) + 2 Σᵢ<ⱼ Ĉᵢ,ᵤ Ĉⱼ,ᵤ Σₖ σ²ₖ/f²ₖ / Σₘ Cₘ,ₖ
 *
 * with k over the development periods still ahead (of both origins, for the covariance). σ²ₖ =
 * Σᵢ Cᵢ,ₖ (Cᵢ,ₖ₊₁/Cᵢ,ₖ − fₖ)² / (nₖ − 1) where nₖ ≥ 2 origins estimate it (origins at 0 are left out),
 * otherwise Mack's extrapolation. A tail factor other than 1 is treated as one more development step
 * with an extrapolated σ², weighted by the last column (an approximation to Mack 1999). Reproduces
 * Mack's 1993 figures for the Taylor & Ashe triangle (see test/reserve).
 */
export function mackChainLadder(triangle: Triangle, tail = 1): ReserveOutcome<MackResult> {
  const fit = chainLadder(triangle, tail);
  if (!fit.ok) return fit;
  const { latestIndex, latest, projected, ultimate } = fit.value;
  const factors = [...fit.value.factors];
  const weights = [...fit.value.weights];
  const columns = factors.length + 1;
  if (triangle.cells.length < 3)
    return { ok: false, reason: message.reserveTooFewOrigins("Mack", triangle.cells.length, 3) };
  const sigma2: (number | undefined)[] = factors.map((factor, k) => {
    let sum = 0;
    let count = 0;
    for (const row of triangle.cells) {
      const next = row[k + 1];
      if (next === null || next === undefined || row[k] === 0) continue;
      sum += row[k]! * (next / row[k]! - factor) ** 2;
      count++;
    }
    return count >= 2 ? sum / (count - 1) : undefined;
  });
  if (sigma2.every((value) => value === undefined)) return { ok: false, reason: message.reserveNoSigma() };
  const firstKnown = sigma2.findIndex((value) => value !== undefined);
  for (let k = 0; k < firstKnown; k++) sigma2[k] = sigma2[firstKnown];
  for (let k = firstKnown; k < sigma2.length; k++)
    if (sigma2[k] === undefined) sigma2[k] = extrapolateSigma2(sigma2[k - 1], sigma2[k - 2]);
  const steps = tail === 1 ? columns - 1 : columns;
  if (tail !== 1) {
    factors.push(tail);
    sigma2.push(extrapolateSigma2(sigma2.at(-1), sigma2.at(-2)));
    weights.push(triangle.cells.reduce((sum, row) => sum + (row[columns - 1] ?? 0), 0));
  }
  // Per step k: σ²ₖ / f²ₖ, and its share of parameter error σ²ₖ / f²ₖ / Σⱼ Cⱼ,ₖ.
  const process = factors.map((factor, k) => sigma2[k]! / factor ** 2);
  const parameter = process.map((value, k) => value / weights[k]!);
  const byOrigin: OriginReserve[] = triangle.origins.map((origin, i) => {
    let mse = 0;
    for (let k = latestIndex[i]!; k < steps; k++) {
      // Ĉᵢ,ᵤ / Ĉᵢ,ₖ is the product of the factors ahead, so a row at 0 gives 0, not 0/0.
      const ahead = ultimate[i]! === 0 ? 0 : ultimate[i]! / projected[i]![k]!;
      mse += ultimate[i]! * ahead * process[k]! + ultimate[i]! ** 2 * parameter[k]!;
    }
    return {
      origin,
      latest: latest[i]!,
      ultimate: ultimate[i]!,
      ibnr: ultimate[i]! - latest[i]!,
      se: Math.sqrt(mse),
    };
  });
  let totalMse = byOrigin.reduce((sum, row) => sum + row.se ** 2, 0);
  for (let i = 0; i < byOrigin.length; i++)
    for (let j = i + 1; j < byOrigin.length; j++) {
      let shared = 0;
      for (let k = Math.max(latestIndex[i]!, latestIndex[j]!); k < steps; k++) shared += parameter[k]!;
      totalMse += 2 * ultimate[i]! * ultimate[j]! * shared;
    }
  const sum = (pick: (row: OriginReserve) => number) => byOrigin.reduce((total, row) => total + pick(row), 0);
  return {
    ok: true,
    value: {
      byOrigin,
      total: {
        latest: sum((row) => row.latest),
        ultimate: sum((row) => row.ultimate),
        ibnr: sum((row) => row.ibnr),
        se: Math.sqrt(totalMse),
      },
      factors,
      sigma2: sigma2 as number[],
    },
  };
}
