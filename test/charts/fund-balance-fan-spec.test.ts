import { describe, expect, it } from "vitest";
import { fundBalanceFanSpec } from "../../src/charts/fund-balance-fan-spec.ts";
import { chartText } from "../../src/charts/locale.ts";
import { withData } from "../../src/charts/with-data.ts";
import { catalogueTexts, chartContract } from "./chart-contract.ts";
import {
  findMark,
  findMarks,
  markGroup,
  renderedTexts,
  renderSvg,
  scaled,
  svgTexts,
  withView,
} from "./render.ts";
import { balance, onlyScenario } from "./sample-data.ts";

const onlyA = onlyScenario(balance, "A");

chartContract("fundBalanceFanSpec", {
  make: fundBalanceFanSpec,
  dataNames: ["balance"],
  datasets: { balance: onlyA },
  ...catalogueTexts("fundBalance", ["x", "y"]),
  variants: [
    {},
    { locale: "en" },
    { reserveFloor: 2_000_000 },
    { locale: "en", compare: true, reserveFloor: 1_500_000 },
    { compare: true },
    { scenario: "A", width: 700, height: 360 },
  ],
  tooltip: (locale) => {
    const t = chartText(locale);
    return {
      keys: [
        t.common.year,
        t.fundBalance.median,
        t.fundBalance.band50,
        t.fundBalance.band90,
        t.fundBalance.band98,
      ],
      value: locale === "zh" ? "475万" : "4.75M", // year 1 median: 5,000,000 − 250,000
    };
  },
  dataMark: "median",
});

describe("fundBalanceFanSpec", () => {
  it("draws the zero rule at 0 and the dashed, labelled reserve-floor rule at the floor", async () => {
    const spec = fundBalanceFanSpec({ reserveFloor: 2_000_000 });
    await withView(spec, { balance: onlyA }, (view) => {
      const zero = findMark(view, "zeroRule")?.items ?? [];
      expect(zero).toHaveLength(1);
      expect(zero[0]?.y).toBeCloseTo(scaled(view, "y", 0), 6);
      const floor = findMark(view, "reserveFloorRule")?.items ?? [];
      expect(floor).toHaveLength(1);
      expect(floor[0]?.y).toBeCloseTo(scaled(view, "y", 2_000_000), 6);
      expect(floor[0]?.strokeDash).toEqual([6, 4]);
      const label = findMark(view, "reserveFloorLabel")?.items ?? [];
      expect(label[0]?.text).toBe("准备金下限 200万");
    });

    const { svg } = await renderSvg(withData(spec, { balance: onlyA }));
    expect(markGroup(svg, "zeroRule")).toContain("<line");
    expect(markGroup(svg, "reserveFloorRule")).toMatch(/<line[^>]*stroke-dasharray="6,4"/);
    expect(svgTexts(svg)).toContain("准备金下限 200万");
  });

  it("has no reserve-floor rule without the option, and labels it in English with locale 'en'", async () => {
    const plain = (await renderSvg(withData(fundBalanceFanSpec(), { balance: onlyA }))).svg;
    expect(markGroup(plain, "zeroRule")).toContain("<line");
    expect(markGroup(plain, "reserveFloorRule")).toBeUndefined();
    const en = fundBalanceFanSpec({ locale: "en", reserveFloor: 1_250_000 });
    expect(await renderedTexts(en, { balance: onlyA })).toContain("Reserve floor 1.25M");
  });

  it("formats the amount axis with 万 in Chinese and M in English", async () => {
    const zh = await renderedTexts(fundBalanceFanSpec(), { balance: onlyA });
    expect(zh).toEqual(expect.arrayContaining(["0", "200万", "400万"]));
    const en = await renderedTexts(fundBalanceFanSpec({ locale: "en" }), { balance: onlyA });
    expect(en).toEqual(expect.arrayContaining(["0", "2M", "4M"]));
  });

  it("draws the three nested bands and the median, one shape per scenario", async () => {
    await withView(fundBalanceFanSpec({ compare: true }), { balance }, (view) => {
      for (const layer of ["band98", "band90", "band50", "median"]) {
        // Area and line marks are drawn per series: one mark per scenario, one point per year.
        const marks = findMarks(view, layer);
        expect(marks.length, layer).toBe(2);
        for (const mark of marks) expect(mark.items?.length, layer).toBe(10);
      }
    });
  });

  it("shows a scenario legend only in compare mode", async () => {
    const compare = await renderedTexts(fundBalanceFanSpec({ compare: true }), { balance });
    expect(compare).toEqual(expect.arrayContaining(["方案", "A", "B"]));
    const single = await renderedTexts(fundBalanceFanSpec(), { balance: onlyA });
    expect(single).not.toContain("方案");
  });

  it("keeps only the chosen scenario's rows with the scenario option", async () => {
    await withView(fundBalanceFanSpec({ scenario: "B" }), { balance }, (view) => {
      const points = findMark(view, "hover")?.items ?? [];
      expect(points).toHaveLength(10);
      expect(points.every((p) => p.datum?.["scenario"] === "B")).toBe(true);
    });
  });
});
