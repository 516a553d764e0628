import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions } from "./base-spec.ts";
import { baseSpec, Y_TITLE_ON_TOP } from "./base-spec.ts";
import { annualResultsText } from "./annual-results-text.ts";
import { yearColor } from "./year-color.ts";
import { amountExpr, amountLabelExpr } from "./format-amount.ts";

/** One row of the `regionPayout` data source: a region's total payout in one year. */
export interface RegionPayoutRow {
  readonly region: string;
  /** Calendar year, e.g. "2024" (this year and, optionally, last year). */
  readonly year: string;
  /** Total payout, yuan. */
  readonly payout: number;
}

export const REGION_PAYOUT_DATA = "regionPayout";

/**
 * Payout by region, this year beside last year: horizontal bars, one per year inside each region
 * (last year light, this year dark), regions in the data's order.
 *
 * Options: `locale` (default "zh"), `width` (560), `height` (300).
 * Data: named source `"regionPayout"`, rows {@link RegionPayoutRow}.
 * @returns A Vega-Lite spec without data; attach rows with `withData(spec, { regionPayout: rows })`.
 * @example
 * import { withData } from "./with-data.ts";
 * const rows = [{ region: "Hohhot", year: "2024", payout: 436535.68 }];
 * const spec = withData(payoutByRegionSpec({ locale: "en" }), { regionPayout: rows });
 * [spec.data, spec.datasets]
 * // → [{ name: "regionPayout" }, { regionPayout: rows }]
 */
export function payoutByRegionSpec(options: BaseChartOptions = {}): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const t = annualResultsText(locale).payoutByRegion;
  return {
    ...baseSpec(options, { text: t.title, subtitle: t.subtitle }),
    data: { name: REGION_PAYOUT_DATA },
    transform: [
      { window: [{ op: "row_number", as: "order" }] },
      { calculate: amountExpr(locale, "datum.payout"), as: "payoutText" },
    ],
    layer: [
      {
        name: "bars",
        mark: { type: "bar", height: { band: 0.8 } },
        encoding: {
          y: {
            field: "region",
            type: "nominal",
            title: t.y,
            sort: { field: "order", op: "min", order: "ascending" },
            axis: { ...Y_TITLE_ON_TOP, titleAlign: "right", labelLimit: 150 },
          },
          yOffset: { field: "year", type: "nominal", sort: "ascending" },
          x: {
            field: "payout",
            type: "quantitative",
            title: t.x,
            axis: { labelExpr: amountLabelExpr(locale) },
          },
          color: yearColor(t.year),
          tooltip: [
            { field: "region", type: "nominal", title: t.y },
            { field: "year", type: "nominal", title: t.year },
            { field: "payoutText", type: "nominal", title: t.x },
          ],
        },
      },
    ],
  };
}
