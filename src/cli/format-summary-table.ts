import { bandSlotName } from "../charts/band-slot-name.ts";
import { chartText } from "../charts/locale.ts";
import { formatAmount } from "../format/format-amount.ts";
import { formatCount } from "../format/format-count.ts";
import { formatPercent } from "../format/format-percent.ts";
import { type Lang, type Message, renderMessage, message } from "../messages.ts";
import type { RunSummary, ScenarioSummary } from "../risk/summarize-run.ts";

/** Amounts in 万 and 亿 as the charts write them (9,999.6 is "1万" here too). */
const money = (value: number) => formatAmount(value, "zh");
/** Columns a text takes on a terminal: Chinese characters and full-width punctuation take two. */
const columns = (text: string) =>
  [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0);
const pad = (text: string, width: number) => " ".repeat(Math.max(0, width - columns(text))) + text;
const percent = (value: number) => formatPercent(value, "en");

function table(summary: ScenarioSummary, lang: Lang): string {
  const say = (item: Message) => renderMessage(item, lang);
  const widths = [4, 10, 8, 13, 21, 11, 9, 11, 11, 11, 11];
  const header = widths.map((_, index) => say(message.tableColumn(index)));
  const lines = [header.map((cell, i) => pad(cell, widths[i]!)).join(" ")];
  for (const year of summary.byYear) {
    const cells = [
      String(year.year),
      formatCount(year.members.mean, "en"),
      formatCount(year.claims.mean, "en"),
      money(year.contributions.mean),
      `${money(year.benefitsPaid.mean)} ±${money(year.benefitsPaid.se)}`,
      percent(year.lossRatio.mean),
      percent(year.paidLossRatio.mean),
      money(year.balance.p5),
      money(year.balance.p50),
      money(year.balance.p95),
      percent(year.ruinProbability.value),
    ];
    lines.push(cells.map((cell, i) => pad(cell, widths[i]!)).join(" "));
  }
  const risk = summary.risk;
  const shocks = summary.shocks;
  lines.push(
    say(
      message.tableShocks(
        percent(shocks.frequencyCv),
        shocks.frequencyAutocorrelation,
        percent(shocks.inflationVolatility),
        percent(shocks.epidemic.probability),
        shocks.parameterUncertainty.enabled
          ? message.tableParametersOn(
              percent(shocks.parameterUncertainty.claimRateCv),
              percent(shocks.parameterUncertainty.selfPayCv),
            )
          : message.tableParametersOff(),
      ),
    ),
  );
  const loss = (value: number) => say(message.tableLoss(money(value), value > 0 ? 0 : 1));
  const reserve = risk.reserveNeeded;
  lines.push(
    say(message.tableLossRatios()),
    say(
      message.tableRuin(
        summary.ruinBasis,
        percent(summary.ruinProbability.value),
        percent(summary.ruinProbability.low),
        percent(summary.ruinProbability.high),
      ),
    ),
    say(message.tableRisk(loss(risk.var99_5), loss(risk.tvar99_5))),
    say(
      message.tableReserveNeeded(
        percent(reserve.target),
        money(reserve.reserve),
        money(reserve.low),
        money(reserve.high),
      ),
    ) +
      (reserve.resolved
        ? ""
        : say(message.tableReserveUnresolved(percent(reserve.target), reserve.pathsNeeded))),
  );
  lines.push(breakdownLine(summary, lang));
  return lines.join("\n");
}

/**
 * Where the money goes, mean yuan a year: each band slot (named by `bandSlotName`), the allowance, the
 * top-ups and the lump sums, with the names the breakdown chart gives them; parts that paid nothing are
 * left out.
 */
function breakdownLine(summary: ScenarioSummary, lang: Lang): string {
  const { bands, allowance, topUp, lumpSums } = summary.breakdown;
  const names = chartText(lang).breakdown.components;
  const parts: [string, number][] = [
    ...bands.map((band): [string, number] => [bandSlotName(band, lang), band.active + band.retiree]),
    [names["allowance"]!, allowance.active + allowance.retiree],
    [names["top-up"]!, topUp.active + topUp.retiree],
    [names["lump-sums"]!, lumpSums],
  ];
  return renderMessage(
    message.tableBreakdown(
      parts.filter(([, amount]) => amount > 0).map(([name, amount]) => `${name} ${money(amount)}`),
    ),
    lang,
  );
}

/**
 * The readable summary `huzhu simulate` prints: a table by year per scenario and the differences, in
 * `lang`. Amounts in yuan (万 = 10⁴, 亿 = 10⁸).
 */
export function formatSummaryTable(summary: RunSummary, lang: Lang = "en"): string {
  const say = (item: Message) => renderMessage(item, lang);
  const parts = [
    say(message.tableHeading(summary.scenario, summary.paths, summary.years, summary.seed)),
    table(summary, lang),
  ];
  if (summary.compare) {
    const compare = summary.compare;
    parts.push("", `${compare.scenario}`, table(compare, lang), "", say(message.tableDifference()));
    for (const year of compare.differences.byYear) {
      const b = year.benefitsPaid;
      parts.push(
        say(
          message.tableDifferenceYear(
            year.year,
            `${money(b.mean)} [${money(b.low)}, ${money(b.high)}]`,
            money(year.balance.mean),
          ),
        ),
      );
    }
    const ruin = compare.differences.ruinProbability;
    const total = compare.differences.totalBenefitsIncurred;
    parts.push(
      say(
        message.tableDifferenceHorizon(
          `${money(total.mean)} [${money(total.low)}, ${money(total.high)}]`,
          `${percent(ruin.mean)} [${percent(ruin.low)}, ${percent(ruin.high)}]`,
        ),
      ),
    );
  }
  return parts.join("\n") + "\n";
}
