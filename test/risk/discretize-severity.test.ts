import { describe, expect, it } from "vitest";
import { discretizeSeverity } from "../../src/risk/discretize-severity.ts";
import { lognormalSeverity } from "../reference/lognormal-severity.ts";
import { pmfMoments } from "../../src/risk/pmf-moments.ts";
import { referenceSeverity, referenceSeverityLength, referenceStep } from "./actuar-reference.ts";

describe("discretizeSeverity (rounding method)", () => {
  it("matches R actuar's discretize(method = 'rounding') plus the tail on the last point", () => {
    // R: discretize(plnorm(x, 7, 1.2), from = 0, to = 4500, step = 500, method = "rounding")
    //    (9 masses at 0, 500, …, 4000) and plnorm(4250, 7, 1.2, lower.tail = FALSE) for the last point
    const actuar = [
      0.1089528960491471, 0.2668185237421937, 0.16765999660956626, 0.10810651202811394, 0.07384381279507946,
      0.05281882897040757, 0.03915728611520186, 0.02986441467378287, 0.023306709923948676,
    ];
    const tail = 0.1294710190925585;
    const pmf = discretizeSeverity(lognormalSeverity(7, 1.2).cdf, 500, 10);
    expect(pmf).toHaveLength(10);
    actuar.forEach((mass, j) => expect(pmf[j]).toBeCloseTo(mass, 15));
    expect(pmf[9]).toBeCloseTo(tail, 15);
    expect(pmfMoments(pmf, 500).mass).toBeCloseTo(1, 15);
  });

  it("matches the actuar reference severity on 2^13 points (step 50)", () => {
    const pmf = discretizeSeverity(lognormalSeverity(7, 1.2).cdf, referenceStep, referenceSeverityLength);
    referenceSeverity.first.forEach((mass, j) => expect(pmf[j]).toBeCloseTo(mass, 15));
    expect(pmf[40]).toBeCloseTo(referenceSeverity.at2000, 15);
    // R computes the tail with pnorm's upper tail, we as 1 − F: agreement to ~1e-16 absolute.
    expect(pmf[referenceSeverityLength - 1]).toBeCloseTo(referenceSeverity.last, 15);
    const moments = pmfMoments(pmf, referenceStep);
    expect(moments.mean).toBeCloseTo(referenceSeverity.mean, 8);
    expect((moments.variance + moments.mean ** 2) / referenceSeverity.secondMoment).toBeCloseTo(1, 12);
  });

  it("discretises an exponential as computed by hand: [1 − e^−0.5, e^−0.5 − e^−1.5, e^−1.5]", () => {
    const pmf = discretizeSeverity((x) => (x > 0 ? 1 - Math.exp(-x) : 0), 1, 3);
    expect(pmf[0]).toBeCloseTo(0.3934693402873666, 15);
    expect(pmf[1]).toBeCloseTo(0.3834004995642036, 15);
    expect(pmf[2]).toBeCloseTo(0.22313016014842982, 15);
  });

  it("puts all the mass at 0 for length 1 and rejects a bad grid", () => {
    expect(Array.from(discretizeSeverity(() => 0.3, 1, 1))).toEqual([1]);
    expect(() => discretizeSeverity(() => 0, 0, 10)).toThrow(RangeError);
    expect(() => discretizeSeverity(() => 0, 1, 2.5)).toThrow(RangeError);
    expect(() => discretizeSeverity(() => 0, 1, 0)).toThrow(RangeError);
  });
});
