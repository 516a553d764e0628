import { benefitBreakdownSpec } from "../../charts/benefit-breakdown-spec.ts";
import { differenceSpec } from "../../charts/difference-spec.ts";
import { fundBalanceFanSpec } from "../../charts/fund-balance-fan-spec.ts";
import type { ChartLocale } from "../../charts/locale.ts";
import { lossRatioDistributionSpec } from "../../charts/loss-ratio-distribution-spec.ts";
import { ruinProbabilitySpec } from "../../charts/ruin-probability-spec.ts";
import { withData } from "../../charts/with-data.ts";
import { formatAmount } from "../../format/format-amount.ts";
import { formatPercent } from "../../format/format-percent.ts";
import type { ScenarioSummary } from "../../risk/summarize-run.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { SimulationResults } from "../shell/app-state.ts";
import { balanceRows, bandLabels, breakdownRows, differenceRows, ruinRows } from "../../charts/chart-rows.ts";
import { chartFigure, type ChartFigure } from "../common/chart-view.ts";
import { translate } from "../shell/i18n.ts";

/** The breakdown rows of one scenario, with its bands labelled in `locale`. */
function breakdownOf(summary: ScenarioSummary, scenario: Scenario, label: string, locale: ChartLocale) {
  const bands = bandLabels(
    scenario,
    (band, special) =>
      (special ? translate(locale, "breakdown.specialPrefix") : "") +
      translate(
        locale,
        band.upTo !== null ? "breakdown.band" : band.from > 0 ? "breakdown.bandOpen" : "breakdown.bandAll",
        {
          from: formatAmount(band.from, locale),
          upTo: formatAmount(band.upTo ?? Number.NaN, locale),
          rate: formatPercent(band.rate, locale, 4),
        },
      ),
  );
  return breakdownRows(summary.breakdown, label, {
    bands,
    lumpSums: translate(locale, "breakdown.lumpSums"),
  });
}

/**
 * The reserve floor to draw on the fan: only when ruin is measured against it. Ruin is measured
 * against zero (the balance, or the balance less outstanding claims: `ruinBasis`), so no basis uses the
 * reserve today and no floor is drawn; a basis measured against the risk reserve would return it here.
 */
export function reserveFloorOption(scenario: Scenario): { reserveFloor?: number } {
  const basis: string = scenario.assumptions.fund.ruinBasis;
  return basis === "reserve" ? { reserveFloor: scenario.assumptions.fund.riskReserve } : {};
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
  const breakdown = [
    ...breakdownOf(summary, scenario, "A", locale),
    ...(summary.compare && compareScenario ? breakdownOf(summary.compare, compareScenario, "B", locale) : []),
  ];
  const breakdownComponents = new Set(breakdown.map((row) => row.component)).size;
  const charts: ChartFigure[] = [
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
  ];
  if (compare && summary.compare) {
    const difference = differenceRows(summary.compare);
    for (const measure of ["benefitsPaid", "ruinProbability"] as const) {
      charts.push(
        chartFigure({
          spec: withData(differenceSpec({ ...size, measure }), { difference }),
          name: `difference-${measure}`,
          locale,
        }),
      );
    }
  }
  charts.push(
    chartFigure({
      spec: withData(
        benefitBreakdownSpec({
          ...size,
          compare,
          height: Math.max(260, breakdownComponents * (compare ? 44 : 28)),
        }),
        { breakdown },
      ),
      name: "benefit-breakdown",
      locale,
      note: translate(locale, "breakdown.note"),
    }),
  );
  return charts;
}
