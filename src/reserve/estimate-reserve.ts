import {
  assessAdequacy,
  reserveQuantiles,
  type Adequacy,
  type ReserveDistribution,
} from "./assess-adequacy.ts";
import { message, type Message } from "../messages.ts";
import { bornhuetterFerguson } from "./bornhuetter-ferguson.ts";
import { tailFactor, type TailChoice } from "./fit-tail-factor.ts";
import { mackChainLadder, type SigmaRule } from "./mack-chain-ladder.ts";
import { odpBootstrap } from "./odp-bootstrap.ts";
import type { OriginReserve, ReserveOutcome, TotalReserve } from "./reserve-outcome.ts";
import type { Triangle } from "./triangle.ts";

export const RESERVE_METHODS = ["mack", "bf", "bootstrap"] as const;
export type ReserveMethod = (typeof RESERVE_METHODS)[number];

/** What to estimate and how. */
export interface ReserveOptions {
  method: ReserveMethod;
  tail: TailChoice;
  /** Bootstrap simulations and seed. */
  simulations: number;
  seed: number;
  /** A-priori expected ultimate per origin (Bornhuetter–Ferguson only). */
  prior?: readonly number[];
  /** How Mack fills a σ² too few origins estimate: Mack's rule (default) or R's log-linear fit. */
  sigmaRule?: SigmaRule;
  /** Coefficient of variation of each prior (Bornhuetter–Ferguson only); 0 or omitted: taken as exact. */
  priorCv?: number;
  /** The held reserve to test, yuan; omitted: no adequacy test. */
  held?: number;
}

/** A reserve estimate in the shape `huzhu reserve --format json` writes. */
export interface ReserveEstimate {
  method: ReserveMethod;
  byOrigin: OriginReserve[];
  total: TotalReserve;
  /** Age-to-age factors, then the tail factor when it is not 1. */
  factors: number[];
  tail: number;
  /** The outstanding amount at 50%, 75%, 90%, 95% and 99.5% (lognormal from Mack's, or the bootstrap's). */
  quantiles: { p50: number; p75: number; p90: number; p95: number; p995: number };
  adequacy: Adequacy | null;
  /** The opening liability for the projection: `assumptions.fund.openingLiability`. */
  openingLiability: { mean: number; standardDeviation: number };
  /**
   * Where the total's standard error comes from (Mack and BF; null for the bootstrap, whose spread is its
   * simulations'): se² = process² + estimation² (+ prior² for BF); the tail's s.e. and σ when there is a tail.
   */
  errorParts: {
    process: number;
    /** Mack's parameter error of the factors; BF's error of the development pattern. */
    estimation: number;
    /** BF only: the prior's own error, from `priorCv`. */
    prior: number | null;
    priorCv: number | null;
    tailSe: number | null;
    tailSigma: number | null;
  } | null;
  /** The same in sentences for the reader (rendered in the user's language where shown). */
  errorNotes: Message[];
  /** Simulated totals (bootstrap only), for the distribution chart. */
  simulatedTotals: Float64Array | null;
}

/** The sentences that say where the total's standard error comes from (none for the bootstrap). */
function errorNotes(parts: ReserveEstimate["errorParts"], se: number, tail: number): Message[] {
  if (parts === null) return [];
  const notes =
    parts.prior === null
      ? [message.reserveErrorMack(parts.process, parts.estimation, se)]
      : [
          message.reserveErrorBf(
            parts.process,
            parts.estimation,
            parts.prior,
            `${Math.round((parts.priorCv ?? 0) * 100)}%`,
            se,
          ),
        ];
  if (parts.tailSe !== null && parts.tailSigma !== null)
    notes.push(
      message.reserveErrorTail(tail.toFixed(4), parts.tailSe.toPrecision(3), parts.tailSigma.toPrecision(3)),
    );
  return notes;
}

/**
 * Estimates the outstanding claims of a cumulative triangle by Mack's chain ladder, Bornhuetter–Ferguson
 * or the ODP bootstrap, with the tail chosen, and tests the held reserve. Mack's and BF's distribution is
 * read as lognormal with the estimate's mean and standard error; the bootstrap's is its simulations.
 * Returns the reason when the method (or a fitted tail) cannot be used on this triangle.
 */
export function estimateReserve(
  triangle: Triangle,
  options: ReserveOptions,
): ReserveOutcome<ReserveEstimate> {
  const plain = mackChainLadder(triangle);
  const tailOutcome = tailFactor(
    options.tail,
    plain.ok ? plain.value.factors : (triangle.cells[0] ?? []).map(() => 1),
  );
  if (!tailOutcome.ok) return tailOutcome;
  const tail = tailOutcome.value;
  let result: ReserveOutcome<{ byOrigin: OriginReserve[]; total: TotalReserve; factors: number[] }>;
  let simulatedTotals: Float64Array | null = null;
  let errorParts: ReserveEstimate["errorParts"] = null;
  if (options.method === "mack") {
    const mack = mackChainLadder(triangle, tail, {}, options.sigmaRule);
    if (mack.ok)
      errorParts = {
        process: mack.value.totalProcessSe,
        estimation: mack.value.totalParameterSe,
        prior: null,
        priorCv: null,
        tailSe: tail === 1 ? null : mack.value.factorSe.at(-1)!,
        tailSigma: tail === 1 ? null : Math.sqrt(mack.value.sigma2.at(-1)!),
      };
    result = mack;
  } else if (options.method === "bf") {
    const priorCv = options.priorCv ?? 0;
    const bf = bornhuetterFerguson(triangle, options.prior ?? [], tail, {
      priorCv,
      sigmaRule: options.sigmaRule,
    });
    if (bf.ok)
      errorParts = {
        process: bf.value.totalProcessSe,
        estimation: bf.value.totalPatternSe,
        prior: bf.value.totalPriorSe,
        priorCv,
        tailSe: bf.value.tailSe,
        tailSigma: bf.value.tailSigma,
      };
    result = bf;
  } else {
    const boot = odpBootstrap(triangle, { simulations: options.simulations, seed: options.seed, tail });
    if (boot.ok) simulatedTotals = boot.value.totals;
    result = boot;
  }
  if (!result.ok) return result;
  const { byOrigin, total, factors } = result.value;
  const distribution: ReserveDistribution = simulatedTotals
    ? { kind: "sample", values: simulatedTotals }
    : { kind: "lognormal", mean: total.ibnr, standardDeviation: total.se };
  const { quantile } = reserveQuantiles(distribution);
  return {
    ok: true,
    value: {
      method: options.method,
      byOrigin,
      total,
      factors,
      tail,
      quantiles: {
        p50: quantile(0.5),
        p75: quantile(0.75),
        p90: quantile(0.9),
        p95: quantile(0.95),
        p995: quantile(0.995),
      },
      adequacy: options.held === undefined ? null : assessAdequacy(distribution, options.held),
      openingLiability: { mean: Math.max(0, total.ibnr), standardDeviation: total.se },
      errorParts,
      errorNotes: errorNotes(errorParts, total.se, tail),
      simulatedTotals,
    },
  };
}
