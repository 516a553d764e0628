import { describe, expect, it } from "vitest";
import { chartText, DEFAULT_LOCALE } from "../../src/charts/locale.ts";

/** Dotted paths of every string leaf of an object. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

describe("chartText", () => {
  it("defaults to Chinese", () => {
    expect(DEFAULT_LOCALE).toBe("zh");
    expect(chartText()).toBe(chartText("zh"));
    expect(chartText().fundBalance.title).toBe("基金余额预测");
    expect(chartText("en").fundBalance.title).toBe("Projected fund balance");
  });

  it("has the same entries in both locales, all non-empty except unit suffixes for counts", () => {
    const zh = leaves(chartText("zh"));
    const en = leaves(chartText("en"));
    expect(zh.map(([p]) => p)).toEqual(en.map(([p]) => p));
    for (const [path, value] of [...zh, ...en]) {
      expect(typeof value, path).toBe("string");
      if (!path.endsWith("unitSuffix.count")) expect(value, path).not.toBe("");
    }
  });

  it("titles and axis titles are Chinese in zh and free of Chinese in en", () => {
    const isTitle = ([path]: [string, unknown]) => /\.(title|x|y)$/.test(path);
    for (const [path, value] of leaves(chartText("zh")).filter(isTitle)) {
      expect(value, path).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const [path, value] of leaves(chartText("en"))) {
      expect(value, path).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("amount axis titles state the unit", () => {
    expect(chartText("zh").fundBalance.y).toContain("元");
    expect(chartText("en").fundBalance.y).toContain("yuan");
    expect(chartText("zh").breakdown.x).toContain("元");
    expect(chartText("en").feeRuin.x).toContain("yuan");
  });

  it("is deeply frozen", () => {
    const t = chartText("zh");
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.fundBalance)).toBe(true);
    expect(Object.isFrozen(t.breakdown.components)).toBe(true);
  });
});
