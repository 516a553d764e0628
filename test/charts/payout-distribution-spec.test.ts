import { describe, expect, it } from "vitest";
import { annualResultsText } from "../../src/charts/annual-results-text.ts";
import { logBins, payoutDistributionSpec } from "../../src/charts/payout-distribution-spec.ts";
import { chartContract } from "./chart-contract.ts";
import { findMark, scaled, withView } from "./render.ts";

const rows = logBins([200, 250, 420, 600, 900, 1500, 12000, 68144.41]);

chartContract("payoutDistributionSpec", {
  make: payoutDistributionSpec,
  dataNames: ["payoutBins"],
  datasets: { payoutBins: rows },
  title: (locale) => annualResultsText(locale).payoutDistribution.title,
  texts: (locale) => [
    annualResultsText(locale).payoutDistribution.x,
    annualResultsText(locale).payoutDistribution.y,
  ],
  variants: [{}, { locale: "en" }],
  tooltip: (locale) => {
    const t = annualResultsText(locale).payoutDistribution;
    return { keys: [t.x, t.y], value: "178" };
  },
  dataMark: "bins",
});

describe("logBins and payoutDistributionSpec", () => {
  it("bins payouts in quarters of a factor of ten: [10^(k/4), 10^((k+1)/4))", () => {
    // 200 and 250 lie in [177.8, 316.2); 420 and 600 in [316.2, 562.3) and [562.3, 1000).
    expect(logBins([200, 250, 420, 600, 0, -5])).toEqual([
      { from: 10 ** (9 / 4), to: 10 ** (10 / 4), claims: 2 },
      { from: 10 ** (10 / 4), to: 10 ** (11 / 4), claims: 1 },
      { from: 10 ** (11 / 4), to: 10 ** (12 / 4), claims: 1 },
    ]);
  });

  it("draws each bin from its lower to its upper bound on a log axis", async () => {
    await withView(payoutDistributionSpec(), { payoutBins: rows }, (view) => {
      const bins = findMark(view, "bins")?.items ?? [];
      expect(bins).toHaveLength(rows.length);
      const first = bins.find((b) => b.datum?.["from"] === rows[0]!.from);
      expect(first?.x).toBeCloseTo(scaled(view, "x", rows[0]!.from), 6);
      expect(first?.x2).toBeCloseTo(scaled(view, "x", rows[0]!.to), 6);
    });
  });
});
