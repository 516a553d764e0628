// Pure numeric risk functions: sample statistics, risk measures, severity discretisation and
// aggregate loss distributions (FFT and Panjer). No I/O, no randomness.
export { quantileSorted, quantilesSorted } from "./quantile-sorted.ts";
export { meanAndStandardError } from "./mean-and-standard-error.ts";
export type { MeanAndStandardError } from "./mean-and-standard-error.ts";
export { proportionEstimate } from "./proportion-estimate.ts";
export type { ProportionEstimate } from "./proportion-estimate.ts";
export { valueAtRisk } from "./value-at-risk.ts";
export { tailValueAtRisk } from "./tail-value-at-risk.ts";
export { pmfQuantile, pmfQuantileIndex } from "./pmf-quantile.ts";
export { pmfMoments } from "./pmf-moments.ts";
export type { PmfMoments } from "./pmf-moments.ts";
export { valueAtRiskPmf } from "./value-at-risk-pmf.ts";
export { tailValueAtRiskPmf } from "./tail-value-at-risk-pmf.ts";
export { fft } from "./fft.ts";
export type { FftOptions } from "./fft.ts";
export { standardNormalCdf } from "../model/standard-normal-cdf.ts";
export type { StandardNormalCdfOptions } from "../model/standard-normal-cdf.ts";
export { lognormalSeverity } from "./lognormal-severity.ts";
export type { LognormalSeverity } from "./lognormal-severity.ts";
export { discretizeSeverity } from "./discretize-severity.ts";
export { discretizeMeanPreserving } from "./discretize-mean-preserving.ts";
export {
  binomialCount,
  countMoments,
  negativeBinomialCount,
  negativeBinomialFromMean,
  poissonCount,
} from "./count-distribution.ts";
export type { CountDistribution } from "./count-distribution.ts";
export { aggregateFft } from "./aggregate-fft.ts";
export type { AggregateFftOptions, AggregateFftResult } from "./aggregate-fft.ts";
export { aggregatePanjer } from "./aggregate-panjer.ts";
export type { AggregatePanjerResult } from "./aggregate-panjer.ts";
