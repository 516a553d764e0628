import { describe, expect, it } from "vitest";
import { discretizeMeanPreserving } from "./discretize-mean-preserving.ts";
import { lognormalSeverity } from "./lognormal-severity.ts";
import { pmfMoments } from "../../src/risk/pmf-moments.ts";

describe("discretizeMeanPreserving (local moment matching)", () => {
  const severity = lognormalSeverity(7, 1.2);

  it("matches R actuar's discretize(method = 'unbiased'), plus the tail beyond the grid on the last point", () => {
    // R: discretize(plnorm(x, 7, 1.2), from = 0, to = 4500, step = 500, method = "unbiased",
    //               lev = levlnorm(x, 7, 1.2)); plnorm(4500, 7, 1.2, lower.tail = FALSE)
    const actuar = [
      0.11295419867027767, 0.2585134411887341, 0.16954844901147545, 0.10912764966091572, 0.07437810427117665,
      0.053117821777109386, 0.039335579893912835, 0.029976470036368937, 0.023380228805377556,
      0.0099759277656567,
    ];
    const tailBeyondGrid = 0.11969212891899494;
    const pmf = discretizeMeanPreserving(severity.limitedExpectedValue, 500, 10);
    for (let j = 0; j < 9; j++) expect(pmf[j]).toBeCloseTo(actuar[j]!, 14);
    expect(pmf[9]).toBeCloseTo(actuar[9]! + tailBeyondGrid, 14);
  });

  it("preserves the limited mean: the grid mean is E[min(X, 4500)] = levlnorm(4500, 7, 1.2) = 1643.9989621938153", () => {
    const moments = pmfMoments(discretizeMeanPreserving(severity.limitedExpectedValue, 500, 10), 500);
    expect(moments.mass).toBeCloseTo(1, 14);
    expect(moments.mean).toBeCloseTo(1643.9989621938153, 9);
  });

  it("discretises an exponential as computed by hand: [e^−1, (1 − e^−1)², e^−1 − e^−2]", () => {
    const pmf = discretizeMeanPreserving((x) => 1 - Math.exp(-x), 1, 3);
    expect(pmf[0]).toBeCloseTo(Math.exp(-1), 15);
    expect(pmf[1]).toBeCloseTo((1 - Math.exp(-1)) ** 2, 15);
    expect(pmf[2]).toBeCloseTo(Math.exp(-1) - Math.exp(-2), 15);
  });

  it("puts all the mass at 0 for length 1 and rejects a bad grid", () => {
    expect(Array.from(discretizeMeanPreserving((x) => x, 1, 1))).toEqual([1]);
    expect(() => discretizeMeanPreserving((x) => x, -1, 3)).toThrow(RangeError);
    expect(() => discretizeMeanPreserving((x) => x, 1, 0)).toThrow(RangeError);
  });
});
