import { benefitBreakdownSpec } from "../../charts/benefit-breakdown-spec.ts";
import { differenceSpec } from "../../charts/difference-spec.ts";
import { fundBalanceFanSpec } from "../../charts/fund-balance-fan-spec.ts";
import type { ChartLocale } from "../../charts/locale.ts";
import { lossRatioDistributionSpec } from "../../charts/loss-ratio-distribution-spec.ts";
import { ruinProbabilitySpec } from "../../charts/ruin-probability-spec.ts";
import { withData } from "../../charts/with-data.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { SimulationResults } from "../shell/app-state.ts";
import { balanceRows, breakdownRows, differenceRows, ruinRows } from "../../charts/chart-rows.ts";
import { chartFigure, type ChartFigure } from "../common/chart-view.ts";
import { translate } from "../shell/i18n.ts";

/**
 * The reserve floor to draw on the fan: only when ruin is measured against it. Ruin is measured
 * against zero (the balance, or the balance less outstanding claims: `ruinBasis`), so no basis uses the
 * reserve today and no floor is drawn; a basis measured against the risk reserve would return it here.
 */
export function reserveFloorOption(scenario: Scenario): { reserveFloor?: number } {
  const basis: string = scenario.assumptions.fund.ruinBasis;
  return basis === "reserve" ? { reserveFloor: scenario.assumptions.fund.riskReserve } : {};
}

/** The chart options every chart of a run shares: language and width. */
interface ChartSize {
  readonly locale: ChartLocale;
  readonly width: number;
}

/** For a comparison, the differences B − A in benefits paid and in ruin, year by year. */
function differenceCharts(results: SimulationResults, size: ChartSize): ChartFigure[] {
  const compared = results.summary.compare;
  if (!compared || !results.compareScenario) return [];
  const difference = differenceRows(compared);
  return (["benefitsPaid", "ruinProbability"] as const).map((measure) =>
    chartFigure({
      spec: withData(differenceSpec({ ...size, measure }), { difference }),
      name: `difference-${measure}`,
      locale: size.locale,
    }),
  );
}

/** Where the money goes: benefits by component (A and B side by side for a comparison). */
function breakdownChart(results: SimulationResults, size: ChartSize, compare: boolean): ChartFigure {
  const { summary, compareScenario } = results;
  const breakdown = [
    ...breakdownRows(summary.breakdown, "A", size.locale),
    ...(summary.compare && compareScenario ? breakdownRows(summary.compare.breakdown, "B", size.locale) : []),
  ];
  const components = new Set(breakdown.map((row) => row.component)).size;
  const height = Math.max(260, components * (compare ? 44 : 28));
  return chartFigure({
    spec: withData(benefitBreakdownSpec({ ...size, compare, height }), { breakdown }),
    name: "benefit-breakdown",
    locale: size.locale,
    note: translate(size.locale, "breakdown.note"),
  });
}

/**
 * The loss-ratio distribution of each of `years` (pooled years mix different distributions into a
 * many-peaked shape), with break-even at 1 − the expense ratio; for a comparison, A and B overlaid.
 */
export function lossRatioCharts(
  results: SimulationResults,
  locale: ChartLocale,
  width: number,
  years: readonly number[],
): ChartFigure[] {
  const compare = results.summary.compare !== undefined && results.compareScenario !== undefined;
  const breakEven = 1 - results.scenario.assumptions.fund.expenseRatio;
  return years.map((year) =>
    chartFigure({
      spec: withData(lossRatioDistributionSpec({ locale, width, compare, year, breakEven }), {
        lossRatio: results.lossRatio,
      }),
      name: `loss-ratio-year-${year}`,
      locale,
    }),
  );
}

/**
 * The charts of a run: the fund balance fan (with zero and the risk reserve as the floor), the cumulative
 * ruin probability and where the money goes; for a comparison, both scenarios on one axis ("A" and "B")
 * and the differences B − A in benefits paid and in ruin. The loss-ratio distributions are drawn apart,
 * for the years the reader picks (`lossRatioCharts`).
 */
export function resultCharts(results: SimulationResults, locale: ChartLocale, width: number): ChartFigure[] {
  const { summary, scenario, compareScenario } = results;
  const compare = summary.compare !== undefined && compareScenario !== undefined;
  const size = { locale, width };
  const balance = [
    ...balanceRows(summary, "A", scenario.assumptions.fund.openingBalance),
    ...(summary.compare && compareScenario
      ? balanceRows(summary.compare, "B", compareScenario.assumptions.fund.openingBalance)
      : []),
  ];
  const ruin = [...ruinRows(summary, "A"), ...(summary.compare ? ruinRows(summary.compare, "B") : [])];
  return [
    chartFigure({
      spec: withData(fundBalanceFanSpec({ ...size, compare, ...reserveFloorOption(scenario) }), { balance }),
      name: "fund-balance",
      locale,
    }),
    chartFigure({
      spec: withData(ruinProbabilitySpec({ ...size, compare, ruinBasis: summary.ruinBasis }), { ruin }),
      name: "ruin-probability",
      locale,
    }),
    ...differenceCharts(results, size),
    breakdownChart(results, size, compare),
  ];
}
