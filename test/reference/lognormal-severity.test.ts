import { describe, expect, it } from "vitest";
import { lognormalSeverity } from "./lognormal-severity.ts";

// R 4.x with actuar 3.3-2: plnorm(x, 7, 1.2), plnorm(x, 7, 1.2, lower.tail = FALSE), levlnorm(x, 7, 1.2)
const severity = lognormalSeverity(7, 1.2);

describe("lognormalSeverity", () => {
  it("has the CDF of R's plnorm", () => {
    const cases = [
      { x: 100, value: 0.022983755795762586 },
      { x: 1000, value: 0.46936324272436214 },
      { x: Math.exp(7), value: 0.5 },
      { x: 5000, value: 0.8969437770888137 },
      { x: 1e5, value: 0.9999153048496261 },
      { x: 1e6, value: 0.9999999932491845 },
    ];
    for (const { x, value } of cases) expect(severity.cdf(x)).toBeCloseTo(value, 15);
    expect(severity.cdf(0)).toBe(0);
    expect(severity.cdf(-1)).toBe(0);
  });

  it("has the upper tail of plnorm(…, lower.tail = FALSE) to full relative precision", () => {
    expect(severity.survival(1e5) / 0.0000846951503738866).toBeCloseTo(1, 13);
    expect(severity.survival(1e6) / 6.750815474117837e-9).toBeCloseTo(1, 13);
    expect(severity.survival(0)).toBe(1);
  });

  it("has the limited expected value of actuar's levlnorm", () => {
    const cases = [
      { x: 0, value: 0 },
      { x: 50, value: 49.929643946187 },
      { x: 1000, value: 757.7890807353552 },
      { x: 5000, value: 1699.538808079007 },
      { x: 1e5, value: 2249.664128661629 },
      { x: 1e6, value: 2252.9579069143774 },
    ];
    for (const { x, value } of cases) expect(severity.limitedExpectedValue(x)).toBeCloseTo(value, 9);
  });

  it("has mean e^(μ + σ²/2) and variance (e^σ² − 1)e^(2μ + σ²) (closed forms, Loss Models App. A)", () => {
    expect(severity.mean).toBeCloseTo(Math.exp(7.72), 9);
    expect(severity.variance / ((Math.exp(1.44) - 1) * Math.exp(15.44))).toBeCloseTo(1, 14);
  });

  it("rejects invalid parameters", () => {
    expect(() => lognormalSeverity(7, 0)).toThrow(RangeError);
    expect(() => lognormalSeverity(Number.NaN, 1)).toThrow(RangeError);
  });
});
