/**
 * The parts every chart spec shares: size, autosize, title, fonts, and a few small encoding helpers.
 * Internal to `src/charts/` (not re-exported from the index).
 */
import type { TopLevelSpec } from "vega-lite";
import type { ChartLocale } from "./locale.ts";

/** A layered top-level Vega-Lite spec: every chart in this folder is one. */
export type LayeredSpec = Extract<TopLevelSpec, { layer: unknown }>;
/** One layer of a {@link LayeredSpec}. */
export type ChartLayer = LayeredSpec["layer"][number];
/** The encoding of a unit layer (one with a mark). */
export type ChartEncoding = NonNullable<Extract<ChartLayer, { mark: unknown }>["encoding"]>;
/** A Vega-Lite data transform. */
export type ChartTransform = NonNullable<LayeredSpec["transform"]>[number];

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
 * scenarioFilter("A"); // [{ filter: { field: "scenario", equal: "A" } }]
 */
export function scenarioFilter(scenario: string | undefined): ChartTransform[] {
  return scenario === undefined ? [] : [{ filter: { field: "scenario", equal: scenario } }];
}

/**
 * A Vega expression string literal for `text` (quoted and escaped), for use inside expressions.
 *
 * @example
 * exprString("it's"); // "\"it's\""
 */
export function exprString(text: string): string {
  return JSON.stringify(text);
}

/**
 * A Vega expression mapping the string expression `value` through `labels`, falling back to the
 * value itself (as a string).
 *
 * @example
 * mapExpr("datum.c", { a: "甲" }); // `datum.c === "a" ? "甲" : '' + datum.c`
 */
export function mapExpr(value: string, labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels).reduceRight(
    (rest, [key, label]) => `${value} === ${exprString(key)} ? ${exprString(label)} : ${rest}`,
    `'' + ${value}`,
  );
}
