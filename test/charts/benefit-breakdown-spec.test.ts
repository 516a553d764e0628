import { describe, expect, it } from "vitest";
import { benefitBreakdownSpec } from "../../src/charts/benefit-breakdown-spec.ts";
import { chartText } from "../../src/charts/locale.ts";
import { catalogueTexts, chartContract } from "./chart-contract.ts";
import { findMark, renderedTexts, scaled, withView } from "./render.ts";
import { breakdown, onlyScenario } from "./sample-data.ts";

const onlyA = onlyScenario(breakdown, "A");

chartContract("benefitBreakdownSpec", {
  make: benefitBreakdownSpec,
  dataNames: ["breakdown"],
  datasets: { breakdown: onlyA },
  ...catalogueTexts("breakdown", ["x", "y"]),
  variants: [
    {},
    { locale: "en" },
    { compare: true },
    { locale: "en", compare: true },
    { scenario: "A", componentLabels: { "top-up": "二次补助" } },
  ],
  tooltip: (locale) => {
    const t = chartText(locale).breakdown;
    return { keys: [t.y, t.status, t.amount], value: locale === "zh" ? "62万" : "620k" }; // 0–3,000 band, active
  },
  dataMark: "bars",
});

describe("benefitBreakdownSpec", () => {
  it("stacks active then retiree per component and writes the component total at the bar's end", async () => {
    await withView(benefitBreakdownSpec(), { breakdown: onlyA }, (view) => {
      const bars = findMark(view, "bars")?.items ?? [];
      expect(bars).toHaveLength(10);
      const band = bars.filter((b) => b.datum?.["componentLabel"] === "0–3,000 @40%");
      const active = band.find((b) => b.datum?.["statusLabel"] === "在职");
      const retiree = band.find((b) => b.datum?.["statusLabel"] === "退休");
      // Active from 0 to 620,000; retiree stacked after it, to 1,160,000.
      expect(active?.x).toBeCloseTo(scaled(view, "x", 0), 6);
      expect(active?.x2).toBeCloseTo(scaled(view, "x", 620_000), 6);
      expect(retiree?.x).toBeCloseTo(scaled(view, "x", 620_000), 6);
      expect(retiree?.x2).toBeCloseTo(scaled(view, "x", 1_160_000), 6);
      const totals = findMark(view, "totals")?.items ?? [];
      expect(totals.map((t) => t.text)).toEqual(["116万", "203万", "124万", "21万", "30万"]);
    });
  });

  it("keeps the components in data order, localizing well-known keys and statuses", async () => {
    await withView(benefitBreakdownSpec(), { breakdown: onlyA }, (view) => {
      const totals = findMark(view, "totals")?.items ?? [];
      const order = [...totals]
        .sort((a, b) => (a.y ?? 0) - (b.y ?? 0))
        .map((t) => t.datum?.["componentLabel"]);
      expect(order).toEqual([
        "0–3,000 @40%",
        "3,000–10,000 @60%",
        "10,000+ @80%",
        "住院补贴",
        "补足至最低补助",
      ]);
    });
    const texts = await renderedTexts(benefitBreakdownSpec(), { breakdown: onlyA });
    expect(texts).toEqual(expect.arrayContaining(["在职", "退休", "住院补贴", "补足至最低补助", "会员身份"]));
    const en = await renderedTexts(benefitBreakdownSpec({ locale: "en" }), { breakdown: onlyA });
    expect(en).toEqual(expect.arrayContaining(["Active", "Retiree", "Allowance", "Top-up", "1.16M"]));
  });

  it("uses componentLabels over the built-in names", async () => {
    const spec = benefitBreakdownSpec({
      componentLabels: { "top-up": "二次补助", "0–3,000 @40%": "起付段" },
    });
    const texts = await renderedTexts(spec, { breakdown: onlyA });
    expect(texts).toEqual(expect.arrayContaining(["二次补助", "起付段", "住院补贴"]));
    expect(texts).not.toContain("补足至最低补助");
  });

  it("draws one stacked bar per scenario within each component in compare mode", async () => {
    await withView(benefitBreakdownSpec({ compare: true }), { breakdown }, (view) => {
      expect(findMark(view, "bars")?.items).toHaveLength(20);
      const totals = (findMark(view, "totals")?.items ?? []).map((t) => t.text);
      expect(totals).toEqual(expect.arrayContaining(["A  116万", "B  133万"]));
    });
  });
});
