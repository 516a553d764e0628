import { expectedClaimDraws } from "../../model/expected-claim-draws.ts";
import { summarizeRun } from "../../risk/summarize-run.ts";
import type { Scenario } from "../../scenario/types.ts";
import { partialRun } from "../../sim/partial-run.ts";
import { sameDraws } from "../../sim/replay-fund.ts";
import type { ChunkResult } from "../../sim/run-paths.ts";
import { runSimulation, type SimulationRun } from "../../sim/run-simulation.ts";
import type { WorkerPool } from "../../sim/worker-pool.ts";
import type { AppState, JobKind, SimulationResults } from "../shell/app-state.ts";
import { lossRatioRows } from "../../charts/chart-rows.ts";
import type { JobRunner } from "./job-runner.ts";
import type { RunRecord } from "./run-record.ts";
import { claimRateOf, runClaims } from "./run-time-estimate.ts";
import type { Store } from "../shell/store.ts";

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
  onPartial?: (partial: SimulationResults) => void,
): Promise<SimulationResults> {
  const scenario = a.scenario;
  const compare = b?.scenario;
  const { paths, years, seed } = scenario.simulation;
  const started = performance.now();
  const request = { scenario, ...(compare ? { compare } : {}), paths, years, seed };
  const resultsOf = (run: SimulationRun, progress?: SimulationResults["progress"]): SimulationResults => ({
    summary: summarizeRun(run),
    scenario,
    record: a.record,
    ...(b ? { compareScenario: b.scenario, compareRecord: b.record } : {}),
    lossRatio: run.outcomes.flatMap((outcome, index) =>
      lossRatioRows(outcome, run.request.paths, years, index === 0 ? "A" : "B"),
    ),
    finishedAt: new Date(),
    seconds: (performance.now() - started) / 1000,
    ...(progress ? { progress } : {}),
  });
  // Progressive results: after every further 5% of the paths (at most once a second), the summary of
  // the paths finished so far. The final results are computed from the whole run as before, so they
  // do not depend on this cadence.
  const chunks: ChunkResult[] = [];
  let done = 0;
  let nextAt = Math.ceil(paths * PARTIAL_STEP);
  let shownAt = performance.now();
  const onChunk = (chunk: ChunkResult) => {
    chunks.push(chunk);
    done += chunk.pathEnd - chunk.pathStart;
    const now = performance.now();
    if (!onPartial || done < nextAt || done >= paths || now - shownAt < PARTIAL_INTERVAL_MS) return;
    nextAt = done + Math.ceil(paths * PARTIAL_STEP);
    shownAt = now;
    const run = partialRun(request, chunks);
    if (run && run.request.paths >= 2) onPartial(resultsOf(run, { pathsDone: done, paths }));
  };
  const run = await runJob(store, jobs, kind, paths, (pool, signal) =>
    runSimulation(request, pool, { signal, onChunk }),
  );
  const results = resultsOf(run);
  // The claims this run drew and its time refine the estimate of the next run (a comparison whose
  // scenarios share their draws simulates one of them).
  const simulated = compare && !sameDraws(scenario, compare) ? [scenario, compare] : [scenario];
  const perSecond = claimRateOf(runClaims(simulated.map(expectedClaimDraws), paths, years), results.seconds);
  if (perSecond !== null) store.set({ claimRate: { perSecond, basis: "lastRun" } });
  return results;
}

/** Progressive results are shown after every further 5% of the paths… */
const PARTIAL_STEP = 0.05;
/** …and at most once a second, so drawing them does not slow the run. */
const PARTIAL_INTERVAL_MS = 1000;
