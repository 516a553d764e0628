import { renderMessage } from "../../src/messages.ts";
import { describe, expect, it } from "vitest";
import { assessAdequacy } from "../../src/reserve/assess-adequacy.ts";

describe("assessAdequacy", () => {
  it("reads Mack's mean and s.e. as a lognormal (mean 1M, sd 0.2M: σ² = ln 1.04)", () => {
    const sigma = Math.sqrt(Math.log(1.04));
    const mu = Math.log(1e6) - sigma ** 2 / 2;
    const result = assessAdequacy({ kind: "lognormal", mean: 1e6, standardDeviation: 2e5 }, 1.2e6);
    // Φ((ln 1.2e6 − μ)/σ) = Φ(1.019641…) = 0.846051 (Python math.erfc)
    expect(result.probabilityCovered).toBeCloseTo(0.846051, 5);
    expect(result.quantiles.p995).toBeCloseTo(Math.exp(mu + sigma * 2.5758293035489), 0);
    expect(result.shortfall).toBeCloseTo(result.quantiles.p995 - 1.2e6, 6);
    expect(renderMessage(result.sentence, "en")).toMatch(
      /^The held 1,200,000 yuan covers outstanding claims with 85% probability; 99\.5% needs 1,63\d,\d\d\d yuan\. Short/,
    );
    expect(renderMessage(result.sentence, "zh")).toMatch(/^现有准备金 120万元足以支付未决赔款的概率为 85%/);
  });

  it("counts simulated values at or below the held reserve", () => {
    const result = assessAdequacy({ kind: "sample", values: [5, 1, 4, 2, 3] }, 3);
    expect(result.probabilityCovered).toBe(0.6);
    expect(result.quantiles.p75).toBe(4);
    expect(result.shortfall).toBeCloseTo(5 - 0.02 - 3, 9); // type 7: 4 + 0.98·(5 − 4)
  });
});
