import { describe, expect, it } from "vitest";
import type { FeeSolution } from "../../src/risk/solve-fee.ts";
import { METRIC, metricCount } from "../../src/sim/metrics.ts";
import type { ScenarioOutcome } from "../../src/sim/run-simulation.ts";
import {
  balanceRows,
  breakdownRows,
  differenceRows,
  feeCurveRows,
  feeMarkRows,
  lossRatioRows,
  ruinRows,
} from "../../src/charts/chart-rows.ts";
import { handBuiltSummary } from "../ui/results/hand-built-summary.ts";
import { scenario } from "../ui/results/sample-run.ts";

// Rows from a hand-built summary (test/ui/results/hand-built-summary.ts): expected values are its numbers, written out.
const summary = Object.freeze(handBuiltSummary());

describe("chart rows", () => {
  it("balanceRows copies each year's balance percentiles under the scenario label", () => {
    const rows = balanceRows(summary, "A");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({
      scenario: "A",
      year: 2,
      p1: 20_000_002,
      p5: 25_000_002,
      p25: 35_000_002,
      p50: 39_000_002,
      p75: 45_000_002,
      p95: 55_000_002,
      p99: 60_000_002,
    });
  });

  it("balanceRows starts the fan at year 0 from the opening balance when given", () => {
    const rows = balanceRows(summary, "A", 50_000_000);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      scenario: "A",
      year: 0,
      p1: 50_000_000,
      p5: 50_000_000,
      p25: 50_000_000,
      p50: 50_000_000,
      p75: 50_000_000,
      p95: 50_000_000,
      p99: 50_000_000,
    });
  });

  it("ruinRows gives the cumulative ruin probability with its Wilson interval by year", () => {
    expect(ruinRows(summary, "B")).toEqual([
      { scenario: "B", year: 1, value: 0.01, low: 0.005, high: 0.03 },
      { scenario: "B", year: 2, value: 0.02, low: 0.01, high: 0.04 },
    ]);
  });

  it("lossRatioRows has one row per path-year: benefits incurred ÷ contributions", () => {
    // 2 paths × 2 years, path-major: (path 0, year 1), (path 0, year 2), (path 1, year 1), (path 1, year 2)
    const width = metricCount(1);
    const metrics = new Float64Array(4 * width);
    [
      [80, 100],
      [90, 100],
      [120, 100],
      [50, 200],
    ].forEach(([incurred, contributions], row) => {
      metrics[row * width + METRIC.benefitsIncurred] = incurred!;
      metrics[row * width + METRIC.contributions] = contributions!;
    });
    const outcome: ScenarioOutcome = {
      scenario,
      width,
      metrics,
      bandSlots: [{ table: "inpatient", from: 0, upTo: null, rate: 0.5 }],
    };
    expect(lossRatioRows(outcome, 2, 2, "A")).toEqual([
      { scenario: "A", year: 1, lossRatio: 0.8 },
      { scenario: "A", year: 1, lossRatio: 1.2 },
      { scenario: "A", year: 2, lossRatio: 0.9 },
      { scenario: "A", year: 2, lossRatio: 0.25 },
    ]);
  });

  it("lossRatioRows leaves out path-years without contributions (no NaN or Infinity in the histogram)", () => {
    const width = metricCount(1);
    const metrics = new Float64Array(2 * width);
    metrics[METRIC.benefitsIncurred] = 50;
    metrics[METRIC.contributions] = 100;
    metrics[width + METRIC.benefitsIncurred] = 10; // second path: no contributions
    const outcome: ScenarioOutcome = {
      scenario,
      width,
      metrics,
      bandSlots: [{ table: "inpatient", from: 0, upTo: null, rate: 0.5 }],
    };
    expect(lossRatioRows(outcome, 2, 1, "A")).toEqual([{ scenario: "A", year: 1, lossRatio: 0.5 }]);
  });

  it("breakdownRows lists each band, the allowance and the top-up for actives and retirees, and skips zero lump sums", () => {
    const breakdown = { ...summary.breakdown, lumpSums: 0 };
    const rows = breakdownRows(Object.freeze(breakdown), "A", "en");
    // The hand-built bands: 0–10,000 at 40% and 10,000 and above at 70%.
    expect([...new Set(rows.map((row) => row.component))]).toEqual([
      "0–10k at 40%",
      "above 10k at 70%",
      "allowance",
      "top-up",
    ]);
    expect(rows.find((row) => row.component === "allowance" && row.status === "retiree")).toEqual({
      scenario: "A",
      component: "allowance",
      status: "retiree",
      amount: 100_000,
    });
    expect(rows.find((row) => row.component === "above 10k at 70%" && row.status === "active")?.amount).toBe(
      3_000_000,
    );
    // The rows add up to the benefits of both statuses: 4,550,000 + 910,000.
    expect(rows.reduce((sum, row) => sum + row.amount, 0)).toBe(5_460_000);
    const withLumpSums = breakdownRows({ ...summary.breakdown, lumpSums: 1234 }, "A", "en");
    expect(withLumpSums.at(-1)).toEqual({
      scenario: "A",
      component: "lump-sums",
      status: "all",
      amount: 1234,
    });
  });

  it("breakdownRows names the bands in Chinese for a Chinese chart, with no English word", () => {
    const rows = breakdownRows(summary.breakdown, "A", "zh");
    const bands = [...new Set(rows.map((row) => row.component))].slice(0, 2);
    expect(bands).toEqual(["0–1万元 报销40%", "1万元以上 报销70%"]);
    for (const band of bands) expect(band).not.toMatch(/[A-Za-z]/);
  });

  it("differenceRows gives benefits paid, balance and ruin differences by year with their intervals", () => {
    const rows = differenceRows(summary.compare!);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ year: 1, measure: "benefitsPaid", mean: 1_000, low: 980, high: 1_020 });
    expect(rows[4]).toEqual({ year: 2, measure: "balance", mean: -2_000, low: -2_020, high: -1_980 });
    expect(rows.map((row) => row.measure).slice(0, 3)).toEqual([
      "benefitsPaid",
      "balance",
      "ruinProbability",
    ]);
  });

  it("feeCurveRows and feeMarkRows put the solved and break-even fees on the curve", () => {
    const solution: FeeSolution = {
      targetRuin: 0.05,
      solvedFee: 80,
      solvedFeeLow: 70,
      solvedFeeHigh: 90,
      resolved: true,
      pathsNeeded: 171,
      belowBreakEven: false,
      breakEvenFee: 60,
      curve: [
        { fee: 40, ruinProbability: 0.5, low: 0.4, high: 0.6, meanResult: -10 },
        { fee: 60, ruinProbability: 0.2, low: 0.1, high: 0.3, meanResult: 0 },
        { fee: 80, ruinProbability: 0.04, low: 0.01, high: 0.09, meanResult: 10 },
      ],
    };
    expect(feeCurveRows(solution)[1]).toEqual({ fee: 60, ruinProbability: 0.2, low: 0.1, high: 0.3 });
    expect(feeMarkRows(solution)).toEqual([
      { label: "solved", fee: 80, ruinProbability: 0.04 },
      { label: "breakEven", fee: 60, ruinProbability: 0.2 },
    ]);
    expect(feeMarkRows({ ...solution, solvedFee: null })).toEqual([
      { label: "breakEven", fee: 60, ruinProbability: 0.2 },
    ]);
  });
});
