import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions, ChartLayer } from "./base-spec.ts";
import {
  baseSpec,
  ciBandLayer,
  hoverOpacity,
  nearestHover,
  percentCiText,
  scenarioColor,
  scenarioFilter,
  scenarioTooltip,
  yearEncoding,
  yearTooltip,
  yEncoding,
} from "./base-spec.ts";
import { chartText } from "./locale.ts";

/** One row of the `ruin` data source: cumulative probability of ruin by a year, with its 95% CI. */
export interface RuinRow {
  /** Scenario name. */
  readonly scenario: string;
  /** Projection year. */
  readonly year: number;
  /** Estimated probability (0..1) that the fund has been exhausted by the end of `year`. */
  readonly value: number;
  /** Lower bound of the 95% confidence interval (0..1). */
  readonly low: number;
  /** Upper bound of the 95% confidence interval (0..1). */
  readonly high: number;
}

/** Options of {@link ruinProbabilitySpec}. */
export interface RuinProbabilityOptions extends BaseChartOptions {
  /** Draw every scenario in the data, coloured by scenario, with a legend. Default false. */
  readonly compare?: boolean;
  /** Only draw this scenario's rows. Default: all rows (without `compare`, expect one scenario). */
  readonly scenario?: string;
  /** What ruin means in the data (the results' `ruinBasis`), said in the subtitle. Default "balance". */
  readonly ruinBasis?: "balance" | "balanceLessLiabilities";
}

/** The named data source the chart reads. */
export const RUIN_DATA = "ruin";

/**
 * Cumulative probability of ruin (fund exhausted) by projection year: a line with its 95% confidence
 * band, the y axis in percent. Hovering near a point shows the year's estimate and interval.
 *
 * Options (all optional): `locale` "zh" | "en" (default "zh"); `compare` (default false: single
 * colour; true: colour and legend by `scenario`); `scenario` (keep only that scenario's rows; default
 * all); `width` (default 560) and `height` (default 300) pixels.
 *
 * Data: named source `"ruin"`, rows {@link RuinRow} `{ scenario, year, value, low, high }`, all
 * probabilities in 0..1.
 *
 * @returns A Vega-Lite spec without data; attach rows with `withData(spec, { ruin: rows })`.
 * @example
 * import { withData } from "./with-data.ts";
 * const rows = [{ scenario: "A", year: 1, probability: 0.01, low: 0.005, high: 0.02 }];
 * const spec = withData(ruinProbabilitySpec({ compare: true }), { ruin: rows });
 * [spec.data, spec.datasets]
 * // → [{ name: "ruin" }, { ruin: rows }]
 */
export function ruinProbabilitySpec(options: RuinProbabilityOptions = {}): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const text = chartText(locale);
  const t = text.ruin;
  const compare = options.compare ?? false;

  const x = yearEncoding(t.x);
  const y = yEncoding(t.y, { format: ".1~%" });
  const color = scenarioColor(compare, locale);

  const layers: ChartLayer[] = [
    ciBandLayer(x, y, { encoding: color }),
    {
      name: "ruinLine",
      mark: { type: "line", strokeWidth: 2 },
      encoding: { x, y: y("value"), ...color },
    },
    {
      name: "hover",
      params: nearestHover("ruinHover"),
      transform: [percentCiText()],
      mark: { type: "point", filled: true, size: 45 },
      encoding: {
        x,
        y: y("value"),
        ...color,
        opacity: hoverOpacity("ruinHover"),
        tooltip: [
          yearTooltip(locale),
          ...scenarioTooltip(compare, locale),
          { field: "value", type: "quantitative", title: t.value, format: ".2%" },
          { field: "ciText", type: "nominal", title: t.ci },
        ],
      },
    },
  ];

  return {
    ...baseSpec(options, {
      text: t.title,
      subtitle: options.ruinBasis === "balanceLessLiabilities" ? t.subtitleLiabilities : t.subtitle,
    }),
    data: { name: RUIN_DATA },
    transform: scenarioFilter(options.scenario),
    layer: layers,
  };
}
