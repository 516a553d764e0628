import type { Scenario } from "../../scenario/types.ts";
import type { WorkerPool } from "../../sim/worker-pool.ts";
import { errorMessages } from "../common/error-text.ts";
import { inputOfA } from "../results/results-actions.ts";
import type { JobRunner } from "../run/job-runner.ts";
import { runJob } from "../run/run-job.ts";
import { runRecord } from "../run/run-record.ts";
import { simulateInto } from "../run/simulate-into.ts";
import { loadBundledScenario, scenarioPath } from "../scenario/bundled-scenarios.ts";
import { checkScenario } from "../scenario/check-scenario.ts";
import { type DocumentPath, setAt } from "../scenario/document-path.ts";
import { validScenario } from "../scenario/scenario-actions.ts";
import { bundledScenario, nameOfB, namesOf } from "../scenario/scenario-names.ts";
import type { AppState } from "../shell/app-state.ts";
import type { Store } from "../shell/store.ts";

/** What the user does on the comparison tab: pick and edit scenario B, compare, analyse. */
export interface CompareActions {
  setCompareName(name: string): void;
  setCompareField(path: DocumentPath, value: unknown): void;
  /** Names scenario B ("" names it from its changes). */
  setCompareLabel(name: string): void;
  compare(): Promise<void>;
  /**
   * Runs an analysis of the comparison tab (a stress test, an attribution) as a job, with its progress and
   * cancel button; `null` when scenario A or B has problems or another job is running.
   */
  analyse<Value>(
    work: (a: Scenario, b: Scenario, pool: WorkerPool, signal: AbortSignal) => Promise<Value>,
  ): Promise<Value> | null;
}

/** Scenario B's form holding `draft` (edits over the bundled file `name`), checked. */
export function compareDraftState(name: string, draft: Record<string, unknown>): Partial<AppState> {
  return { compareDraft: draft, compareProblems: checkScenario(draft, scenarioPath(name)) };
}

/** Scenarios A and B when both can run (no job running, no problems); otherwise `null`. */
function validPair(store: Store<AppState>): { a: Scenario; b: Scenario } | null {
  const a = validScenario(store);
  const state = store.get();
  if (!a || !state.compareDraft || state.compareProblems.length > 0) return null;
  return { a, b: structuredClone(state.compareDraft) as unknown as Scenario };
}

/** The comparison tab's actions over `store`, running simulations with `jobs`. */
export function compareActions(store: Store<AppState>, jobs: JobRunner): CompareActions {
  return {
    setCompareName(name) {
      try {
        const draft = structuredClone(loadBundledScenario(name)) as unknown as Record<string, unknown>;
        store.set({ compareName: name, compareLabel: "", ...compareDraftState(name, draft) });
      } catch (error) {
        store.set({
          compareName: name,
          compareDraft: null,
          compareProblems: errorMessages(error).map((item) => ({ path: [], message: item })),
        });
      }
    },
    setCompareLabel(name) {
      if (!store.get().job) store.set({ compareLabel: name });
    },
    setCompareField(path, value) {
      const state = store.get();
      if (!state.compareDraft || state.job) return;
      store.set(compareDraftState(state.compareName, setAt(state.compareDraft, path, value)));
    },
    async compare() {
      const pair = validPair(store);
      if (!pair) return;
      const state = store.get();
      const a = inputOfA(state, pair.a);
      const scenario: Scenario = { ...pair.b, name: nameOfB(state) };
      const record = runRecord(
        scenario,
        bundledScenario(state.compareName),
        scenarioPath(state.compareName),
        a.scenario.simulation,
        namesOf(state, nameOfB),
      );
      await simulateInto(store, jobs, "compare", { a, b: { scenario, record } });
    },
    analyse(work) {
      const pair = validPair(store);
      if (!pair) return null;
      return runJob(store, jobs, "compare", null, (pool, signal) => work(pair.a, pair.b, pool, signal));
    },
  };
}
