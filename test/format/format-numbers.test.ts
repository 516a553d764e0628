import { describe, expect, it } from "vitest";
import { formatBound } from "../../src/format/format-bound.ts";
import { formatCents } from "../../src/format/format-cents.ts";
import { formatCount } from "../../src/format/format-count.ts";
import { formatNumber, withoutNegativeZero } from "../../src/format/format-number.ts";
import { formatPercent } from "../../src/format/format-percent.ts";
import { formatYuan } from "../../src/format/format-yuan.ts";

// Expected texts are written by hand from the rules in each function's comment: grouping by thousands,
// the stated decimals, no "-0", an en dash for what cannot be shown.
describe("formatNumber: grouped, at most N decimals", () => {
  it.each([
    [10_000, "en", 2, "10,000"],
    [1_234.567, "en", 2, "1,234.57"],
    [1_234.5, "zh", 2, "1,234.5"],
    [0.125, "en", 2, "0.13"], // half up, as Intl rounds
    [-0.001, "en", 2, "0"],
    [-12.5, "en", 0, "-13"], // half away from zero
    [Number.NaN, "zh", 2, "–"],
  ] as const)("%s (%s, %s decimals) → %s", (value, language, decimals, expected) => {
    expect(formatNumber(value, language, decimals)).toBe(expected);
  });
});

describe("formatCount: whole numbers", () => {
  it.each([
    [1_157_110.4, "en", "1,157,110"],
    [1_157_110.5, "zh", "1,157,111"],
    [-0.2, "en", "0"],
    [Number.POSITIVE_INFINITY, "en", "–"],
  ] as const)("%s (%s) → %s", (value, language, expected) => {
    expect(formatCount(value, language)).toBe(expected);
  });
});

describe("formatCents: yuan to the cent", () => {
  it.each([
    [5_400, "en", "5,400.00"],
    [1_234.5, "zh", "1,234.50"],
    [-1_234_567.5, "en", "-1,234,567.50"],
    [-0.004, "en", "0.00"],
    [Number.NaN, "en", "–"],
  ] as const)("%s (%s) → %s", (value, language, expected) => {
    expect(formatCents(value, language)).toBe(expected);
  });
});

describe("formatPercent: ratios in percent", () => {
  it.each([
    [0.42054, "en", 2, "42.05%"],
    [0.005, "zh", 2, "0.5%"],
    [0.4, "zh", 4, "40%"],
    [0.07, "en", 4, "7%"], // 0.07 × 100 is 7.000000000000001 in doubles; shown as 7
    [0.123456, "en", 4, "12.3456%"],
    [-0.00001, "en", 2, "0%"],
    [Number.NaN, "en", 2, "–"],
  ] as const)("%s (%s, %s decimals) → %s", (value, language, decimals, expected) => {
    expect(formatPercent(value, language, decimals)).toBe(expected);
  });
});

describe("formatYuan: compact amounts with their unit, as the charts write them", () => {
  it.each([
    [50_976_337, "zh", "5098万元"],
    [123_456, "zh", "12.3万元"],
    [9_999.6, "zh", "1万元"], // never "10000元" next to a chart's "1万"
    [50_976_337, "en", "51M yuan"],
    [999.5, "en", "1k yuan"],
    [Number.NaN, "en", "–"],
  ] as const)("%s (%s) → %s", (value, language, expected) => {
    expect(formatYuan(value, language)).toBe(expected);
  });
});

describe("formatBound and withoutNegativeZero", () => {
  it("writes band bounds grouped, and an open band's end as ∞", () => {
    expect(formatBound(10_000, "en")).toBe("10,000");
    expect(formatBound(2_500.5, "zh")).toBe("2,500.5");
    expect(formatBound(null, "en")).toBe("∞");
  });

  it("drops the sign only of texts that show zero", () => {
    expect(withoutNegativeZero("-0")).toBe("0");
    expect(withoutNegativeZero("-0.00%")).toBe("0.00%");
    expect(withoutNegativeZero("-0.01")).toBe("-0.01");
    expect(withoutNegativeZero("-1,000")).toBe("-1,000");
  });
});
