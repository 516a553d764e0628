import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsvRows } from "../../src/data/parse-csv-rows.ts";
import { scenarioDefaults } from "../../src/scenario/defaults.ts";

// data/published/national-trends.csv: the published rows the common-shock defaults are calibrated to.
describe("published national trends", () => {
  const file = "data/published/national-trends.csv";
  const { rows } = parseCsvRows(readFileSync(file, "utf8"), file, ["series", "period", "value", "source"]);
  const value = (series: string, period: string) => {
    const row = rows.find((entry) => entry.series === series && entry.period === period);
    if (!row) throw new Error(`${file}: no row ${series} ${period}`);
    return Number(row.value);
  };

  it("names a source for every row", () => {
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row.source ?? "").not.toBe("");
  });

  it("derives its D rows by the arithmetic they state", () => {
    // 2022 admissions = 30,187.3万 − 5,501.1万; the 2023 change = 5,501.1 / 24,686.2 = 22.28%.
    expect(value("national_admissions", "2022")).toBe(
      value("national_admissions", "2023") - value("national_admissions_increase", "2023"),
    );
    expect(value("national_admissions_change", "2023")).toBeCloseTo(
      value("national_admissions_increase", "2023") / value("national_admissions", "2022"),
      4,
    );
    expect(value("employee_hospitalisation_rate_change", "2021-2023")).toBeCloseTo(0.2186 / 0.177 - 1, 3);
    expect(value("inner_mongolia_claims_per_100", "2019-2024")).toBeCloseTo((100 * 281500) / 5815000, 2);
    expect(value("inner_mongolia_benefit_per_claim", "2019-2024")).toBeCloseTo(247e6 / 281500, 0);
  });

  it("supports the default shocks: yearly frequency moves of several percent, cost-trend moves of ±3–8 points", () => {
    const shocks = scenarioDefaults.assumptions.shocks;
    // The ordinary-year frequency CV sits between the +3.4% (2018) move and the two-year +23.5% rise.
    expect(shocks.frequencyCv).toBeGreaterThanOrEqual(value("national_admissions_change", "2018"));
    expect(shocks.frequencyCv).toBeLessThan(value("employee_hospitalisation_rate_change", "2021-2023"));
    // Cost-per-stay growth ranged from +5.8% to −5.0%: about ±3 points around a 3% mean.
    const spread =
      (value("employee_cost_per_stay_growth", "2018-2021") - value("hospital_cost_per_stay_change", "2023")) /
      2;
    expect(shocks.inflationVolatility).toBeLessThanOrEqual(spread);
    // The epidemic range covers the 2020 fall and the 2023 rebound.
    expect(shocks.epidemic.multiplierLow).toBeLessThanOrEqual(
      1 + value("national_admissions_change", "2020"),
    );
    expect(shocks.epidemic.multiplierHigh).toBeGreaterThanOrEqual(
      1 + value("national_admissions_change", "2023"),
    );
  });
});
