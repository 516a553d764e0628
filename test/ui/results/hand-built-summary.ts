// A run summary written by hand for the view tests: every figure a distinct, recognisable number, so a
// test can state the exact value a table, chart row or CSV cell must show without running summarizeRun.
import type {
  ProbabilityEstimate,
  RunSummary,
  ScenarioSummary,
  YearSummary,
} from "../../../src/risk/summarize-run.ts";
import { NO_COMMON_SHOCKS } from "../../fixtures/no-common-shocks.ts";

/** Year `y`'s figures: each a base plus `y` (yuan and counts) or plus y/100 (ratios). */
function year(y: number, ruinProbability: ProbabilityEstimate, shift = 0): YearSummary {
  return {
    year: y,
    members: { mean: 1_000_000 + y + shift, se: 10 + y },
    claims: { mean: 40_000 + y + shift, se: 20 + y },
    contributions: { mean: 100_000_000 + y + shift, se: 30 + y },
    benefitsIncurred: { mean: 60_000_000 + y + shift, se: 300_000 + y },
    benefitsPaid: {
      mean: 55_000_000 + y + shift,
      se: 250_000 + y,
      p50: 54_000_000 + y + shift,
      p95: 58_000_000 + y + shift,
      p99_5: 59_000_000 + y + shift,
    },
    lossRatio: { mean: 0.6 + y / 100, se: 0.003 + y / 1000, p95: 0.65 + y / 100 },
    paidLossRatio: { mean: 0.55 + y / 100, se: 0.0025 + y / 1000 },
    balance: {
      mean: 40_000_000 + y + shift,
      se: 100_000 + y,
      p1: 20_000_000 + y + shift,
      p5: 25_000_000 + y + shift,
      p25: 35_000_000 + y + shift,
      p50: 39_000_000 + y + shift,
      p75: 45_000_000 + y + shift,
      p95: 55_000_000 + y + shift,
      p99: 60_000_000 + y + shift,
    },
    liabilities: { mean: 5_000_000 + y + shift, se: 50_000 + y },
    ruinProbability,
  };
}

const ruin = (value: number, low: number, high: number): ProbabilityEstimate => ({
  value,
  se: value / 10,
  low,
  high,
});

function scenarioSummary(name: string, shift: number): ScenarioSummary {
  const horizon = ruin(0.02, 0.01, 0.04);
  return {
    scenario: name,
    byYear: [year(1, ruin(0.01, 0.005, 0.03), shift), year(2, horizon, shift)],
    totalBenefitsIncurred: { mean: 120_000_000 + 2 * shift, se: 400_000 },
    ruinProbability: horizon,
    shocks: NO_COMMON_SHOCKS,
    ruinBasis: "balance",
    risk: {
      var99_5: 7_000_000,
      tvar99_5: 8_000_000,
      var99_5Low: 6_500_000,
      var99_5High: 7_500_000,
      tvar99_5Se: 400_000,
      reserveNeeded: {
        target: 0.005,
        reserve: 9_000_000,
        low: 8_500_000,
        high: 9_500_000,
        extra: -1_000_000,
        resolved: false,
        pathsNeeded: 1791,
      },
    },
    breakdown: {
      bands: [
        { table: "inpatient", from: 0, upTo: 10_000, rate: 0.4, active: 1_000_000, retiree: 200_000 },
        { table: "inpatient", from: 10_000, upTo: null, rate: 0.7, active: 3_000_000, retiree: 600_000 },
      ],
      allowance: { active: 500_000, retiree: 100_000 },
      topUp: { active: 50_000, retiree: 10_000 },
      specialOutpatient: 0,
      lumpSums: 0,
      active: 4_550_000,
      retiree: 910_000,
    },
  };
}

/** 2 years of scenario "A" and, for a comparison, "B, cap of 250,000" (each figure 1,000 higher). */
export function handBuiltSummary(): RunSummary {
  const difference = (mean: number) => ({ mean, se: 10, low: mean - 20, high: mean + 20 });
  return {
    ...scenarioSummary("A", 0),
    paths: 100,
    years: 2,
    seed: 5,
    engine: "0.1.0",
    compare: {
      ...scenarioSummary("B, cap of 250,000", 1_000),
      differences: {
        byYear: [
          {
            year: 1,
            members: difference(1_000),
            claims: difference(1_000),
            contributions: difference(1_000),
            benefitsPaid: difference(1_000),
            lossRatio: difference(0.001),
            paidLossRatio: difference(0.001),
            balance: difference(-1_000),
            ruinProbability: difference(0),
          },
          {
            year: 2,
            members: difference(1_000),
            claims: difference(1_000),
            contributions: difference(1_000),
            benefitsPaid: difference(1_000),
            lossRatio: difference(0.002),
            paidLossRatio: difference(0.001),
            balance: difference(-2_000),
            ruinProbability: difference(0.01),
          },
        ],
        totalBenefitsIncurred: difference(2_000),
        ruinProbability: difference(0.01),
        endingBalanceMedian: difference(-1_500),
        valueAtRisk: difference(3_000),
        tailValueAtRisk: difference(4_000),
        reserveNeeded: difference(5_000),
      },
    },
  };
}
