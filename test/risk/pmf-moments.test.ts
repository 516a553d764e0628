import { describe, expect, it } from "vitest";
import { pmfMoments } from "../../src/risk/pmf-moments.ts";

describe("pmfMoments", () => {
  it("computes mass, mean and variance (by hand: P(0)=0.2, P(2)=0.5, P(4)=0.3 → mean 2.2, var 6.8 − 4.84 = 1.96)", () => {
    const moments = pmfMoments(Object.freeze([0.2, 0.5, 0.3]), 2);
    expect(moments.mass).toBeCloseTo(1, 15);
    expect(moments.mean).toBeCloseTo(2.2, 14);
    expect(moments.variance).toBeCloseTo(1.96, 14);
    expect(moments.standardDeviation).toBeCloseTo(1.4, 14);
  });

  it("matches the two-point example", () => {
    expect(pmfMoments(new Float64Array([0.5, 0.5]), 10)).toEqual({
      mass: 1,
      mean: 5,
      variance: 25,
      standardDeviation: 5,
    });
  });

  it("reports the mass of a truncated pmf without renormalising", () => {
    const moments = pmfMoments([0.25, 0.25], 4);
    expect(moments.mass).toBe(0.5);
    expect(moments.mean).toBe(1); // 4·0.25
  });

  it("returns NaN moments for an empty pmf and throws for a bad step", () => {
    const moments = pmfMoments([], 1);
    expect(moments.mass).toBe(0);
    expect(moments.mean).toBeNaN();
    expect(() => pmfMoments([1], -1)).toThrow(RangeError);
  });
});
