/**
 * Reshaping of results into the rows the chart specs of `src/charts/` read. No statistics here: every
 * number comes from `summarizeRun`, `solveFee` or (for the loss-ratio histogram) the run's per-path
 * metrics, as `METRIC` defines them.
 */
import { bandSlotName } from "./band-slot-name.ts";
import type { BenefitBreakdownRow } from "./benefit-breakdown-spec.ts";
import type { DifferenceRow } from "./difference-spec.ts";
import type { FeeCurveRow, FeeMarkRow } from "./fee-ruin-curve-spec.ts";
import type { FundBalanceRow } from "./fund-balance-fan-spec.ts";
import type { LossRatioRow } from "./loss-ratio-distribution-spec.ts";
import type { RuinRow } from "./ruin-probability-spec.ts";
import type { Language } from "../format/language.ts";
import type { FeeSolution } from "../risk/solve-fee.ts";
import {
  metricColumn,
  type Breakdown,
  type ByStatus,
  type RunSummary,
  type ScenarioSummary,
} from "../risk/summarize-run.ts";
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

/**
 * "Where the money goes" rows: the mean yearly amount of each band, the allowance and the top-ups, each
 * for active members and for retirees (the chart stacks them), and the lump sums, which the run does not
 * split by status ("all"). Bands are named in `language` (`bandSlotName`); the other components are keys
 * ("allowance", "top-up", "lump-sums") the chart names. Lump sums are left out when the scenario paid none.
 * @example
 * const none = { active: 0, retiree: 0 };
 * const bands = [{ table: "inpatient", from: 0, upTo: 10_000, rate: 0.4, active: 30, retiree: 10 }];
 * breakdownRows({ bands, allowance: none, topUp: none, lumpSums: 5 }, "A", "zh").map((row) => row.component)
 * // → ["0–1万元 报销40%", "0–1万元 报销40%", "allowance", "allowance", "top-up", "top-up", "lump-sums"]
 */
export function breakdownRows(
  breakdown: Pick<Breakdown, "bands" | "allowance" | "topUp" | "lumpSums">,
  scenario: string,
  language: Language,
): BenefitBreakdownRow[] {
  const byStatus = (component: string, amounts: ByStatus): BenefitBreakdownRow[] => [
    { scenario, component, status: "active", amount: amounts.active },
    { scenario, component, status: "retiree", amount: amounts.retiree },
  ];
  return [
    ...breakdown.bands.flatMap((band) => byStatus(bandSlotName(band, language), band)),
    ...byStatus("allowance", breakdown.allowance),
    ...byStatus("top-up", breakdown.topUp),
    ...(breakdown.lumpSums > 0
      ? [{ scenario, component: "lump-sums", status: "all" as const, amount: breakdown.lumpSums }]
      : []),
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
