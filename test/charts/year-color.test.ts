import { describe, expect, it } from "vitest";
import { COLORS } from "../../src/charts/base-spec.ts";
import { yearColor } from "../../src/charts/year-color.ts";

describe("yearColor", () => {
  it("colours years in ascending order, last year neutral and this year in the main colour", () => {
    expect(yearColor("年度")).toEqual({
      field: "year",
      type: "nominal",
      title: "年度",
      sort: "ascending",
      scale: { range: [COLORS.neutral, COLORS.main] },
    });
  });
});
