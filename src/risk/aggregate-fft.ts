import type { CountDistribution } from "./count-distribution.ts";
import { countMoments } from "./count-distribution.ts";
import { fft } from "./fft.ts";
import { pmfMoments } from "./pmf-moments.ts";

/** Options of {@link aggregateFft}. */
export interface AggregateFftOptions {
  /** `aliasingWarning` is set when the estimated wrapped-around mass exceeds this; default 1e-9. */
  readonly aliasingTolerance?: number;
}

/** Aggregate loss distribution on a grid, from {@link aggregateFft}. */
export interface AggregateFftResult {
  /** pmf[j] = P(S = j·step), j < length (rounding noise below 0 is set to 0). */
  readonly pmf: Float64Array;
  /** Grid step h, as given. */
  readonly step: number;
  /** Mean of `pmf` on the grid. */
  readonly mean: number;
  /** Standard deviation of `pmf` on the grid. */
  readonly standardDeviation: number;
  /** E[N]·E[X] for the discretised severity: what `mean` is without aliasing. */
  readonly exactMean: number;
  /** √(E[N]·Var X + Var N·E[X]²) for the discretised severity. */
  readonly exactStandardDeviation: number;
  /**
   * Estimate of the probability mass of S beyond the grid that wrapped around onto it:
   * (exactMean − mean)/(length·step), exact when mass wraps at most once and an upper bound
   * otherwise (rounding makes it ±1e-15 or so when there is none).
   */
  readonly aliasedMass: number;
  /** True when `aliasedMass` exceeds the tolerance: enlarge `length`. */
  readonly aliasingWarning: boolean;
}

/**
 * Distribution of the aggregate loss S = X₁ + … + X_N (N independent of the i.i.d. severities
 * X_i) on the grid {0, h, …, (length−1)h}, by the fast Fourier transform (Robertson 1992,
 * "The computation of aggregate loss distributions", PCAS 79; Embrechts & Frei 2009, "Panjer
 * recursion versus FFT for compound distributions", Math. Meth. Oper. Res. 69): with f the
 * discretised severity pmf zero-padded to `length` points,
 *
 *   pmf_S = IFFT( P_N( FFT(f) ) ),
 *
 * where P_N is the claim count's probability generating function evaluated at complex points:
 * Poisson e^(λ(z − 1)); negative binomial (1 − β(z − 1))^(−r), β = (1 − p)/p (principal-branch
 * complex power: Re(1 − β(z − 1)) ≥ 1 on the unit disc, so the branch never cuts); binomial
 * (1 + q(z − 1))^m. It computes the same pmf as Panjer's recursion (`aggregatePanjer`, test/reference) in O(n log n) instead
 * of O(n²).
 *
 * Aliasing: the DFT computes the sum modulo length·h, so the probability of S ≥ length·h wraps
 * around onto the low grid points. Choose `length` so that the aggregate's tail beyond
 * length·h is negligible (a few times VaR_99.5%, or mean + 10–20 standard deviations); the result
 * reports `aliasedMass` (from the mean deficit) and `aliasingWarning`.
 *
 * Throws a RangeError unless `length` is a power of two at least as long as the severity pmf,
 * `step` is positive and finite, and the severity masses are finite and non-negative.
 * The severity pmf is not modified.
 *
 * Cost: O(n log n) time and about 4n doubles of memory. The severity is real and P_N has real
 * coefficients, so the work is done by two complex FFTs of n/2 points and n/2 + 1 PGF
 * evaluations (see aggregateByRealFft below): about 0.15–0.2 s for n = 2^20 on a shared 2-core
 * VM.
 *
 * @example
 * // Poisson(2) claims of size 1 (h = 1): S ~ Poisson(2).
 * import { poissonCount } from "./count-distribution.ts";
 * const result = aggregateFft([0, 1], 1, poissonCount(2), 64);
 * result.pmf[3] // e^−2·2³/3!
 * // ≈ 0.180447044315484
 * result.mean // 2 up to rounding
 * // ≈ 2.00000000000
 */
export function aggregateFft(
  severityPmf: ArrayLike<number>,
  step: number,
  count: CountDistribution,
  length: number,
  options: AggregateFftOptions = {},
): AggregateFftResult {
  if (!(step > 0 && Number.isFinite(step))) throw new RangeError(`step must be positive, got ${step}`);
  if (!Number.isInteger(length) || length < 1 || (length & (length - 1)) !== 0) {
    throw new RangeError(`length must be a power of two, got ${length}`);
  }
  if (severityPmf.length > length) {
    throw new RangeError(`length ${length} is shorter than the severity pmf (${severityPmf.length})`);
  }
  const severity = new Float64Array(length);
  for (let j = 0; j < severityPmf.length; j++) {
    const mass = severityPmf[j] as number;
    if (!(mass >= 0 && Number.isFinite(mass))) {
      throw new RangeError(`severity mass at index ${j} must be finite and ≥ 0, got ${mass}`);
    }
    severity[j] = mass;
  }
  const severityMoments = pmfMoments(severity, step);
  const pmf = length === 1 ? aggregateSinglePoint(severity, count) : aggregateByRealFft(severity, count);
  for (let j = 0; j < length; j++) if (pmf[j]! < 0) pmf[j] = 0;

  const moments = pmfMoments(pmf, step);
  const counts = countMoments(count);
  const severityMean = severityMoments.mean;
  const exactMean = counts.mean * severityMean;
  const exactVariance =
    counts.mean * severityMoments.variance + counts.variance * severityMean * severityMean;
  const aliasedMass = (exactMean - moments.mean) / (length * step);
  const tolerance = options.aliasingTolerance ?? 1e-9;
  return {
    pmf,
    step,
    mean: moments.mean,
    standardDeviation: moments.standardDeviation,
    exactMean,
    exactStandardDeviation: Math.sqrt(exactVariance),
    aliasedMass,
    aliasingWarning: aliasedMass > tolerance,
  };
}

/** Length-1 grid: the only point is 0, with P(S = 0) = P_N(f₀). */
function aggregateSinglePoint(severity: Float64Array, count: CountDistribution): Float64Array {
  const real = new Float64Array([severity[0]!]);
  const imag = new Float64Array(1);
  applyPgf(count, real, imag);
  return real;
}

/**
 * IFFT(P_N(FFT(f))) for a real f of even length N, with two complex FFTs of length N/2 instead of
 * two of length N ("Numerical Recipes" §12.3.2): f is packed as z[m] = f[2m] + i·f[2m+1], the
 * spectrum F[k] for k ≤ N/2 is unpacked from Z = FFT(z), and since P_N has real coefficients the
 * result's spectrum is Hermitian, so P_N is evaluated only at those N/2 + 1 points and the
 * inverse runs the same identities backwards. Returns a new array of length N.
 */
function aggregateByRealFft(severity: Float64Array, count: CountDistribution): Float64Array {
  const length = severity.length;
  const half = length >> 1;
  const packedReal = new Float64Array(half);
  const packedImag = new Float64Array(half);
  for (let m = 0; m < half; m++) {
    packedReal[m] = severity[2 * m]!;
    packedImag[m] = severity[2 * m + 1]!;
  }
  fft(packedReal, packedImag);

  // cos/sin of θ_k = 2πk/N, k ≤ N/2.
  const cosines = new Float64Array(half + 1);
  const sines = new Float64Array(half + 1);
  for (let k = 0; k <= half; k++) {
    const angle = (2 * Math.PI * k) / length;
    cosines[k] = Math.cos(angle);
    sines[k] = Math.sin(angle);
  }

  // F[k] = E[k] + e^(−iθ_k)·O[k], with E = (Z[k] + conj Z[N/2−k])/2,
  // O = (Z[k] − conj Z[N/2−k])/(2i).
  const spectrumReal = new Float64Array(half + 1);
  const spectrumImag = new Float64Array(half + 1);
  for (let k = 0; k <= half; k++) {
    const index = k === half ? 0 : k;
    const mirror = k === 0 ? 0 : half - k;
    const zReal = packedReal[index]!;
    const zImag = packedImag[index]!;
    const mirrorReal = packedReal[mirror]!;
    const mirrorImag = packedImag[mirror]!;
    const evenReal = (zReal + mirrorReal) / 2;
    const evenImag = (zImag - mirrorImag) / 2;
    const oddReal = (zImag + mirrorImag) / 2;
    const oddImag = -(zReal - mirrorReal) / 2;
    const c = cosines[k]!;
    const s = sines[k]!;
    spectrumReal[k] = evenReal + c * oddReal + s * oddImag;
    spectrumImag[k] = evenImag + c * oddImag - s * oddReal;
  }

  applyPgf(count, spectrumReal, spectrumImag);

  // Inverse: E[k] = (G[k] + conj G[N/2−k])/2, O[k] = (G[k] − conj G[N/2−k])·e^(+iθ_k)/2,
  // z = IFFT(E + iO).
  for (let k = 0; k < half; k++) {
    const gReal = spectrumReal[k]!;
    const gImag = spectrumImag[k]!;
    const mirrorReal = spectrumReal[half - k]!;
    const mirrorImag = spectrumImag[half - k]!;
    const evenReal = (gReal + mirrorReal) / 2;
    const evenImag = (gImag - mirrorImag) / 2;
    const differenceReal = (gReal - mirrorReal) / 2;
    const differenceImag = (gImag + mirrorImag) / 2;
    const c = cosines[k]!;
    const s = sines[k]!;
    const oddReal = differenceReal * c - differenceImag * s;
    const oddImag = differenceReal * s + differenceImag * c;
    packedReal[k] = evenReal - oddImag;
    packedImag[k] = evenImag + oddReal;
  }
  fft(packedReal, packedImag, { inverse: true });

  const pmf = new Float64Array(length);
  for (let m = 0; m < half; m++) {
    pmf[2 * m] = packedReal[m]!;
    pmf[2 * m + 1] = packedImag[m]!;
  }
  return pmf;
}

/** Replaces each complex z = (real[k], imag[k]) by P_N(z), in place. */
function applyPgf(count: CountDistribution, real: Float64Array, imag: Float64Array): void {
  const n = real.length;
  switch (count.kind) {
    case "poisson": {
      const lambda = count.mean;
      for (let k = 0; k < n; k++) {
        const modulus = Math.exp(lambda * (real[k]! - 1));
        const angle = lambda * imag[k]!;
        real[k] = modulus * Math.cos(angle);
        imag[k] = modulus * Math.sin(angle);
      }
      return;
    }
    case "negativeBinomial": {
      const beta = (1 - count.probability) / count.probability;
      const minusSize = -count.size;
      for (let k = 0; k < n; k++) {
        const baseReal = 1 + beta - beta * real[k]!;
        const baseImag = -beta * imag[k]!;
        complexPower(baseReal, baseImag, minusSize, real, imag, k);
      }
      return;
    }
    case "binomial": {
      const q = count.probability;
      const trials = count.trials;
      for (let k = 0; k < n; k++) {
        const baseReal = 1 - q + q * real[k]!;
        const baseImag = q * imag[k]!;
        complexPower(baseReal, baseImag, trials, real, imag, k);
      }
      return;
    }
  }
}

/** Writes w^exponent (principal branch) into (real[k], imag[k]); 0^e = 0 for e > 0 and w^0 = 1. */
function complexPower(
  baseReal: number,
  baseImag: number,
  exponent: number,
  real: Float64Array,
  imag: Float64Array,
  k: number,
): void {
  if (exponent === 0) {
    real[k] = 1;
    imag[k] = 0;
    return;
  }
  const squaredModulus = baseReal * baseReal + baseImag * baseImag;
  if (squaredModulus === 0) {
    real[k] = 0;
    imag[k] = 0;
    return;
  }
  const modulus = Math.exp(0.5 * exponent * Math.log(squaredModulus));
  const angle = exponent * Math.atan2(baseImag, baseReal);
  real[k] = modulus * Math.cos(angle);
  imag[k] = modulus * Math.sin(angle);
}
