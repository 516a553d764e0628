// The golden snapshots' shared part: which runs, and which figures of them, rounded, are kept.
// `npm run snapshots:update` (scripts/update-snapshots.ts) writes them; test/snapshots/snapshots.test.ts
// recomputes them and shows a diff when a figure moves. The test never writes.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { summarizeRun, type ScenarioSummary } from "../../src/risk/summarize-run.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";

/** Small runs, so that the test is quick: figures move when the model does, whatever the run size. */
export const SNAPSHOT_RUN = { paths: 8, years: 3, seed: 1 } as const;

/** Where the snapshots live, one JSON file per bundled scenario. */
export const SNAPSHOT_DIR = join(import.meta.dirname);

/** The bundled scenarios' names (files of scenarios/ without `.json`), sorted. */
export function bundledScenarioNames(): string[] {
  return readdirSync(join(import.meta.dirname, "../../scenarios"))
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .sort();
}

/** `value` to 6 significant digits (0 stays 0, NaN and infinities become null, as JSON would). */
export function significant(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : Number(value.toPrecision(6));
}

/** The figures a reader of the results would notice moving, rounded to 6 significant digits. */
export function roundedFigures(summary: ScenarioSummary) {
  const r = significant;
  return {
    scenario: summary.scenario,
    byYear: summary.byYear.map((year) => ({
      year: year.year,
      members: r(year.members.mean),
      claims: r(year.claims.mean),
      contributions: r(year.contributions.mean),
      benefitsIncurred: r(year.benefitsIncurred.mean),
      benefitsPaid: r(year.benefitsPaid.mean),
      benefitsPaidP95: r(year.benefitsPaid.p95),
      lossRatio: r(year.lossRatio.mean),
      balance: r(year.balance.mean),
      balanceP5: r(year.balance.p5),
      balanceP50: r(year.balance.p50),
      balanceP95: r(year.balance.p95),
      liabilities: r(year.liabilities.mean),
      ruinProbability: r(year.ruinProbability.value),
    })),
    risk: { var99_5: r(summary.risk.var99_5), tvar99_5: r(summary.risk.tvar99_5) },
    breakdown: {
      active: r(summary.breakdown.active),
      retiree: r(summary.breakdown.retiree),
      specialOutpatient: r(summary.breakdown.specialOutpatient),
      lumpSums: r(summary.breakdown.lumpSums),
      allowance: r(summary.breakdown.allowance.active + summary.breakdown.allowance.retiree),
      topUp: r(summary.breakdown.topUp.active + summary.breakdown.topUp.retiree),
    },
  };
}

/** The snapshot of one bundled scenario: its run settings and rounded figures. */
export async function scenarioSnapshot(name: string) {
  const scenario = loadScenario(`scenarios/${name}.json`);
  const run = await runSimulation({ scenario, ...SNAPSHOT_RUN }, createInlinePool());
  return { run: SNAPSHOT_RUN, ...roundedFigures(summarizeRun(run)) };
}

/** A snapshot as its file holds it: JSON with two-space indents and a final newline. */
export function snapshotText(snapshot: unknown): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
