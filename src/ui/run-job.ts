import { summarizeRun } from "../risk/summarize-run.ts";
import type { Scenario } from "../scenario/types.ts";
import { runSimulation } from "../sim/run-simulation.ts";
import type { WorkerPool } from "../sim/worker-pool.ts";
import type { AppState, JobKind, SimulationResults } from "./app-state.ts";
import { lossRatioRows } from "./chart-rows.ts";
import type { JobRunner } from "./job-runner.ts";
import type { RunRecord } from "./run-record.ts";
import type { Store } from "./store.ts";

/** A scenario to run, named, with the record of what it is. */
export interface RunInput {
  readonly scenario: Scenario;
  readonly record: RunRecord;
}

/** How often the progress shown is brought up to date while a job runs. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Runs `work` on the job runner with its progress in `state.job` (paths done, brought up to date at most
 * every 100 ms so the page stays quick), and clears `state.job` when it ends, however it ends.
 * @param paths paths in the whole job, or `null` when not known (the fee solver)
 */
export async function runJob<Value>(
  store: Store<AppState>,
  jobs: JobRunner,
  kind: JobKind,
  paths: number | null,
  work: (pool: WorkerPool, signal: AbortSignal) => Promise<Value>,
): Promise<Value> {
  const startedAt = performance.now();
  let pathsDone = 0;
  let shownAt = 0;
  store.set({ job: { kind, pathsDone: 0, paths, startedAt, steps: 0 } });
  const onPath = () => {
    pathsDone++;
    const now = performance.now();
    if (now - shownAt < PROGRESS_INTERVAL_MS) return;
    shownAt = now;
    const job = store.get().job;
    if (job) store.set({ job: { ...job, pathsDone } });
  };
  try {
    return await jobs.run(work, onPath);
  } finally {
    store.set({ job: null });
  }
}

/**
 * Simulates `scenario` (and `compare` on the same random numbers) with the scenario's paths, years and
 * seed, and summarises the run as `huzhu simulate` does, with the per-path loss ratios the histogram
 * needs ("A", and "B" for the comparison).
 * @throws CancelledError when the job is cancelled
 */
export async function simulationResults(
  store: Store<AppState>,
  jobs: JobRunner,
  kind: JobKind,
  a: RunInput,
  b?: RunInput,
): Promise<SimulationResults> {
  const scenario = a.scenario;
  const compare = b?.scenario;
  const { paths, years, seed } = scenario.simulation;
  const started = performance.now();
  const run = await runJob(store, jobs, kind, paths, (pool, signal) =>
    runSimulation({ scenario, ...(compare ? { compare } : {}), paths, years, seed }, pool, { signal }),
  );
  const lossRatio = run.outcomes.flatMap((outcome, index) =>
    lossRatioRows(outcome, paths, years, index === 0 ? "A" : "B"),
  );
  return {
    summary: summarizeRun(run),
    scenario,
    record: a.record,
    ...(b ? { compareScenario: b.scenario, compareRecord: b.record } : {}),
    lossRatio,
    finishedAt: new Date(),
    seconds: (performance.now() - started) / 1000,
  };
}
