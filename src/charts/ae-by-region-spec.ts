import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions } from "./base-spec.ts";
import { baseSpec, COLORS, Y_TITLE_ON_TOP } from "./base-spec.ts";
import { annualResultsText } from "./annual-results-text.ts";

/** One row of the `aeRegions` data source: a region's actual-to-expected ratio with its interval. */
export interface AeRegionRow {
  readonly region: string;
  readonly ae: number;
  readonly low: number;
  readonly high: number;
  readonly expected: number;
}

export const AE_REGIONS_DATA = "aeRegions";

/**
 * Actual vs expected paid claims by region: a point per region at its A/E, a line for its 95% Poisson
 * interval, and a rule at 1 (as expected). A region whose interval lies right of 1 runs hot.
 *
 * Options: `locale` (default "zh"), `width` (560), `height` (300).
 * Data: named source `"aeRegions"`, rows {@link AeRegionRow}.
 * @returns A Vega-Lite spec without data.
 * @example
 * import { withData } from "./with-data.ts";
 * const rows = [{ region: "Hohhot", ae: 1.2, low: 0.9, high: 1.6, expected: 40 }];
 * const spec = withData(aeByRegionSpec({ locale: "en" }), { aeRegions: rows });
 * [spec.data, spec.datasets]
 * // → [{ name: "aeRegions" }, { aeRegions: rows }]
 */
export function aeByRegionSpec(options: BaseChartOptions = {}): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const t = annualResultsText(locale).aeByRegion;
  const y = {
    field: "region",
    type: "nominal" as const,
    title: t.y,
    sort: { field: "order", op: "min" as const, order: "ascending" as const },
    axis: { ...Y_TITLE_ON_TOP, titleAlign: "right" as const, labelLimit: 150 },
  };
  const tooltip = [
    { field: "region", type: "nominal" as const, title: t.y },
    { field: "ae", type: "quantitative" as const, title: t.x, format: ".2f" },
    { field: "intervalText", type: "nominal" as const, title: t.interval },
    { field: "expected", type: "quantitative" as const, title: t.expected, format: ",.1f" },
  ];
  return {
    ...baseSpec(options, { text: t.title, subtitle: t.subtitle }),
    data: { name: AE_REGIONS_DATA },
    transform: [
      { window: [{ op: "row_number", as: "order" }] },
      { calculate: "format(datum.low, '.2f') + '–' + format(datum.high, '.2f')", as: "intervalText" },
    ],
    layer: [
      {
        name: "one",
        mark: { type: "rule", color: COLORS.neutral, strokeDash: [4, 3] },
        encoding: { x: { datum: 1 } },
      },
      {
        name: "intervals",
        mark: { type: "rule", color: COLORS.main, strokeWidth: 2 },
        encoding: {
          y,
          x: { field: "low", type: "quantitative", title: t.x },
          x2: { field: "high" },
          tooltip,
        },
      },
      {
        name: "points",
        mark: { type: "point", filled: true, size: 50, color: COLORS.accent },
        encoding: { y, x: { field: "ae", type: "quantitative", title: t.x }, tooltip },
      },
    ],
  };
}
