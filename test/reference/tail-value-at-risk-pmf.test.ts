import { describe, expect, it } from "vitest";
import { tailValueAtRiskPmf } from "./tail-value-at-risk-pmf.ts";

describe("tailValueAtRiskPmf", () => {
  // By hand: P(0) = 0.9, P(1000) = 0.09, P(2000) = 0.01.
  const pmf = Object.freeze([0.9, 0.09, 0.01]);

  it("applies the Acerbi–Tasche formula (E[X·1{X > q}] + q(F(q) − α))/(1 − α)", () => {
    // α = 0.95: q = 1000, (2000·0.01 + 1000·(0.99 − 0.95))/0.05 = 1200
    expect(tailValueAtRiskPmf(pmf, 1000, 0.95)).toBeCloseTo(1200, 9);
    // α = 0.99: q = 1000 (F = 0.99), atom weight 0 → 2000·0.01/0.01 = 2000
    expect(tailValueAtRiskPmf(pmf, 1000, 0.99)).toBeCloseTo(2000, 9);
    // α = 0.5: q = 0, (1000·0.09 + 2000·0.01 + 0)/0.5 = 220
    expect(tailValueAtRiskPmf(pmf, 1000, 0.5)).toBeCloseTo(220, 9);
    // α = 0: the mean 110
    expect(tailValueAtRiskPmf(pmf, 1000, 0)).toBeCloseTo(110, 9);
  });

  it("differs from E[X | X ≥ VaR] on an atom: at α = 0.95 that would be (90 + 20)/0.1 = 1100", () => {
    expect(tailValueAtRiskPmf(pmf, 1000, 0.95)).not.toBeCloseTo(1100, 3);
  });

  it("is the largest point with mass at α = 1", () => {
    expect(tailValueAtRiskPmf([0.5, 0.5, 0], 3, 1)).toBe(3);
  });

  it("returns NaN when F never reaches α or the pmf is empty; throws for bad arguments", () => {
    expect(tailValueAtRiskPmf([0.5, 0.4], 1, 0.95)).toBeNaN();
    expect(tailValueAtRiskPmf([], 1, 0.5)).toBeNaN();
    expect(() => tailValueAtRiskPmf(pmf, 1, -1)).toThrow(RangeError);
    expect(() => tailValueAtRiskPmf(pmf, 0, 0.5)).toThrow(RangeError);
  });
});
