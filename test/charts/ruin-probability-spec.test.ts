import { describe, expect, it } from "vitest";
import { chartText } from "../../src/charts/locale.ts";
import { ruinProbabilitySpec } from "../../src/charts/ruin-probability-spec.ts";
import { withData } from "../../src/charts/with-data.ts";
import { catalogueTexts, chartContract } from "./chart-contract.ts";
import { findMark, findMarks, renderedTexts, renderSvg, scaled, svgTexts, withView } from "./render.ts";
import { onlyScenario, ruin } from "./sample-data.ts";

const onlyA = onlyScenario(ruin, "A");

chartContract("ruinProbabilitySpec", {
  make: ruinProbabilitySpec,
  dataNames: ["ruin"],
  datasets: { ruin: onlyA },
  ...catalogueTexts("ruin", ["x", "y"]),
  variants: [{}, { locale: "en" }, { compare: true }, { locale: "en", compare: true }, { scenario: "A" }],
  tooltip: (locale) => {
    const t = chartText(locale);
    return { keys: [t.common.year, t.ruin.value, t.ruin.ci], value: "0.00%" }; // year 1: no ruin yet
  },
  dataMark: "ruinLine",
});

describe("ruinProbabilitySpec", () => {
  it("plots the probability on a percent axis with the CI band between low and high", async () => {
    const { svg } = await renderSvg(withData(ruinProbabilitySpec(), { ruin: onlyA }));
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(["0%", "10%", "20%"]));

    await withView(ruinProbabilitySpec(), { ruin: onlyA }, (view) => {
      const band = findMark(view, "ciBand")?.items ?? [];
      expect(band).toHaveLength(10);
      const last = band.at(-1);
      const row = onlyA.at(-1);
      expect(last?.y).toBeCloseTo(scaled(view, "y", row?.low ?? Number.NaN), 6);
      expect(last?.y2).toBeCloseTo(scaled(view, "y", row?.high ?? Number.NaN), 6);
    });
  });

  it("draws one line per scenario with a legend in compare mode", async () => {
    await withView(ruinProbabilitySpec({ compare: true }), { ruin }, (view) => {
      expect(findMarks(view, "ruinLine")).toHaveLength(2);
    });
    const texts = await renderedTexts(ruinProbabilitySpec({ compare: true }), { ruin });
    expect(texts).toEqual(expect.arrayContaining(["方案", "A", "B"]));
  });

  it("dashes B's line so the scenarios stay apart where they overlap", async () => {
    await withView(ruinProbabilitySpec({ compare: true }), { ruin }, (view) => {
      const dashes = findMarks(view, "ruinLine").map(
        (mark) => (mark.items?.[0] as { strokeDash?: unknown } | undefined)?.strokeDash,
      );
      expect(dashes).toHaveLength(2);
      expect(dashes[0]).not.toEqual(dashes[1]);
    });
  });

  it("with no ruined path draws the upper bound as a labelled dotted line, not a filled band", async () => {
    // 1,000 paths, none ruined: the Wilson upper bound 3.84/1003.84 ≈ 0.38% each year.
    const none = [1, 2, 3].map((year) => ({ scenario: "A", year, value: 0, low: 0, high: 0.0038 }));
    await withView(ruinProbabilitySpec(), { ruin: none }, (view) => {
      const band = findMark(view, "ciBand")?.items ?? [];
      expect(band.every((item) => (item as { opacity?: number }).opacity === 0)).toBe(true);
      const bound = findMarks(view, "upperBound")[0]?.items ?? [];
      expect((bound[0] as { opacity?: number }).opacity).toBe(1);
      expect(bound[0]?.y).toBeCloseTo(scaled(view, "y", 0.0038), 6);
    });
    const texts = await renderedTexts(ruinProbabilitySpec(), { ruin: none });
    expect(texts).toContain("无破产路径，95% 上限 0.38%");
    // With ruined paths the band is drawn and the bound line is not.
    await withView(ruinProbabilitySpec({ scenario: "A" }), { ruin }, (view) => {
      const band = findMark(view, "ciBand")?.items ?? [];
      expect((band[0] as { opacity?: number }).opacity).toBe(0.22);
      const bound = findMarks(view, "upperBound")[0]?.items ?? [];
      expect((bound[0] as { opacity?: number }).opacity).toBe(0);
    });
  });

  it("keeps only the chosen scenario's rows with the scenario option", async () => {
    await withView(ruinProbabilitySpec({ scenario: "B" }), { ruin }, (view) => {
      const points = findMark(view, "hover")?.items ?? [];
      expect(points).toHaveLength(10);
      expect(points.every((p) => p.datum?.["scenario"] === "B")).toBe(true);
    });
  });

  it("says in its subtitle what ruin means: below zero, or below the unpaid claims (the results' ruinBasis)", () => {
    const subtitle = (options: Parameters<typeof ruinProbabilitySpec>[0]) =>
      JSON.stringify((ruinProbabilitySpec(options) as { title?: unknown }).title);
    expect(subtitle({ locale: "en" })).toContain("below zero");
    expect(subtitle({ locale: "en", ruinBasis: "balanceLessLiabilities" })).toContain("incurred but unpaid");
    expect(subtitle({ locale: "zh", ruinBasis: "balanceLessLiabilities" })).toContain("未决补助");
  });
});
