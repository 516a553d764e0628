import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePublishedFigures } from "../../src/data/published-figures.ts";
import { compileModel } from "../../src/model/compile-model.ts";
import { comparePublished, publishedMatch } from "../../src/results/compare-published.ts";
import { publishedComparisonCells, publishedVerdict } from "../../src/results/published-comparison-cells.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { NO_COMMON_SHOCKS } from "../fixtures/no-common-shocks.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { runPaths } from "../../src/sim/run-paths.ts";

// The published values below are worked by hand from the rows of data/published/inner-mongolia.csv
// (seed 000 and the government site), not read back from the code.
const figures = parsePublishedFigures(
  readFileSync("data/published/inner-mongolia.csv", "utf8"),
  "data/published/inner-mongolia.csv",
);
const find = (
  rows: ReturnType<typeof comparePublished>["rows"],
  measure: string,
  product: string,
  from: number,
) => rows.find((row) => row.measure === measure && row.product === product && row.periodFrom === from);

describe("publishedMatch", () => {
  it("matches Inner Mongolia scenarios by file name or the file they extend, and no other city", () => {
    expect(publishedMatch(["inner-mongolia-2021"])).toEqual({ fund: "inner-mongolia", scenarioYear: 2021 });
    expect(publishedMatch(["inner-mongolia-2025-cap-250k"])).toEqual({
      fund: "inner-mongolia",
      scenarioYear: 2025,
    });
    expect(publishedMatch(["scenarios/mine.json", "inner-mongolia-2025"])?.scenarioYear).toBe(2025);
    expect(publishedMatch(["linyi-2019"])).toBeNull();
    expect(publishedMatch(["wenzhou-2015", "hangzhou-2016"])).toBeNull();
  });
});

describe("comparePublished, Inner Mongolia 2025", () => {
  const model = compileModel(loadScenario("scenarios/inner-mongolia-2025.json"));
  const comparison = comparePublished(model, figures, { fund: "inner-mongolia", scenarioYear: 2025 });

  it("compares 2024, the latest published year (2025 is not published)", () => {
    expect(comparison.year).toBe(2024);
    // seed 000: 143.95万人, 174.26万人次
    expect(find(comparison.rows, "members", "all", 2024)?.published).toBe(1_439_500);
    expect(find(comparison.rows, "person_times", "all", 2024)?.published).toBe(1_742_600);
  });

  it("derives the published rates by hand: 281,500 / 5,815,000 claims, 247M / 281,500 yuan, 25.95M / 1,212", () => {
    expect(find(comparison.rows, "claims_per_100", "inpatient", 2019)?.published).toBeCloseTo(4.84093, 4);
    expect(find(comparison.rows, "payout_per_claim", "inpatient", 2019)?.published).toBeCloseTo(877.442, 2);
    expect(find(comparison.rows, "claims_per_100", "special_disease", 2022)?.published).toBeCloseTo(
      0.175984,
      5,
    );
    expect(find(comparison.rows, "payout_per_claim", "special_disease", 2022)?.published).toBeCloseTo(
      21410.89,
      1,
    );
    // government site 2019–2023: 261k claims over 6.466M member-years, 252M yuan
    expect(find(comparison.rows, "claims_per_100", "all", 2019)?.published).toBeCloseTo(4.34656, 4);
    const all2023 = comparison.rows.find(
      (row) => row.measure === "claims_per_100" && row.product === "all" && row.periodTo === 2023,
    );
    expect(all2023?.published).toBeCloseTo(4.0365, 4);
  });

  it("expects the women's product by the rules' arithmetic: ⅔ of the 32,000 cap a claim, 0.176% less the observation period", () => {
    const payout = find(comparison.rows, "payout_per_claim", "special_disease", 2022)!;
    expect(payout.expected).toBeCloseTo((2 / 3) * 32000, 6);
    // Incidence 0.00176; new joiners (9%) diagnosed within 30 days of the start get nothing.
    const rate = find(comparison.rows, "claims_per_100", "special_disease", 2022)!;
    expect(rate.expected).toBeCloseTo(100 * 0.00176 * (1 - 0.09 * (30 / 365)), 8);
    expect(rate.difference).toBeCloseTo(rate.expected! / (100 * (1212 / 688_700)) - 1, 12);
    expect(rate.within).toBe(true);
  });

  it("starts from the published 2024 membership (within the cells' rounding)", () => {
    const members = find(comparison.rows, "members", "all", 2024)!;
    expect(Math.abs(members.difference!)).toBeLessThan(0.001);
    expect(members.within).toBe(true);
  });

  it("flags what lies outside ±15%: all products' yuan a claim under the 2025 rules, and says so", () => {
    const outside = comparison.rows.filter((row) => row.within === false);
    expect(outside.map((row) => `${row.measure}/${row.product}`)).toEqual([
      "payout_per_claim/all",
      "payout_per_claim/all",
    ]);
    expect(comparison.outside).toBe(2);
    expect(comparison.compared).toBe(10);
    expect(publishedVerdict(comparison, "en")).toMatch(/^2 of 10 figures compared are outside/);
    expect(publishedVerdict(comparison, "zh")).toMatch(/^参与对照的 10 项指标中有 2 项超出/);
  });

  it("renders cells in Chinese and English with the source document", () => {
    const row = find(comparison.rows, "person_times", "all", 2024)!;
    const zh = publishedComparisonCells(row, "zh");
    expect(zh.cells.figure).toBe("参互人次（全部项目）");
    expect(zh.cells.published).toBe("1,742,600");
    expect(zh.cells.source).toBe("内蒙古职工互助保障五年工作回顾（2025）");
    const en = publishedComparisonCells(find(comparison.rows, "claims_per_100", "inpatient", 2019)!, "en");
    expect(en.cells.published).toBe("4.84");
    expect(en.basis).toBe("281,500 ÷ 5,815,000");
  });
});

describe("comparePublished, Inner Mongolia 2021", () => {
  const scenario = loadScenario("scenarios/inner-mongolia-2021.json");
  const model = compileModel(scenario);
  const comparison = comparePublished(model, figures, { fund: "inner-mongolia", scenarioYear: 2021 });

  it("compares the 2021 members (1,157,123, the notice's target) and leaves the women's product out", () => {
    expect(comparison.year).toBe(2021);
    expect(find(comparison.rows, "members", "inpatient", 2021)?.published).toBe(1_157_123);
    expect(find(comparison.rows, "claims_per_100", "special_disease", 2022)?.expected).toBeNull();
    expect(find(comparison.rows, "claims_per_100", "special_disease", 2022)?.within).toBeNull();
  });

  it("expects what a simulated year one (no common shocks) gives: claims within 3%, payout within 5%", () => {
    const withoutShocks = { ...scenario, assumptions: { ...scenario.assumptions, shocks: NO_COMMON_SHOCKS } };
    const run = runPaths({ scenarios: [withoutShocks], seed: 7, years: 1, pathStart: 0, pathEnd: 1 });
    const metrics = run.metrics[0]!;
    const members = metrics[METRIC.members]!;
    const claims = metrics[METRIC.claims]!;
    const payout = metrics[METRIC.benefitsIncurred]!;
    const rate = find(comparison.rows, "claims_per_100", "inpatient", 2019)!.expected!;
    const perClaim = find(comparison.rows, "payout_per_claim", "inpatient", 2019)!.expected!;
    // One path of ~52k claims: the claim count's standard error is about 0.5%, the payout's about 1.5%.
    expect(Math.abs((100 * claims) / members / rate - 1)).toBeLessThan(0.03);
    expect(Math.abs(payout / claims / perClaim - 1)).toBeLessThan(0.05);
  });
});
