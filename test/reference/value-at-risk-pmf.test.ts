import { describe, expect, it } from "vitest";
import { valueAtRiskPmf } from "./value-at-risk-pmf.ts";
import { aggregatePanjer } from "./aggregate-panjer.ts";
import { poissonCount } from "../../src/risk/count-distribution.ts";
import { referencePoisson, referenceSeverityLength, referenceStep } from "../risk/actuar-reference.ts";
import { referenceSeverityPmf } from "../risk/fixtures.ts";

describe("valueAtRiskPmf", () => {
  it("is the smallest grid point with F ≥ α (by hand: F = 0.9, 0.99, 1 at 0, 1000, 2000)", () => {
    const pmf = Object.freeze([0.9, 0.09, 0.01]);
    expect(valueAtRiskPmf(pmf, 1000, 0.9)).toBe(0);
    expect(valueAtRiskPmf(pmf, 1000, 0.95)).toBe(1000);
    expect(valueAtRiskPmf(pmf, 1000, 0.995)).toBe(2000);
  });

  it("matches R actuar's VaR() of the compound Poisson reference case", () => {
    const fx = referenceSeverityPmf();
    const aggregate = aggregatePanjer(fx, referenceStep, poissonCount(20), referenceSeverityLength);
    for (const { level, value } of referencePoisson.valueAtRisk) {
      expect(valueAtRiskPmf(aggregate.pmf, referenceStep, level)).toBe(value);
    }
  });

  it("returns NaN beyond a truncated grid and throws for a bad level", () => {
    expect(valueAtRiskPmf([0.5, 0.4], 1, 0.95)).toBeNaN();
    expect(() => valueAtRiskPmf([1], 1, 2)).toThrow(RangeError);
  });
});
