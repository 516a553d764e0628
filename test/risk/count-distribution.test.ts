import { describe, expect, it } from "vitest";
import {
  binomialCount,
  countMoments,
  negativeBinomialCount,
  negativeBinomialFromMean,
  poissonCount,
} from "../../src/risk/count-distribution.ts";

// Moments from Loss Models Appendix B (by hand): Poisson λ, λ; NB(r, p) r(1 − p)/p, r(1 − p)/p²;
// binomial mq, mq(1 − q).
describe("count distributions", () => {
  it("have the textbook means and variances", () => {
    expect(countMoments(poissonCount(20))).toEqual({ mean: 20, variance: 20 });
    const nb = countMoments(negativeBinomialCount(2, 0.25));
    expect(nb.mean).toBeCloseTo(6, 14); // 2·0.75/0.25
    expect(nb.variance).toBeCloseTo(24, 13); // 2·0.75/0.0625
    const binomial = countMoments(binomialCount(100, 0.05));
    expect(binomial.mean).toBeCloseTo(5, 14);
    expect(binomial.variance).toBeCloseTo(4.75, 14);
  });

  it("builds the Gamma-mixed Poisson as NB with size r and mean λ: prob r/(r + λ), variance λ + λ²/r", () => {
    const count = negativeBinomialFromMean(20, 2);
    expect(count).toEqual({ kind: "negativeBinomial", size: 2, probability: 2 / 22 });
    const moments = countMoments(count);
    expect(moments.mean).toBeCloseTo(20, 12);
    expect(moments.variance).toBeCloseTo(220, 11);
  });

  it("rejects invalid parameters", () => {
    expect(() => poissonCount(-1)).toThrow(RangeError);
    expect(() => poissonCount(Number.NaN)).toThrow(RangeError);
    expect(() => negativeBinomialCount(0, 0.5)).toThrow(RangeError);
    expect(() => negativeBinomialCount(2, 0)).toThrow(RangeError);
    expect(() => negativeBinomialFromMean(-1, 2)).toThrow(RangeError);
    expect(() => binomialCount(2.5, 0.5)).toThrow(RangeError);
    expect(() => binomialCount(10, 1.5)).toThrow(RangeError);
  });
});
