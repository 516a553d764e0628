import { describe, expect, it } from "vitest";
import { horizonChange, horizonLevels, PROBABILITY_GRID } from "../../src/risk/attribute-change.ts";
import type { HorizonTotals } from "../../src/risk/horizon-totals.ts";

const totals = (benefits: number[], result: number[], ruined: number[]): HorizonTotals => ({
  benefitsIncurred: Float64Array.from(benefits),
  result: Float64Array.from(result),
  ruined: Float64Array.from(ruined),
});

describe("horizon levels and changes", () => {
  it("rounds means to whole yuan and probabilities to the 2⁻²⁴ grid (worked: 1.7 → 2, 1/3 → 5592405/2²⁴)", () => {
    const levels = horizonLevels(totals([1.4, 2], [0, 1], [0, 1]), 2);
    expect(levels).toEqual({ benefitsIncurred: 2, result: 1, ruinProbability: 0.5 });
    const third = horizonLevels(totals([0, 0, 0], [0, 0, 0], [1, 0, 0]), 3);
    expect(third.ruinProbability * PROBABILITY_GRID).toBe(5592405); // round(16777216 / 3)
  });

  it("consecutive changes of thirds and sevenths sum exactly to the whole change", () => {
    // ruined counts 0 → 1 → 2 → 3 of 3 paths (and 0.1 yuan steps in benefits)
    const stages = [
      totals([0.1, 0.2, 0.3], [1, 1, 1], [0, 0, 0]),
      totals([0.4, 0.2, 0.3], [2, 1, 1], [1, 0, 0]),
      totals([0.4, 0.9, 0.3], [2, 5, 1], [1, 1, 0]),
      totals([0.4, 0.9, 7.7], [2, 5, 9], [1, 1, 1]),
    ];
    const levels = stages.map((stage) => horizonLevels(stage, 3));
    const steps = [0, 1, 2].map((i) => horizonChange(stages[i]!, stages[i + 1]!, levels[i]!, levels[i + 1]!));
    const total = horizonChange(stages[0]!, stages[3]!, levels[0]!, levels[3]!);
    expect(steps.reduce((sum, step) => sum + step.ruinProbability, 0)).toBe(total.ruinProbability);
    expect(total.ruinProbability).toBe(1);
    expect(steps.reduce((sum, step) => sum + step.benefitsIncurred, 0)).toBe(total.benefitsIncurred);
    // the paired interval of the first step: differences [1, 0, 0] → mean 1/3, sd 1/√3, se 1/3
    const [low, high] = steps[0]!.interval.ruinProbability;
    expect((low + high) / 2).toBeCloseTo(1 / 3, 12);
    expect((high - low) / 2).toBeCloseTo(1.959963984540054 / 3, 12);
  });
});
