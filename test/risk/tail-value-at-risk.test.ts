import { describe, expect, it } from "vitest";
import { tailValueAtRisk } from "../../src/risk/tail-value-at-risk.ts";
import { tailValueAtRiskPmf } from "../reference/tail-value-at-risk-pmf.ts";
import { valueAtRisk } from "../../src/risk/value-at-risk.ts";
import { lcg } from "./lcg.ts";

// Hand computations on 1..10 (shuffled), TVaR_α = (sum of worst ⌊m⌋ + (m − ⌊m⌋)·next) / m, m = n(1 − α).
const losses = Object.freeze([7, 3, 10, 1, 8, 2, 9, 4, 6, 5]);

describe("tailValueAtRisk", () => {
  it("is the mean of the worst n(1 − α) losses when that is an integer", () => {
    expect(tailValueAtRisk(losses, 0.8)).toBe(9.5); // (9 + 10)/2
    expect(tailValueAtRisk(losses, 0.5)).toBe(8); // (6 + … + 10)/5
    expect(tailValueAtRisk(losses, 0.9)).toBe(10);
  });

  it("gives the next-worst loss a fractional weight otherwise", () => {
    expect(tailValueAtRisk(losses, 0.75)).toBeCloseTo(9.2, 14); // (10 + 9 + 0.5·8)/2.5
    expect(tailValueAtRisk(losses, 0.95)).toBeCloseTo(10, 14); // (0.5·10)/0.5
    expect(tailValueAtRisk(losses, 0.62)).toBeCloseTo((10 + 9 + 8 + 0.8 * 7) / 3.8, 14);
  });

  it("is the mean at α = 0 and the maximum at α = 1", () => {
    expect(tailValueAtRisk(losses, 0)).toBe(5.5);
    expect(tailValueAtRisk(losses, 1)).toBe(10);
  });

  it("snaps n(1 − α) to an integer: 1..1000 at 99.5% is exactly the mean of 996..1000", () => {
    const sample = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    expect(tailValueAtRisk(sample, 0.995)).toBe(998);
  });

  it("equals tailValueAtRiskPmf on the empirical pmf of the sample", () => {
    // Sample on a grid of step 100; pmf[j] = (number of values equal to 100j)/10.
    const sample = [0, 0, 100, 300, 300, 300, 700, 1000, 1000, 2500];
    const pmf = new Float64Array(26);
    for (const value of sample) pmf[value / 100] = pmf[value / 100]! + 0.1;
    // By hand: α = 0.5 → (300 + 700 + 1000 + 1000 + 2500)/5 = 1100; α = 0.75 → (2500 + 1000 + 0.5·1000)/2.5 = 1600.
    expect(tailValueAtRisk(sample, 0.5)).toBeCloseTo(1100, 10);
    expect(tailValueAtRisk(sample, 0.75)).toBeCloseTo(1600, 10);
    for (const level of [0, 0.3, 0.5, 0.62, 0.75, 0.9, 0.95, 0.99, 1]) {
      expect(tailValueAtRisk(sample, level)).toBeCloseTo(tailValueAtRiskPmf(pmf, 100, level), 9);
    }
  });

  it("is never below the type-7 VaR (deterministic random samples with ties)", () => {
    const random = lcg(20240601);
    for (let trial = 0; trial < 2000; trial++) {
      const n = 1 + Math.floor(random() * 15);
      const sample = Array.from({ length: n }, () => Math.floor(random() * 6) * (random() < 0.5 ? 1 : 10));
      const level = random();
      expect(tailValueAtRisk(sample, level)).toBeGreaterThanOrEqual(valueAtRisk(sample, level) - 1e-9);
    }
  });

  it("does not modify its input (frozen array would throw on an in-place sort)", () => {
    expect(() => tailValueAtRisk(losses, 0.9)).not.toThrow();
    expect(losses).toEqual([7, 3, 10, 1, 8, 2, 9, 4, 6, 5]);
  });

  it("returns NaN for an empty sample or one containing NaN; throws for a bad level", () => {
    expect(tailValueAtRisk([], 0.99)).toBeNaN();
    expect(tailValueAtRisk([1, Number.NaN], 0.5)).toBeNaN();
    expect(() => tailValueAtRisk([1, 2], -0.1)).toThrow(RangeError);
    expect(() => tailValueAtRisk([1, 2], Number.NaN)).toThrow(RangeError);
  });
});
