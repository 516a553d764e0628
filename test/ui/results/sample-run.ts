// A small real run shared by the UI tests: 6 paths × 2 years of Inner Mongolia 2025 against the 250,000
// cap, on common random numbers, on the inline pool (what `huzhu simulate --threads 1` does).
import { summarizeRun, type RunSummary } from "../../../src/risk/summarize-run.ts";
import { loadScenario } from "../../../src/scenario/load-scenario.ts";
import type { Scenario } from "../../../src/scenario/types.ts";
import { createInlinePool } from "../../../src/sim/inline-pool.ts";
import { runSimulation, type SimulationRun } from "../../../src/sim/run-simulation.ts";

export const scenario: Scenario = loadScenario("scenarios/inner-mongolia-2025.json");
export const compareScenario: Scenario = loadScenario("scenarios/inner-mongolia-2025-cap-250k.json");

let cached: Promise<{ run: SimulationRun; summary: RunSummary }> | undefined;

/** The run and its summary (computed once per test file). */
export function sampleRun(): Promise<{ run: SimulationRun; summary: RunSummary }> {
  cached ??= runSimulation(
    { scenario, compare: compareScenario, paths: 6, years: 2, seed: 3 },
    createInlinePool(),
  ).then((run) => ({ run, summary: summarizeRun(run) }));
  return cached;
}
