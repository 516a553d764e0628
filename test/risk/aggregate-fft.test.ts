import { describe, expect, it } from "vitest";
import { aggregateFft } from "../../src/risk/aggregate-fft.ts";
import { aggregatePanjer } from "../reference/aggregate-panjer.ts";
import type { CountDistribution } from "../../src/risk/count-distribution.ts";
import {
  binomialCount,
  negativeBinomialCount,
  negativeBinomialFromMean,
  poissonCount,
} from "../../src/risk/count-distribution.ts";
import { discretizeSeverity } from "../../src/risk/discretize-severity.ts";
import { lognormalSeverity } from "../reference/lognormal-severity.ts";
import { pmfMoments } from "../../src/risk/pmf-moments.ts";
import { tailValueAtRiskPmf } from "../reference/tail-value-at-risk-pmf.ts";
import { valueAtRiskPmf } from "../reference/value-at-risk-pmf.ts";
import { cdfOnGrid, referenceStep } from "./actuar-reference.ts";
import { referenceCases, referenceSeverityPmf } from "./fixtures.ts";

const step = referenceStep;
const severityPmf = referenceSeverityPmf();
const severityMoments = pmfMoments(severityPmf, step);

function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>, length: number): number {
  let max = 0;
  for (let i = 0; i < length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

describe("aggregateFft", () => {
  describe("reproduces the count pmf when every claim is one grid step (S = N·h)", () => {
    // R 4.x: dpois(0:5, 2); dnbinom(0:5, size = 2.5, prob = 0.3); dnbinom(0:3, size = 2, mu = 20);
    // dbinom(0:10, 10, 0.3)
    const cases: { name: string; count: CountDistribution; expected: number[] }[] = [
      {
        name: "Poisson(2)",
        count: poissonCount(2),
        expected: [
          0.1353352832366127, 0.2706705664732254, 0.2706705664732254, 0.1804470443154836, 0.0902235221577418,
          0.03608940886309672,
        ],
      },
      {
        name: "NB(size 2.5, prob 0.3)",
        count: negativeBinomialCount(2.5, 0.3),
        expected: [
          0.049295030175464945, 0.08626630280706368, 0.105676220938653, 0.11096003198558568,
          0.10679903078612621, 0.09718711801537483,
        ],
      },
      {
        name: "NB(size 2, mean 20)",
        count: negativeBinomialFromMean(20, 2),
        expected: [0.008264462809917354, 0.015026296018031545, 0.02049040366095212, 0.024836852922366214],
      },
      {
        name: "binomial(10, 0.3)",
        count: binomialCount(10, 0.3),
        expected: [
          0.02824752489999998, 0.12106082099999992, 0.2334744405, 0.26682793199999993, 0.20012094900000008,
          0.10291934520000003, 0.036756909000000004, 0.009001691999999986, 0.0014467005000000008,
          0.0001377809999999999, 0.000005904899999999995,
        ],
      },
    ];
    it.each(cases)("$name", ({ count, expected }) => {
      const result = aggregateFft([0, 1], 10, count, 1024);
      expected.forEach((probability, k) => expect(result.pmf[k]).toBeCloseTo(probability, 14));
      expect(result.aliasingWarning).toBe(false);
    });
  });

  describe.each(referenceCases)("lognormal(7, 1.2) severity, h = 50, $name", ({ count, reference }) => {
    const result = aggregateFft(severityPmf, step, count, 2 ** 16);

    it("matches R actuar's recursive aggregateDist: CDF values and a pmf value", () => {
      for (const { x, value } of reference.cdfAt) {
        expect(Math.abs(cdfOnGrid(result.pmf, step, x) - value)).toBeLessThan(1e-12);
      }
      expect(result.pmf[20000 / step]! / reference.pmfAt20000).toBeCloseTo(1, 9);
    });

    it("matches R's mean E[N]E[X] and variance E[N]Var X + Var N E[X]²", () => {
      // FFT rounding (~1e-17 per point) weighted by x² over 2^16 points limits the grid moments to ~1e-11.
      expect(result.mean / reference.mean).toBeCloseTo(1, 11);
      expect(result.exactMean / reference.mean).toBeCloseTo(1, 12);
      expect(result.standardDeviation ** 2 / reference.variance).toBeCloseTo(1, 9);
      expect(result.exactStandardDeviation ** 2 / reference.variance).toBeCloseTo(1, 12);
    });

    it("matches R actuar's VaR() and the Acerbi–Tasche TVaR computed in R", () => {
      for (const { level, value } of reference.valueAtRisk) {
        expect(valueAtRiskPmf(result.pmf, step, level)).toBe(value);
      }
      for (const { level, value } of reference.tailValueAtRisk) {
        expect(tailValueAtRiskPmf(result.pmf, step, level) / value).toBeCloseTo(1, 9);
      }
    });

    it("agrees with Panjer's recursion on the first 2^13 points to 1e-12", () => {
      const panjer = aggregatePanjer(severityPmf, step, count, 2 ** 13);
      expect(maxAbsDifference(result.pmf, panjer.pmf, 2 ** 13)).toBeLessThan(1e-12);
    });

    it("reports no aliasing on 2^16 points", () => {
      expect(result.aliasingWarning).toBe(false);
      expect(Math.abs(result.aliasedMass)).toBeLessThan(1e-12);
    });

    it("flags aliasing on 2^13 points and estimates the wrapped mass as R's P(S ≥ 2^13·h)", () => {
      const short = aggregateFft(severityPmf, step, count, 2 ** 13);
      expect(short.aliasingWarning).toBe(true);
      // Exact when the excess wraps once; mass beyond 2·2^13·h counts twice, so it is an upper bound.
      expect(short.aliasedMass).toBeGreaterThanOrEqual(reference.massBeyond2To13 - 1e-12);
      expect(short.aliasedMass / reference.massBeyond2To13).toBeCloseTo(1, 3);
    });
  });

  it("satisfies the compound Poisson identities E[S] = λE[X], Var S = λE[X²] on the discretised severity", () => {
    const lambda = 7.5;
    const result = pmfMoments(aggregateFft(severityPmf, step, poissonCount(lambda), 2 ** 15).pmf, step);
    const severitySecondMoment = severityMoments.variance + severityMoments.mean ** 2;
    expect(result.mean / (lambda * severityMoments.mean)).toBeCloseTo(1, 12);
    expect(result.variance / (lambda * severitySecondMoment)).toBeCloseTo(1, 10);
  });

  it("agrees with Panjer's recursion for a binomial count", () => {
    const severity = discretizeSeverity(lognormalSeverity(7, 1.2).cdf, 200, 2 ** 10);
    const count = binomialCount(40, 0.5);
    const fftResult = aggregateFft(severity, 200, count, 2 ** 16); // 40·1023 < 2^16: no aliasing possible
    const panjer = aggregatePanjer(severity, 200, count, 2 ** 12);
    expect(maxAbsDifference(fftResult.pmf, panjer.pmf, 2 ** 12)).toBeLessThan(1e-12);
    expect(fftResult.mean / (20 * pmfMoments(severity, 200).mean)).toBeCloseTo(1, 11);
  });

  it("handles the smallest grids (lengths 1 and 2) exactly", () => {
    // By hand: one claim with probability q = 0.3 (binomial(1, 0.3)) of size h → P(S = 0) = 0.7, P(S = h) = 0.3.
    const two = aggregateFft([0, 1], 10, binomialCount(1, 0.3), 2);
    expect(two.pmf[0]).toBeCloseTo(0.7, 15);
    expect(two.pmf[1]).toBeCloseTo(0.3, 15);
    // Every claim is 0: S = 0 with certainty.
    expect(Array.from(aggregateFft([1], 10, poissonCount(5), 1).pmf)).toEqual([1]);
  });

  it("does not modify the severity pmf", () => {
    const frozen = Object.freeze(Array.from(severityPmf.subarray(0, 512)));
    const before = Float64Array.from(severityPmf);
    aggregateFft(frozen, step, poissonCount(3), 2 ** 12);
    aggregateFft(severityPmf, step, poissonCount(3), 2 ** 13);
    expect(severityPmf).toEqual(before);
  });

  it("rejects bad lengths, steps and severity masses", () => {
    expect(() => aggregateFft([0, 1], 1, poissonCount(1), 48)).toThrow(RangeError);
    expect(() => aggregateFft([0, 0.5, 0.5], 1, poissonCount(1), 2)).toThrow(RangeError);
    expect(() => aggregateFft([0, 1], 0, poissonCount(1), 8)).toThrow(RangeError);
    expect(() => aggregateFft([0, -1, 2], 1, poissonCount(1), 8)).toThrow(RangeError);
    expect(() => aggregateFft([0, Number.NaN], 1, poissonCount(1), 8)).toThrow(RangeError);
  });
});
