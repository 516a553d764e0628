import type { SelfPayAssumptions } from "../scenario/types.ts";
import { inverseNormal } from "./inverse-normal.ts";
import { standardNormalCdf } from "./standard-normal-cdf.ts";
import { exp, log, pow } from "./portable-math.ts";

/**
 * Self-pay per stay: a lognormal body (median `median`, log-sd `sigma`) below `tailThreshold` u, and above
 * it a Pareto tail with shape `tailAlpha` carrying the lognormal's own tail mass π = 1 − Φ((ln u − μ)/σ),
 * so the distribution function is continuous at u:
 *
 *     F(x) = Φ((ln x − μ)/σ)            for x ≤ u
 *     F(x) = 1 − π (u / x)^α            for x > u
 *
 * The tail makes stays of over 1M yuan possible (seed 000: a leukaemia case of 1,037,133.88 over 10 stays).
 */
export interface SelfPaySeverity {
  readonly mu: number;
  readonly sigma: number;
  readonly threshold: number;
  readonly alpha: number;
  /** Probability of a stay above the threshold. */
  readonly tailProbability: number;
  /** Body quantiles at v = i / (size − 1) × (1 − π), for i = 0 … size − 1. */
  readonly bodyTable: Float64Array;
}

/** Entries of the body quantile table (32 KB, so it stays in cache); see test/model/self-pay-severity.test.ts for its error. */
export const SELF_PAY_TABLE_SIZE = 4097;

/** Builds the severity and its quantile table once per scenario. Cost: O(table size). */
export function createSelfPaySeverity(assumptions: SelfPayAssumptions): SelfPaySeverity {
  const mu = log(assumptions.median);
  const sigma = Math.max(assumptions.sigma, 1e-9);
  const threshold = assumptions.tailThreshold;
  const tailProbability = 1 - standardNormalCdf((log(threshold) - mu) / sigma);
  const bodyTable = new Float64Array(SELF_PAY_TABLE_SIZE);
  const bodyMass = 1 - tailProbability;
  for (let i = 0; i < SELF_PAY_TABLE_SIZE; i++) {
    const v = (i / (SELF_PAY_TABLE_SIZE - 1)) * bodyMass;
    bodyTable[i] = i === 0 ? 0 : Math.min(threshold, exp(mu + sigma * inverseNormal(v)));
  }
  bodyTable[SELF_PAY_TABLE_SIZE - 1] = threshold;
  return { mu, sigma, threshold, alpha: assumptions.tailAlpha, tailProbability, bodyTable };
}

/**
 * The self-pay at uniform `v` (inversion): linear interpolation in the body table, except in its top
 * interval, where the lognormal bunches low (51.8k–100k with the defaults: linear interpolation gave 86,428
 * at v = 0.9999 against the true 71,120) and the exact quantile exp(μ + σ Φ⁻¹(v)) is taken; the exact
 * Pareto quantile u (π / (1 − v))^(1/α) in the tail. Cost: O(1); `Math.pow` and Φ⁻¹ only for the
 * ≈1/4096 of top-interval draws and the tail draws.
 */
export function selfPayQuantile(severity: SelfPaySeverity, v: number): number {
  const bodyMass = 1 - severity.tailProbability;
  if (v < bodyMass) {
    const position = (v / bodyMass) * (SELF_PAY_TABLE_SIZE - 1);
    const index = position | 0;
    if (index >= SELF_PAY_TABLE_SIZE - 2)
      return Math.min(severity.threshold, exp(severity.mu + severity.sigma * inverseNormal(v)));
    const fraction = position - index;
    const table = severity.bodyTable;
    return table[index]! + (table[index + 1]! - table[index]!) * fraction;
  }
  return severity.threshold * pow(severity.tailProbability / Math.max(1 - v, 1e-300), 1 / severity.alpha);
}

/** The distribution function F(x) of the self-pay (exact, for the aggregate cross-check). */
export function selfPayCdf(severity: SelfPaySeverity, x: number): number {
  if (x <= 0) return 0;
  if (x <= severity.threshold) return standardNormalCdf((log(x) - severity.mu) / severity.sigma);
  return 1 - severity.tailProbability * pow(severity.threshold / x, severity.alpha);
}
