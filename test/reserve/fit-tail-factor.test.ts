import { renderMessage } from "../../src/messages.ts";
import { describe, expect, it } from "vitest";
import { fitTailFactor } from "../../src/reserve/fit-tail-factor.ts";

describe("fitTailFactor", () => {
  it("extends f − 1 halving each period: ∏ⱼ≥₂ (1 + 2⁻ʲ) = 2.3842310290… / 1.5", () => {
    // ∏ⱼ≥₁ (1 + 2⁻ʲ) = 2.384231029031371 (OEIS A081845).
    const tail = fitTailFactor([3, 2, 1.5]);
    expect(tail.ok && tail.value).toBeCloseTo(2.384231029031371 / 1.5, 10);
  });

  it("says why when the factors do not fall towards 1 or too few are above 1", () => {
    const rising = fitTailFactor([1.1, 1.2, 1.3]);
    expect(!rising.ok && renderMessage(rising.reason, "en")).toMatch(/do not decrease/);
    const flat = fitTailFactor([1.2, 1, 0.99]);
    expect(!flat.ok && renderMessage(flat.reason, "zh")).toMatch(/不足两个/);
  });
});
