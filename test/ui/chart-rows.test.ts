import { describe, expect, it } from "vitest";
import type { FeeSolution } from "../../src/risk/solve-fee.ts";
import { METRIC, metricCount } from "../../src/sim/metrics.ts";
import type { ScenarioOutcome } from "../../src/sim/run-simulation.ts";
import {
  balanceRows,
  bandLabels,
  breakdownRows,
  differenceRows,
  feeCurveRows,
  feeMarkRows,
  lossRatioRows,
  ruinRows,
} from "../../src/ui/chart-rows.ts";
import { sampleRun, scenario } from "./sample-run.ts";

describe("chart rows", () => {
  it("balanceRows copies each year's balance percentiles under the scenario label", async () => {
    const { summary } = await sampleRun();
    const rows = balanceRows(summary, "A");
    expect(rows).toHaveLength(2);
    const { p1, p5, p25, p50, p75, p95, p99 } = summary.byYear[1]!.balance;
    expect(rows[1]).toEqual({ scenario: "A", year: 2, p1, p5, p25, p50, p75, p95, p99 });
    // With the opening balance, the fan starts at year 0 from that one point.
    const withOpening = balanceRows(summary, "A", 50_000_000);
    expect(withOpening).toHaveLength(3);
    expect(withOpening[0]).toEqual({
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

  it("ruinRows gives the cumulative ruin probability with its Wilson interval by year", async () => {
    const { summary } = await sampleRun();
    const ruin = summary.byYear[0]!.ruinProbability;
    expect(ruinRows(summary, "B")[0]).toEqual({
      scenario: "B",
      year: 1,
      value: ruin.value,
      low: ruin.low,
      high: ruin.high,
    });
  });

  it("lossRatioRows has one row per path-year whose mean is summarizeRun's mean loss ratio", async () => {
    const { run, summary } = await sampleRun();
    const rows = lossRatioRows(run.outcomes[0]!, 6, 2, "A");
    expect(rows).toHaveLength(12);
    const year2 = rows.filter((row) => row.year === 2).map((row) => row.lossRatio);
    const mean = year2.reduce((sum, value) => sum + value, 0) / year2.length;
    expect(mean).toBeCloseTo(summary.byYear[1]!.lossRatio.mean, 12);
  });

  it("lossRatioRows leaves out path-years without contributions (no NaN or Infinity in the histogram)", () => {
    const width = metricCount(1);
    const metrics = new Float64Array(2 * width);
    metrics[METRIC.benefitsIncurred] = 50;
    metrics[METRIC.contributions] = 100;
    metrics[width + METRIC.benefitsIncurred] = 10; // second path: no contributions
    const outcome: ScenarioOutcome = { scenario, width, metrics, bandLabels: ["0–∞ at 50%"] };
    expect(lossRatioRows(outcome, 2, 1, "A")).toEqual([{ scenario: "A", year: 1, lossRatio: 0.5 }]);
  });

  it("breakdownRows lists each band, the allowance and the top-up for actives and retirees, and skips zero lump sums", async () => {
    const { summary } = await sampleRun();
    const breakdown = { ...summary.breakdown, lumpSums: 0 };
    const labels = { bands: breakdown.bands.map((_, index) => `band ${index}`), lumpSums: "L" };
    const rows = breakdownRows(Object.freeze(breakdown), "A", labels);
    expect([...new Set(rows.map((row) => row.component))]).toEqual([
      ...breakdown.bands.map((_, index) => `band ${index}`),
      "allowance",
      "top-up",
    ]);
    expect(rows.find((row) => row.component === "allowance" && row.status === "retiree")).toEqual({
      scenario: "A",
      component: "allowance",
      status: "retiree",
      amount: breakdown.allowance.retiree,
    });
    // The rows add up to the inpatient and special outpatient benefits of both statuses, give or take
    // the half cent a claim by which the band attribution can differ from the rounded benefit.
    const total = rows.reduce((sum, row) => sum + row.amount, 0);
    const expected = breakdown.active + breakdown.retiree;
    expect(Math.abs(total - expected) / expected).toBeLessThan(1e-5);
    const withLumpSums = breakdownRows({ ...summary.breakdown, lumpSums: 1234 }, "A", labels);
    expect(withLumpSums.at(-1)).toEqual({ scenario: "A", component: "L", status: "all", amount: 1234 });
  });

  it("bandLabels labels every band slot in the order of the run's band attribution", () => {
    const labels = bandLabels(
      scenario,
      (band, special) => `${special ? "S" : ""}${band.from}-${band.upTo}@${band.rate}`,
    );
    expect(labels[0]).toBe("0-3000@0.4");
    expect(labels).toHaveLength(scenario.policy.inpatient.bands.length);
  });

  it("differenceRows gives benefits paid, balance and ruin differences by year with their intervals", async () => {
    const { summary } = await sampleRun();
    const rows = differenceRows(summary.compare!);
    expect(rows).toHaveLength(6);
    const paid = summary.compare!.differences.byYear[0]!.benefitsPaid;
    expect(rows[0]).toEqual({
      year: 1,
      measure: "benefitsPaid",
      mean: paid.mean,
      low: paid.low,
      high: paid.high,
    });
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
