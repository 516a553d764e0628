import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions, ChartLayer } from "./base-spec.ts";
import {
  baseSpec,
  COLORS,
  hoverOpacity,
  nearestHover,
  scenarioColor,
  scenarioFilter,
  scenarioTooltip,
  warningRuleLayer,
  yearEncoding,
  yearTooltip,
  yEncoding,
  zeroRuleLayer,
} from "./base-spec.ts";
import { formatAmount } from "../format/format-amount.ts";
import { amountExpr, amountLabelExpr } from "./format-amount.ts";
import { chartText } from "./locale.ts";

/** One row of the `balance` data source: fund balance percentiles across simulated paths, in yuan. */
export interface FundBalanceRow {
  /** Scenario name, e.g. "A" or "现行方案". */
  readonly scenario: string;
  /** Projection year (1, 2, … or a calendar year). */
  readonly year: number;
  /** Percentiles of the year-end fund balance across paths, in yuan. */
  readonly p1: number;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
  readonly p99: number;
}

/** Options of {@link fundBalanceFanSpec}. */
export interface FundBalanceFanOptions extends BaseChartOptions {
  /** Reserve floor in yuan: drawn as a dashed, labelled rule. Default: none. */
  readonly reserveFloor?: number;
  /** Draw every scenario in the data on one axis, coloured by scenario, with a legend. Default false. */
  readonly compare?: boolean;
  /** Only draw this scenario's rows. Default: all rows (without `compare`, expect one scenario). */
  readonly scenario?: string;
}

/** The named data source the fan chart reads. */
export const FUND_BALANCE_DATA = "balance";

/**
 * Fund balance by projection year as a fan chart: the median line with nested 25–75%, 5–95% and
 * 1–99% bands (increasingly light), a rule at zero and, if given, a dashed rule at the reserve floor.
 * Hovering near a median point shows the year's percentiles.
 *
 * Options (all optional): `locale` "zh" | "en" (default "zh"); `reserveFloor` yuan (default none);
 * `compare` (default false: single colour; true: colour and legend by `scenario`); `scenario` (keep
 * only that scenario's rows; default all); `width` (default 560) and `height` (default 300) pixels.
 *
 * Data: named source `"balance"`, rows {@link FundBalanceRow}
 * `{ scenario, year, p1, p5, p25, p50, p75, p95, p99 }` with the percentiles in yuan.
 *
 * @returns A Vega-Lite spec without data; attach rows with `withData(spec, { balance: rows })` or
 *   `view.data("balance", rows)`.
 * @example
 * const spec = fundBalanceFanSpec({ locale: "zh", reserveFloor: 500_000 });
 * spec.data // rows of `FundBalanceRow` go here, e.g. with `withData(spec, { balance: rows })`
 * // → { name: "balance" }
 */
export function fundBalanceFanSpec(options: FundBalanceFanOptions = {}): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const text = chartText(locale);
  const t = text.fundBalance;
  const compare = options.compare ?? false;

  const x = yearEncoding(t.x);
  const y = yEncoding(t.y, { labelExpr: amountLabelExpr(locale) });
  const color = scenarioColor(compare, locale);
  const band = (name: string, low: string, high: string, opacity: number): ChartLayer => ({
    name,
    mark: { type: "area", opacity, interpolate: "monotone" },
    encoding: { x, y: y(low), y2: { field: high }, ...color },
  });

  const rangeText = (low: string, high: string): string =>
    `${amountExpr(locale, `datum.${low}`)} + ' ~ ' + ${amountExpr(locale, `datum.${high}`)}`;

  const series: ChartLayer[] = [
    band("band98", "p1", "p99", 0.14),
    band("band90", "p5", "p95", 0.2),
    band("band50", "p25", "p75", 0.3),
    {
      name: "median",
      mark: { type: "line", strokeWidth: 2, interpolate: "monotone" },
      encoding: { x, y: y("p50"), ...color },
    },
    {
      name: "hover",
      params: nearestHover("fanHover"),
      transform: [
        { calculate: amountExpr(locale, "datum.p50"), as: "medianText" },
        { calculate: rangeText("p25", "p75"), as: "band50Text" },
        { calculate: rangeText("p5", "p95"), as: "band90Text" },
        { calculate: rangeText("p1", "p99"), as: "band98Text" },
      ],
      mark: { type: "point", filled: true, size: 50 },
      encoding: {
        x,
        y: y("p50"),
        ...color,
        opacity: hoverOpacity("fanHover"),
        tooltip: [
          yearTooltip(locale),
          ...scenarioTooltip(compare, locale),
          { field: "medianText", type: "nominal", title: t.median },
          { field: "band50Text", type: "nominal", title: t.band50 },
          { field: "band90Text", type: "nominal", title: t.band90 },
          { field: "band98Text", type: "nominal", title: t.band98 },
        ],
      },
    },
  ];

  const layers: ChartLayer[] = [
    { transform: scenarioFilter(options.scenario), layer: series },
    zeroRuleLayer(t.y),
  ];

  if (options.reserveFloor !== undefined) {
    const floor = { datum: options.reserveFloor, type: "quantitative", title: t.y } as const;
    const label = `${t.reserveFloor} ${formatAmount(options.reserveFloor, locale)}`;
    layers.push(warningRuleLayer("reserveFloorRule", { y: floor, tooltip: { value: label } }), {
      name: "reserveFloorLabel",
      data: { values: [{}] },
      mark: {
        type: "text",
        text: label,
        color: COLORS.warning,
        align: "left",
        baseline: "bottom",
        dx: 4,
        dy: -3,
        fontSize: 11,
      },
      encoding: { y: floor, x: { value: 0 } },
    });
  }

  return {
    ...baseSpec(options, { text: t.title, subtitle: t.subtitle }),
    data: { name: FUND_BALANCE_DATA },
    layer: layers,
  };
}
