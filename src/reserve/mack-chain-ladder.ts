import { message } from "../messages.ts";
import { chainLadder } from "./chain-ladder.ts";
import type { OriginReserve, ReserveOutcome, TotalReserve } from "./reserve-outcome.ts";
import { studentTPValue } from "./student-t-p-value.ts";
import type { Triangle } from "./triangle.ts";

/** Chain ladder with Mack's standard errors. */
export interface MackResult {
  byOrigin: OriginReserve[];
  total: TotalReserve;
  /** Age-to-age factors, then the tail factor when it is not 1. */
  factors: number[];
  /** Mack's σ²ₖ of each factor (the last ones extrapolated where too few origins estimate them), then the tail's. */
  sigma2: number[];
  /** Standard error of each estimated factor, s.e.(f̂ₖ) = σₖ / √Σᵢ Cᵢ,ₖ, then the tail's. */
  factorSe: number[];
  /** The total's process and parameter (estimation) standard errors: se² = process² + parameter². */
  totalProcessSe: number;
  totalParameterSe: number;
}

/**
 * How a σ² that too few origins estimate (usually the last) is filled: Mack's rule (R ChainLadder's
 * `est.sigma = "Mack"`), or R's default `"log-linear"` — ln σₖ fitted on k over the known σₖ > 0 and
 * read at the missing k, kept only when the slope's p-value is at most 0.05 (else Mack's rule, as R).
 */
export type SigmaRule = "mack" | "log-linear";

/** A tail's own uncertainty when it is known from elsewhere (R ChainLadder's `tail.se`, `tail.sigma`). */
export interface TailUncertainty {
  /** Standard error of the tail factor. */
  se?: number;
  /** σ of the individual tail development (as σₖ for a factor). */
  sigma?: number;
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

/** Least squares y = a + b·x over the points with a finite y; null with fewer than 2 such points. */
function fitLine(ys: readonly number[]): { a: number; b: number } | null {
  const points = ys.flatMap((y, index) => (Number.isFinite(y) ? [[index + 1, y] as const] : []));
  if (points.length < 2) return null;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  const b = sxy / sxx;
  return { a: meanY - b * meanX, b };
}

/**
 * Fills the missing σ² by R ChainLadder's `estimate.sigma`: least squares of ln σₖ on k over the known
 * σₖ > 0, predicted at the missing k; left missing (for Mack's rule) when the slope's two-sided p-value
 * is above 0.05 or cannot be computed (fewer than three points).
 */
function logLinearSigma2(sigma2: (number | undefined)[]): void {
  const logSigma = sigma2.map((value) => (value !== undefined && value > 0 ? Math.log(value) / 2 : NaN));
  const line = fitLine(logSigma);
  const points = logSigma.flatMap((y, index) => (Number.isFinite(y) ? [[index + 1, y] as const] : []));
  if (line === null || points.length < 3) return;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const sxx = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  const sse = points.reduce((sum, [x, y]) => sum + (y - line.a - line.b * x) ** 2, 0);
  const df = points.length - 2;
  const pValue = studentTPValue(line.b / Math.sqrt(sse / df / sxx), df);
  if (!(pValue <= 0.05)) return;
  sigma2.forEach((value, k) => {
    if (value === undefined) sigma2[k] = Math.exp(2 * (line.a + line.b * (k + 1)));
  });
}

/**
 * The tail's standard error and σ as R ChainLadder's `MackChainLadder` extrapolates them (`tail_SE`):
 * the tail is placed at the development period x where the log-linear fit of ln(fₖ − 1) on k reaches
 * ln(tail − 1), and s.e.(tail) and σ(tail) are read at x from the log-linear fits of ln s.e.(f̂ₖ) and
 * ln σₖ on k. Factors at or below 1 and zero errors are left out of the fits (R would fail on them); when
 * the factors do not decay (no such x), the tail is placed at the period after the last factor; with
 * fewer than two points in a fit, the last value is carried.
 */
function extrapolateTail(
  factors: readonly number[],
  factorSe: readonly number[],
  sigma: readonly number[],
  tail: number,
): { se: number; sigma: number } {
  const growth = fitLine(factors.map((factor) => (factor > 1 ? Math.log(factor - 1) : NaN)));
  const fromFit = growth && growth.b < 0 ? (Math.log(tail - 1) - growth.a) / growth.b : NaN;
  const position = Number.isFinite(fromFit) ? fromFit : factors.length + 1;
  const at = (values: readonly number[]) => {
    const line = fitLine(values.map((value) => (value > 0 ? Math.log(value) : NaN)));
    return line ? Math.exp(line.a + line.b * position) : (values.at(-1) ?? 0);
  };
  return { se: at(factorSe), sigma: at(sigma) };
}

/**
 * Mack's distribution-free chain ladder: the chain-ladder reserve of each origin with its standard error,
 * and the total's, which includes the covariance between origins that share estimated factors. Computed by
 * Mack's (1999) recursion over the development periods still ahead of each origin,
 *
 *   process²ᵢ,ₖ₊₁ = Ĉᵢ,ₖ σ²ₖ + process²ᵢ,ₖ f²ₖ,   parameter²ᵢ,ₖ₊₁ = Ĉ²ᵢ,ₖ s.e.(f̂ₖ)² + parameter²ᵢ,ₖ f²ₖ,
 *   total parameter²ₖ₊₁ = (Σᵢ Ĉᵢ,ₖ)² s.e.(f̂ₖ)² + total parameter²ₖ f²ₖ   (origins already at or past k),
 *
 * which equals Mack's (1993) closed form without a tail. σ²ₖ = Σᵢ Cᵢ,ₖ (Cᵢ,ₖ₊₁/Cᵢ,ₖ − fₖ)² / (nₖ − 1) where
 * nₖ ≥ 2 origins estimate it (origins at 0 are left out), otherwise Mack's extrapolation (or R's log-linear
 * one, `sigmaRule`); s.e.(f̂ₖ)² =
 * σ²ₖ / Σᵢ Cᵢ,ₖ. A tail factor above 1 is one more step from the last development period to ultimate, with
 * its s.e. and σ given (`tailUncertainty`) or extrapolated log-linearly as R ChainLadder does (Mack 1999);
 * a tail below 1 scales the reserve without error of its own. Reproduces Mack's 1993 figures for Taylor &
 * Ashe, Mack's 1994 figures for RAA, R's 28,669.91 for RAA with tail 1.05, and Mack's 1999 Table 1 (see
 * test/reserve).
 */
export function mackChainLadder(
  triangle: Triangle,
  tail = 1,
  tailUncertainty: TailUncertainty = {},
  sigmaRule: SigmaRule = "mack",
): ReserveOutcome<MackResult> {
  const fit = chainLadder(triangle, tail);
  if (!fit.ok) return fit;
  const { latestIndex, latest, projected, ultimate } = fit.value;
  const factors = [...fit.value.factors];
  const weights = fit.value.weights;
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
  if (sigmaRule === "log-linear") logLinearSigma2(sigma2);
  for (let k = firstKnown; k < sigma2.length; k++)
    if (sigma2[k] === undefined) sigma2[k] = extrapolateSigma2(sigma2[k - 1], sigma2[k - 2]);
  const variance = sigma2 as number[];
  const factorSe = variance.map((value, k) => Math.sqrt(value / weights[k]!));
  if (tail !== 1) {
    const tailError =
      tail > 1
        ? extrapolateTail(
            factors,
            factorSe,
            variance.map((value) => Math.sqrt(value)),
            tail,
          )
        : { se: 0, sigma: 0 };
    factors.push(tail);
    factorSe.push(tailUncertainty.se ?? tailError.se);
    variance.push((tailUncertainty.sigma ?? tailError.sigma) ** 2);
  }
  const steps = factors.length;
  const byOrigin: OriginReserve[] = [];
  let totalProcess = 0;
  triangle.origins.forEach((origin, i) => {
    let process = 0;
    let parameter = 0;
    for (let k = Math.max(0, latestIndex[i]!); k < steps; k++) {
      const value = projected[i]![k]!;
      process = value * variance[k]! + process * factors[k]! ** 2;
      parameter = value ** 2 * factorSe[k]! ** 2 + parameter * factors[k]! ** 2;
    }
    totalProcess += process;
    byOrigin.push({
      origin,
      latest: latest[i]!,
      ultimate: ultimate[i]!,
      ibnr: ultimate[i]! - latest[i]!,
      se: Math.sqrt(process + parameter),
    });
  });
  let totalParameter = 0;
  for (let k = 0; k < steps; k++) {
    let reached = 0;
    triangle.origins.forEach((_, i) => {
      if (latestIndex[i]! <= k) reached += projected[i]![k]!;
    });
    totalParameter = reached ** 2 * factorSe[k]! ** 2 + totalParameter * factors[k]! ** 2;
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
        se: Math.sqrt(totalProcess + totalParameter),
      },
      factors,
      sigma2: variance,
      factorSe,
      totalProcessSe: Math.sqrt(totalProcess),
      totalParameterSe: Math.sqrt(totalParameter),
    },
  };
}
