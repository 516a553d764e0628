import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions, ChartLayer } from "./base-spec.ts";
import { baseSpec, COLORS, labelColor, mapExpr, Y_TITLE_ON_TOP } from "./base-spec.ts";
import { amountExpr, amountLabelExpr } from "./format-amount.ts";
import { chartText } from "./locale.ts";

/** One bar of the `waterfall` data source: a step's change in one measure, with its 95% interval. */
export interface WaterfallRow {
  /** Position from the left (0, 1, …); the total comes last. */
  readonly order: number;
  /** Step key: "bands", "cap", "deductible", "allowance", "fees", "assumptions", "other", or "total". */
  readonly step: string;
  /** Measure key: "benefitsIncurred", "result" (yuan) or "ruinProbability" (0..1). */
  readonly measure: string;
  /** The step's change (for "total", B − A). */
  readonly change: number;
  /** Lower bound of the change's 95% interval. */
  readonly low: number;
  /** Upper bound of the change's 95% interval. */
  readonly high: number;
}

/** Options of {@link waterfallSpec}. */
export interface WaterfallOptions extends BaseChartOptions {
  /** The measure to draw (rows of other measures are ignored). Default "benefitsIncurred". */
  readonly measure?: "benefitsIncurred" | "result" | "ruinProbability";
}

/** The named data source the chart reads. */
export const WATERFALL_DATA = "waterfall";

/**
 * An attribution waterfall: each step's bar floats from the running total before it to the running total
 * after it (increases and decreases coloured apart), the total B − A is a bar from zero, and each bar has an
 * error bar of its 95% interval, drawn around the bar's end. Hover a bar for its change and interval.
 *
 * Options (all optional): `locale` "zh" | "en" (default "zh"); `measure` (default "benefitsIncurred");
 * `width` (default 560) and `height` (default 300) pixels.
 *
 * Data: named source `"waterfall"`, rows {@link WaterfallRow} `{ order, step, measure, change, low, high }`
 * (yuan for amounts, 0..1 for the ruin probability); the row with step "total" starts from zero.
 *
 * @returns A Vega-Lite spec without data; attach rows with `withData(spec, { waterfall: rows })`.
 * @example
 * waterfallSpec({ measure: "result", locale: "en" }).data
 * // → { name: "waterfall" }
 */
export function waterfallSpec(options: WaterfallOptions = {}): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const t = chartText(locale).waterfall;
  const measure = options.measure ?? "benefitsIncurred";
  const percent = measure === "ruinProbability";
  const yTitle = t.measures[measure] ?? measure;
  const valueText = (field: string): string =>
    percent ? `format(datum.${field}, '+.2%')` : amountExpr(locale, `datum.${field}`);
  const axis = percent ? { format: ".1~%" } : { labelExpr: amountLabelExpr(locale) };
  const x = {
    field: "label",
    type: "nominal",
    title: t.x,
    sort: { field: "order" },
    axis: { labelAngle: 0, labelLimit: 90 },
  } as const;
  const y = (field: string) => ({
    field,
    type: "quantitative" as const,
    title: yTitle,
    axis: { ...Y_TITLE_ON_TOP, ...axis },
  });
  const tooltip = [
    { field: "label", type: "nominal", title: t.step },
    { field: "changeText", type: "nominal", title: t.change },
    { field: "ciText", type: "nominal", title: t.ci },
  ] as const;

  const layers: ChartLayer[] = [
    {
      name: "stepBar",
      mark: { type: "bar", width: { band: 0.6 } },
      encoding: {
        x,
        y: y("start"),
        y2: { field: "end" },
        color: labelColor("direction", t.direction, [
          [t.increase, COLORS.warning],
          [t.decrease, COLORS.main],
          [t.total, COLORS.neutral],
        ]),
        tooltip: [...tooltip],
      },
    },
    {
      name: "interval",
      mark: { type: "rule", color: COLORS.zero, strokeWidth: 1.5 },
      encoding: { x, y: y("lowEnd"), y2: { field: "highEnd" } },
    },
    {
      name: "zeroRule",
      data: { values: [{ zero: 0 }] },
      mark: { type: "rule", color: COLORS.zero, strokeDash: [4, 3] },
      encoding: { y: { field: "zero", type: "quantitative", title: yTitle } },
    },
  ];

  return {
    ...baseSpec(options, { text: t.title, subtitle: t.subtitle }),
    data: { name: WATERFALL_DATA },
    transform: [
      { filter: { field: "measure", equal: measure } },
      { calculate: "datum.step === 'total' ? 0 : datum.change", as: "stepChange" },
      {
        window: [{ op: "sum", field: "stepChange", as: "runningTotal" }],
        sort: [{ field: "order", order: "ascending" }],
        frame: [null, 0],
      },
      { calculate: "datum.step === 'total' ? 0 : datum.runningTotal - datum.change", as: "start" },
      { calculate: "datum.step === 'total' ? datum.change : datum.runningTotal", as: "end" },
      { calculate: "datum.end - datum.change + datum.low", as: "lowEnd" },
      { calculate: "datum.end - datum.change + datum.high", as: "highEnd" },
      { calculate: mapExpr("datum.step", t.steps), as: "label" },
      {
        calculate: `datum.step === 'total' ? ${JSON.stringify(t.total)} : datum.change >= 0 ? ${JSON.stringify(t.increase)} : ${JSON.stringify(t.decrease)}`,
        as: "direction",
      },
      { calculate: valueText("change"), as: "changeText" },
      { calculate: `${valueText("low")} + ' ~ ' + ${valueText("high")}`, as: "ciText" },
    ],
    layer: layers,
  };
}
