import { inverseNormal } from "../model/inverse-normal.ts";
import { exp, log } from "../model/portable-math.ts";
import type { CommonShockAssumptions } from "../scenario/types.ts";
import { streamFor, type RandomStream } from "./random-stream.ts";

/** One path's common shocks, year by year (index year − 1). */
export interface PathShocks {
  /** Claim-frequency multiplier of every member: common shock × epidemic × parameter draw. */
  readonly frequency: Float64Array;
  /** Self-pay multiplier: the inflation index since year one × the self-pay level's parameter draw. */
  readonly severity: Float64Array;
  /** The year's interest rate on the fund. */
  readonly interest: Float64Array;
}

/** Room for `years` years of shocks (reused across paths). */
export function createPathShocks(years: number): PathShocks {
  return {
    frequency: new Float64Array(years),
    severity: new Float64Array(years),
    interest: new Float64Array(years),
  };
}

/** A standard normal draw by inversion, from a uniform kept strictly inside (0, 1). */
function normal(stream: RandomStream): number {
  return inverseNormal(stream.uniform() + 0.5 / 4294967296);
}

/** A lognormal multiplier with mean 1 and coefficient of variation `cv` at standard normal `z`. */
export function lognormalMultiplier(cv: number, z: number): number {
  if (cv <= 0) return 1;
  const s2 = log(1 + cv * cv);
  return exp(Math.sqrt(s2) * z - s2 / 2);
}

/**
 * Draws one path's common shocks. Each year's draws come from its own stream (seed, path, year, "shocks"):
 * five uniforms, always all five, so two scenarios share them (common random numbers) and nothing depends
 * on the thread. Per year t:
 *
 * - frequency: x_t = ρ x_{t−1} + √(1 − ρ²) z_t (x_1 = z_1, stationary), multiplier exp(s x_t − s²/2) with
 *   s² = ln(1 + c²): mean 1, coefficient of variation c, correlation of the logs ρ^lag;
 * - epidemic: with probability p, × a multiplier uniform between `multiplierLow` and `multiplierHigh`;
 * - inflation: i_t = ī + d_t with d_t = φ d_{t−1} + σ ε_t (d_1 stationary, σ/√(1 − φ²) ε_1); self-pay in
 *   year t is Π_{k=2..t} (1 + i_k) times year one's, which is (1 + ī)^(t−1) when σ = 0;
 * - interest: r_t = r̄ + e_t, e_t an AR(1) like the inflation's (stationary from year one), with
 *   `interestVolatility` and `interestAutocorrelation`; r̄ = `meanInterest` (the fund's `interestRate`).
 *
 * `epidemicOverride` (a stress's value per year, NaN for none) replaces the epidemic factor of a year; the
 * draws are made all the same.
 *
 * Parameter uncertainty, when enabled, draws once per path from (seed, path, 0, "parameters"): a claim-rate
 * and a self-pay-level multiplier, lognormal with mean 1 and the given CVs. Cost: O(years), ARC4 seeding
 * of one stream a year.
 */
export function drawPathShocks(
  shocks: CommonShockAssumptions,
  meanInflation: number,
  seed: number,
  path: number,
  years: number,
  out: PathShocks,
  meanInterest: number,
  epidemicOverride?: Float64Array,
): void {
  let claimRate = 1;
  let selfPayLevel = 1;
  const parameters = shocks.parameterUncertainty;
  if (parameters.enabled) {
    const stream = streamFor(seed, path, 0, "parameters");
    claimRate = lognormalMultiplier(parameters.claimRateCv, normal(stream));
    selfPayLevel = lognormalMultiplier(parameters.selfPayCv, normal(stream));
  }
  const {
    frequencyAutocorrelation: rho,
    inflationAutocorrelation: phi,
    inflationVolatility: sigma,
    interestAutocorrelation: psi,
    interestVolatility: tau,
    epidemic,
  } = shocks;
  // The AR(1) states: frequency, inflation deviation and its index, interest deviation.
  let x = 0;
  let deviation = 0;
  let index = 1;
  let rateDeviation = 0;
  for (let year = 1; year <= years; year++) {
    const stream = streamFor(seed, path, year, "shocks");
    const zFrequency = normal(stream);
    const zInflation = normal(stream);
    const epidemicDraw = stream.uniform();
    const epidemicSize = stream.uniform();
    const zInterest = normal(stream);
    x = year === 1 ? zFrequency : rho * x + Math.sqrt(1 - rho * rho) * zFrequency;
    let frequency = lognormalMultiplier(shocks.frequencyCv, x);
    const forced = epidemicOverride?.[year - 1] ?? NaN;
    if (!Number.isNaN(forced)) frequency *= forced;
    else if (epidemicDraw < epidemic.probability)
      frequency *= epidemic.multiplierLow + (epidemic.multiplierHigh - epidemic.multiplierLow) * epidemicSize;
    deviation =
      year === 1 ? (sigma / Math.sqrt(1 - phi * phi)) * zInflation : phi * deviation + sigma * zInflation;
    if (year > 1) index *= 1 + meanInflation + deviation;
    rateDeviation =
      year === 1 ? (tau / Math.sqrt(1 - psi * psi)) * zInterest : psi * rateDeviation + tau * zInterest;
    out.interest[year - 1] = meanInterest + rateDeviation;
    out.frequency[year - 1] = frequency * claimRate;
    out.severity[year - 1] = Math.max(0, index) * selfPayLevel;
  }
}
