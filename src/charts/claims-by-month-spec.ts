import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions } from "./base-spec.ts";
import { baseSpec, Y_TITLE_ON_TOP } from "./base-spec.ts";
import { annualResultsText } from "./annual-results-text.ts";
import { yearColor } from "./year-color.ts";

/** One row of the `monthClaims` data source: paid claims admitted in one month of one year. */
export interface MonthClaimsRow {
  /** Month 1–12. */
  readonly month: number;
  /** Calendar year, e.g. "2024". */
  readonly year: string;
  readonly claims: number;
}

export const MONTH_CLAIMS_DATA = "monthClaims";

/**
 * Paid claims by month of admission: a line with points per year (last year light, this year dark),
 * months 1–12 on the x axis.
 *
 * Options: `locale` (default "zh"), `width` (560), `height` (300).
 * Data: named source `"monthClaims"`, rows {@link MonthClaimsRow}.
 * @returns A Vega-Lite spec without data.
 * @example
 * import { withData } from "./with-data.ts";
 * const rows = [{ month: 1, year: "2024", claims: 120 }, { month: 1, year: "2025", claims: 135 }];
 * const spec = withData(claimsByMonthSpec(), { monthClaims: rows });
 * [spec.data, spec.datasets]
 * // → [{ name: "monthClaims" }, { monthClaims: rows }]
 */
export function claimsByMonthSpec(options: BaseChartOptions = {}): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const t = annualResultsText(locale).claimsByMonth;
  return {
    ...baseSpec(options, { text: t.title, subtitle: t.subtitle }),
    data: { name: MONTH_CLAIMS_DATA },
    layer: [
      {
        name: "lines",
        mark: { type: "line", point: true },
        encoding: {
          x: {
            field: "month",
            type: "ordinal",
            title: t.x,
            axis: { labelAngle: 0, labelExpr: locale === "zh" ? "datum.value + '月'" : "datum.value" },
          },
          y: { field: "claims", type: "quantitative", title: t.y, axis: Y_TITLE_ON_TOP },
          color: yearColor(t.year),
          tooltip: [
            { field: "year", type: "nominal", title: t.year },
            { field: "month", type: "ordinal", title: t.x },
            { field: "claims", type: "quantitative", title: t.y },
          ],
        },
      },
    ],
  };
}
