import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions, ChartLayer } from "./base-spec.ts";
import {
  baseSpec,
  ciBandLayer,
  COLORS,
  yearEncoding,
  yearTooltip,
  yEncoding,
  zeroRuleLayer,
} from "./base-spec.ts";
import { amountExpr, amountLabelExpr } from "./format-amount.ts";
import { chartText } from "./locale.ts";

/** How the values of a measure are expressed. */
export type MeasureUnit = "yuan" | "probability" | "ratio" | "count";

/** One row of the `difference` data source: the mean difference B − A of a measure in one year. */
export interface DifferenceRow {
  /** Projection year. */
  readonly year: number;
  /** Measure key, e.g. "benefitsPaid" (yuan), "contributions", "balance", "ruinProbability", "lossRatio". */
  readonly measure: string;
  /** Mean of (B − A) across paired paths, in the measure's unit. */
  readonly mean: number;
  /** Lower bound of the 95% confidence interval of the mean. */
  readonly low: number;
  /** Upper bound of the 95% confidence interval of the mean. */
  readonly high: number;
}

/** Options of {@link differenceSpec}. */
export interface DifferenceOptions extends BaseChartOptions {
  /** The measure to draw (rows of other measures are ignored). Default "benefitsPaid". */
  readonly measure?: string;
  /**
   * Unit of the measure, for axis labels: "yuan" (万/亿 or k/M), "probability" and "ratio" (percent),
   * "count". Default: from the measure key ("ruinProbability" → probability, "lossRatio" → ratio),
   * otherwise "yuan".
   */
  readonly unit?: MeasureUnit;
}

/** The named data source the chart reads. */
export const DIFFERENCE_DATA = "difference";

const KNOWN_UNITS: Readonly<Record<string, MeasureUnit>> = {
  benefitsPaid: "yuan",
  contributions: "yuan",
  balance: "yuan",
  ruinProbability: "probability",
  lossRatio: "ratio",
};

/**
 * For a comparison of two scenarios: the mean difference (B − A) of one measure by projection year,
 * as a line with points and a 95% confidence band, and a rule at zero. Hover a point for its values.
 *
 * Options (all optional): `locale` "zh" | "en" (default "zh"); `measure` (default "benefitsPaid");
 * `unit` (default: inferred from the measure, else "yuan"); `width` (default 560) and `height`
 * (default 300) pixels.
 *
 * Data: named source `"difference"`, rows {@link DifferenceRow} `{ year, measure, mean, low, high }`
 * in the measure's unit (yuan for amounts, 0..1 for probabilities and ratios).
 *
 * @returns A Vega-Lite spec without data; attach rows with `withData(spec, { difference: rows })`.
 * @example
 * import { withData } from "./with-data.ts";
 * const rows = [{ year: 1, measure: "benefitsPaid", mean: 5_000, low: 1_000, high: 9_000 }];
 * const spec = withData(differenceSpec({ measure: "benefitsPaid" }), { difference: rows });
 * [spec.data, spec.datasets]
 * // → [{ name: "difference" }, { difference: rows }]
 */
export function differenceSpec(options: DifferenceOptions = {}): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const text = chartText(locale);
  const t = text.difference;
  const measure = options.measure ?? "benefitsPaid";
  const unit = options.unit ?? KNOWN_UNITS[measure] ?? "yuan";
  const measureName = t.measures[measure] ?? measure;
  const yTitle = `${measureName}${t.unitSuffix[unit]}`;

  const percent = unit === "probability" || unit === "ratio";
  const valueText = (field: string): string =>
    percent
      ? `format(datum.${field}, '.2%')`
      : unit === "count"
        ? `format(datum.${field}, ',.4~r')`
        : amountExpr(locale, `datum.${field}`);
  const axis = percent
    ? { format: ".1~%" }
    : unit === "count"
      ? { format: ",~s" }
      : { labelExpr: amountLabelExpr(locale) };

  const x = yearEncoding(t.x);
  const y = yEncoding(yTitle, axis);

  const layers: ChartLayer[] = [
    ciBandLayer(x, y, { color: COLORS.main }),
    {
      name: "meanLine",
      mark: { type: "line", strokeWidth: 2, color: COLORS.main, point: { filled: true, size: 30 } },
      encoding: {
        x,
        y: y("mean"),
        tooltip: [
          yearTooltip(locale),
          { field: "meanText", type: "nominal", title: t.mean },
          { field: "ciText", type: "nominal", title: t.ci },
        ],
      },
    },
    zeroRuleLayer(yTitle),
  ];

  return {
    ...baseSpec(options, {
      text: t.title,
      subtitle: `${measureName}${locale === "zh" ? "：" : ": "}${t.subtitle}`,
    }),
    data: { name: DIFFERENCE_DATA },
    transform: [
      { filter: { field: "measure", equal: measure } },
      { calculate: valueText("mean"), as: "meanText" },
      { calculate: `${valueText("low")} + ' ~ ' + ${valueText("high")}`, as: "ciText" },
    ],
    layer: layers,
  };
}
