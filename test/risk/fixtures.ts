/**
 * Shared setup of the aggregate-loss tests: the reference severity of `actuar-reference.ts`
 * discretised as R's `fx`, and the reference claim counts paired with R actuar's results.
 */
import type { CountDistribution } from "../../src/risk/count-distribution.ts";
import { negativeBinomialFromMean, poissonCount } from "../../src/risk/count-distribution.ts";
import { discretizeSeverity } from "../../src/risk/discretize-severity.ts";
import { lognormalSeverity } from "../reference/lognormal-severity.ts";
import type { AggregateReference } from "./actuar-reference.ts";
import {
  referenceMeanlog,
  referenceNegativeBinomial,
  referencePoisson,
  referenceSdlog,
  referenceSeverityLength,
  referenceStep,
} from "./actuar-reference.ts";

/** A fresh copy of the reference severity pmf: lognormal(7, 1.2) on 2^13 points of step h = 50. */
export function referenceSeverityPmf(): Float64Array {
  return discretizeSeverity(
    lognormalSeverity(referenceMeanlog, referenceSdlog).cdf,
    referenceStep,
    referenceSeverityLength,
  );
}

/** One reference claim count with the aggregate R actuar computed for it. */
export interface AggregateReferenceCase {
  readonly name: string;
  readonly count: CountDistribution;
  readonly reference: AggregateReference;
}

/** The reference claim counts, Poisson(20) and NB(size 2, mean 20), with their R results. */
export const referenceCases: readonly AggregateReferenceCase[] = [
  { name: "Poisson(20)", count: poissonCount(20), reference: referencePoisson },
  {
    name: "NB(size 2, mean 20)",
    count: negativeBinomialFromMean(20, 2),
    reference: referenceNegativeBinomial,
  },
];
