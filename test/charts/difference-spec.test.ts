import { describe, expect, it } from "vitest";
import { differenceSpec } from "../../src/charts/difference-spec.ts";
import { chartText } from "../../src/charts/locale.ts";
import { withData } from "../../src/charts/with-data.ts";
import { catalogueTexts, chartContract } from "./chart-contract.ts";
import { findMark, markGroup, renderSvg, scaled, svgTexts, withView } from "./render.ts";
import { difference } from "./sample-data.ts";

chartContract("differenceSpec", {
  make: differenceSpec,
  dataNames: ["difference"],
  datasets: { difference },
  ...catalogueTexts("difference", ["x"]),
  variants: [
    {},
    { locale: "en" },
    { measure: "ruinProbability" },
    { locale: "en", measure: "ruinProbability" },
    { measure: "benefitsPaid", unit: "count" },
  ],
  tooltip: (locale) => {
    const t = chartText(locale);
    // Year 1: mean 180,000 + 12,000 = 192,000.
    return {
      keys: [t.common.year, t.difference.mean, t.difference.ci],
      value: locale === "zh" ? "19.2万" : "192k",
    };
  },
  dataMark: "meanLine",
});

describe("differenceSpec", () => {
  it("draws only the selected measure (default benefitsPaid), its CI band and a zero rule at 0", async () => {
    await withView(differenceSpec(), { difference }, (view) => {
      const points = findMark(view, "meanLine")?.items ?? [];
      expect(points.length).toBeGreaterThan(0);
      const band = findMark(view, "ciBand")?.items ?? [];
      expect(band).toHaveLength(10);
      expect(band.every((b) => b.datum?.["measure"] === "benefitsPaid")).toBe(true);
      expect(band[0]?.y).toBeCloseTo(scaled(view, "y", 128_000), 6);
      expect(band[0]?.y2).toBeCloseTo(scaled(view, "y", 256_000), 6);
      const zero = findMark(view, "zeroRule")?.items ?? [];
      expect(zero).toHaveLength(1);
      expect(zero[0]?.y).toBeCloseTo(scaled(view, "y", 0), 6);
    });
  });

  it("titles the y axis with the measure and unit, formatting yuan as 万 and probabilities as %", async () => {
    const yuan = await renderSvg(withData(differenceSpec(), { difference }));
    expect(markGroup(yuan.svg, "zeroRule")).toContain("<line");
    expect(svgTexts(yuan.svg)).toEqual(expect.arrayContaining(["补助支出（元）", "0", "10万", "20万"]));

    const ruin = await renderSvg(
      withData(differenceSpec({ measure: "ruinProbability", locale: "en" }), { difference }),
    );
    expect(svgTexts(ruin.svg)).toEqual(
      expect.arrayContaining(["Probability of ruin (percentage points)", "0%", "-2%", "-4%"]),
    );
  });

  it("shows an unknown measure by its key, in yuan unless told otherwise", async () => {
    const rows = [{ year: 1, measure: "adminCost", mean: 1000, low: 500, high: 1500 }];
    const { svg } = await renderSvg(withData(differenceSpec({ measure: "adminCost" }), { difference: rows }));
    expect(svgTexts(svg)).toContain("adminCost（元）");
  });
});
