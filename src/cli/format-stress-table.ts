import type { ExplanationLocale } from "../policy/explanation-text.ts";
import type { StressComparison } from "../risk/compare-stress.ts";
import { type Message, message, renderMessage } from "../messages.ts";
import { formatChange, formatColumns, formatMoney, formatPercent } from "./format-money.ts";

/**
 * The readable report of `huzhu simulate --stress`: what each stress does, then by year the base and the
 * stressed figures side by side with the paired differences, then the horizon's changes.
 */
export function formatStressTable(comparison: StressComparison, locale: ExplanationLocale): string {
  const t = (text: Message) => renderMessage(text, locale);
  const column = (name: Parameters<typeof message.comparisonColumn>[0]) => t(message.comparisonColumn(name));
  const base = t(message.stressBase());
  const stressed = t(message.stressStressed());
  const count = (value: number) => Math.round(value).toLocaleString("en-US");
  const lines = [
    t(
      message.stressHeading(
        comparison.scenario,
        comparison.stresses.map((stress) => stress.name).join(" + "),
        comparison.paths,
        comparison.years,
        comparison.seed,
      ),
    ),
    `(${t(message.comparisonUnits())})`,
    ...comparison.stresses.map(
      (stress) => `  ${stress.name} — ${stress.title[locale]}: ${stress.description[locale]}`,
    ),
    "",
  ];
  const header = [
    column("year"),
    `${column("members")} ${base}`,
    stressed,
    `${column("benefitsIncurred")} ${base}`,
    stressed,
    column("difference"),
    `${column("result")} ${base}`,
    stressed,
    column("difference"),
    `${column("ruinCumulative")} ${base}`,
    stressed,
  ];
  const moneyChange = ({ mean, low, high }: { mean: number; low: number; high: number }) =>
    formatChange(mean, low, high, formatMoney);
  const rows = comparison.byYear.map((year) => [
    String(year.year),
    count(year.base.members),
    count(year.stressed.members),
    formatMoney(year.base.benefitsIncurred),
    formatMoney(year.stressed.benefitsIncurred),
    moneyChange(year.difference.benefitsIncurred),
    formatMoney(year.base.result),
    formatMoney(year.stressed.result),
    moneyChange(year.difference.result),
    formatPercent(year.base.ruinProbability),
    formatPercent(year.stressed.ruinProbability),
  ]);
  lines.push(formatColumns([header, ...rows]), "");
  const change = comparison.horizon.change;
  lines.push(
    t(
      message.stressHorizon(
        formatChange(change.benefitsIncurred, ...change.interval.benefitsIncurred, formatMoney),
        formatChange(change.result, ...change.interval.result, formatMoney),
        formatChange(change.ruinProbability, ...change.interval.ruinProbability, formatPercent),
      ),
    ),
    t(message.stressNote()),
  );
  return lines.join("\n") + "\n";
}
