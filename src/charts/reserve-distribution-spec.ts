import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions, ChartLayer } from "./base-spec.ts";
import { baseSpec, COLORS, warningRuleLayer, xEncoding, yEncoding } from "./base-spec.ts";
import { amountExpr, amountLabelExpr } from "./format-amount.ts";
import { chartText } from "./locale.ts";

/** One row of the `reserveDistribution` data source: the density of outstanding claims at an amount. */
export interface ReserveDensityRow {
  /** Outstanding claims, yuan. */
  readonly amount: number;
  /** Probability density per yuan. */
  readonly density: number;
}

/** Options of {@link reserveDistributionSpec}. */
export interface ReserveDistributionOptions extends BaseChartOptions {
  /** The mean outstanding amount (solid rule). */
  readonly mean: number;
  /** The 99.5% quantile (dashed rule). */
  readonly p995: number;
  /** The held reserve (dashed warning rule); omitted: no rule. */
  readonly held?: number;
}

/** The named data source the chart reads. */
export const RESERVE_DISTRIBUTION_DATA = "reserveDistribution";

/**
 * The distribution of outstanding claims: its density as an area (the ODP bootstrap's histogram, or the
 * lognormal with Mack's mean and standard error), a solid rule at the mean and dashed rules at the held
 * reserve and the 99.5% quantile, each labelled. Hover for the amount.
 *
 * Data: named source `"reserveDistribution"`, rows {@link ReserveDensityRow} `{ amount, density }`.
 * @example
 * import { withData } from "./with-data.ts";
 * const rows = [{ amount: 1e6, density: 2e-6 }, { amount: 1.7e6, density: 1e-7 }];
 * const options = { locale: "en" as const, mean: 1e6, p995: 1.7e6, held: 1.2e6 };
 * const spec = withData(reserveDistributionSpec(options), { reserveDistribution: rows });
 * [spec.data, spec.datasets]
 * // → [{ name: "reserveDistribution" }, { reserveDistribution: rows }]
 */
export function reserveDistributionSpec(options: ReserveDistributionOptions): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const t = chartText(locale).reserve;
  const x = xEncoding(t.x, { labelExpr: amountLabelExpr(locale) });
  const y = yEncoding(t.y, { labels: false, ticks: false });
  const label = (name: string, value: number, text: string, color: string, dy: number): ChartLayer => ({
    name,
    data: { values: [{ value }] },
    transform: [{ calculate: `'${text} ' + ${amountExpr(locale, "datum.value")}`, as: "text" }],
    mark: { type: "text", align: "left", baseline: "middle", dx: 4, fontSize: 11, color },
    encoding: { x: x("value"), y: { value: dy }, text: { field: "text" } },
  });
  const layers: ChartLayer[] = [
    {
      name: "density",
      mark: { type: "area", color: COLORS.main, opacity: 0.6, line: { color: COLORS.main } },
      encoding: {
        x: x("amount"),
        y: y("density"),
        tooltip: [{ field: "amount", type: "quantitative", title: t.amount, format: ",.0f" }],
      },
    },
    {
      name: "meanRule",
      data: { values: [{ value: options.mean }] },
      mark: { type: "rule", color: COLORS.zero, strokeWidth: 2 },
      encoding: { x: x("value"), tooltip: { value: t.mean } },
    },
    label("meanLabel", options.mean, t.mean, COLORS.zero, 10),
    {
      name: "p995Rule",
      data: { values: [{ value: options.p995 }] },
      mark: { type: "rule", color: COLORS.accent, strokeWidth: 1.5, strokeDash: [6, 4] },
      encoding: { x: x("value"), tooltip: { value: t.p995 } },
    },
    label("p995Label", options.p995, t.p995, COLORS.accent, 26),
  ];
  if (options.held !== undefined)
    layers.push(
      { ...warningRuleLayer("heldRule", { x: { datum: options.held, type: "quantitative" } }) },
      label("heldLabel", options.held, t.held, COLORS.warning, 42),
    );
  return {
    ...baseSpec(options, { text: t.title, subtitle: t.subtitle }),
    data: { name: RESERVE_DISTRIBUTION_DATA },
    layer: layers,
  };
}
