import { renderMessage } from "../../src/messages.ts";
import { describe, expect, it } from "vitest";
import { bornhuetterFerguson } from "../../src/reserve/bornhuetter-ferguson.ts";

describe("bornhuetterFerguson", () => {
  // Factors by hand: f₁ = (150 + 165) / (100 + 110) = 1.5, f₂ = 180 / 150 = 1.2.
  const triangle = {
    origins: ["2022", "2023", "2024"],
    cells: [
      [100, 150, 180],
      [110, 165, null],
      [120, null, null],
    ],
  };

  it("outstanding = prior × (1 − 1/F): 2023: 200·(1 − 1/1.2), 2024: 300·(1 − 1/1.8)", () => {
    const result = bornhuetterFerguson(triangle, [180, 200, 300]);
    if (!result.ok) throw new Error(renderMessage(result.reason, "en"));
    const ibnr = result.value.byOrigin.map((row) => row.ibnr);
    expect(ibnr[0]).toBe(0);
    expect(ibnr[1]).toBeCloseTo(200 * (1 - 1 / 1.2), 9);
    expect(ibnr[2]).toBeCloseTo(300 * (1 - 1 / 1.8), 9);
    expect(result.value.total.ibnr).toBeCloseTo(ibnr[1]! + ibnr[2]!, 9);
  });

  it("says which origin has no prior", () => {
    const result = bornhuetterFerguson(triangle, [180, 200]);
    expect(!result.ok && renderMessage(result.reason, "en")).toMatch(/origin 2024/);
  });
});
