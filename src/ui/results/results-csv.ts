import { formatCsv } from "../../data/format-csv.ts";
import type { DifferenceEstimate, RunSummary, ScenarioSummary } from "../../risk/summarize-run.ts";
import { changesCell, type RunRecord } from "../run/run-record.ts";

/** What ran, repeated on every row so each row stands alone in a spreadsheet. */
const RECORD_COLUMNS = [
  "scenario",
  "scenario_hash",
  "base_file",
  "changes",
  "seed",
  "paths",
  "years",
  "engine",
] as const;

/** Paired differences B − A with 95% intervals, on B's rows of a comparison (blank on A's). */
const DIFFERENCE_FIGURES = [
  ["members", "members"],
  ["claims", "claims"],
  ["contributions", "contributions"],
  ["benefits_paid", "benefitsPaid"],
  ["loss_ratio", "lossRatio"],
  ["balance", "balance"],
  ["ruin_probability", "ruinProbability"],
] as const;
const DIFFERENCE_COLUMNS = DIFFERENCE_FIGURES.flatMap(([name]) => [
  `b_minus_a_${name}_mean`,
  `b_minus_a_${name}_low`,
  `b_minus_a_${name}_high`,
]);

const COLUMNS = [
  ...RECORD_COLUMNS,
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

type Row = Record<string, string | number>;

function recordCells(summary: RunSummary, scenario: ScenarioSummary, record?: RunRecord): Row {
  return {
    scenario: record?.name ?? scenario.scenario,
    scenario_hash: record?.hash ?? "",
    base_file: record?.baseFile ?? "",
    changes: record ? changesCell(record.changes) : "",
    seed: summary.seed,
    paths: summary.paths,
    years: summary.years,
    engine: summary.engine,
  };
}

function yearRows(summary: ScenarioSummary, record: Row): Row[] {
  return summary.byYear.map((year) => ({
    ...record,
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
 * results JSON that `huzhu simulate --out` writes. Every row says what ran (name, scenario fingerprint,
 * base file and changes, seed, paths, years, engine) when `records` are given; a comparison adds the
 * paired differences B − A with their 95% intervals as columns on B's rows.
 */
export function resultsCsv(
  summary: RunSummary,
  records: { readonly a?: RunRecord; readonly b?: RunRecord } = {},
): string {
  const rows = yearRows(summary, recordCells(summary, summary, records.a));
  const compare = summary.compare;
  if (!compare) return formatCsv(COLUMNS, rows);
  const bRows = yearRows(compare, recordCells(summary, compare, records.b)).map((row, index) => {
    const differences = compare.differences.byYear[index] as unknown as Record<
      string,
      DifferenceEstimate | undefined
    >;
    const cells: Row = {};
    for (const [name, key] of DIFFERENCE_FIGURES) {
      const difference = differences[key];
      cells[`b_minus_a_${name}_mean`] = difference?.mean ?? "";
      cells[`b_minus_a_${name}_low`] = difference?.low ?? "";
      cells[`b_minus_a_${name}_high`] = difference?.high ?? "";
    }
    return { ...row, ...cells };
  });
  return formatCsv([...COLUMNS, ...DIFFERENCE_COLUMNS], [...rows, ...bRows]);
}
