import { describe, expect, it } from "vitest";
import { inverseNormal, Z_95 } from "../../src/model/inverse-normal.ts";
import { standardNormalCdf } from "../../src/model/standard-normal-cdf.ts";

// R 4.x: sprintf("%.17g", pnorm(x)) and pnorm(x, lower.tail = FALSE)
const rCases = [
  { x: -10, lower: 7.619853024160527e-24, upper: 1 },
  { x: -5.7, lower: 5.990371401063528e-9, upper: 0.9999999940096286 },
  { x: -3, lower: 0.0013498980316300946, upper: 0.9986501019683699 },
  { x: -0.5, lower: 0.30853753872598694, upper: 0.691462461274013 },
  { x: 0, lower: 0.5, upper: 0.5 },
  { x: 0.3, lower: 0.6179114221889527, upper: 0.3820885778110473 },
  { x: 0.7, lower: 0.758036347776927, upper: 0.24196365222307298 },
  { x: 5, lower: 0.9999997133484281, upper: 2.866515718791939e-7 },
  { x: 6, lower: 0.9999999990134123, upper: 9.86587645037698e-10 },
  { x: 10, lower: 1, upper: 7.619853024160527e-24 },
];

describe("standardNormalCdf", () => {
  it.each(rCases)("matches R's pnorm at x = $x to 1e-14 relative, in both tails", ({ x, lower, upper }) => {
    expect(Math.abs(standardNormalCdf(x) - lower)).toBeLessThanOrEqual(1e-14 * lower);
    expect(Math.abs(standardNormalCdf(x, { upperTail: true }) - upper)).toBeLessThanOrEqual(1e-14 * upper);
  });

  it("gives 0.975 at R's qnorm(0.975) = 1.9599639845400536", () => {
    expect(standardNormalCdf(1.9599639845400536)).toBeCloseTo(0.975, 15);
  });

  it("handles infinities and NaN", () => {
    expect(standardNormalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(standardNormalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(standardNormalCdf(Number.POSITIVE_INFINITY, { upperTail: true })).toBe(0);
    expect(standardNormalCdf(Number.NaN)).toBeNaN();
  });
});

describe("Z_95, the one 95% normal quantile", () => {
  it("is Φ⁻¹(0.975) to the nearest double: 1.95996398454005423552… (mpmath, 30 digits)", () => {
    expect(Z_95).toBe(1.959963984540054);
    expect(standardNormalCdf(Z_95)).toBeCloseTo(0.975, 15);
    expect(inverseNormal(0.975)).toBeCloseTo(Z_95, 8);
  });
});
