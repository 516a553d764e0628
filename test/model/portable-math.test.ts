import { describe, expect, it } from "vitest";
import { exp, log, pow } from "../../src/model/portable-math.ts";

// Reference: the engine's Math functions, which are accurate to about 1 ulp; ours must agree to within
// 2 ulp (relative 4.5e-16) everywhere the model uses them, and exactly where the result is exact.
const ulps = (a: number, b: number) =>
  Math.abs(a - b) / Math.max(Math.abs(b) * Number.EPSILON, Number.MIN_VALUE);

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("portable exp, log, pow", () => {
  it("exp agrees with Math.exp to 1 ulp over [−700, 700]", () => {
    const random = mulberry32(1);
    for (let i = 0; i < 200_000; i++) {
      const x = (random() - 0.5) * 1400;
      expect(ulps(exp(x), Math.exp(x))).toBeLessThanOrEqual(1);
    }
  });

  it("log agrees with Math.log to 1 ulp from 1e-300 to 1e300", () => {
    const random = mulberry32(2);
    for (let i = 0; i < 200_000; i++) {
      const x = Math.pow(10, (random() - 0.5) * 600);
      expect(ulps(log(x), Math.log(x))).toBeLessThanOrEqual(1);
    }
  });

  it("gives exact values where they are exact, and the IEEE special cases", () => {
    expect(exp(0)).toBe(1);
    expect(log(1)).toBe(0);
    expect(log(2)).toBe(Math.LN2);
    expect(ulps(exp(1), Math.E)).toBeLessThanOrEqual(1);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(exp(NaN)).toBeNaN();
    expect(exp(1000)).toBe(Infinity);
    expect(exp(-1000)).toBe(0);
    expect(log(Number.MIN_VALUE)).toBeCloseTo(-744.4400719213812, 12);
    expect(pow(5, 0)).toBe(1);
    expect(pow(0, 2)).toBe(0);
  });

  it("pow(x, y) = exp(y log x) within 1e-13 relative where the model uses it", () => {
    const random = mulberry32(3);
    for (let i = 0; i < 50_000; i++) {
      const x = random() * 3;
      const y = (random() - 0.5) * 40;
      const expected = Math.pow(x, y);
      if (Number.isFinite(expected) && expected > 1e-300)
        expect(Math.abs(pow(x, y) - expected) / expected).toBeLessThan(1e-13);
    }
    // (1 − p)^n of the binomial sampler: 0.97^900.
    expect(Math.abs(pow(0.97, 900) / Math.pow(0.97, 900) - 1)).toBeLessThan(1e-13);
  });
});
