import { describe, expect, it } from "vitest";
import { feeRuinCurveSpec } from "../../src/charts/fee-ruin-curve-spec.ts";
import { fundBalanceFanSpec } from "../../src/charts/fund-balance-fan-spec.ts";
import { withData } from "../../src/charts/with-data.ts";
import { deepFreeze } from "./chart-contract.ts";
import { balance, feeCurve, feeMarks } from "./sample-data.ts";

describe("withData", () => {
  it("returns a copy with datasets filled in, leaving the spec and the rows untouched", () => {
    const spec = deepFreeze(fundBalanceFanSpec());
    const before = JSON.stringify(spec);
    const rows = deepFreeze([...balance]);
    const filled = withData(spec, { balance: rows });
    expect(JSON.stringify(spec)).toBe(before);
    expect(filled).not.toBe(spec);
    expect(filled.datasets?.["balance"]).toEqual(rows);
    expect(filled.datasets?.["balance"]).not.toBe(rows);
    const { datasets: _datasets, ...rest } = filled;
    expect(JSON.stringify(rest)).toBe(before);
  });

  it("fills sources named in nested layers and merges with datasets already present", () => {
    const once = withData(feeRuinCurveSpec(), { feeCurve });
    const twice = withData(once, { feeMarks });
    expect(Object.keys(twice.datasets ?? {}).sort()).toEqual(["feeCurve", "feeMarks"]);
    expect(once.datasets?.["feeMarks"]).toBeUndefined();
  });

  it("throws on a source name the spec does not use", () => {
    expect(() => withData(fundBalanceFanSpec(), { balanse: balance })).toThrow(
      'withData: the spec has no data source named "balanse" (it has: "balance")',
    );
  });
});
