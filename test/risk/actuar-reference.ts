// Reference case for the aggregate-loss tests, computed with R 4.x and actuar 3.3-2 (Debian
// r-cran-actuar). Lognormal severity (meanlog 7, sdlog 1.2), grid step h = 50, severity on 2^13
// points with the tail beyond the grid on the last point (as discretizeSeverity does), claim
// counts Poisson(20) and negative binomial (size 2, mean 20, i.e. prob = 2/22). The aggregate is
// computed by actuar's Panjer recursion on 2^15 points (its mass beyond 2^15·h is ~0; the
// "maxit reached" warning is expected, since we stop the recursion at the grid end on purpose).
// Re-run with `Rscript` on:
//
//   library(actuar)
//   h <- 50; n <- 2^13
//   fx <- c(discretize(plnorm(x, 7, 1.2), from = 0, to = (n - 1) * h, step = h, method = "rounding"),
//           plnorm((n - 1.5) * h, 7, 1.2, lower.tail = FALSE))
//   x <- (0:(n - 1)) * h; EX <- sum(x * fx); EX2 <- sum(x^2 * fx)
//   Fp <- aggregateDist("recursive", model.freq = "poisson", model.sev = fx, lambda = 20,
//                       x.scale = h, maxit = 2^15 - 1, tol = 1e-15)
//   Fn <- aggregateDist("recursive", model.freq = "negative binomial", model.sev = fx, size = 2,
//                       prob = 2 / 22, x.scale = h, maxit = 2^15 - 1, tol = 1e-15)
//   fs <- get("fs", environment(Fp))                       # P(S = jh), j = 0, 1, …
//   Fp(c(0, 25000, 50000, 1e5, 2e5)); VaR(Fp, c(0.9, 0.99, 0.995))
//   # Acerbi–Tasche TVaR from the pmf (actuar's CTE() is E[S | S > VaR], a different definition):
//   tvar <- function(F, fs, a) { q <- VaR(F, a, names = FALSE); xs <- (0:(length(fs) - 1)) * h
//     (sum(xs[xs > q] * fs[xs > q]) + q * (sum(fs[xs <= q]) - a)) / (1 - a) }
//   sprintf("%.17g", c(20 * EX, 20 * EX2, 20 * (EX2 - EX^2) + 220 * EX^2))
//   1 - sum(fs[1:2^13])                                    # mass beyond the first 2^13 points

export const referenceStep = 50;
export const referenceMeanlog = 7;
export const referenceSdlog = 1.2;
export const referenceSeverityLength = 2 ** 13;

/** Discretised severity fx: fx[1..3], fx[41], fx[n] in R's 1-based indexing; E[X], E[X²] on the grid. */
export const referenceSeverity = {
  first: [0.0008137384752544877, 0.011880940149036538, 0.022473491864410448],
  at2000: 0.00733245630904078,
  last: 3.994669386832973e-7,
  mean: 2252.9162229625517,
  secondMoment: 21370497.563629884,
};

export interface AggregateReference {
  readonly cdfAt: readonly { readonly x: number; readonly value: number }[];
  readonly pmfAt20000: number;
  /** P(S ≥ 2^13·h) = 1 − sum(fs[1:2^13]). */
  readonly massBeyond2To13: number;
  readonly mean: number;
  readonly variance: number;
  readonly valueAtRisk: readonly { readonly level: number; readonly value: number }[];
  readonly tailValueAtRisk: readonly { readonly level: number; readonly value: number }[];
}

const cdfPoints = [0, 25000, 50000, 100000, 200000];

/** R's `Fp(c(0, 25000, 50000, 1e5, 2e5))` paired with those points. */
function cdfAtPoints(values: readonly number[]): AggregateReference["cdfAt"] {
  return values.map((value, i) => ({ x: cdfPoints[i]!, value }));
}

export const referencePoisson: AggregateReference = {
  cdfAt: cdfAtPoints([
    2.0949728763727335e-9, 0.12784432273450141, 0.6733890028980866, 0.9815095432996599, 0.9995505909653004,
  ]),
  pmfAt20000: 0.0005540754493554706,
  massBeyond2To13: 1 - 0.9999863464681324,
  mean: 45058.32445925103,
  variance: 427409951.2725977,
  valueAtRisk: [
    { level: 0.9, value: 70550 },
    { level: 0.99, value: 112050 },
    { level: 0.995, value: 127150 },
  ],
  tailValueAtRisk: [
    { level: 0.99, value: 137503.1057447668 },
    { level: 0.995, value: 156415.23692566378 },
  ],
};

export const referenceNegativeBinomial: AggregateReference = {
  cdfAt: cdfAtPoints([
    0.00827670386665997, 0.3629536612825921, 0.6531283838028453, 0.9129078385124898, 0.9953732378201882,
  ]),
  pmfAt20000: 0.0007421106366032653,
  massBeyond2To13: 1 - 0.9999713781396847,
  mean: 45058.32445925103,
  variance: 1442536252.8101678,
  valueAtRisk: [
    { level: 0.9, value: 95200 },
    { level: 0.99, value: 173800 },
    { level: 0.995, value: 197350 },
  ],
  tailValueAtRisk: [
    { level: 0.99, value: 208606.29115840452 },
    { level: 0.995, value: 232998.3768057801 },
  ],
};

/** F(x) = Σ_{j ≤ x/h} pmf[j]. */
export function cdfOnGrid(pmf: ArrayLike<number>, step: number, x: number): number {
  let sum = 0;
  for (let j = 0; j <= Math.round(x / step); j++) sum += pmf[j] ?? 0;
  return sum;
}
