import { describe, expect, it } from "vitest";
import { aggregatePanjer } from "./aggregate-panjer.ts";
import type { CountDistribution } from "../../src/risk/count-distribution.ts";
import { binomialCount, negativeBinomialCount, poissonCount } from "../../src/risk/count-distribution.ts";
import { cdfOnGrid, referenceStep } from "../risk/actuar-reference.ts";
import { referenceCases, referenceSeverityPmf } from "../risk/fixtures.ts";

const step = referenceStep;
const severityPmf = referenceSeverityPmf();

describe("aggregatePanjer", () => {
  it("reproduces the count pmf when every claim is one grid step (R: dpois(0:3, 2), dnbinom(0:2, 2.5, 0.3), dbinom(0:2, 10, 0.3))", () => {
    const cases: { count: CountDistribution; expected: number[] }[] = [
      {
        count: poissonCount(2),
        expected: [0.1353352832366127, 0.2706705664732254, 0.2706705664732254, 0.1804470443154836],
      },
      {
        count: negativeBinomialCount(2.5, 0.3),
        expected: [0.049295030175464945, 0.08626630280706368, 0.105676220938653],
      },
      { count: binomialCount(10, 0.3), expected: [0.02824752489999998, 0.12106082099999992, 0.2334744405] },
    ];
    for (const { count, expected } of cases) {
      const result = aggregatePanjer([0, 1], 1, count, 16);
      expected.forEach((probability, k) => expect(result.pmf[k]).toBeCloseTo(probability, 15));
    }
  });

  it.each(referenceCases)(
    "matches R actuar's recursive aggregateDist for $name on 2^13 points",
    ({ count, reference }) => {
      const result = aggregatePanjer(severityPmf, step, count, 2 ** 13);
      expect(result.pmf[0]! / reference.cdfAt[0]!.value).toBeCloseTo(1, 13); // P(S = 0), relative
      for (const { x, value } of reference.cdfAt) {
        expect(Math.abs(cdfOnGrid(result.pmf, step, x) - value)).toBeLessThan(1e-12);
      }
      expect(result.pmf[20000 / step]! / reference.pmfAt20000).toBeCloseTo(1, 11);
      expect(result.missingMass / reference.massBeyond2To13).toBeCloseTo(1, 6);
    },
  );

  it("throws when P(S = 0) underflows, and for a certain binomial", () => {
    expect(() => aggregatePanjer([0, 1], 1, poissonCount(1000), 8)).toThrow(RangeError);
    expect(() => aggregatePanjer([0, 1], 1, binomialCount(3, 1), 8)).toThrow(RangeError);
    expect(() => aggregatePanjer([0, 1], 0, poissonCount(1), 8)).toThrow(RangeError);
    expect(() => aggregatePanjer([0, 1], 1, poissonCount(1), 0)).toThrow(RangeError);
  });

  it("ignores severity mass beyond the grid and does not modify the severity", () => {
    const severity = Object.freeze([0.2, 0.3, 0.5]);
    const short = aggregatePanjer(severity, 1, poissonCount(1), 2);
    // By hand: P(S = 0) = e^(−0.8), P(S = 1) = λ·f₁·P(S = 0) = 0.3·e^(−0.8).
    expect(short.pmf[0]).toBeCloseTo(Math.exp(-0.8), 15);
    expect(short.pmf[1]).toBeCloseTo(0.3 * Math.exp(-0.8), 15);
    expect(severity).toEqual([0.2, 0.3, 0.5]);
  });
});
