import { describe, expect, it } from "vitest";
import { createLagTable, drawReportingLag } from "../../src/model/reporting-lag.ts";

describe("reporting-lag draw (exponential, mean 60 days)", () => {
  const table = createLagTable(60);

  it("gives the exponential quantile −60 ln(1 − u) at table points and inside the top interval", () => {
    expect(drawReportingLag(table, 0.5)).toBeCloseTo(60 * Math.log(2), 9);
    // The top 1/1024: before, every lag there read 60 × ln 1024 = 415.9 days.
    expect(drawReportingLag(table, 1 - 1 / 2048)).toBeCloseTo(60 * Math.log(2048), 9);
    expect(drawReportingLag(table, 1 - 1e-6)).toBeCloseTo(60 * Math.log(1e6), 6);
    expect(drawReportingLag(table, 1 - 1 / 1024 - 1e-9)).toBeCloseTo(60 * Math.log(1024), 3);
  });

  it("has mean 60 and P(lag > 500) = e^(−500/60) over a fine grid of u", () => {
    const steps = 1 << 22;
    let sum = 0;
    let above = 0;
    for (let i = 0; i < steps; i++) {
      const lag = drawReportingLag(table, (i + 0.5) / steps);
      sum += lag;
      if (lag > 500) above++;
    }
    // Linear interpolation of a convex quantile adds a little (≈ 0.01%); the top interval is exact.
    expect(sum / steps / 60).toBeCloseTo(1, 3);
    expect(above / steps / Math.exp(-500 / 60)).toBeCloseTo(1, 2);
  });
});
