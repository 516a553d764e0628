import type { ChartLocale } from "../../charts/locale.ts";
import { type CompareActions, compareActions } from "../compare/compare-actions.ts";
import { type ReplayActions, replayActions } from "../replay/replay-actions.ts";
import { type ResultsActions, resultsActions } from "../results/results-actions.ts";
import type { JobRunner } from "../run/job-runner.ts";
import { type LinkActions, linkActions } from "../scenario/link-actions.ts";
import { type ScenarioActions, scenarioActions } from "../scenario/scenario-actions.ts";
import { type SolveActions, solveActions } from "../solve/solve-actions.ts";
import type { AppState, Tab } from "./app-state.ts";
import type { Store } from "./store.ts";

/** What the whole page does: the language, the tab, and cancelling the running job. */
export interface PageActions {
  setLocale(locale: ChartLocale): void;
  setTab(tab: Tab): void;
  cancel(): void;
}

/**
 * Everything the user can do; the views call these and only read the store. Each tab's actions live
 * beside its view (`scenario/scenario-actions.ts`, `compare/compare-actions.ts`, …).
 */
export type AppActions = PageActions &
  ScenarioActions &
  ResultsActions &
  CompareActions &
  SolveActions &
  ReplayActions &
  LinkActions;

/** The actions over `store`, running simulations with `jobs`: every tab's, composed. */
export function createActions(store: Store<AppState>, jobs: JobRunner): AppActions {
  const page: PageActions = {
    setLocale: (locale) => store.set({ locale }),
    setTab: (tab) => store.set({ tab }),
    cancel: () => jobs.cancel(),
  };
  const compare = compareActions(store, jobs);
  const solve = solveActions(store, jobs);
  return {
    ...page,
    ...scenarioActions(store),
    ...resultsActions(store, jobs),
    ...compare,
    ...solve,
    ...replayActions(store),
    ...linkActions(store, { setCompareName: compare.setCompareName, setSolveSetting: solve.setSolveSetting }),
  };
}
