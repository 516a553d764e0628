import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions, ChartEncoding, ChartLayer } from "./base-spec.ts";
import {
  baseSpec,
  COLORS,
  exprString,
  scenarioField,
  scenarioFilter,
  scenarioTooltip,
  warningRuleLayer,
  xEncoding,
} from "./base-spec.ts";
import { chartText } from "./locale.ts";

/** One row of the `lossRatio` data source: one simulated path-year. */
export interface LossRatioRow {
  /** Scenario name. */
  readonly scenario: string;
  /** Projection year. */
  readonly year: number;
  /** Benefits paid ÷ contributions received in that path-year (1 = 100%). Non-finite values are dropped. */
  readonly lossRatio: number;
}

/** Options of {@link lossRatioDistributionSpec}. */
export interface LossRatioDistributionOptions extends BaseChartOptions {
  /** Overlay every scenario's histogram, coloured by scenario, with a legend. Default false. */
  readonly compare?: boolean;
  /** Only use this scenario's rows. Default: all rows (without `compare`, expect one scenario). */
  readonly scenario?: string;
  /** Maximum number of histogram bins (Vega-Lite picks "nice" bin edges). Default 40. */
  readonly maxbins?: number;
  /**
   * Only this projection year's rows, named in the title (pooling years mixes different distributions
   * into a many-peaked shape). Default: all rows.
   */
  readonly year?: number;
  /**
   * The loss ratio at which contributions just cover benefits and expenses, 1 − expense ratio, drawn as
   * the dashed break-even rule. Default 1.
   */
  readonly breakEven?: number;
}

/** Heights (px, negative = above the plot) where the rules end and their labels sit. */
const LABEL_Y = { breakEven: -20, mean: -6 } as const;

/** The named data source the chart reads. */
export const LOSS_RATIO_DATA = "lossRatio";

/**
 * Distribution of the annual loss ratio (benefits ÷ contributions) across simulated path-years: a
 * histogram binned in the spec, the bar height being the share of path-years (so scenarios with
 * different numbers of paths compare), a solid rule at the mean and a dashed rule at 100%
 * (break-even). Hover a bar for its range, count and share.
 *
 * Options (all optional): `locale` "zh" | "en" (default "zh"); `compare` (default false; true: the
 * scenarios' histograms overlaid with transparency, coloured by `scenario`, one mean rule each);
 * `scenario` (keep only that scenario's rows; default all); `maxbins` (default 40); `width` (default
 * 560) and `height` (default 300) pixels.
 *
 * Data: named source `"lossRatio"`, rows {@link LossRatioRow} `{ scenario, year, lossRatio }` with
 * `lossRatio` a ratio (0.85 = 85%).
 *
 * @returns A Vega-Lite spec without data; attach rows with `withData(spec, { lossRatio: rows })`.
 * @example
 * import { withData } from "./with-data.ts";
 * const rows = [{ scenario: "A", year: 1, lossRatio: 0.8 }];
 * const spec = withData(lossRatioDistributionSpec({ locale: "en" }), { lossRatio: rows });
 * [spec.data, spec.datasets]
 * // → [{ name: "lossRatio" }, { lossRatio: rows }]
 */
export function lossRatioDistributionSpec(options: LossRatioDistributionOptions = {}): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const text = chartText(locale);
  // One year's histogram counts paths; pooled years count path-years.
  const t = options.year === undefined ? text.lossRatio : { ...text.lossRatio, ...text.lossRatio.oneYear };
  const compare = options.compare ?? false;
  const groupby = compare ? ["scenario"] : [];

  const x = xEncoding(t.x, { format: ".0%" });
  const color: ChartEncoding = compare ? { color: scenarioField(locale) } : {};
  const breakEven = options.breakEven ?? 1;
  const breakEvenX = { datum: breakEven, type: "quantitative", title: t.x } as const;
  const breakEvenText = `${t.breakEven} ${(breakEven * 100).toLocaleString("en-US", { maximumFractionDigits: 1 })}%`;
  const labelMark = { type: "text", align: "left", baseline: "middle", dx: 4, fontSize: 11 } as const;
  const scenarioTip = scenarioTooltip(compare, locale);

  const layers: ChartLayer[] = [
    {
      name: "histogram",
      transform: [
        { bin: { maxbins: options.maxbins ?? 40 }, field: "lossRatio", as: ["binStart", "binEnd"] },
        { aggregate: [{ op: "count", as: "count" }], groupby: ["binStart", "binEnd", ...groupby] },
        { joinaggregate: [{ op: "sum", field: "count", as: "total" }], groupby },
        { calculate: "datum.count / datum.total", as: "share" },
        {
          calculate: "format(datum.binStart, '.0%') + ' ~ ' + format(datum.binEnd, '.0%')",
          as: "rangeText",
        },
      ],
      mark: compare
        ? { type: "rect", opacity: 0.5, stroke: "white", strokeWidth: 0.5 }
        : { type: "rect", opacity: 0.85, stroke: "white", strokeWidth: 0.5, color: COLORS.main },
      encoding: {
        x: x("binStart"),
        x2: { field: "binEnd" },
        y: {
          field: "share",
          type: "quantitative",
          title: t.y,
          axis: { format: ".0%" },
        },
        y2: { datum: 0 },
        ...color,
        tooltip: [
          ...scenarioTip,
          { field: "rangeText", type: "nominal", title: t.range },
          { field: "count", type: "quantitative", title: t.count, format: ",d" },
          { field: "share", type: "quantitative", title: t.share, format: ".1%" },
        ],
      },
    },
    {
      transform: [
        { aggregate: [{ op: "mean", field: "lossRatio", as: "mean" }], groupby },
        { calculate: `${exprString(t.mean + " ")} + format(datum.mean, '.1%')`, as: "meanText" },
      ],
      layer: [
        {
          name: "meanRule",
          mark: compare
            ? { type: "rule", strokeWidth: 2 }
            : { type: "rule", strokeWidth: 2, color: COLORS.zero },
          encoding: {
            x: x("mean"),
            // Without compare, the rule reaches above the plot to its label.
            ...(compare ? {} : { y: { value: LABEL_Y.mean }, y2: { value: "height" } }),
            ...color,
            tooltip: [...scenarioTip, { field: "mean", type: "quantitative", title: t.mean, format: ".1%" }],
          },
        },
        ...(compare
          ? []
          : [
              {
                name: "meanLabel",
                mark: { ...labelMark, color: COLORS.zero },
                encoding: { x: x("mean"), y: { value: LABEL_Y.mean }, text: { field: "meanText" } },
              } satisfies ChartLayer,
            ]),
      ],
    },
    warningRuleLayer("breakEvenRule", {
      x: breakEvenX,
      y: { value: LABEL_Y.breakEven },
      y2: { value: "height" },
      tooltip: { value: breakEvenText },
    }),
    {
      name: "breakEvenLabel",
      data: { values: [{}] },
      // Right-aligned, left of the rule: the 100% rule often sits at the right edge of the plot.
      mark: { ...labelMark, align: "right", dx: -4, text: breakEvenText, color: COLORS.warning },
      encoding: { x: breakEvenX, y: { value: LABEL_Y.breakEven } },
    },
  ];

  return {
    ...baseSpec(options, {
      text:
        options.year === undefined
          ? t.title
          : `${t.title} · ${t.year.replace("{year}", String(options.year))}`,
      subtitle: compare ? t.subtitleCompare : t.subtitle,
    }),
    data: { name: LOSS_RATIO_DATA },
    transform: [
      ...scenarioFilter(options.scenario),
      ...(options.year === undefined ? [] : [{ filter: { field: "year", equal: options.year } }]),
      { filter: "isFinite(datum.lossRatio)" },
    ],
    layer: layers,
  };
}
