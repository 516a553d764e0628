/**
 * The parts every chart spec shares: size, autosize, title, fonts, and a few small encoding helpers.
 * Internal to `src/charts/` (not re-exported from the index).
 */
import type { TopLevelSpec } from "vega-lite";
import type { ChartLocale } from "./locale.ts";
import { chartText } from "./locale.ts";

/** A layered top-level Vega-Lite spec: every chart in this folder is one. */
export type LayeredSpec = Extract<TopLevelSpec, { layer: unknown }>;
/** One layer of a {@link LayeredSpec}. */
export type ChartLayer = LayeredSpec["layer"][number];
/** The encoding of a unit layer (one with a mark). */
export type ChartEncoding = NonNullable<Extract<ChartLayer, { mark: unknown }>["encoding"]>;
/** A Vega-Lite data transform. */
export type ChartTransform = NonNullable<LayeredSpec["transform"]>[number];
/** Axis properties of a positional (x or y) field encoding. */
export type ChartAxis = NonNullable<Extract<ChartEncoding["y"], { axis?: unknown }>["axis"]>;

/** Default plot width in pixels (the whole chart, including axes and legend, with `autosize: fit`). */
export const DEFAULT_WIDTH = 560;
/** Default plot height in pixels. */
export const DEFAULT_HEIGHT = 300;

/** Single-series colour, and the colours of marker rules. */
export const COLORS = {
  main: "#2f6db3",
  accent: "#e08a2c",
  zero: "#444444",
  warning: "#c0392b",
  neutral: "#9aa5b1",
} as const;

/**
 * Axis properties putting a y axis title horizontally above the axis, left-aligned with the plot
 * (as Chinese charts usually do for "（元）"), instead of rotated beside it. Keeps long titles from
 * overflowing the plot height, which would push the chart title out of a Node-rendered SVG.
 */
export const Y_TITLE_ON_TOP = {
  titleAngle: 0,
  titleAlign: "left",
  titleAnchor: "end",
  titleBaseline: "bottom",
  titleX: 0,
  titleY: -8,
} as const;

/** Options every chart accepts. */
export interface BaseChartOptions {
  /** `"zh"` (default) or `"en"`: titles, axis titles, tooltips and amount labels. */
  readonly locale?: ChartLocale;
  /** Overall width in pixels; default {@link DEFAULT_WIDTH}. */
  readonly width?: number;
  /** Overall height in pixels; default {@link DEFAULT_HEIGHT}. */
  readonly height?: number;
}

/** Fonts with CJK glyphs on common systems first, so Chinese labels render where possible. */
const ZH_FONT =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', " +
  "'WenQuanYi Micro Hei', sans-serif";

/**
 * The top-level properties every chart shares: `$schema`, size, `autosize: fit`, title and config.
 *
 * @param options Locale (default "zh") and size (default 560 × 300).
 * @param title Title text and subtitle, already localized; "\n" in the subtitle separates lines.
 * @returns Top-level properties to spread into a layered spec.
 * @example
 * const spec = { ...baseSpec({ locale: "en" }, { text: "T", subtitle: "S" }), data: { name: "x" }, layer: [] };
 * spec.title
 * // → { text: "T", subtitle: ["S"], anchor: "start", offset: 10 }
 */
export function baseSpec(
  options: BaseChartOptions,
  title: { readonly text: string; readonly subtitle: string },
): Omit<LayeredSpec, "layer"> {
  const locale = options.locale ?? "zh";
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    autosize: { type: "fit", contains: "padding" },
    padding: 8,
    title: { text: title.text, subtitle: title.subtitle.split("\n"), anchor: "start", offset: 10 },
    config: {
      ...(locale === "zh" ? { font: ZH_FONT } : {}),
      // ASCII minus (d3's default is U+2212), so percent axes match formatAmount's "-125万".
      locale: { number: { decimal: ".", thousands: ",", grouping: [3], currency: ["¥", ""], minus: "-" } },
      title: { fontSize: 15, subtitleFontSize: 11, subtitleColor: "#555555" },
      axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", titleColor: "#333333" },
      legend: {
        orient: "bottom",
        titleOrient: "left",
        labelFontSize: 11,
        titleFontSize: 11,
        titleFontWeight: "normal",
      },
      view: { stroke: null },
    },
  };
}

/**
 * A transform list keeping only the rows of one scenario, or nothing when `scenario` is undefined.
 *
 * @example
 * scenarioFilter("A")
 * // → [{ filter: { field: "scenario", equal: "A" } }]
 */
export function scenarioFilter(scenario: string | undefined): ChartTransform[] {
  return scenario === undefined ? [] : [{ filter: { field: "scenario", equal: scenario } }];
}

/**
 * A Vega expression string literal for `text` (quoted and escaped), for use inside expressions.
 *
 * @example
 * exprString("it's")
 * // → "\"it's\""
 */
export function exprString(text: string): string {
  return JSON.stringify(text);
}

/**
 * A Vega expression mapping the string expression `value` through `labels`, falling back to the
 * value itself (as a string).
 *
 * @example
 * mapExpr("datum.c", { a: "甲" })
 * // → `datum.c === "a" ? "甲" : '' + datum.c`
 */
export function mapExpr(value: string, labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels).reduceRight(
    (rest, [key, label]) => `${value} === ${exprString(key)} ? ${exprString(label)} : ${rest}`,
    `'' + ${value}`,
  );
}

/** The x encoding of projection years: whole years, the scale neither from zero nor rounded out. */
export function yearEncoding(title: string): ChartEncoding["x"] {
  return {
    field: "year",
    type: "quantitative",
    title,
    scale: { zero: false, nice: false },
    axis: { format: "d", tickMinStep: 1 },
  };
}

/** A builder of quantitative x encodings of any field, the scale not starting at zero. */
export function xEncoding(title: string, axis: ChartAxis): (field: string) => ChartEncoding["x"] {
  return (field) => ({ field, type: "quantitative", title, scale: { zero: false }, axis: { ...axis } });
}

/** A builder of quantitative y encodings of any field, the axis title on top ({@link Y_TITLE_ON_TOP}). */
export function yEncoding(title: string, axis: ChartAxis): (field: string) => ChartEncoding["y"] {
  return (field) => ({ field, type: "quantitative", title, axis: { ...Y_TITLE_ON_TOP, ...axis } });
}

/** The nominal `scenario` field, titled "方案" / "Scenario", for colour and tooltip encodings. */
export function scenarioField(locale: ChartLocale) {
  return { field: "scenario", type: "nominal", title: chartText(locale).common.scenario } as const;
}

/**
 * A colour encoding of a nominal field whose values are known labels, each with its colour, in legend
 * order.
 * @example labelColor("direction", "Direction", [["Increase", "#d62728"], ["Total", "#999999"]])
 * // → { field: "direction", type: "nominal", title: "Direction", scale: { domain: ["Increase", "Total"], range: ["#d62728", "#999999"] } }
 */
export function labelColor(
  field: string,
  title: string,
  colors: readonly (readonly [label: string, color: string])[],
): NonNullable<ChartEncoding["color"]> {
  return {
    field,
    type: "nominal",
    title,
    scale: { domain: colors.map(([label]) => label), range: colors.map(([, color]) => color) },
  };
}

/**
 * Line-chart colour: by scenario with a stroke legend when comparing, otherwise the single main
 * colour (one series per scenario still, through `detail`).
 */
export function scenarioColor(compare: boolean, locale: ChartLocale): ChartEncoding {
  return compare
    ? {
        color: {
          ...scenarioField(locale),
          legend: { symbolType: "stroke", symbolStrokeWidth: 2.5, symbolOpacity: 1 },
        },
      }
    : { color: { value: COLORS.main }, detail: { field: "scenario", type: "nominal" } };
}

/**
 * Line dash by scenario when comparing (A solid, B dashed, …), so the scenarios stay apart where their
 * lines overlap and in greyscale; merges with the colour legend (same field and title). None otherwise.
 */
export function scenarioDash(compare: boolean, locale: ChartLocale): ChartEncoding {
  return compare
    ? {
        strokeDash: {
          ...scenarioField(locale),
          scale: {
            range: [
              [1, 0],
              [7, 4],
              [2, 2],
              [9, 3, 2, 3],
            ],
          },
        },
      }
    : {};
}

/** The scenario tooltip entry when comparing scenarios, none otherwise (spread into a tooltip list). */
export function scenarioTooltip(compare: boolean, locale: ChartLocale) {
  return compare ? [scenarioField(locale)] : [];
}

/** The tooltip entry of the projection year, titled "年度" / "Year". */
export function yearTooltip(locale: ChartLocale) {
  return { field: "year", type: "quantitative", title: chartText(locale).common.year, format: "d" } as const;
}

/** Selection params of a hover layer: the point nearest the pointer, cleared when it leaves. */
export function nearestHover(name: string): NonNullable<Extract<ChartLayer, { mark: unknown }>["params"]> {
  return [{ name, select: { type: "point", nearest: true, on: "pointerover", clear: "pointerout" } }];
}

/** Opacity showing a hover layer's points only where the selection `name` (see {@link nearestHover}) is. */
export function hoverOpacity(name: string): ChartEncoding["opacity"] {
  return { condition: { param: name, empty: false, value: 1 }, value: 0 };
}

/** A transform writing the interval `low ~ high` of two probabilities, in percent, as `ciText`. */
export function percentCiText(): ChartTransform {
  return { calculate: "format(datum.low, '.2%') + ' ~ ' + format(datum.high, '.2%')", as: "ciText" };
}

/**
 * The layer "ciBand": a translucent area from `low` to `high`, in the main colour given as `color`
 * or coloured by the extra `encoding`.
 */
export function ciBandLayer(
  x: ChartEncoding["x"],
  y: (field: string) => ChartEncoding["y"],
  extra: { readonly color?: string; readonly encoding?: ChartEncoding } = {},
): ChartLayer {
  return {
    name: "ciBand",
    mark: { type: "area", opacity: 0.22, ...(extra.color === undefined ? {} : { color: extra.color }) },
    encoding: { x, y: y("low"), y2: { field: "high" }, ...extra.encoding },
  };
}

/** A one-datum layer "zeroRule": a thin horizontal rule at y = 0, the y scale titled `title`. */
export function zeroRuleLayer(title: string): ChartLayer {
  return {
    name: "zeroRule",
    data: { values: [{}] },
    mark: { type: "rule", color: COLORS.zero, strokeWidth: 1 },
    encoding: { y: { datum: 0, type: "quantitative", title } },
  };
}

/** A one-datum layer drawing a dashed rule in the warning colour (a floor, a target, break-even). */
export function warningRuleLayer(name: string, encoding: ChartEncoding): ChartLayer {
  return {
    name,
    data: { values: [{}] },
    mark: { type: "rule", color: COLORS.warning, strokeWidth: 1.5, strokeDash: [6, 4] },
    encoding,
  };
}
