import { formatAmount } from "../format/format-amount.ts";
import { formatCount } from "../format/format-count.ts";
import { formatPercent } from "../format/format-percent.ts";
import type { RunSummary, ScenarioSummary } from "../risk/summarize-run.ts";

/** Amounts in 万 and 亿 as the charts write them (9,999.6 is "1万" here too). */
const money = (value: number) => formatAmount(value, "zh");
const pad = (text: string, width: number) => text.padStart(width);
const percent = (value: number) => formatPercent(value, "en");

function table(summary: ScenarioSummary): string {
  const header = [
    "year",
    "members",
    "claims",
    "contributions",
    "benefits paid (±se)",
    "LR incurred",
    "LR paid",
    "balance p5",
    "p50",
    "p95",
    "ruin (cum.)",
  ];
  const widths = [4, 10, 8, 13, 21, 11, 9, 11, 11, 11, 11];
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
    `common shocks: claim frequency CV ${percent(shocks.frequencyCv)} (autocorrelation ${shocks.frequencyAutocorrelation}), inflation volatility ${percent(shocks.inflationVolatility)}, epidemic years ${percent(shocks.epidemic.probability)} a year; parameter uncertainty ${shocks.parameterUncertainty.enabled ? `on (claim rate CV ${percent(shocks.parameterUncertainty.claimRateCv)}, self-pay CV ${percent(shocks.parameterUncertainty.selfPayCv)})` : "off"}`,
  );
  const loss = (value: number) => (value > 0 ? money(value) : `${money(value)} (negative: a gain, no loss)`);
  const reserve = risk.reserveNeeded;
  lines.push(
    `LR incurred = benefits of the year's claims ÷ contributions; LR paid = benefits paid in the year's cash ÷ contributions`,
    `ruin (${summary.ruinBasis === "balance" ? "balance below 0" : "balance below the outstanding claims"}) over the horizon: ${percent(summary.ruinProbability.value)} (95% CI ${percent(summary.ruinProbability.low)}–${percent(summary.ruinProbability.high)})`,
    `worst yearly loss of a path (positive = loss): VaR 99.5% ${loss(risk.var99_5)}, TVaR 99.5% ${loss(risk.tvar99_5)}`,
    `opening reserve needed for ruin ≤ ${percent(reserve.target)}: ${money(reserve.reserve)} (95% CI ${money(reserve.low)}–${money(reserve.high)})` +
      (reserve.resolved
        ? ""
        : `; too few paths to resolve ${percent(reserve.target)}: needs ${reserve.pathsNeeded.toLocaleString("en-US")}`),
  );
  return lines.join("\n");
}

/** The readable summary `huzhu simulate` prints: a table by year per scenario and the differences. Amounts in yuan (万 = 10⁴, 亿 = 10⁸). */
export function formatSummaryTable(summary: RunSummary): string {
  const parts = [
    `${summary.scenario} — ${summary.paths} paths × ${summary.years} years, seed ${summary.seed} (amounts in yuan; 万 = 10,000, 亿 = 100,000,000)`,
    table(summary),
  ];
  if (summary.compare) {
    const compare = summary.compare;
    parts.push(
      "",
      `${compare.scenario}`,
      table(compare),
      "",
      "Difference (second − first), on common random numbers, mean [95% CI]:",
    );
    for (const year of compare.differences.byYear) {
      const b = year.benefitsPaid;
      parts.push(
        `  year ${year.year}: benefits paid ${money(b.mean)} [${money(b.low)}, ${money(b.high)}]; balance ${money(year.balance.mean)}`,
      );
    }
    const ruin = compare.differences.ruinProbability;
    const total = compare.differences.totalBenefitsIncurred;
    parts.push(
      `  benefits over the horizon ${money(total.mean)} [${money(total.low)}, ${money(total.high)}]; ruin probability ${percent(ruin.mean)} [${percent(ruin.low)}, ${percent(ruin.high)}]`,
    );
  }
  return parts.join("\n") + "\n";
}
