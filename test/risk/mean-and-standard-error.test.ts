import { describe, expect, it } from "vitest";
import { meanAndStandardError } from "../../src/risk/mean-and-standard-error.ts";

describe("meanAndStandardError", () => {
  it("matches numpy: mean, std(ddof=1), std(ddof=1)/sqrt(n)", () => {
    // numpy 1.24.2: v = np.array([2,4,4,4,5,5,7,9.0]); v.mean(), v.std(ddof=1), v.std(ddof=1)/np.sqrt(8)
    const values = Object.freeze([2, 4, 4, 4, 5, 5, 7, 9]);
    const result = meanAndStandardError(values);
    expect(result.n).toBe(8);
    expect(result.mean).toBe(5);
    expect(result.sd).toBeCloseTo(2.138089935299395, 14);
    expect(result.se).toBeCloseTo(0.7559289460184544, 14);
  });

  it("keeps precision for large values with a small spread (two-pass, no Σx² − n·x̄² cancellation)", () => {
    // numpy: w = np.array([1e9+1, 1e9+2, 1e9+3, 1e9+4]); w.mean(), w.std(ddof=1), w.std(ddof=1)/2
    const result = meanAndStandardError(new Float64Array([1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4]));
    expect(result.mean).toBe(1000000002.5);
    expect(result.sd).toBeCloseTo(1.2909944487358056, 9);
    expect(result.se).toBeCloseTo(0.6454972243679028, 9);
  });

  it("gives NaN spread for a single value and NaN everything for none", () => {
    expect(meanAndStandardError([3])).toEqual({ mean: 3, se: Number.NaN, sd: Number.NaN, n: 1 });
    expect(meanAndStandardError([])).toEqual({ mean: Number.NaN, se: Number.NaN, sd: Number.NaN, n: 0 });
  });

  it("propagates NaN values", () => {
    const result = meanAndStandardError([1, Number.NaN, 3]);
    expect(result.mean).toBeNaN();
    expect(result.se).toBeNaN();
  });

  it("does not modify its input", () => {
    const values = new Float64Array([5, 1, 3]);
    meanAndStandardError(values);
    expect(Array.from(values)).toEqual([5, 1, 3]);
  });
});
