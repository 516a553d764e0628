import { formatPercent } from "../format/format-percent.ts";
import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions, ChartLayer } from "./base-spec.ts";
import {
  baseSpec,
  ciBandLayer,
  COLORS,
  exprString,
  hoverOpacity,
  mapExpr,
  nearestHover,
  percentCiText,
  warningRuleLayer,
  xEncoding,
  yEncoding,
} from "./base-spec.ts";
import { amountExpr, amountLabelExpr } from "./format-amount.ts";
import { chartText } from "./locale.ts";

/** One row of the `feeCurve` data source: the estimated probability of ruin at one fee level. */
export interface FeeCurveRow {
  /** Fee (contribution) in yuan per member per year. */
  readonly fee: number;
  /** Estimated probability of ruin over the horizon at this fee (0..1). */
  readonly ruinProbability: number;
  /** Lower bound of its 95% confidence interval (0..1). */
  readonly low: number;
  /** Upper bound of its 95% confidence interval (0..1). */
  readonly high: number;
}

/** One row of the `feeMarks` data source: a marked fee, e.g. the solved fee or the break-even fee. */
export interface FeeMarkRow {
  /** "solved" and "breakEven" are shown localized (目标缴费 / 收支平衡缴费); any other label verbatim. */
  readonly label: string;
  /** Fee in yuan per member per year. */
  readonly fee: number;
  /** Probability of ruin at that fee (0..1), where the point is drawn. */
  readonly ruinProbability: number;
}

/** Options of {@link feeRuinCurveSpec}. */
export interface FeeRuinCurveOptions extends BaseChartOptions {
  /** Target probability of ruin (0..1), drawn as a dashed horizontal rule. Default 0.05. */
  readonly targetRuin?: number;
}

/** The named data source of the curve. */
export const FEE_CURVE_DATA = "feeCurve";
/** The named data source of the marked fees. */
export const FEE_MARKS_DATA = "feeMarks";

/**
 * Fee against probability of ruin: the estimated curve with its 95% confidence band, a dashed rule at
 * the target probability of ruin, and labelled points (with drop lines to the fee axis) for marked
 * fees such as the solved fee and the break-even fee. Hover the curve or a point for values.
 *
 * Options (all optional): `locale` "zh" | "en" (default "zh"); `targetRuin` (0..1, default 0.05);
 * `width` (default 560) and `height` (default 300) pixels.
 *
 * Data: named source `"feeCurve"`, rows {@link FeeCurveRow} `{ fee, ruinProbability, low, high }`
 * (fee in yuan per member per year, probabilities 0..1); named source `"feeMarks"`, rows
 * {@link FeeMarkRow} `{ label, fee, ruinProbability }`. The marks may be left out; the chart then
 * draws as usual, but Vega logs "Infinite extent" warnings for the empty source (harmless).
 *
 * @returns A Vega-Lite spec without data; attach rows with
 *   `withData(spec, { feeCurve: rows, feeMarks: marks })`.
 * @example
 * const spec = feeRuinCurveSpec({ targetRuin: 0.01, locale: "en" });
 * spec.data // the curve's rows go here; the marks' rows in the layer's own source, "feeMarks"
 * // → { name: "feeCurve" }
 */
export function feeRuinCurveSpec(options: FeeRuinCurveOptions = {}): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const text = chartText(locale);
  const t = text.feeRuin;
  const target = options.targetRuin ?? 0.05;

  const x = xEncoding(t.x, { labelExpr: amountLabelExpr(locale) });
  const y = yEncoding(t.y, { format: ".1~%" });
  const feeTip = { field: "feeText", type: "nominal", title: t.x } as const;
  const ruinTip = { field: "ruinProbability", type: "quantitative", title: t.y, format: ".2%" } as const;
  const targetY = { datum: target, type: "quantitative", title: t.y } as const;
  const targetLabel = `${t.target} ${formatPercent(target, locale)}`;

  const layers: ChartLayer[] = [
    ciBandLayer(x("fee"), y, { color: COLORS.main }),
    {
      name: "curve",
      mark: { type: "line", strokeWidth: 2, color: COLORS.main },
      encoding: { x: x("fee"), y: y("ruinProbability") },
    },
    {
      name: "hover",
      params: nearestHover("feeHover"),
      transform: [{ calculate: amountExpr(locale, "datum.fee"), as: "feeText" }, percentCiText()],
      mark: { type: "point", filled: true, size: 45, color: COLORS.main },
      encoding: {
        x: x("fee"),
        y: y("ruinProbability"),
        opacity: hoverOpacity("feeHover"),
        tooltip: [feeTip, ruinTip, { field: "ciText", type: "nominal", title: t.ci }],
      },
    },
    warningRuleLayer("targetRule", { y: targetY, tooltip: { value: targetLabel } }),
    {
      name: "targetLabel",
      data: { values: [{}] },
      mark: {
        type: "text",
        text: targetLabel,
        align: "right",
        baseline: "bottom",
        dy: -3,
        fontSize: 11,
        color: COLORS.warning,
      },
      encoding: { y: targetY, x: { value: "width" } },
    },
    {
      data: { name: FEE_MARKS_DATA },
      transform: [
        { calculate: mapExpr("datum.label", t.marks), as: "markLabel" },
        { calculate: amountExpr(locale, "datum.fee"), as: "feeText" },
        { calculate: `datum.markLabel + ${exprString(" ")} + datum.feeText`, as: "markText" },
      ],
      encoding: {
        x: x("fee"),
        y: y("ruinProbability"),
        tooltip: [{ field: "markLabel", type: "nominal", title: t.mark }, feeTip, ruinTip],
      },
      layer: [
        {
          name: "markDrop",
          mark: { type: "rule", color: COLORS.zero, strokeWidth: 1, strokeDash: [2, 3] },
          encoding: { y2: { datum: 0 } },
        },
        {
          name: "markPoint",
          mark: { type: "point", filled: true, size: 70, shape: "diamond", color: COLORS.accent, opacity: 1 },
        },
        {
          name: "markLabel",
          mark: { type: "text", align: "left", baseline: "bottom", dx: 6, dy: -4, fontSize: 11 },
          encoding: { text: { field: "markText" } },
        },
      ],
    },
  ];

  return {
    ...baseSpec(options, { text: t.title, subtitle: t.subtitle }),
    data: { name: FEE_CURVE_DATA },
    layer: layers,
  };
}
