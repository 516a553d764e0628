import type { ExplanationLocale } from "../policy/explanation-text.ts";
import type { Attribution } from "../risk/run-attribution.ts";
import { type Message, message, renderMessage } from "../messages.ts";
import { formatChange, formatColumns, formatMoney, formatPercent } from "./format-money.ts";

/**
 * The readable waterfall of `huzhu attribute`: A's figures, each step's change with its 95% interval, the
 * total and B's figures.
 */
export function formatAttributionTable(attribution: Attribution, locale: ExplanationLocale): string {
  const t = (text: Message) => renderMessage(text, locale);
  const header = [
    t(message.attributionStepColumn()),
    t(message.comparisonColumn("benefitsIncurred")),
    t(message.comparisonColumn("result")),
    t(message.comparisonColumn("ruin")),
  ];
  const unchanged = t(message.attributionUnchanged());
  const stepName = (name: string) => t(message.attributionStep(name));
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
    levels(t(message.attributionStart()), attribution.base),
    ...attribution.steps.map((step) =>
      step.changed
        ? change(stepName(step.name), step)
        : [`${stepName(step.name)} ${unchanged}`, "0", "0", "0"],
    ),
    change(t(message.attributionTotal()), attribution.total),
    levels(t(message.attributionEnd()), attribution.target),
  ];
  return (
    [
      t(
        message.attributionHeading(
          attribution.from,
          attribution.to,
          attribution.paths,
          attribution.years,
          attribution.seed,
        ),
      ),
      `(${t(message.comparisonUnits())})`,
      formatColumns(rows),
      "",
      t(message.attributionOtherFields(attribution.steps.at(-1)!.fields.join(", ") || unchanged)),
      t(message.attributionNote()),
    ].join("\n") + "\n"
  );
}
