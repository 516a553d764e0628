import { formatCsv } from "../data/format-csv.ts";
import type { RunSummary, ScenarioSummary } from "../risk/summarize-run.ts";

const COLUMNS = [
  "scenario",
  "year",
  "members_mean",
  "members_se",
  "claims_mean",
  "claims_se",
  "contributions_mean",
  "benefits_incurred_mean",
  "benefits_incurred_se",
  "benefits_paid_mean",
  "benefits_paid_se",
  "benefits_paid_p50",
  "benefits_paid_p95",
  "benefits_paid_p99_5",
  "loss_ratio_mean",
  "loss_ratio_se",
  "balance_mean",
  "balance_se",
  "balance_p1",
  "balance_p5",
  "balance_p25",
  "balance_p50",
  "balance_p75",
  "balance_p95",
  "balance_p99",
  "liabilities_mean",
  "ruin_probability",
  "ruin_probability_low",
  "ruin_probability_high",
] as const;

type Row = Record<(typeof COLUMNS)[number], string | number>;

function yearRows(summary: ScenarioSummary): Row[] {
  return summary.byYear.map((year) => ({
    scenario: summary.scenario,
    year: year.year,
    members_mean: year.members.mean,
    members_se: year.members.se,
    claims_mean: year.claims.mean,
    claims_se: year.claims.se,
    contributions_mean: year.contributions.mean,
    benefits_incurred_mean: year.benefitsIncurred.mean,
    benefits_incurred_se: year.benefitsIncurred.se,
    benefits_paid_mean: year.benefitsPaid.mean,
    benefits_paid_se: year.benefitsPaid.se,
    benefits_paid_p50: year.benefitsPaid.p50,
    benefits_paid_p95: year.benefitsPaid.p95,
    benefits_paid_p99_5: year.benefitsPaid.p99_5,
    loss_ratio_mean: year.lossRatio.mean,
    loss_ratio_se: year.lossRatio.se,
    balance_mean: year.balance.mean,
    balance_se: year.balance.se,
    balance_p1: year.balance.p1,
    balance_p5: year.balance.p5,
    balance_p25: year.balance.p25,
    balance_p50: year.balance.p50,
    balance_p75: year.balance.p75,
    balance_p95: year.balance.p95,
    balance_p99: year.balance.p99,
    liabilities_mean: year.liabilities.mean,
    ruin_probability: year.ruinProbability.value,
    ruin_probability_low: year.ruinProbability.low,
    ruin_probability_high: year.ruinProbability.high,
  }));
}

/**
 * The results by year as CSV, one row per scenario and year (the comparison's rows follow the first
 * scenario's), amounts in yuan and probabilities as fractions, unrounded: the same figures as the
 * results JSON that `huzhu simulate --out` writes.
 */
export function resultsCsv(summary: RunSummary): string {
  const rows = [...yearRows(summary), ...(summary.compare ? yearRows(summary.compare) : [])];
  return formatCsv(COLUMNS, rows);
}
