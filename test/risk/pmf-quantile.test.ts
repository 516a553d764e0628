import { describe, expect, it } from "vitest";
import { pmfQuantile, pmfQuantileIndex } from "../../src/risk/pmf-quantile.ts";

// By hand: F = (0.5, 0.8, 1.0) at x = (0, 100, 200); quantile = smallest x with F(x) ≥ p.
const pmf = Object.freeze([0.5, 0.3, 0.2]);

describe("pmfQuantile", () => {
  it("returns the smallest grid point with F(x) ≥ p", () => {
    expect(pmfQuantile(pmf, 100, 0)).toBe(0);
    expect(pmfQuantile(pmf, 100, 0.5)).toBe(0);
    expect(pmfQuantile(pmf, 100, 0.5000001)).toBe(100);
    expect(pmfQuantile(pmf, 100, 0.8)).toBe(100);
    expect(pmfQuantile(pmf, 100, 0.81)).toBe(200);
    expect(pmfQuantile(pmf, 100, 1)).toBe(200);
  });

  it("reaches F = 0.9 at the ninth of ten masses of 0.1 despite 0.1 + … + 0.1 = 0.8999999999999999", () => {
    const tenths = new Float64Array(10).fill(0.1);
    expect(pmfQuantileIndex(tenths, 0.9)).toBe(8);
    expect(pmfQuantile(tenths, 2, 0.9)).toBe(16);
  });

  it("at p = 1 returns the last point with positive mass", () => {
    expect(pmfQuantile([0.5, 0.5, 0, 0], 10, 1)).toBe(10);
  });

  it("returns NaN when the grid's mass never reaches p, or for an empty pmf", () => {
    expect(pmfQuantile([0.2, 0.3], 1, 0.9)).toBeNaN();
    expect(pmfQuantile([], 1, 0.5)).toBeNaN();
    expect(pmfQuantileIndex([0.2, 0.3], 0.9)).toBe(-1);
  });

  it("throws for a bad probability or step", () => {
    expect(() => pmfQuantile(pmf, 100, 1.1)).toThrow(RangeError);
    expect(() => pmfQuantile(pmf, 100, Number.NaN)).toThrow(RangeError);
    expect(() => pmfQuantile(pmf, 0, 0.5)).toThrow(RangeError);
    expect(() => pmfQuantile(pmf, Number.POSITIVE_INFINITY, 0.5)).toThrow(RangeError);
  });
});
