import { formatCsv } from "../../data/format-csv.ts";
import type { StressComparison } from "../../risk/compare-stress.ts";
import { STRESS_FIGURES } from "../../risk/compare-stress.ts";
import type { Attribution } from "../../risk/run-attribution.ts";

/**
 * The stress test as CSV: one row per year and figure, base, stressed and the paired difference with its
 * 95% interval, then one row per horizon total. Amounts in yuan, probabilities 0–1.
 * Columns: scenario, stresses, year (or "horizon"), figure, base, stressed, difference, difference_low,
 * difference_high.
 */
export function stressCsv(comparison: StressComparison): string {
  const stresses = comparison.stresses.map((stress) => stress.name).join("+");
  const rows = comparison.byYear.flatMap((year) =>
    STRESS_FIGURES.map((figure) => ({
      scenario: comparison.scenario,
      stresses,
      year: String(year.year),
      figure,
      base: year.base[figure],
      stressed: year.stressed[figure],
      difference: year.difference[figure].mean,
      difference_low: year.difference[figure].low,
      difference_high: year.difference[figure].high,
    })),
  );
  const { base, stressed, change } = comparison.horizon;
  for (const figure of ["benefitsIncurred", "result", "ruinProbability"] as const)
    rows.push({
      scenario: comparison.scenario,
      stresses,
      year: "horizon",
      figure,
      base: base[figure],
      stressed: stressed[figure],
      difference: change[figure],
      difference_low: change.interval[figure][0],
      difference_high: change.interval[figure][1],
    });
  return formatCsv(
    [
      "scenario",
      "stresses",
      "year",
      "figure",
      "base",
      "stressed",
      "difference",
      "difference_low",
      "difference_high",
    ],
    rows,
  );
}

/**
 * The attribution as CSV: one row per step and the total, each measure's change with its 95% interval,
 * and the fields the step moved. The steps' columns add up exactly to the total's.
 * Columns: from, to, step, fields, then benefits_incurred, result and ruin_probability each with _low and
 * _high.
 */
export function attributionCsv(attribution: Attribution): string {
  const row = (step: string, fields: string, change: Attribution["total"]) => ({
    from: attribution.from,
    to: attribution.to,
    step,
    fields,
    benefits_incurred: change.benefitsIncurred,
    benefits_incurred_low: change.interval.benefitsIncurred[0],
    benefits_incurred_high: change.interval.benefitsIncurred[1],
    result: change.result,
    result_low: change.interval.result[0],
    result_high: change.interval.result[1],
    ruin_probability: change.ruinProbability,
    ruin_probability_low: change.interval.ruinProbability[0],
    ruin_probability_high: change.interval.ruinProbability[1],
  });
  const rows = [
    ...attribution.steps.map((step) => row(step.name, step.fields.join(" "), step)),
    row("total", "", attribution.total),
  ];
  return formatCsv(Object.keys(rows[0]!) as (keyof (typeof rows)[0])[], rows);
}
