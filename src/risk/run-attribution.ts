import {
  ATTRIBUTION_STEP_FIELDS,
  ATTRIBUTION_STEPS,
  type AttributionStepName,
  blendScenarios,
  differingFields,
} from "../scenario/attribution-steps.ts";
import type { Scenario } from "../scenario/types.ts";
import { runSimulation } from "../sim/run-simulation.ts";
import type { WorkerPool } from "../sim/worker-pool.ts";
import { type HorizonChange, type HorizonLevels, horizonChange, horizonLevels } from "./attribute-change.ts";
import { type HorizonTotals, horizonTotals } from "./horizon-totals.ts";

/** One step of the waterfall. */
export interface AttributionStep extends HorizonChange {
  /** A named step (`bands`, `cap`, …) or `other`. */
  name: AttributionStepName | "other";
  /**
   * The scenario fields the step moves from A to B, as dotted paths; for `other`, the fields where B still
   * differed from the scenario before it (every field no named step moved).
   */
  fields: string[];
  /** Whether B differs from A in those fields (a step that changes nothing is exactly 0). */
  changed: boolean;
}

/** An attribution of the change from scenario A to B over the horizon. */
export interface Attribution {
  from: string;
  to: string;
  paths: number;
  years: number;
  seed: number;
  /** A's expected figures (the waterfall's start). */
  base: HorizonLevels;
  /** B's expected figures (the waterfall's end). */
  target: HorizonLevels;
  steps: AttributionStep[];
  /** B − A: the sum of the steps, exactly. */
  total: HorizonChange;
}

/** What to attribute. */
export interface AttributionRequest {
  from: Scenario;
  to: Scenario;
  paths: number;
  years: number;
  seed: number;
  /** The named steps in the order taken (default: bands, cap, deductible, allowance, fees, assumptions). */
  order?: readonly AttributionStepName[];
}

/**
 * Splits the change from A to B into steps taken one at a time on common random numbers: A, then A with
 * B's bands, then also B's cap, …, then B (the `other` step catches every field no named step moved).
 * Each step is the difference of two consecutive scenarios' rounded expected figures on the same paths, so
 * the steps sum exactly to B − A whatever the order; each has the 95% interval of its paired per-path
 * differences. A scenario equal to the one before is not run again (its step is exactly 0). Cost: one
 * simulation per changed step, plus A.
 */
export async function runAttribution(
  request: AttributionRequest,
  pool: WorkerPool,
  options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<Attribution> {
  const order = request.order ?? ATTRIBUTION_STEPS;
  const { paths, years, seed } = request;
  const scenarios = blendScenarios(request.from, request.to, order);
  // What the engine reads: names, descriptions, sources and the default run settings don't count.
  const keys = scenarios.map((scenario) =>
    JSON.stringify({ ...scenario, name: "", description: "", sources: [], simulation: null }),
  );
  const toRun = keys.filter((key, index) => index === 0 || key !== keys[index - 1]).length;
  let runsDone = 0;
  const totals: HorizonTotals[] = [];
  for (let index = 0; index < scenarios.length; index++) {
    if (index > 0 && keys[index] === keys[index - 1]) {
      totals.push(totals[index - 1]!);
      continue;
    }
    const run = await runSimulation({ scenario: scenarios[index]!, paths, years, seed }, pool, {
      onProgress: (done) => options.onProgress?.(runsDone * paths + done, toRun * paths),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    runsDone++;
    totals.push(horizonTotals(run.outcomes[0]!, paths, years));
  }
  const levels = totals.map((value) => horizonLevels(value, paths));
  const beforeOther = scenarios[scenarios.length - 2]!;
  const steps: AttributionStep[] = [...order, "other" as const].map((name, index) => ({
    name,
    fields:
      name === "other"
        ? differingFields(beforeOther, request.to)
        : ATTRIBUTION_STEP_FIELDS[name].map((path) => path.join(".")),
    changed: keys[index] !== keys[index + 1],
    ...horizonChange(totals[index]!, totals[index + 1]!, levels[index]!, levels[index + 1]!),
  }));
  const last = scenarios.length - 1;
  return {
    from: request.from.name,
    to: request.to.name,
    paths,
    years,
    seed,
    base: levels[0]!,
    target: levels[last]!,
    steps,
    total: horizonChange(totals[0]!, totals[last]!, levels[0]!, levels[last]!),
  };
}
