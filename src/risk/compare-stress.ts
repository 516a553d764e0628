import { applyStresses, STRESSES } from "../scenario/stresses/apply-stresses.ts";
import type { BilingualText } from "../scenario/stresses/stress.ts";
import type { Scenario } from "../scenario/types.ts";
import { METRIC } from "../sim/metrics.ts";
import { runSimulation, type SimulationRun } from "../sim/run-simulation.ts";
import type { WorkerPool } from "../sim/worker-pool.ts";
import { type HorizonChange, type HorizonLevels, horizonChange, horizonLevels } from "./attribute-change.ts";
import { horizonTotals } from "./horizon-totals.ts";
import { meanAndStandardError } from "./mean-and-standard-error.ts";
import { metricColumn } from "./summarize-run.ts";

const Z_95 = 1.959963984540054;

/** The figures of a year shown side by side (means over the paths; ruin is cumulative). */
export const STRESS_FIGURES = [
  "members",
  "claims",
  "contributions",
  "benefitsIncurred",
  "result",
  "balance",
  "ruinProbability",
] as const;
export type StressFigure = (typeof STRESS_FIGURES)[number];

const SLOT: Record<StressFigure, number> = {
  members: METRIC.members,
  claims: METRIC.claims,
  contributions: METRIC.contributions,
  benefitsIncurred: METRIC.benefitsIncurred,
  result: METRIC.result,
  balance: METRIC.balance,
  ruinProbability: METRIC.ruined,
};

/** A paired difference: mean of the per-path differences with its 95% interval. */
export interface PairedDifference {
  mean: number;
  low: number;
  high: number;
}

/** One year of a stressed run beside its base. */
export interface StressYear {
  year: number;
  base: Record<StressFigure, number>;
  stressed: Record<StressFigure, number>;
  /** Stressed − base, path by path. Exactly 0 (with a 0-wide interval) where the stress has not acted. */
  difference: Record<StressFigure, PairedDifference>;
}

/** A scenario and the same scenario under stresses, on the same random numbers. */
export interface StressComparison {
  scenario: string;
  stresses: { name: string; title: BilingualText; description: BilingualText }[];
  paths: number;
  years: number;
  seed: number;
  byYear: StressYear[];
  /** Over the horizon: benefits incurred, sum of results, ruin probability (rounded as in attributions). */
  horizon: { base: HorizonLevels; stressed: HorizonLevels; change: HorizonChange };
}

/**
 * Compares the two outcomes of a run of a base scenario and its stressed copy (`run.outcomes[0]` and
 * `[1]`): each year's means and the per-path differences with 95% intervals, and the horizon's totals.
 * Cost: O(paths × years).
 */
export function compareStressRun(run: SimulationRun, names: readonly string[]): StressComparison {
  const { paths, years, seed } = run.request;
  const [base, stressed] = run.outcomes as [SimulationRun["outcomes"][0], SimulationRun["outcomes"][0]];
  const byYear: StressYear[] = [];
  for (let year = 1; year <= years; year++) {
    const entry = { year, base: {}, stressed: {}, difference: {} } as StressYear;
    for (const figure of STRESS_FIGURES) {
      const a = metricColumn(base, paths, years, year, SLOT[figure]);
      const b = metricColumn(stressed, paths, years, year, SLOT[figure]);
      const differences = b.map((value, path) => value - a[path]!);
      const mean = (values: Float64Array) => meanAndStandardError(values).mean;
      const { mean: d, se } = meanAndStandardError(differences);
      const half = Number.isNaN(se) ? 0 : Z_95 * se;
      entry.base[figure] = mean(a);
      entry.stressed[figure] = mean(b);
      entry.difference[figure] = { mean: d, low: d - half, high: d + half };
    }
    byYear.push(entry);
  }
  const totals = [base, stressed].map((outcome) => horizonTotals(outcome, paths, years));
  const levels = totals.map((value) => horizonLevels(value, paths));
  return {
    scenario: base.scenario.name,
    stresses: names.map((name) => {
      const stress = STRESSES.find((candidate) => candidate.name === name)!;
      return { name, title: stress.title, description: stress.description };
    }),
    paths,
    years,
    seed,
    byYear,
    horizon: {
      base: levels[0]!,
      stressed: levels[1]!,
      change: horizonChange(totals[0]!, totals[1]!, levels[0]!, levels[1]!),
    },
  };
}

/**
 * Runs `scenario` and the same scenario under the named stresses on the same random numbers and compares
 * them (see `compareStressRun`).
 */
export async function runStressComparison(
  request: { scenario: Scenario; stresses: readonly string[]; paths: number; years: number; seed: number },
  pool: WorkerPool,
  options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<StressComparison> {
  const { scenario, stresses, paths, years, seed } = request;
  const run = await runSimulation(
    { scenario, compare: applyStresses(scenario, stresses), paths, years, seed },
    pool,
    options,
  );
  return compareStressRun(run, stresses);
}
