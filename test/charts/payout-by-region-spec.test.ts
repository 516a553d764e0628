import { describe, expect, it } from "vitest";
import { annualResultsText } from "../../src/charts/annual-results-text.ts";
import { payoutByRegionSpec } from "../../src/charts/payout-by-region-spec.ts";
import { chartContract } from "./chart-contract.ts";
import { findMark, scaled, withView } from "./render.ts";

const rows = [
  { region: "Hohhot", year: "2023", payout: 388162.67 },
  { region: "Hohhot", year: "2024", payout: 436535.68 },
  { region: "Ordos", year: "2023", payout: 306262.91 },
  { region: "Ordos", year: "2024", payout: 326354.5 },
];

chartContract("payoutByRegionSpec", {
  make: payoutByRegionSpec,
  dataNames: ["regionPayout"],
  datasets: { regionPayout: rows },
  title: (locale) => annualResultsText(locale).payoutByRegion.title,
  texts: (locale) => [annualResultsText(locale).payoutByRegion.x, annualResultsText(locale).payoutByRegion.y],
  variants: [{}, { locale: "en" }],
  tooltip: (locale) => {
    const t = annualResultsText(locale).payoutByRegion;
    return { keys: [t.y, t.year, t.x], value: locale === "zh" ? "38.8万" : "388k" };
  },
  dataMark: "bars",
});

describe("payoutByRegionSpec", () => {
  it("draws one bar per region and year, from 0 to the payout", async () => {
    await withView(payoutByRegionSpec(), { regionPayout: rows }, (view) => {
      const bars = findMark(view, "bars")?.items ?? [];
      expect(bars).toHaveLength(4);
      const hohhot2024 = bars.find((b) => b.datum?.["region"] === "Hohhot" && b.datum?.["year"] === "2024");
      expect(hohhot2024?.x2).toBeCloseTo(scaled(view, "x", 436535.68), 6);
    });
  });
});
