import { describe, expect, it } from "vitest";
import { quantileSorted, quantilesSorted } from "../../src/risk/quantile-sorted.ts";

// Expected values from numpy 1.24.2 (default method="linear" = Hyndman–Fan type 7):
//   import numpy as np
//   xs = np.sort([3.2, 1.5, 9.75, 4.0, 4.0, 12.5, 0.25, 7.125])
//   np.quantile(xs, [0, 0.1, 0.25, 0.5, 0.9, 0.95, 0.995, 1])
const sorted = Object.freeze([0.25, 1.5, 3.2, 4.0, 4.0, 7.125, 9.75, 12.5]);
const numpyCases = [
  { p: 0, value: 0.25 },
  { p: 0.1, value: 1.125 },
  { p: 0.25, value: 2.7750000000000004 },
  { p: 0.5, value: 4.0 },
  { p: 0.9, value: 10.575 },
  { p: 0.95, value: 11.537499999999998 },
  { p: 0.995, value: 12.403749999999999 },
  { p: 1, value: 12.5 },
];

describe("quantileSorted", () => {
  it.each(numpyCases)("matches numpy's type-7 quantile at p = $p", ({ p, value }) => {
    expect(quantileSorted(sorted, p)).toBeCloseTo(value, 12);
  });

  it("interpolates by hand: h = (4 − 1)·0.5 = 1.5 → 2 + 0.5·(3 − 2)", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it("accepts a Float64Array", () => {
    expect(quantileSorted(Float64Array.from(sorted), 0.9)).toBeCloseTo(10.575, 12);
  });

  it("returns the only value for a single-element array (numpy: np.quantile([42.0], p) = 42)", () => {
    for (const p of [0, 0.3, 1]) expect(quantileSorted([42], p)).toBe(42);
  });

  it("returns NaN for an empty array", () => {
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it("throws for p outside [0, 1] or NaN", () => {
    expect(() => quantileSorted(sorted, -0.01)).toThrow(RangeError);
    expect(() => quantileSorted(sorted, 1.01)).toThrow(RangeError);
    expect(() => quantileSorted(sorted, Number.NaN)).toThrow(RangeError);
  });

  it("propagates a NaN that takes part in the interpolation", () => {
    expect(quantileSorted([1, Number.NaN], 0.5)).toBeNaN();
  });
});

describe("quantilesSorted", () => {
  it("returns one numpy type-7 quantile per probability, in order", () => {
    const ps = numpyCases.map((c) => c.p);
    const result = quantilesSorted(sorted, ps);
    expect(result).toHaveLength(ps.length);
    result.forEach((value, i) => expect(value).toBeCloseTo(numpyCases[i]!.value, 12));
  });
});
