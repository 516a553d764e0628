import { describe, expect, it } from "vitest";
import { pathsToResolve } from "../../src/risk/paths-to-resolve.ts";
import { reserveNeeded } from "../../src/risk/reserve-needed.ts";

describe("reserveNeeded", () => {
  it("is the opening fund plus the need of the path at rank n − ⌊target n⌋, with interest carried forward", () => {
    // 4 paths × 2 years, interest 10%. Needs max_t(−m_t / 1.1^t):
    // path 0: −(−11)/1.1 = 10, −(5)/1.21 → 10; path 1: −(20)/1.1, −(−121)/1.21 = 100 → 100;
    // path 2: −(30)/1.1, −(40)/1.21 → −24.79…; path 3: −(−22)/1.1 = 20, −(−12.1)/1.21 = 10 → 20.
    const measures = [-11, 5, 20, -121, 30, 40, -22, -12.1];
    // Target 0 (below 1/4): no path may be ruined: the largest need, 100, on top of an opening 50 → 150.
    const none = reserveNeeded(measures, 4, 2, 0.1, 50, 0);
    expect(none.extra).toBeCloseTo(100, 9);
    expect(none.reserve).toBeCloseTo(150, 9);
    // Target 0.25: one path may be ruined: the second-largest need, 20 → 70.
    expect(reserveNeeded(measures, 4, 2, 0.1, 50, 0.25).reserve).toBeCloseTo(70, 9);
    // Target 0.5: two may: need 10 → 60. With an opening fund of 0 and need −24.79 at rank 0 (target 0.75):
    // the scenario holds more than it needs, and the reserve needed is 0, not negative.
    expect(reserveNeeded(measures, 4, 2, 0.1, 50, 0.5).reserve).toBeCloseTo(60, 9);
    const ample = reserveNeeded(measures, 4, 2, 0.1, 0, 0.75);
    expect(ample.extra).toBeCloseTo(-30 / 1.1, 9);
    expect(ample.reserve).toBe(0);
  });

  it("says whether the paths resolve the target", () => {
    expect(reserveNeeded([1], 1, 1, 0, 0, 0.005)).toMatchObject({ resolved: false, pathsNeeded: 1791 });
    expect(reserveNeeded(new Float64Array(2000), 2000, 1, 0, 0, 0.005).resolved).toBe(true);
  });
});

describe("pathsToResolve", () => {
  it("asks for nine ruined paths expected at the target: n ≥ 9 (1 − p) / p", () => {
    expect(pathsToResolve(0.005)).toBe(1791); // 9 × 0.995 / 0.005 = 1,791
    expect(pathsToResolve(0.01)).toBe(891); // 9 × 0.99 / 0.01 = 891
    expect(pathsToResolve(0.1)).toBe(81);
  });
});
