import { describe, expect, it } from "vitest";
import { chartSvg, estimatedWidth } from "../../src/charts/chart-svg.ts";
import { ruinProbabilitySpec } from "../../src/charts/ruin-probability-spec.ts";
import { withData } from "../../src/charts/with-data.ts";
import { svgTexts } from "./render.ts";

describe("chartSvg", () => {
  const rows = [
    { scenario: "A", year: 1, value: 0.01, low: 0.005, high: 0.02 },
    { scenario: "A", year: 2, value: 0.03, low: 0.02, high: 0.05 },
  ];

  it("renders a spec with its data to an SVG document with the chart's title and axis labels", async () => {
    const svg = await chartSvg(withData(ruinProbabilitySpec({ locale: "en" }), { ruin: rows }));
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    const texts = svgTexts(svg);
    expect(texts.some((text) => /ruin/i.test(text))).toBe(true);
    // The y axis runs in percent up to at least the highest interval bound, 5%.
    expect(texts).toContain("5%");
  });

  it("draws Chinese titles for the default locale", async () => {
    const svg = await chartSvg(withData(ruinProbabilitySpec(), { ruin: rows }));
    expect(svgTexts(svg).some((text) => /[\u4e00-\u9fff]/.test(text))).toBe(true);
  });
});

describe("estimatedWidth", () => {
  it("gives Chinese characters a full em and other characters Vega's 0.8 em", () => {
    expect(estimatedWidth("补助", 10)).toBe(20);
    expect(estimatedWidth("ab", 10)).toBe(16);
    expect(estimatedWidth("年（元）", 11)).toBe(44);
  });
});
