import type { ExplanationLocale } from "../policy/explanation-text.ts";
import type { StressComparison } from "../risk/compare-stress.ts";
import { COMPARISON_TEXT } from "./comparison-text.ts";
import { formatChange, formatColumns, formatMoney, formatPercent } from "./format-money.ts";

/**
 * The readable report of `huzhu simulate --stress`: what each stress does, then by year the base and the
 * stressed figures side by side with the paired differences, then the horizon's changes.
 */
export function formatStressTable(comparison: StressComparison, locale: ExplanationLocale): string {
  const t = COMPARISON_TEXT[locale];
  const count = (value: number) => Math.round(value).toLocaleString("en-US");
  const lines = [
    t.stressHeading(
      comparison.scenario,
      comparison.stresses.map((stress) => stress.name).join(" + "),
      comparison.paths,
      comparison.years,
      comparison.seed,
    ),
    `(${t.units})`,
    ...comparison.stresses.map(
      (stress) => `  ${stress.name} — ${stress.title[locale]}: ${stress.description[locale]}`,
    ),
    "",
  ];
  const header = [
    t.year,
    `${t.members} ${t.base}`,
    t.stressed,
    `${t.benefitsIncurred} ${t.base}`,
    t.stressed,
    t.difference,
    `${t.result} ${t.base}`,
    t.stressed,
    t.difference,
    `${t.ruin} ${t.base}`,
    t.stressed,
  ];
  const rows = comparison.byYear.map((year) => [
    String(year.year),
    count(year.base.members),
    count(year.stressed.members),
    formatMoney(year.base.benefitsIncurred),
    formatMoney(year.stressed.benefitsIncurred),
    formatChange(
      year.difference.benefitsIncurred.mean,
      year.difference.benefitsIncurred.low,
      year.difference.benefitsIncurred.high,
      formatMoney,
    ),
    formatMoney(year.base.result),
    formatMoney(year.stressed.result),
    formatChange(
      year.difference.result.mean,
      year.difference.result.low,
      year.difference.result.high,
      formatMoney,
    ),
    formatPercent(year.base.ruinProbability),
    formatPercent(year.stressed.ruinProbability),
  ]);
  lines.push(formatColumns([header, ...rows]), "");
  const change = comparison.horizon.change;
  lines.push(
    t.horizonLine(
      formatChange(change.benefitsIncurred, ...change.interval.benefitsIncurred, formatMoney),
      formatChange(change.result, ...change.interval.result, formatMoney),
      formatChange(change.ruinProbability, ...change.interval.ruinProbability, formatPercent),
    ),
    t.ruinNote,
  );
  return lines.join("\n") + "\n";
}
