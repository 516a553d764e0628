import { describe, expect, it } from "vitest";
import { poissonInterval } from "../../src/results/poisson-interval.ts";

// Exact (Garwood) 95% limits from R: qchisq(0.025, 2k)/2 and qchisq(0.975, 2k + 2)/2.
const exact: [number, number, number][] = [
  [0, 0, 3.6888794541139354],
  [1, 0.025317807984289876, 5.571643390938898],
  [10, 4.7953886961324335, 18.39035604201778],
  [100, 81.36399125092314, 121.62679379242638],
];

describe("poissonInterval (Byar)", () => {
  it.each(exact)(
    "k = %d: within 1.5%% of the exact Garwood limits (upper), 3%% (lower)",
    (k, lower, upper) => {
      const interval = poissonInterval(k);
      expect(interval.upper / upper).toBeCloseTo(1, 1);
      expect(Math.abs(interval.upper / upper - 1)).toBeLessThan(0.015);
      if (k === 0) expect(interval.lower).toBe(0);
      else expect(Math.abs(interval.lower / lower - 1)).toBeLessThan(k === 1 ? 0.03 : 0.01);
    },
  );
});
