/**
 * Small deterministic sample rows for the chart tests and `render-previews.ts`. Shapes follow the row
 * types in `src/charts/`; the numbers are made up but plausible for a union medical mutual-aid fund
 * (balance of a few million yuan, fee around 60–120 yuan per member per year).
 */
import type { BenefitBreakdownRow } from "../../src/charts/benefit-breakdown-spec.ts";
import type { DifferenceRow } from "../../src/charts/difference-spec.ts";
import type { FeeCurveRow, FeeMarkRow } from "../../src/charts/fee-ruin-curve-spec.ts";
import type { FundBalanceRow } from "../../src/charts/fund-balance-fan-spec.ts";
import type { LossRatioRow } from "../../src/charts/loss-ratio-distribution-spec.ts";
import type { RuinRow } from "../../src/charts/ruin-probability-spec.ts";

const YEARS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The rows of one scenario only (e.g. "A": the single-scenario sample of a chart). */
export function onlyScenario<R extends { readonly scenario: string }>(
  rows: readonly R[],
  scenario: string,
): R[] {
  return rows.filter((r) => r.scenario === scenario);
}

/** z-scores of the percentiles 1, 5, 25, 75, 95, 99 of a normal distribution. */
const Z = { p1: -2.326, p5: -1.645, p25: -0.674, p75: 0.674, p95: 1.645, p99: 2.326 };

function balanceRows(scenario: string, start: number, drift: number, sd: number): FundBalanceRow[] {
  return YEARS.map((year) => {
    const mean = start + drift * year;
    const s = sd * Math.sqrt(year);
    return {
      scenario,
      year,
      p1: mean + Z.p1 * s,
      p5: mean + Z.p5 * s,
      p25: mean + Z.p25 * s,
      p50: mean,
      p75: mean + Z.p75 * s,
      p95: mean + Z.p95 * s,
      p99: mean + Z.p99 * s,
    };
  });
}

/** Scenario A: the balance slowly declines; scenario B (higher fee): it grows. */
export const balance: FundBalanceRow[] = [
  ...balanceRows("A", 5_000_000, -250_000, 600_000),
  ...balanceRows("B", 5_000_000, 150_000, 600_000),
];

function ruinRows(scenario: string, rate: number): RuinRow[] {
  return YEARS.map((year) => {
    const value = 1 - (1 - rate) ** Math.max(0, year - 2);
    const half = 1.96 * Math.sqrt((value * (1 - value)) / 2000) + 0.002;
    return { scenario, year, value, low: Math.max(0, value - half), high: Math.min(1, value + half) };
  });
}

export const ruin: RuinRow[] = [...ruinRows("A", 0.03), ...ruinRows("B", 0.006)];

/** A deterministic stand-in for random loss ratios: a spread-out, slightly skewed set. */
function lossRatioRows(scenario: string, centre: number): LossRatioRow[] {
  const rows: LossRatioRow[] = [];
  for (let path = 0; path < 60; path++) {
    for (const year of [1, 2, 3, 4, 5]) {
      const u = ((path * 37 + year * 11) % 97) / 97;
      const v = ((path * 53 + year * 29) % 89) / 89;
      rows.push({ scenario, year, lossRatio: centre + 0.35 * (u + v - 1) + 0.25 * u * u * v });
    }
  }
  return rows;
}

export const lossRatio: LossRatioRow[] = [...lossRatioRows("A", 1.02), ...lossRatioRows("B", 0.86)];

function breakdownRows(scenario: string, scale: number): BenefitBreakdownRow[] {
  const parts: [string, number, number][] = [
    ["0–3,000 @40%", 620_000, 540_000],
    ["3,000–10,000 @60%", 910_000, 1_120_000],
    ["10,000+ @80%", 480_000, 760_000],
    ["allowance", 150_000, 60_000],
    ["top-up", 90_000, 210_000],
  ];
  return parts.flatMap(([component, active, retiree]) => [
    { scenario, component, status: "active" as const, amount: active * scale },
    { scenario, component, status: "retiree" as const, amount: retiree * scale },
  ]);
}

export const breakdown: BenefitBreakdownRow[] = [...breakdownRows("A", 1), ...breakdownRows("B", 1.15)];

export const difference: DifferenceRow[] = YEARS.flatMap((year) => [
  {
    year,
    measure: "benefitsPaid",
    mean: 180_000 + 12_000 * year,
    low: 120_000 + 8_000 * year,
    high: 240_000 + 16_000 * year,
  },
  {
    year,
    measure: "ruinProbability",
    mean: -0.004 * year,
    low: -0.006 * year,
    high: -0.002 * year + 0.003,
  },
]);

export const feeCurve: FeeCurveRow[] = [40, 50, 60, 70, 80, 90, 100, 110, 120].map((fee) => {
  const ruinProbability = 1 / (1 + Math.exp((fee - 68) / 8));
  const half = 0.02 + 0.3 * ruinProbability * (1 - ruinProbability);
  return {
    fee,
    ruinProbability,
    low: Math.max(0, ruinProbability - half),
    high: Math.min(1, ruinProbability + half),
  };
});

export const feeMarks: FeeMarkRow[] = [
  { label: "breakEven", fee: 68, ruinProbability: 0.5 },
  { label: "solved", fee: 91.6, ruinProbability: 0.05 },
];
