import { describe, expect, it } from "vitest";
import { proportionEstimate } from "../../src/risk/proportion-estimate.ts";

// Wilson score intervals from R 4.x: prop.test(x, n, correct = FALSE)$conf.int
const rCases = [
  { successes: 12, n: 100, low: 0.06999406437019487, high: 0.1981209942671142 },
  { successes: 0, n: 1000, low: 0, high: 0.003826758485555122 },
  { successes: 1000, n: 1000, low: 0.9961732415144449, high: 1 },
  { successes: 3, n: 7, low: 0.1582198552514697, high: 0.7495416354723426 },
];

describe("proportionEstimate", () => {
  it.each(rCases)("matches R's Wilson interval for $successes / $n", ({ successes, n, low, high }) => {
    const estimate = proportionEstimate(successes, n);
    expect(estimate.value).toBe(successes / n);
    expect(estimate.wilson.low).toBeCloseTo(low, 14);
    expect(estimate.wilson.high).toBeCloseTo(high, 14);
  });

  it("computes the binomial standard error √(p(1 − p)/n) (by hand: √(0.12·0.88/100) = 0.032496…)", () => {
    expect(proportionEstimate(12, 100).se).toBeCloseTo(Math.sqrt(0.1056) / 10, 15);
    expect(proportionEstimate(12, 100).se).toBeCloseTo(0.0324961536, 9);
  });

  it("has zero standard error but a positive Wilson upper bound when no path is ruined", () => {
    const estimate = proportionEstimate(0, 1000);
    expect(estimate.se).toBe(0);
    expect(estimate.wilson.low).toBe(0);
    expect(estimate.wilson.high).toBeGreaterThan(0);
  });

  it("uses the given z (z = 1 by hand: 5/10 → 0.5 ± √(0.025 + 0.0025)/1.1 about 0.5)", () => {
    const { wilson } = proportionEstimate(5, 10, 1);
    const halfWidth = Math.sqrt(0.025 + 1 / 400) / 1.1;
    expect(wilson.low).toBeCloseTo(0.5 - halfWidth, 15);
    expect(wilson.high).toBeCloseTo(0.5 + halfWidth, 15);
  });

  it("returns NaN for n = 0", () => {
    const estimate = proportionEstimate(0, 0);
    expect(estimate.value).toBeNaN();
    expect(estimate.se).toBeNaN();
    expect(estimate.wilson.low).toBeNaN();
    expect(estimate.wilson.high).toBeNaN();
  });

  it("rejects impossible counts", () => {
    expect(() => proportionEstimate(11, 10)).toThrow(RangeError);
    expect(() => proportionEstimate(-1, 10)).toThrow(RangeError);
    expect(() => proportionEstimate(1.5, 10)).toThrow(RangeError);
    expect(() => proportionEstimate(1, Number.NaN)).toThrow(RangeError);
    expect(() => proportionEstimate(1, 10, 0)).toThrow(RangeError);
  });
});
