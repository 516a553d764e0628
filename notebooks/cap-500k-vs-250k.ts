// %% [markdown]
// # The cost of raising the cap from 250,000 to 500,000
// Inner Mongolia raised its cap (2021: 250,000; 2025: 500,000). Both scenarios run on common random
// numbers, so the difference in benefits comes with a tight confidence interval.

// %%
import { formatYuan } from "../src/format/format-yuan.ts";
import { summarizeRun } from "../src/risk/summarize-run.ts";
import { loadScenario } from "../src/scenario/load-scenario.ts";
import { createInlinePool } from "../src/sim/inline-pool.ts";
import { runSimulation } from "../src/sim/run-simulation.ts";

const paths = Number(process.env.HUZHU_PATHS ?? 50);
const cap250 = loadScenario("scenarios/inner-mongolia-2025-cap-250k.json");
const cap500 = loadScenario("scenarios/inner-mongolia-2025.json");
const run = await runSimulation(
  { scenario: cap250, compare: cap500, paths, years: 5, seed: 1 },
  createInlinePool(),
);
const summary = summarizeRun(run);

// %%
const yuan = (value: number) => formatYuan(value, "zh");
console.log(`${paths} paths × 5 years, seed 1`);
for (const year of summary.compare!.differences.byYear) {
  const b = year.benefitsPaid;
  console.log(
    `year ${year.year}: extra benefits paid ${yuan(b.mean)} (95% CI ${yuan(b.low)} to ${yuan(b.high)})`,
  );
}
const total = summary.compare!.differences.totalBenefitsIncurred;
console.log(`over 5 years: ${yuan(total.mean)} (95% CI ${yuan(total.low)} to ${yuan(total.high)})`);
console.log(
  `ruin probability: 250k cap ${summary.ruinProbability.value}, 500k cap ${summary.compare!.ruinProbability.value}`,
);
