import type {
  DifferenceEstimate,
  MeanEstimate,
  ProbabilityEstimate,
  RunSummary,
} from "../../risk/summarize-run.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { ComparisonFacts, RunFacts } from "./decision-summary.ts";
import type { Interval } from "./format-at-precision.ts";

const Z_95 = 1.959963984540054;

const meanInterval = (estimate: MeanEstimate): Interval => ({
  value: estimate.mean,
  low: estimate.mean - Z_95 * estimate.se,
  high: estimate.mean + Z_95 * estimate.se,
});
const probabilityInterval = (estimate: ProbabilityEstimate): Interval => ({
  value: estimate.value,
  low: estimate.low,
  high: estimate.high,
});
const differenceInterval = (estimate: DifferenceEstimate, scale = 1): Interval => ({
  value: estimate.mean * scale,
  low: estimate.low * scale,
  high: estimate.high * scale,
});

/** The facts a run's summary sentences rest on, read from its summary and scenario. */
export function runFacts(summary: RunSummary, scenario: Scenario): RunFacts {
  const first = summary.byYear[0]!;
  const last = summary.byYear[summary.byYear.length - 1]!;
  return {
    years: summary.years,
    lossRatioFirst: meanInterval(first.lossRatio),
    lossRatioLast: meanInterval(last.lossRatio),
    breakEven: 1 - scenario.assumptions.fund.expenseRatio,
    endingBalance: meanInterval(last.balance),
    openingBalance: scenario.assumptions.fund.openingBalance,
    ruin: probabilityInterval(summary.ruinProbability),
    ruinedPaths: Math.round(summary.ruinProbability.value * summary.paths),
  };
}

/**
 * The facts a comparison's sentences rest on: the paired differences B − A of the summary (benefits a
 * year are the horizon's benefits incurred ÷ years), and each scenario's ruin.
 * @throws Error when the summary has no comparison
 */
export function comparisonFacts(summary: RunSummary, names: { a: string; b: string }): ComparisonFacts {
  const compare = summary.compare;
  if (!compare) throw new Error("comparisonFacts: the summary has no comparison");
  const { differences } = compare;
  return {
    years: summary.years,
    nameA: names.a,
    nameB: names.b,
    benefitsPerYear: differenceInterval(differences.totalBenefitsIncurred, 1 / summary.years),
    contributions: differenceInterval(differences.byYear[0]!.contributions),
    endingBalance: differenceInterval(differences.byYear[summary.years - 1]!.balance),
    ruinA: probabilityInterval(summary.ruinProbability),
    ruinB: probabilityInterval(compare.ruinProbability),
    ruinDifference: differenceInterval(differences.ruinProbability),
  };
}
