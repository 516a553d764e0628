import { gammaln } from "simple-statistics";

/** The continued fraction of the incomplete beta function (modified Lentz), as in Numerical Recipes §6.4. */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function Iₓ(a, b), 0 ≤ x ≤ 1. */
function regularizedBeta(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/**
 * The two-sided p-value of a t statistic with `df` degrees of freedom, P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2,
 * 1/2): what R's `summary(lm(…))` reports for a coefficient (R ChainLadder keeps its log-linear σ only when
 * the slope's p-value is at most 0.05). NaN for df < 1.
 * @example
 * // One degree of freedom is the Cauchy distribution: P(|T| ≥ 1) = 1/2.
 * studentTPValue(1, 1)
 * // ≈ 0.5
 */
export function studentTPValue(t: number, df: number): number {
  if (!(df >= 1) || Number.isNaN(t)) return NaN;
  return regularizedBeta(df / 2, 0.5, df / (df + t * t));
}
