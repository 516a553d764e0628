import type { Scenario } from "../../scenario/types.ts";
import type { JobRunner } from "../run/job-runner.ts";
import type { RunInput } from "../run/run-job.ts";
import { runRecord } from "../run/run-record.ts";
import { simulateInto } from "../run/simulate-into.ts";
import { validScenario } from "../scenario/scenario-actions.ts";
import { nameOfA, namesOf } from "../scenario/scenario-names.ts";
import type { AppState } from "../shell/app-state.ts";
import type { Store } from "../shell/store.ts";

/** What the user does on the results tab. */
export interface ResultsActions {
  /** Simulates the edited scenario and shows the results tab. */
  simulate(): Promise<void>;
}

/** Scenario A as it runs: the edited scenario `valid`, named, with the record of what it is. */
export function inputOfA(state: AppState, valid: Scenario): RunInput {
  const scenario: Scenario = { ...valid, name: nameOfA(state) };
  const names = namesOf(state, nameOfA);
  return { scenario, record: runRecord(scenario, state.base, state.source.file, scenario.simulation, names) };
}

/** The results tab's actions over `store`, running simulations with `jobs`. */
export function resultsActions(store: Store<AppState>, jobs: JobRunner): ResultsActions {
  return {
    async simulate() {
      const valid = validScenario(store);
      if (!valid) return;
      await simulateInto(store, jobs, "simulate", { a: inputOfA(store.get(), valid) }, { tab: "results" });
    },
  };
}
