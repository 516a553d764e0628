import type { TopLevelSpec } from "vega-lite";
import type { BaseChartOptions } from "./base-spec.ts";
import { baseSpec, COLORS, Y_TITLE_ON_TOP } from "./base-spec.ts";
import { annualResultsText } from "./annual-results-text.ts";
import { amountLabelExpr } from "./format-amount.ts";

/** One row of the `payoutBins` data source: claims with a payout in [from, to) yuan. */
export interface PayoutBinRow {
  readonly from: number;
  readonly to: number;
  readonly claims: number;
}

export const PAYOUT_BINS_DATA = "payoutBins";

/**
 * Bins of equal width on a log scale (`bins` per factor of ten) for positive payouts: the rows of the
 * payout distribution chart. Cost: O(payouts).
 * @example
 * // Two bins per factor of ten: [100, 10^2.5) holds 150 and 220, [10^3.5, 10^4) holds 9000.
 * const bins = logBins([150, 220, 9000], 2);
 * bins.map((bin) => bin.claims)
 * // → [2, 1]
 * bins.map((bin) => bin.from)
 * // ≈ [100.00, 3162.28]
 * bins.map((bin) => bin.to)
 * // ≈ [316.23, 10000.00]
 */
export function logBins(payouts: readonly number[], bins = 4): PayoutBinRow[] {
  const counts = new Map<number, number>();
  for (const payout of payouts) {
    if (!(payout > 0)) continue;
    const index = Math.floor(Math.log10(payout) * bins + 1e-9);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, claims]) => ({ from: 10 ** (index / bins), to: 10 ** ((index + 1) / bins), claims }));
}

/**
 * The distribution of payout per paid claim as a histogram on a log-scaled x axis (bins from
 * {@link logBins}), so the body of a few hundred yuan and the tail of tens of thousands both show.
 *
 * Options: `locale` (default "zh"), `width` (560), `height` (300).
 * Data: named source `"payoutBins"`, rows {@link PayoutBinRow}.
 * @returns A Vega-Lite spec without data.
 * @example
 * import { withData } from "./with-data.ts";
 * const rows = logBins([150, 220, 9000], 2);
 * const spec = withData(payoutDistributionSpec(), { payoutBins: rows });
 * [spec.data, spec.datasets]
 * // → [{ name: "payoutBins" }, { payoutBins: rows }]
 */
export function payoutDistributionSpec(options: BaseChartOptions = {}): TopLevelSpec {
  const locale = options.locale ?? "zh";
  const t = annualResultsText(locale).payoutDistribution;
  return {
    ...baseSpec(options, { text: t.title, subtitle: t.subtitle }),
    data: { name: PAYOUT_BINS_DATA },
    layer: [
      {
        name: "bins",
        mark: { type: "rect", color: COLORS.main, stroke: "white", strokeWidth: 0.5 },
        encoding: {
          x: {
            field: "from",
            type: "quantitative",
            title: t.x,
            scale: { type: "log" },
            // One label a decade: a log axis otherwise crowds labels between the decades.
            axis: { labelExpr: amountLabelExpr(locale), values: [1, 10, 100, 1000, 10000, 100000, 1000000] },
          },
          x2: { field: "to" },
          y: { field: "claims", type: "quantitative", title: t.y, axis: Y_TITLE_ON_TOP },
          y2: { datum: 0 },
          tooltip: [
            { field: "from", type: "quantitative", title: t.x, format: ",.0f" },
            { field: "claims", type: "quantitative", title: t.y },
          ],
        },
      },
    ],
  };
}
