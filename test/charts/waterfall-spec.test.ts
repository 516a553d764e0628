import { describe, expect, it } from "vitest";
import { chartText } from "../../src/charts/locale.ts";
import { waterfallSpec, type WaterfallRow } from "../../src/charts/waterfall-spec.ts";
import { withData } from "../../src/charts/with-data.ts";
import { catalogueTexts, chartContract } from "./chart-contract.ts";
import { findMark, renderSvg, scaled, svgTexts, withView } from "./render.ts";

// Bands +100,000, cap +20,000, deductible −30,000, other 0: total +90,000. Ruin: +1, −0.5 points.
const row = (order: number, step: string, change: number, half: number): WaterfallRow => ({
  order,
  step,
  measure: "benefitsIncurred",
  change,
  low: change - half,
  high: change + half,
});
const waterfall: WaterfallRow[] = [
  row(0, "bands", 100_000, 8_000),
  row(1, "cap", 20_000, 5_000),
  row(2, "deductible", -30_000, 4_000),
  row(3, "other", 0, 0),
  row(4, "total", 90_000, 10_000),
  { order: 0, step: "bands", measure: "ruinProbability", change: 0.01, low: 0.005, high: 0.015 },
  { order: 1, step: "other", measure: "ruinProbability", change: -0.005, low: -0.01, high: 0 },
  { order: 2, step: "total", measure: "ruinProbability", change: 0.005, low: 0, high: 0.01 },
  { ...row(0, "fees", 50_000, 1_000), measure: "result" },
  { ...row(1, "total", 50_000, 1_000), measure: "result" },
];

chartContract("waterfallSpec", {
  make: waterfallSpec,
  dataNames: ["waterfall"],
  datasets: { waterfall },
  ...catalogueTexts("waterfall", ["x"]),
  variants: [{}, { locale: "en" }, { measure: "ruinProbability" }, { locale: "en", measure: "result" }],
  tooltip: (locale) => {
    const t = chartText(locale).waterfall;
    return { keys: [t.step, t.change, t.ci], value: locale === "zh" ? "10万" : "100k" };
  },
  dataMark: "stepBar",
});

describe("waterfallSpec", () => {
  it("floats each step from the running total before it to the one after; the total starts at 0", async () => {
    await withView(waterfallSpec(), { waterfall }, (view) => {
      const bars = findMark(view, "stepBar")?.items ?? [];
      expect(bars).toHaveLength(5);
      const span = (step: string) => {
        const bar = bars.find((b) => b.datum?.["step"] === step)!;
        return [bar.datum?.["start"], bar.datum?.["end"]];
      };
      expect(span("bands")).toEqual([0, 100_000]);
      expect(span("cap")).toEqual([100_000, 120_000]);
      expect(span("deductible")).toEqual([120_000, 90_000]);
      expect(span("other")).toEqual([90_000, 90_000]);
      expect(span("total")).toEqual([0, 90_000]);
      // The cap's interval (15,000–25,000) is drawn around its bar's end: 115,000–125,000.
      const rules = findMark(view, "interval")?.items ?? [];
      const cap = rules.find((r) => r.datum?.["step"] === "cap")!;
      expect(cap.y).toBeCloseTo(scaled(view, "y", 115_000), 6);
      expect(cap.y2).toBeCloseTo(scaled(view, "y", 125_000), 6);
    });
  });

  it("labels the steps and colours by direction, in Chinese and English", async () => {
    const zh = svgTexts((await renderSvg(withData(waterfallSpec(), { waterfall }))).svg);
    expect(zh).toEqual(expect.arrayContaining(["分段比例", "封顶线", "起付线", "合计", "增加", "减少"]));
    const en = svgTexts((await renderSvg(withData(waterfallSpec({ locale: "en" }), { waterfall }))).svg);
    expect(en).toEqual(expect.arrayContaining(["Bands", "Cap", "Deductible", "Total", "Increase"]));
  });
});
