import { describe, expect, it } from "vitest";
import { feeRuinCurveSpec } from "../../src/charts/fee-ruin-curve-spec.ts";
import { chartText } from "../../src/charts/locale.ts";
import { withData } from "../../src/charts/with-data.ts";
import { catalogueTexts, chartContract } from "./chart-contract.ts";
import { findMark, markGroup, renderSvg, scaled, svgTexts, withView } from "./render.ts";
import { feeCurve, feeMarks } from "./sample-data.ts";

chartContract("feeRuinCurveSpec", {
  make: feeRuinCurveSpec,
  dataNames: ["feeCurve", "feeMarks"],
  datasets: { feeCurve, feeMarks },
  ...catalogueTexts("feeRuin", ["x", "y"]),
  variants: [{}, { locale: "en" }, { targetRuin: 0.01 }, { locale: "en", targetRuin: 0.1 }],
  tooltip: (locale) => {
    const t = chartText(locale).feeRuin;
    return { keys: [t.mark, t.x, t.y], value: t.marks["breakEven"] ?? "" };
  },
  dataMark: "curve",
});

describe("feeRuinCurveSpec", () => {
  it("draws the dashed target rule at targetRuin (default 5%), labelled", async () => {
    await withView(feeRuinCurveSpec(), { feeCurve, feeMarks }, (view) => {
      const rule = findMark(view, "targetRule")?.items ?? [];
      expect(rule).toHaveLength(1);
      expect(rule[0]?.y).toBeCloseTo(scaled(view, "y", 0.05), 6);
      expect(rule[0]?.strokeDash).toEqual([6, 4]);
    });
    const zh = await renderSvg(withData(feeRuinCurveSpec(), { feeCurve, feeMarks }));
    expect(markGroup(zh.svg, "targetRule")).toMatch(/stroke-dasharray="6,4"/);
    expect(svgTexts(zh.svg)).toContain("目标 5%");
    const en = await renderSvg(withData(feeRuinCurveSpec({ locale: "en", targetRuin: 0.015 }), { feeCurve }));
    expect(svgTexts(en.svg)).toContain("Target 1.5%");
  });

  it("marks the solved and break-even fees with points and localized labels", async () => {
    await withView(feeRuinCurveSpec(), { feeCurve, feeMarks }, (view) => {
      const points = findMark(view, "markPoint")?.items ?? [];
      expect(points).toHaveLength(2);
      expect(points[1]?.x).toBeCloseTo(scaled(view, "x", 91.6), 6);
      expect(points[1]?.y).toBeCloseTo(scaled(view, "y", 0.05), 6);
      const labels = ["markLabel", "markLabelBelow"].flatMap((name) =>
        (findMark(view, name)?.items ?? []).map((i) => i.text),
      );
      expect(labels).toEqual(["收支平衡缴费 68", "目标缴费 91.6"]);
      // One label above its point, the other below, so that close fees do not print over each other.
      expect((findMark(view, "markLabel")?.items ?? []).length).toBe(1);
      expect((findMark(view, "markLabelBelow")?.items ?? []).length).toBe(1);
    });
    const en = await renderSvg(withData(feeRuinCurveSpec({ locale: "en" }), { feeCurve, feeMarks }));
    expect(svgTexts(en.svg)).toEqual(expect.arrayContaining(["Break-even fee 68", "Solved fee 91.6"]));
    const other = await renderSvg(
      withData(feeRuinCurveSpec(), {
        feeCurve,
        feeMarks: [{ label: "现行缴费", fee: 60, ruinProbability: 0.73 }],
      }),
    );
    expect(svgTexts(other.svg)).toContain("现行缴费 60");
  });

  it("keeps the labels of two close fees apart (they used to print over each other)", async () => {
    const close = [
      { label: "breakEven", fee: 90, ruinProbability: 0.055 },
      { label: "solved", fee: 91.6, ruinProbability: 0.05 },
    ];
    await withView(feeRuinCurveSpec(), { feeCurve, feeMarks: close }, (view) => {
      type Box = { x1: number; x2: number; y1: number; y2: number };
      const boxes = ["markLabel", "markLabelBelow"].flatMap((name) =>
        (findMark(view, name)?.items ?? []).map((item) => (item as unknown as { bounds: Box }).bounds),
      );
      expect(boxes).toHaveLength(2);
      const [a, b] = boxes as [Box, Box];
      const apart = a.y2 <= b.y1 || b.y2 <= a.y1 || a.x2 <= b.x1 || b.x2 <= a.x1;
      expect(apart).toBe(true);
    });
  });

  it("renders without fee marks (Vega only notes the empty extent of feeMarks)", async () => {
    const { svg, warnings } = await renderSvg(withData(feeRuinCurveSpec(), { feeCurve }));
    expect([...new Set(warnings)]).toEqual([
      'warn: Infinite extent for field "fee": [Infinity, -Infinity]',
      'warn: Infinite extent for field "ruinProbability": [Infinity, -Infinity]',
    ]);
    expect(svgTexts(svg)).toContain(chartText("zh").feeRuin.title);
    expect(svgTexts(svg)).toContain("目标 5%");
  });
});
