import { describe, expect, it } from "vitest";
import { valueAtRisk } from "../../src/risk/value-at-risk.ts";

describe("valueAtRisk", () => {
  it("is the type-7 quantile of the unsorted sample (by hand: h = 4·0.9 = 3.6 → 4 + 0.6·1 = 4.6; numpy agrees)", () => {
    expect(valueAtRisk(Object.freeze([5, 1, 4, 2, 3]), 0.9)).toBeCloseTo(4.6, 14);
  });

  it("matches numpy on 1..10: np.quantile(np.arange(1, 11.0), [0.8, 0.75, 0.95]) = [8.2, 7.75, 9.55]", () => {
    const losses = Object.freeze([7, 3, 10, 1, 8, 2, 9, 4, 6, 5]);
    expect(valueAtRisk(losses, 0.8)).toBeCloseTo(8.2, 14);
    expect(valueAtRisk(losses, 0.75)).toBeCloseTo(7.75, 14);
    expect(valueAtRisk(losses, 0.95)).toBeCloseTo(9.55, 14);
    expect(valueAtRisk(losses, 1)).toBe(10);
    expect(valueAtRisk(losses, 0)).toBe(1);
  });

  it("does not sort or modify a Float64Array input", () => {
    const losses = new Float64Array([3, 1, 2]);
    expect(valueAtRisk(losses, 0.5)).toBe(2);
    expect(Array.from(losses)).toEqual([3, 1, 2]);
  });

  it("returns NaN for an empty sample or one containing NaN", () => {
    expect(valueAtRisk([], 0.99)).toBeNaN();
    expect(valueAtRisk([1, Number.NaN, 3], 0.5)).toBeNaN();
  });

  it("throws for a level outside [0, 1]", () => {
    expect(() => valueAtRisk([1, 2], 1.5)).toThrow(RangeError);
    expect(() => valueAtRisk([1, 2], Number.NaN)).toThrow(RangeError);
  });
});
