import { describe, expect, it } from "vitest";
import { chartText } from "../../src/charts/locale.ts";
import { lossRatioDistributionSpec } from "../../src/charts/loss-ratio-distribution-spec.ts";
import { withData } from "../../src/charts/with-data.ts";
import { catalogueTexts, chartContract } from "./chart-contract.ts";
import { findMark, findMarks, markGroup, renderSvg, scaled, svgTexts, withView } from "./render.ts";
import { lossRatio, onlyScenario } from "./sample-data.ts";

const onlyA = onlyScenario(lossRatio, "A");
const meanA = onlyA.reduce((sum, r) => sum + r.lossRatio, 0) / onlyA.length;

chartContract("lossRatioDistributionSpec", {
  make: lossRatioDistributionSpec,
  dataNames: ["lossRatio"],
  datasets: { lossRatio: onlyA },
  ...catalogueTexts("lossRatio", ["x", "y"]),
  variants: [
    {},
    { locale: "en" },
    { compare: true },
    { locale: "en", compare: true, maxbins: 20 },
    { scenario: "A", maxbins: 10 },
  ],
  tooltip: (locale) => ({
    keys: [chartText(locale).lossRatio.mean],
    value: `${(meanA * 100).toFixed(1)}%`,
  }),
  dataMark: "histogram",
});

describe("lossRatioDistributionSpec", () => {
  it("bins in the spec: bar heights are shares of path-years summing to 1", async () => {
    await withView(lossRatioDistributionSpec(), { lossRatio: onlyA }, (view) => {
      const bars = findMark(view, "histogram")?.items ?? [];
      expect(bars.length).toBeGreaterThan(5);
      const shares = bars.map((b) => Number(b.datum?.["share"]));
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
      const counts = bars.map((b) => Number(b.datum?.["count"]));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(onlyA.length);
    });
  });

  it("draws the mean rule at the mean and the dashed break-even rule at 100%, both labelled", async () => {
    await withView(lossRatioDistributionSpec(), { lossRatio: onlyA }, (view) => {
      const mean = findMark(view, "meanRule")?.items ?? [];
      expect(mean).toHaveLength(1);
      expect(mean[0]?.x).toBeCloseTo(scaled(view, "x", meanA), 6);
      const breakEven = findMark(view, "breakEvenRule")?.items ?? [];
      expect(breakEven).toHaveLength(1);
      expect(breakEven[0]?.x).toBeCloseTo(scaled(view, "x", 1), 6);
      expect(breakEven[0]?.strokeDash).toEqual([6, 4]);
    });
    const { svg } = await renderSvg(withData(lossRatioDistributionSpec(), { lossRatio: onlyA }));
    expect(markGroup(svg, "breakEvenRule")).toMatch(/stroke-dasharray="6,4"/);
    const texts = svgTexts(svg);
    expect(texts).toContain(`均值 ${(meanA * 100).toFixed(1)}%`);
    expect(texts).toContain("收支平衡 100%");
    expect(texts).toEqual(expect.arrayContaining(["80%", "100%", "120%"]));
  });

  it("overlays the scenarios in compare mode, one mean rule each", async () => {
    await withView(lossRatioDistributionSpec({ compare: true }), { lossRatio }, (view) => {
      const bars = findMark(view, "histogram")?.items ?? [];
      const scenarios = new Set(bars.map((b) => b.datum?.["scenario"]));
      expect(scenarios).toEqual(new Set(["A", "B"]));
      for (const s of ["A", "B"]) {
        const share = bars
          .filter((b) => b.datum?.["scenario"] === s)
          .reduce((a, b) => a + Number(b.datum?.["share"]), 0);
        expect(share).toBeCloseTo(1, 10);
      }
      expect(findMark(view, "meanRule")?.items).toHaveLength(2);
      expect(findMarks(view, "meanLabel")).toHaveLength(0);
    });
  });

  it("draws one year's distribution with break-even at 1 − expense ratio", async () => {
    const spec = lossRatioDistributionSpec({ scenario: "A", year: 2, breakEven: 0.95 });
    await withView(spec, { lossRatio }, (view) => {
      const rule = findMark(view, "breakEvenRule")?.items ?? [];
      expect(rule[0]?.x).toBeCloseTo(scaled(view, "x", 0.95), 6);
      const bars = findMark(view, "histogram")?.items ?? [];
      const share = bars.reduce((sum, bar) => sum + Number(bar.datum?.["share"]), 0);
      expect(share).toBeCloseTo(1, 9);
      const count = bars.reduce((sum, bar) => sum + Number(bar.datum?.["count"]), 0);
      expect(count).toBe(lossRatio.filter((row) => row.scenario === "A" && row.year === 2).length);
    });
    const texts = svgTexts((await renderSvg(withData(spec, { lossRatio }))).svg);
    expect(texts).toContain("收支平衡 95%");
    expect(texts).toContain("年度赔付率分布 · 第 2 年");
    // One year's bars are shares of paths, not of path-years.
    expect(texts).toContain("路径占比");
    expect(texts).not.toContain("路径-年度占比");
  });

  it("drops non-finite loss ratios (e.g. a year without contributions)", async () => {
    const rows = [
      ...onlyA,
      { scenario: "A", year: 1, lossRatio: Number.POSITIVE_INFINITY },
      { scenario: "A", year: 2, lossRatio: Number.NaN },
    ];
    const { svg, warnings } = await renderSvg(withData(lossRatioDistributionSpec(), { lossRatio: rows }));
    expect(warnings).toEqual([]);
    expect(svgTexts(svg)).toContain(`均值 ${(meanA * 100).toFixed(1)}%`);
  });
});
