import { describe, expect, it } from "vitest";
import { resolveYearAdjustments } from "../../src/sim/year-adjustments.ts";

describe("year adjustments", () => {
  it("multiplies multipliers of overlapping overrides, replaces with the last, and ignores years past the horizon", () => {
    const adjust = resolveYearAdjustments(
      [
        { from: 2, selfPayMultiplier: 1.2 },
        { from: 3, to: 9, selfPayMultiplier: 1.5, interestRate: 0.01 },
        { from: 3, interestRate: 0.001 },
        { from: 1, to: 1, epidemicMultiplier: 1.25 },
        { from: 2, to: 2, membershipMultiplier: 0.85 },
        { from: 7, membershipMultiplier: 0.5 },
      ],
      3,
    );
    expect(Array.from(adjust.selfPay)).toEqual([1, 1.2, 1.2 * 1.5]);
    expect(Array.from(adjust.interest)).toEqual([NaN, NaN, 0.001]);
    expect(Array.from(adjust.epidemic)).toEqual([1.25, NaN, NaN]);
    expect(Array.from(adjust.membership)).toEqual([1, 0.85, 1]);
    expect(Array.from(adjust.frequency)).toEqual([1, 1, 1]);
    expect(adjust.any).toBe(true);
    expect(resolveYearAdjustments([], 2).any).toBe(false);
  });
});
