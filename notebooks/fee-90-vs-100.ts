// %% [markdown]
// # Cutting the member fee from 100 to 90
// The fee moves take-up through the price elasticity (default −0.2): a 10% cut raises renewal and
// new enrolment by about 2%, while income per member falls by 10%.

// %%
import { formatCount } from "../src/format/format-count.ts";
import { formatPercent } from "../src/format/format-percent.ts";
import { formatYuan } from "../src/format/format-yuan.ts";
import { summarizeRun } from "../src/risk/summarize-run.ts";
import { withActiveFee } from "../src/risk/solve-fee.ts";
import { loadScenario } from "../src/scenario/load-scenario.ts";
import { createInlinePool } from "../src/sim/inline-pool.ts";
import { runSimulation } from "../src/sim/run-simulation.ts";

const paths = Number(process.env.HUZHU_PATHS ?? 30);
const fee100 = loadScenario("scenarios/inner-mongolia-2025.json");
const fee90 = withActiveFee(fee100, 90);
const summary = summarizeRun(
  await runSimulation({ scenario: fee100, compare: fee90, paths, years: 5, seed: 1 }, createInlinePool()),
);

// %%
const last = summary.byYear.at(-1)!;
const lastCut = summary.compare!.byYear.at(-1)!;
console.log(
  `year 5 members: fee 100 → ${formatCount(last.members.mean, "en")}, fee 90 → ${formatCount(lastCut.members.mean, "en")}`,
);
console.log(
  `year 5 contributions: ${formatYuan(last.contributions.mean, "zh")} → ${formatYuan(lastCut.contributions.mean, "zh")}`,
);
console.log(
  `year 5 loss ratio: ${formatPercent(last.lossRatio.mean, "en", 1)} → ${formatPercent(lastCut.lossRatio.mean, "en", 1)}`,
);
console.log(
  `year 5 median balance: ${formatYuan(last.balance.p50, "zh")} → ${formatYuan(lastCut.balance.p50, "zh")}`,
);
