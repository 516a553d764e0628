import type { ExplanationLocale } from "../policy/explanation-text.ts";
import type { Attribution } from "../risk/run-attribution.ts";
import { COMPARISON_TEXT } from "./comparison-text.ts";
import { formatChange, formatColumns, formatMoney, formatPercent } from "./format-money.ts";

/**
 * The readable waterfall of `huzhu attribute`: A's figures, each step's change with its 95% interval, the
 * total and B's figures.
 */
export function formatAttributionTable(attribution: Attribution, locale: ExplanationLocale): string {
  const t = COMPARISON_TEXT[locale];
  const header = [t.step, t.benefitsIncurred, t.result, t.ruin.replace(/ ?\(cum\.\)|累计/, "")];
  const levels = (name: string, value: Attribution["base"]) => [
    name,
    formatMoney(value.benefitsIncurred),
    formatMoney(value.result),
    formatPercent(value.ruinProbability),
  ];
  const change = (name: string, value: Attribution["total"]) => [
    name,
    formatChange(value.benefitsIncurred, ...value.interval.benefitsIncurred, formatMoney),
    formatChange(value.result, ...value.interval.result, formatMoney),
    formatChange(value.ruinProbability, ...value.interval.ruinProbability, formatPercent),
  ];
  const rows = [
    header,
    levels(t.start, attribution.base),
    ...attribution.steps.map((step) =>
      step.changed
        ? change(t.steps[step.name]!, step)
        : [t.steps[step.name]!, "0", "0", "0"].map((cell, i) => (i === 0 ? `${cell} ${t.unchanged}` : cell)),
    ),
    change(t.total, attribution.total),
    levels(t.end, attribution.target),
  ];
  return (
    [
      t.attributionHeading(
        attribution.from,
        attribution.to,
        attribution.paths,
        attribution.years,
        attribution.seed,
      ),
      `(${t.units})`,
      formatColumns(rows),
      "",
      `${t.otherFields}: ${attribution.steps.at(-1)!.fields.join(", ") || t.unchanged}`,
      t.attributionNote,
    ].join("\n") + "\n"
  );
}
