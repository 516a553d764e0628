import { describe, expect, it } from "vitest";
import { aeByRegionSpec } from "../../src/charts/ae-by-region-spec.ts";
import { annualResultsText } from "../../src/charts/annual-results-text.ts";
import { chartContract } from "./chart-contract.ts";
import { findMark, scaled, withView } from "./render.ts";

const rows = [
  { region: "Hohhot", ae: 1.007, low: 0.907, high: 1.114, expected: 371.4 },
  { region: "Chifeng", ae: 0.886, low: 0.78, high: 1.003, expected: 282.1 },
];

chartContract("aeByRegionSpec", {
  make: aeByRegionSpec,
  dataNames: ["aeRegions"],
  datasets: { aeRegions: rows },
  title: (locale) => annualResultsText(locale).aeByRegion.title,
  texts: (locale) => [annualResultsText(locale).aeByRegion.x, annualResultsText(locale).aeByRegion.y],
  variants: [{}, { locale: "en" }],
  tooltip: (locale) => {
    const t = annualResultsText(locale).aeByRegion;
    return { keys: [t.y, t.x, t.interval], value: "0.91–1.11" };
  },
  dataMark: "points",
});

describe("aeByRegionSpec", () => {
  it("puts each region's point at its A/E and its interval from low to high, with a rule at 1", async () => {
    await withView(aeByRegionSpec(), { aeRegions: rows }, (view) => {
      const points = findMark(view, "points")?.items ?? [];
      const hohhot = points.find((p) => p.datum?.["region"] === "Hohhot");
      expect(hohhot?.x).toBeCloseTo(scaled(view, "x", 1.007), 6);
      const intervals = findMark(view, "intervals")?.items ?? [];
      const chifeng = intervals.find((p) => p.datum?.["region"] === "Chifeng");
      expect(chifeng?.x).toBeCloseTo(scaled(view, "x", 0.78), 6);
      expect(chifeng?.x2).toBeCloseTo(scaled(view, "x", 1.003), 6);
      expect((findMark(view, "one")?.items ?? [])[0]?.x).toBeCloseTo(scaled(view, "x", 1), 6);
    });
  });
});
