// %% [markdown]
// # Cutting the member fee from 100 to 90
// The fee moves take-up through the price elasticity (default −0.2): a 10% cut raises renewal and
// new enrolment by about 2%, while income per member falls by 10%.

// %%
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
  `year 5 members: fee 100 → ${Math.round(last.members.mean)}, fee 90 → ${Math.round(lastCut.members.mean)}`,
);
console.log(
  `year 5 contributions: ${(last.contributions.mean / 1e8).toFixed(3)}亿 → ${(lastCut.contributions.mean / 1e8).toFixed(3)}亿`,
);
console.log(
  `year 5 loss ratio: ${(last.lossRatio.mean * 100).toFixed(1)}% → ${(lastCut.lossRatio.mean * 100).toFixed(1)}%`,
);
console.log(
  `year 5 median balance: ${(last.balance.p50 / 1e8).toFixed(2)}亿 → ${(lastCut.balance.p50 / 1e8).toFixed(2)}亿`,
);
