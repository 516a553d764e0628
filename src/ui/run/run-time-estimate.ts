import type { ChartLocale } from "../../charts/locale.ts";
import { formatDuration } from "../common/format.ts";
import { translate } from "../shell/i18n.ts";

/** Where the claim rate behind an estimate comes from. */
export type ClaimRateBasis = "speedTest" | "lastRun";

/** Claims simulated per second on this machine with all the pool's threads, and how it was measured. */
export interface ClaimRate {
  readonly perSecond: number;
  readonly basis: ClaimRateBasis;
}

/** A run shorter than this is mostly fixed costs (starting chunks, summarising, drawing): its speed is not kept. */
export const MIN_TIMED_SECONDS = 1;

/** A run longer than this is flagged before it starts, with the advice to try fewer paths first. */
export const LONG_RUN_SECONDS = 60;

/**
 * The claims a run draws: expected claims of a path-year × paths × years, summed over the scenarios it
 * simulates (a comparison of two scenarios that share their draws simulates one: pass one).
 * @example runClaims([64_000], 1000, 10)
 * // → 640000000
 * @example runClaims([64_000, 60_000], 100, 3)
 * // → 37200000
 */
export function runClaims(claimsPerPathYear: readonly number[], paths: number, years: number): number {
  return claimsPerPathYear.reduce((sum, claims) => sum + claims, 0) * paths * years;
}

/**
 * The claim rate a timed run shows: `claims` drawn in `seconds`, or `null` when the run was too short to
 * say (under {@link MIN_TIMED_SECONDS}) or the figures are not positive numbers.
 * @example claimRateOf(48_000_000, 10)
 * // → 4800000
 * @example claimRateOf(2_000_000, 0.4)
 * // → null
 */
export function claimRateOf(claims: number, seconds: number): number | null {
  if (!(claims > 0) || !(seconds >= MIN_TIMED_SECONDS) || !Number.isFinite(claims / seconds)) return null;
  return claims / seconds;
}

/**
 * Seconds a run drawing `claims` claims takes at `claimsPerSecond`: claims ÷ rate (the simulation's cost
 * grows with claims, not members; see `expectedClaimDraws`). `null` without a rate or with no claims.
 * @example estimateSeconds(640_000_000, 5_000_000)
 * // → 128
 */
export function estimateSeconds(claims: number, claimsPerSecond: number | null): number | null {
  if (claimsPerSecond === null || !(claimsPerSecond > 0) || !(claims > 0)) return null;
  return claims / claimsPerSecond;
}

/**
 * An estimate rounded to what a Monte Carlo timing on a shared machine can promise: whole seconds under
 * 10 s (at least 1), then 5 s steps under a minute, 10 s steps under 5 minutes, whole minutes under an
 * hour and 5-minute steps beyond.
 * @example [0.2, 7.4, 23, 128, 754, 5000].map(roundEstimate)
 * // → [1, 7, 25, 130, 780, 5100]
 */
export function roundEstimate(seconds: number): number {
  const step = seconds < 10 ? 1 : seconds < 60 ? 5 : seconds < 300 ? 10 : seconds < 3600 ? 60 : 300;
  return Math.max(1, Math.round(seconds / step) * step);
}

/**
 * The words beside the Run button: "预计用时约 8 秒（2 个线程，按本机测速）" / "Estimated time: about 8 s
 * (2 threads, from a speed test on this machine)", with the advice to try fewer paths first when the run
 * is longer than a minute; without an estimate, the threads the run will use.
 * @example runEstimateText({ seconds: 7.6, threads: 2, basis: "speedTest" }, "zh")
 * // → "预计用时约 8 秒（2 个线程，按本机测速）"
 * @example runEstimateText({ seconds: 130, threads: 4, basis: "lastRun" }, "en")
 * // → "Estimated time: about 2 min 10 s (4 threads, at the last run's speed). That is long: try fewer paths first."
 * @example runEstimateText({ seconds: null, threads: 2, basis: null }, "en")
 * // → "on 2 threads"
 */
export function runEstimateText(
  estimate: { seconds: number | null; threads: number; basis: ClaimRateBasis | null },
  locale: ChartLocale,
): string {
  const { seconds, threads, basis } = estimate;
  if (seconds === null || basis === null) return translate(locale, "run.threads", { n: threads });
  const key = seconds > LONG_RUN_SECONDS ? "run.estimateLong" : "run.estimate";
  return translate(locale, key, {
    time: formatDuration(roundEstimate(seconds), locale),
    n: threads,
    basis: translate(locale, basis === "speedTest" ? "run.basisSpeedTest" : "run.basisLastRun"),
  });
}
