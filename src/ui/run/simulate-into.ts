import { failure } from "../common/error-text.ts";
import type { AppState, Outcome, SimulationResults } from "../shell/app-state.ts";
import type { Store } from "../shell/store.ts";
import type { JobRunner } from "./job-runner.ts";
import { type RunInput, simulationResults } from "./run-job.ts";

/**
 * Simulates `a` (and `b` on the same random numbers) as a job, keeping its outcome in `state[key]`:
 * running (with the partial results as paths finish), then done, failed or cancelled. `extra` is set
 * with the first "running" (e.g. the tab that shows the run).
 */
export async function simulateInto(
  store: Store<AppState>,
  jobs: JobRunner,
  key: "simulate" | "compare",
  runs: { readonly a: RunInput; readonly b?: RunInput },
  extra: Partial<AppState> = {},
): Promise<void> {
  const show = (outcome: Outcome<SimulationResults>): Partial<AppState> =>
    key === "simulate" ? { simulate: outcome } : { compare: outcome };
  store.set({ ...show({ status: "running" }), ...extra });
  try {
    const value = await simulationResults(store, jobs, key, runs.a, runs.b, (partial) =>
      store.set(show({ status: "running", partial })),
    );
    store.set(show({ status: "done", value }));
  } catch (error) {
    store.set(show(failure(error)));
  }
}
