import { describe, expect, it } from "vitest";
import type { KeyFigure } from "../../../src/ui/results/key-figure-rows.ts";
import { errorText } from "../../../src/ui/results/key-figures.ts";

describe("errorText", () => {
  it("says why TVaR has no error (one path in the tail) instead of a bare dash", () => {
    const tvar: KeyFigure = {
      figure: "tailValueAtRisk",
      year: null,
      unit: "yuan",
      value: -64e6,
      error: null,
    };
    expect(errorText(tvar, "en")).toBe("— (only 1 path in the 0.5% tail: no error estimate; run more paths)");
    expect(errorText(tvar, "zh")).toBe("—（只有 1 条路径落在 0.5% 尾部，无法估计误差；请增加路径数）");
  });
});
