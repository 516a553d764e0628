import { describe, expect, it } from "vitest";
import { scenarioTitle, translate, UI_TEXT, type UiKey } from "../../../src/ui/shell/i18n.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("UI text", () => {
  const zhKeys = Object.keys(UI_TEXT.zh).sort();
  const enKeys = Object.keys(UI_TEXT.en).sort();

  it("has every key in both Chinese and English, none empty", () => {
    expect(enKeys).toEqual(zhKeys);
    for (const key of zhKeys as UiKey[]) {
      expect(UI_TEXT.zh[key].trim(), key).not.toBe("");
      expect(UI_TEXT.en[key].trim(), key).not.toBe("");
    }
  });

  it("uses the same {placeholders} in both languages", () => {
    for (const key of zhKeys as UiKey[])
      expect(placeholders(UI_TEXT.en[key]), key).toEqual(placeholders(UI_TEXT.zh[key]));
  });

  it("has Chinese text in Chinese for the main labels", () => {
    for (const key of ["run.start", "field.cap", "tab.results", "figure.ruinProbability"] as const) {
      expect(UI_TEXT.zh[key]).toMatch(/[\u4e00-\u9fff]/);
      expect(UI_TEXT.en[key]).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("names the unit (yuan) of the claims replay's money totals, whose cells show bare amounts", () => {
    for (const key of [
      "replay.totalBenefit",
      "replay.totalAllowance",
      "replay.totalTopUp",
      "replay.totalPayout",
    ] as const) {
      expect(UI_TEXT.zh[key], key).toMatch(/（元）$/);
      expect(UI_TEXT.en[key], key).toMatch(/\(yuan\)$/);
    }
  });

  it("separates the comparison heading's parts with punctuation (HTML collapses runs of spaces)", () => {
    const values = { a: "Plan A", b: "Plan B 250,000", paths: "200", years: "3", seed: "7" };
    expect(translate("en", "compare.heading", values)).toBe(
      "A: Plan A; B: Plan B 250,000; 200 paths × 3 years, seed 7",
    );
    expect(translate("zh", "compare.heading", values)).toBe(
      "A：Plan A；B：Plan B 250,000；200 条路径 × 3 年，随机种子 7",
    );
  });

  it("translate fills in the placeholders and leaves unknown ones as written", () => {
    expect(translate("en", "run.progress", { done: "10", total: "40" })).toBe("10 of 40 paths done");
    expect(translate("zh", "run.progress", { done: 10, total: 40 })).toBe("已完成 10 / 40 条路径");
    expect(translate("en", "run.progress", { done: 1 })).toBe("1 of {total} paths done");
  });

  it("scenarioTitle gives Chinese titles in Chinese and the file's own name in English", () => {
    expect(scenarioTitle("inner-mongolia-2025", "Inner Mongolia 2025 (7th period)", "zh")).toBe(
      "内蒙古 2025（第七期）",
    );
    expect(scenarioTitle("inner-mongolia-2025", "Inner Mongolia 2025 (7th period)", "en")).toBe(
      "Inner Mongolia 2025 (7th period)",
    );
    expect(scenarioTitle("my-own", "Mine", "zh")).toBe("Mine");
  });
});
