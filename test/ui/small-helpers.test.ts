import { renderMessage } from "../../src/messages.ts";
import { describe, expect, it } from "vitest";
import {
  formatCents,
  formatCount,
  formatDuration,
  formatPercent,
  formatValue,
  formatYuan,
} from "../../src/ui/common/format.ts";
import { progressEstimate } from "../../src/ui/run/progress-estimate.ts";
import { checkSolveSettings } from "../../src/ui/solve/solve-settings.ts";
import { createStore } from "../../src/ui/shell/store.ts";

describe("progressEstimate", () => {
  it("estimates the time left at the pace so far", () => {
    expect(progressEstimate(25, 100, 10_000)).toEqual({ fraction: 0.25, secondsLeft: 30 });
  });
  it("has no estimate before the first path, and none left at the end", () => {
    expect(progressEstimate(0, 100, 500)).toEqual({ fraction: 0, secondsLeft: null });
    expect(progressEstimate(100, 100, 9_000)).toEqual({ fraction: 1, secondsLeft: 0 });
    expect(progressEstimate(0, 0, 0).fraction).toBe(0);
  });
});

describe("checkSolveSettings", () => {
  it("accepts the defaults", () => {
    expect(checkSolveSettings({ targetRuin: "0.005", paths: "40", years: "3" })).toEqual({
      settings: { targetRuin: 0.005, paths: 40, years: 3 },
      problems: [],
    });
  });
  it("gives huzhu solve-fee's messages for options out of range", () => {
    const { settings, problems } = checkSolveSettings({ targetRuin: "2", paths: "1.5", years: "" });
    expect(settings).toBeUndefined();
    expect(problems.map((problem) => problem.path)).toEqual([
      ["solve", "targetRuin"],
      ["solve", "paths"],
      ["solve", "years"],
    ]);
    expect(renderMessage(problems[1]!.message, "en")).toBe(
      'option --paths: "1.5" is not a whole number from 1 to 1,000,000',
    );
    expect(renderMessage(problems[2]!.message, "en")).toBe("missing option --years");
    expect(renderMessage(problems[2]!.message, "zh")).toBe("缺少选项 --years");
  });
});

describe("createStore", () => {
  it("notifies listeners of the fields that changed, and not at all when nothing did", () => {
    const store = createStore({ count: 0, name: "a" });
    const calls: string[][] = [];
    const unsubscribe = store.subscribe((_, changed) => calls.push([...changed] as string[]));
    store.set({ count: 1, name: "a" });
    store.set({ count: 1 });
    unsubscribe();
    store.set({ name: "b" });
    expect(calls).toEqual([["count"]]);
    expect(store.get()).toEqual({ count: 1, name: "b" });
  });
});

describe("format", () => {
  it("writes amounts with 万/亿 in Chinese and k/M in English, counts and percentages by language", () => {
    expect(formatYuan(50_976_337, "zh")).toBe("5098万元");
    expect(formatYuan(123_456, "zh")).toBe("12.3万元");
    expect(formatYuan(50_976_337, "en")).toBe("51M yuan");
    expect(formatYuan(Number.NaN, "en")).toBe("–");
    expect(formatCount(1_157_110.4, "en")).toBe("1,157,110");
    expect(formatPercent(0.42054, "zh")).toBe("42.05%");
    expect(formatValue(0.5, "percent", "en")).toBe("50%");
    expect(formatCents(1234.5, "en")).toBe("1,234.50");
  });
  it("writes durations as hours and minutes, or minutes and seconds", () => {
    expect(formatDuration(125, "zh")).toBe("2 分 5 秒");
    expect(formatDuration(4.4, "en")).toBe("4 s");
    expect(formatDuration(32_793, "en")).toBe("9 h 6 min");
    expect(formatDuration(3600, "zh")).toBe("1 小时 0 分");
  });
});
