import { describe, expect, it } from "vitest";
import * as charts from "../../src/charts/index.ts";

describe("src/charts/index.ts", () => {
  it("re-exports every spec function and helper", () => {
    for (const name of [
      "fundBalanceFanSpec",
      "ruinProbabilitySpec",
      "lossRatioDistributionSpec",
      "benefitBreakdownSpec",
      "differenceSpec",
      "feeRuinCurveSpec",
      "withData",
      "amountLabelExpr",
      "amountExpr",
      "chartText",
    ] as const) {
      expect(typeof charts[name], name).toBe("function");
    }
    expect([
      charts.FUND_BALANCE_DATA,
      charts.RUIN_DATA,
      charts.LOSS_RATIO_DATA,
      charts.BENEFIT_BREAKDOWN_DATA,
      charts.DIFFERENCE_DATA,
      charts.FEE_CURVE_DATA,
      charts.FEE_MARKS_DATA,
    ]).toEqual(["balance", "ruin", "lossRatio", "breakdown", "difference", "feeCurve", "feeMarks"]);
  });
});
