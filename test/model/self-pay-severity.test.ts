import { describe, expect, it } from "vitest";
import { createSelfPaySeverity, selfPayCdf, selfPayQuantile } from "../../src/model/self-pay-severity.ts";

describe("self-pay severity (lognormal body, Pareto tail)", () => {
  const severity = createSelfPaySeverity({ median: 820, sigma: 1.2, tailThreshold: 100000, tailAlpha: 1.6 });

  it("has its median at the lognormal median", () => {
    expect(selfPayQuantile(severity, 0.5)).toBeCloseTo(820, 0);
    expect(selfPayCdf(severity, 820)).toBeCloseTo(0.5, 6);
  });

  it("puts the lognormal's own tail mass above the threshold: π = 1 − Φ((ln 100000 − ln 820)/1.2)", () => {
    // (ln 100000 − ln 820) / 1.2 = 4.0030; 1 − Φ(4.0030) = 3.127e-5 (R: pnorm(4.0030, lower.tail = FALSE)).
    expect(severity.tailProbability).toBeCloseTo(3.127e-5, 7);
  });

  it("quantile and distribution function are inverse to each other, body and tail", () => {
    for (const v of [0.001, 0.1, 0.5, 0.9, 0.999, 0.99999, 0.999999]) {
      expect(selfPayCdf(severity, selfPayQuantile(severity, v))).toBeCloseTo(v, 5);
    }
  });

  it("follows the Pareto tail exactly: P(X > 1,000,000) = π × (100,000 / 1,000,000)^1.6", () => {
    const expected = severity.tailProbability * Math.pow(0.1, 1.6);
    expect(1 - selfPayCdf(severity, 1_000_000)).toBeCloseTo(expected, 12);
    expect(selfPayQuantile(severity, 1 - expected)).toBeCloseTo(1_000_000, -1);
  });

  it("is continuous at the threshold", () => {
    expect(selfPayCdf(severity, 100000)).toBeCloseTo(selfPayCdf(severity, 100000.001), 9);
  });
});

describe("self-pay severity: the body table's top interval (51.8k–100k with the defaults)", () => {
  const severity = createSelfPaySeverity({ median: 820, sigma: 1.2, tailThreshold: 100000, tailAlpha: 1.6 });

  it("gives the exact lognormal quantile inside the top interval", () => {
    // scipy: exp(ln 820 + 1.2 × norm.ppf(u)); linear interpolation over 51.8k–100k gave 86,428 at 0.9999.
    expect(selfPayQuantile(severity, 0.9999)).toBeCloseTo(71120.018, 0);
    expect(selfPayQuantile(severity, 0.99985)).toBeCloseTo(62797.111, 0);
    expect(selfPayQuantile(severity, 0.99993)).toBeCloseTo(79150.49, 0);
  });

  it("puts the right mass in the 50k–100k band: E[X; 50k < X ≤ 100k] = 17.682 (scipy quad of x × lognormal pdf)", () => {
    // Midpoint rule over v in the interval where the quantile lies in 50k–100k.
    const low = selfPayCdf(severity, 50000);
    const high = selfPayCdf(severity, 100000);
    const steps = 200000;
    let sum = 0;
    for (let i = 0; i < steps; i++)
      sum += selfPayQuantile(severity, low + ((i + 0.5) / steps) * (high - low));
    const partialMean = (sum / steps) * (high - low);
    // Within 0.2% (the 50k–51.8k part is still interpolated linearly); the even spread gave +45%.
    expect(Math.abs(partialMean / 17.681969677997543 - 1)).toBeLessThan(0.002);
  });
});
