import { type FeePoint, solveFee } from "../../risk/solve-fee.ts";
import { failure } from "../common/error-text.ts";
import type { JobRunner } from "../run/job-runner.ts";
import { runJob } from "../run/run-job.ts";
import { validScenario } from "../scenario/scenario-actions.ts";
import type { AppState } from "../shell/app-state.ts";
import type { Store } from "../shell/store.ts";
import { checkSolveSettings, type SolveSettingsText } from "./solve-settings.ts";

/** What the user does on the fee solver's tab. */
export interface SolveActions {
  setSolveSetting(setting: keyof SolveSettingsText, text: string): void;
  solve(): Promise<void>;
}

/** The fee solver's actions over `store`, running the solver with `jobs`. */
export function solveActions(store: Store<AppState>, jobs: JobRunner): SolveActions {
  return {
    setSolveSetting(setting, text) {
      const solveSettings = { ...store.get().solveSettings, [setting]: text };
      store.set({ solveSettings, solveProblems: checkSolveSettings(solveSettings).problems });
    },
    async solve() {
      const scenario = validScenario(store);
      const { settings } = checkSolveSettings(store.get().solveSettings);
      if (!scenario || !settings) return;
      const seed = scenario.simulation.seed;
      store.set({ solve: { status: "running" }, solvePoints: [] });
      // Each fee level evaluated is shown as it comes, and counted as a step of the job.
      const onPoint = (point: FeePoint) => {
        const job = store.get().job;
        store.set({
          solvePoints: [...store.get().solvePoints, point],
          ...(job ? { job: { ...job, steps: job.steps + 1 } } : {}),
        });
      };
      try {
        const solution = await runJob(store, jobs, "solve", null, (pool, signal) =>
          solveFee(scenario, { ...settings, seed, signal }, pool, onPoint),
        );
        store.set({ solve: { status: "done", value: { solution, scenario, ...settings, seed } } });
      } catch (error) {
        store.set({ solve: failure(error) });
      }
    },
  };
}
