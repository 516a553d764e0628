import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions, ChartEncoding, ChartLayer } from "./base-spec.ts";
import {
  baseSpec,
  COLORS,
  labelColor,
  mapExpr,
  scenarioFilter,
  scenarioTooltip,
  Y_TITLE_ON_TOP,
} from "./base-spec.ts";
import { amountExpr, amountLabelExpr } from "./format-amount.ts";
import { chartText } from "./locale.ts";

/** Member status in the benefit breakdown. */
export type MemberStatus = "active" | "retiree" | "all";

/** One row of the `breakdown` data source: a component's mean yearly amount for one member status. */
export interface BenefitBreakdownRow {
  /** Scenario name. */
  readonly scenario: string;
  /**
   * Benefit component, e.g. a reimbursement band "0–3,000 @40%", "allowance" or "top-up". Shown as
   * given, except well-known keys ("allowance", "top-up") and keys in the `componentLabels` option.
   */
  readonly component: string;
  /** Member status: "active" (在职), "retiree" (退休), or "all" (全体会员) for amounts not split by status. */
  readonly status: MemberStatus;
  /** Mean yearly amount paid, in yuan (rows with the same scenario, component and status are summed). */
  readonly amount: number;
}

/** Options of {@link benefitBreakdownSpec}. */
export interface BenefitBreakdownOptions extends BaseChartOptions {
  /** One bar per scenario within each component (labelled with the scenario name). Default false. */
  readonly compare?: boolean;
  /** Only use this scenario's rows. Default: all rows (without `compare`, expect one scenario). */
  readonly scenario?: string;
  /** Display names for components, by component key; override the built-in ones. Default none. */
  readonly componentLabels?: Readonly<Record<string, string>>;
}

/** The named data source the chart reads. */
export const BENEFIT_BREAKDOWN_DATA = "breakdown";

/**
 * "Where the money goes": horizontal bars of the mean yearly amount paid per benefit component, each
 * stacked by member status (active, then retiree), with the component total written at the bar's end.
 * Components keep the order in which they first appear in the data.
 *
 * Options (all optional): `locale` "zh" | "en" (default "zh"); `compare` (default false; true: one
 * stacked bar per scenario inside each component, the scenario name before the total);
 * `scenario` (keep only that scenario's rows; default all); `componentLabels` (display names by
 * component key; default: built-in names for "allowance" and "top-up", others verbatim); `width`
 * (default 560) and `height` (default 300) pixels.
 *
 * Data: named source `"breakdown"`, rows {@link BenefitBreakdownRow}
 * `{ scenario, component, status: "active" | "retiree", amount }` with `amount` in yuan per year.
 *
 * @returns A Vega-Lite spec without data; attach rows with `withData(spec, { breakdown: rows })`.
 * @example
 * import { withData } from "./with-data.ts";
 * const rows = [{ scenario: "A", component: "benefit", status: "active", amount: 1_000 }];
 * const spec = withData(benefitBreakdownSpec({ scenario: "A" }), { breakdown: rows });
 * [spec.data, spec.datasets]
 * // → [{ name: "breakdown" }, { breakdown: rows }]
 */
export function benefitBreakdownSpec(options: BenefitBreakdownOptions = {}): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const text = chartText(locale);
  const t = text.breakdown;
  const compare = options.compare ?? false;
  const groupby = compare ? ["scenario"] : [];
  const componentLabels = { ...t.components, ...options.componentLabels };
  const statusLabels = { active: t.active, retiree: t.retiree, all: t.allMembers };

  const y: ChartEncoding["y"] = {
    field: "componentLabel",
    type: "nominal",
    title: t.y,
    sort: { field: "componentOrder", op: "min", order: "ascending" },
    axis: { ...Y_TITLE_ON_TOP, titleAlign: "right", labelLimit: 160 },
  };
  const yOffset: ChartEncoding = compare
    ? { yOffset: { field: "scenario", type: "nominal", scale: { paddingInner: 0.15 } } }
    : {};
  const scenarioTip = scenarioTooltip(compare, locale);

  const layers: ChartLayer[] = [
    {
      name: "bars",
      transform: [
        { calculate: `datum.status === "retiree" ? 1 : datum.status === "all" ? 2 : 0`, as: "statusOrder" },
        { calculate: mapExpr("datum.status", statusLabels), as: "statusLabel" },
        {
          aggregate: [{ op: "sum", field: "amount", as: "amount" }],
          groupby: ["componentLabel", "componentOrder", "statusOrder", "statusLabel", ...groupby],
        },
        { calculate: amountExpr(locale, "datum.amount"), as: "amountText" },
      ],
      mark: { type: "bar", height: { band: 0.8 } },
      encoding: {
        y,
        ...yOffset,
        x: {
          field: "amount",
          type: "quantitative",
          title: t.x,
          stack: "zero",
          // Leave room right of the longest bar for its total label.
          scale: { range: [0, { expr: `width - ${compare ? 100 : 70}` }] },
          // Amounts in 万 are wide: keep a gap between labels (they touched at 1,280 px).
          axis: { labelExpr: amountLabelExpr(locale), labelOverlap: "greedy", labelSeparation: 6 },
        },
        color: labelColor("statusLabel", t.status, [
          [t.active, COLORS.main],
          [t.retiree, COLORS.accent],
          [t.allMembers, COLORS.neutral],
        ]),
        order: { field: "statusOrder", type: "quantitative" },
        tooltip: [
          { field: "componentLabel", type: "nominal", title: t.y },
          ...scenarioTip,
          { field: "statusLabel", type: "nominal", title: t.status },
          { field: "amountText", type: "nominal", title: t.amount },
        ],
      },
    },
    {
      name: "totals",
      transform: [
        {
          aggregate: [{ op: "sum", field: "amount", as: "total" }],
          groupby: ["componentLabel", "componentOrder", ...groupby],
        },
        {
          calculate: compare
            ? `datum.scenario + '  ' + ${amountExpr(locale, "datum.total")}`
            : amountExpr(locale, "datum.total"),
          as: "totalText",
        },
      ],
      mark: { type: "text", align: "left", baseline: "middle", dx: 4, fontSize: 10, color: "#333333" },
      encoding: {
        y,
        ...yOffset,
        x: { field: "total", type: "quantitative", title: t.x },
        text: { field: "totalText" },
        tooltip: [
          { field: "componentLabel", type: "nominal", title: t.y },
          ...scenarioTip,
          { field: "totalText", type: "nominal", title: t.total },
        ],
      },
    },
  ];

  return {
    ...baseSpec(options, { text: t.title, subtitle: t.subtitle }),
    data: { name: BENEFIT_BREAKDOWN_DATA },
    transform: [
      ...scenarioFilter(options.scenario),
      { window: [{ op: "row_number", as: "rowNumber" }] },
      { joinaggregate: [{ op: "min", field: "rowNumber", as: "componentOrder" }], groupby: ["component"] },
      { calculate: mapExpr("datum.component", componentLabels), as: "componentLabel" },
    ],
    layer: layers,
  };
}
