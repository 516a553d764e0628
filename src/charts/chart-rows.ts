/**
 * Reshaping of results into the rows the chart specs of `src/charts/` read. No statistics here: every
 * number comes from `summarizeRun`, `solveFee` or (for the loss-ratio histogram) the run's per-path
 * metrics, as `METRIC` defines them.
 */
import type { BenefitBreakdownRow } from "./benefit-breakdown-spec.ts";
import type { DifferenceRow } from "./difference-spec.ts";
import type { FeeCurveRow, FeeMarkRow } from "./fee-ruin-curve-spec.ts";
import type { FundBalanceRow } from "./fund-balance-fan-spec.ts";
import type { LossRatioRow } from "./loss-ratio-distribution-spec.ts";
import type { RuinRow } from "./ruin-probability-spec.ts";
import type { FeeSolution } from "../risk/solve-fee.ts";
import {
  metricColumn,
  type Breakdown,
  type ByStatus,
  type RunSummary,
  type ScenarioSummary,
} from "../risk/summarize-run.ts";
import type { Band, Scenario } from "../scenario/types.ts";
import { METRIC } from "../sim/metrics.ts";
import type { ScenarioOutcome } from "../sim/run-simulation.ts";

/**
 * Fan-chart rows: the year-end balance percentiles of each projection year.
 * @example
 * const balance = { p1: 1, p5: 2, p25: 3, p50: 4, p75: 5, p95: 6, p99: 7 };
 * balanceRows({ byYear: [{ year: 1, balance }] }, "A")
 * // → [{ scenario: "A", year: 1, p1: 1, p5: 2, p25: 3, p50: 4, p75: 5, p95: 6, p99: 7 }]
 */
export function balanceRows(
  summary: ScenarioSummary,
  scenario: string,
  openingBalance?: number,
): FundBalanceRow[] {
  // Year 0 is the opening balance, the same on every path: the fan starts from a point.
  const opening: FundBalanceRow[] =
    openingBalance === undefined
      ? []
      : [
          {
            scenario,
            year: 0,
            p1: openingBalance,
            p5: openingBalance,
            p25: openingBalance,
            p50: openingBalance,
            p75: openingBalance,
            p95: openingBalance,
            p99: openingBalance,
          },
        ];
  return [
    ...opening,
    ...summary.byYear.map(({ year, balance }) => ({
      scenario,
      year,
      p1: balance.p1,
      p5: balance.p5,
      p25: balance.p25,
      p50: balance.p50,
      p75: balance.p75,
      p95: balance.p95,
      p99: balance.p99,
    })),
  ];
}

/** Ruin-chart rows: the cumulative ruin probability of each year with its 95% Wilson interval. */
export function ruinRows(summary: ScenarioSummary, scenario: string): RuinRow[] {
  return summary.byYear.map(({ year, ruinProbability }) => ({
    scenario,
    year,
    value: ruinProbability.value,
    low: ruinProbability.low,
    high: ruinProbability.high,
  }));
}

/**
 * Histogram rows: the loss ratio of every simulated path-year, benefits incurred ÷ contributions (the
 * same ratio `summarizeRun` averages); path-years without contributions are left out.
 * Cost: O(paths × years).
 */
export function lossRatioRows(
  outcome: ScenarioOutcome,
  paths: number,
  years: number,
  scenario: string,
): LossRatioRow[] {
  const rows: LossRatioRow[] = [];
  for (let year = 1; year <= years; year++) {
    const benefits = metricColumn(outcome, paths, years, year, METRIC.benefitsIncurred);
    const contributions = metricColumn(outcome, paths, years, year, METRIC.contributions);
    for (let path = 0; path < paths; path++) {
      const income = contributions[path]!;
      if (income > 0) rows.push({ scenario, year, lossRatio: benefits[path]! / income });
    }
  }
  return rows;
}

/** Names the breakdown chart shows for its rows, in the chosen language. */
export interface BreakdownLabels {
  /** One label per band slot, in the order of `Breakdown.bands` (see {@link bandLabels}). */
  readonly bands: readonly string[];
  readonly lumpSums: string;
}

/**
 * "Where the money goes" rows: the mean yearly amount of each band, the allowance and the top-ups, each
 * for active members and for retirees (the chart stacks them), and the lump sums, which the run does not
 * split by status ("all"). Lump sums are left out when the scenario paid none.
 */
export function breakdownRows(
  breakdown: Breakdown,
  scenario: string,
  labels: BreakdownLabels,
): BenefitBreakdownRow[] {
  const byStatus = (component: string, amounts: ByStatus): BenefitBreakdownRow[] => [
    { scenario, component, status: "active", amount: amounts.active },
    { scenario, component, status: "retiree", amount: amounts.retiree },
  ];
  return [
    ...breakdown.bands.flatMap((band, index) => byStatus(labels.bands[index] ?? band.label, band)),
    ...byStatus("allowance", breakdown.allowance),
    ...byStatus("top-up", breakdown.topUp),
    ...(breakdown.lumpSums > 0
      ? [{ scenario, component: labels.lumpSums, status: "all" as const, amount: breakdown.lumpSums }]
      : []),
  ];
}

/**
 * Labels of a scenario's band slots (inpatient bands, then special-outpatient bands if it has its own),
 * the same slots as `bandSlotLabels` in `run-simulation.ts`, written by `format`.
 * @example
 * const bands = [{ from: 0, upTo: 10_000, rate: 0.4 }, { from: 10_000, upTo: null, rate: 0.7 }];
 * const scenario = { policy: { inpatient: { bands }, specialOutpatient: { bands: [{ from: 0, upTo: null, rate: 0.5 }] } } };
 * bandLabels(scenario, (band, special) => `${special ? "special " : ""}${band.from}–${band.upTo ?? "∞"} at ${band.rate}`)
 * // → ["0–10000 at 0.4", "10000–∞ at 0.7", "special 0–∞ at 0.5"]
 */
export function bandLabels(scenario: Scenario, format: (band: Band, special: boolean) => string): string[] {
  const special = scenario.policy.specialOutpatient.bands ?? [];
  return [
    ...scenario.policy.inpatient.bands.map((band) => format(band, false)),
    ...special.map((band) => format(band, true)),
  ];
}

/** Difference-chart rows (B − A by year with 95% intervals) of benefits paid, balance and ruin. */
export function differenceRows(compare: NonNullable<RunSummary["compare"]>): DifferenceRow[] {
  return compare.differences.byYear.flatMap((year) =>
    (["benefitsPaid", "balance", "ruinProbability"] as const).map((measure) => ({
      year: year.year,
      measure,
      mean: year[measure].mean,
      low: year[measure].low,
      high: year[measure].high,
    })),
  );
}

/** Fee–ruin curve rows: every fee the solver evaluated, in fee order. */
export function feeCurveRows(solution: FeeSolution): FeeCurveRow[] {
  return solution.curve.map(({ fee, ruinProbability, low, high }) => ({ fee, ruinProbability, low, high }));
}

/**
 * Marked fees: the solved fee and the break-even fee, each drawn at the ruin probability the solver
 * found for it (both fees are points of the curve); a fee the solver did not find is left out.
 */
export function feeMarkRows(solution: FeeSolution): FeeMarkRow[] {
  const marks: FeeMarkRow[] = [];
  for (const [label, fee] of [
    ["solved", solution.solvedFee],
    ["breakEven", solution.breakEvenFee],
  ] as const) {
    const point = fee === null ? undefined : solution.curve.find((candidate) => candidate.fee === fee);
    if (point) marks.push({ label, fee: point.fee, ruinProbability: point.ruinProbability });
  }
  return marks;
}
