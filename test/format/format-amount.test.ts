import { describe, expect, it } from "vitest";
import { formatAmount } from "../../src/format/format-amount.ts";
import { MISSING } from "../../src/format/language.ts";

describe("formatAmount (zh: 万/亿, no grouping)", () => {
  // Worked by hand: pick the largest unit reached, then 0 decimals from 100 up, 1 from 10, else 2.
  it.each([
    [0, "0"],
    [880, "880"],
    [9_999, "9999"], // below 9,999.5: stays in yuan, 0 decimals
    [9_999.6, "1万"], // would round to 10000 in yuan, so shown in 万: 0.99996 → "1.00" → "1"
    [10_000, "1万"],
    [12_500, "1.25万"],
    [150_000, "15万"], // 15.0 → "15"
    [155_000, "15.5万"],
    [1_250_000, "125万"],
    [12_345_678, "1235万"], // 1234.5678 万, 0 decimals
    [99_994_999, "9999万"],
    [99_995_000, "1亿"],
    [123_456_789, "1.23亿"],
    [350_000_000, "3.5亿"],
    [1e12, "10000亿"],
    [12.345, "12.3"],
    [5.5, "5.5"],
    [0.004, "0"],
    [-880, "-880"],
    [-12_500, "-1.25万"],
    [-1_250_000, "-125万"],
    [-350_000_000, "-3.5亿"],
    [-0.004, "0"], // rounds to zero: no sign
    [-0.006, "-0.01"],
    [-0, "0"],
  ])("%s → %s", (value, expected) => {
    expect(formatAmount(value, "zh")).toBe(expected);
  });
});

describe("formatAmount (en: k/M/B)", () => {
  it.each([
    [0, "0"],
    [880, "880"],
    [999, "999"],
    [999.4, "999"],
    [999.5, "1k"],
    [12_500, "12.5k"],
    [45_600, "45.6k"],
    [1_250_000, "1.25M"],
    [1_234_567, "1.23M"],
    [350_000_000, "350M"],
    [2.5e9, "2.5B"],
    [1.2e12, "1,200B"],
    [-880, "-880"],
    [-12_500, "-12.5k"],
    [-1_250_000, "-1.25M"],
  ])("%s → %s", (value, expected) => {
    expect(formatAmount(value, "en")).toBe(expected);
  });
});

describe("formatAmount of non-finite values", () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("%s → an en dash", (value) => {
    expect(MISSING).toBe("–");
    expect(formatAmount(value, "zh")).toBe("–");
    expect(formatAmount(value, "en")).toBe("–");
  });
});
