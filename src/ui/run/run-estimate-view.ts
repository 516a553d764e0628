import type { AppState } from "../shell/app-state.ts";
import { h } from "../common/dom.ts";
import type { Store } from "../shell/store.ts";
import type { RunEstimate } from "./draft-run-estimate.ts";
import { LONG_RUN_SECONDS, runEstimateText } from "./run-time-estimate.ts";

/** The state a run estimate follows: the scenarios, their problems and the machine's claim rate. */
const FOLLOWED: readonly (keyof AppState)[] = [
  "draft",
  "problems",
  "compareDraft",
  "compareProblems",
  "claimRate",
  "locale",
];

/**
 * The words beside a Run button saying how long the run will take (`estimateOf` the state, see
 * `runEstimateText`), kept up to date as the scenario, paths and years change and as the speed is
 * measured; red when the run is longer than a minute. `role` is its `data-role`; `release` stops
 * following the state.
 */
export function runEstimateView(
  store: Store<AppState>,
  estimateOf: (state: AppState) => RunEstimate,
  role = "run-estimate",
): { element: HTMLElement; release: () => void } {
  const element = h("span", { class: "muted run-estimate", "data-role": role });
  const draw = (state: AppState) => {
    const shown = estimateOf(state);
    element.textContent = runEstimateText(shown, state.locale);
    element.dataset["seconds"] = shown.seconds === null ? "" : String(shown.seconds);
    element.classList.toggle("long", shown.seconds !== null && shown.seconds > LONG_RUN_SECONDS);
  };
  draw(store.get());
  const release = store.subscribe((state, changed) => {
    if (FOLLOWED.some((key) => changed.has(key))) draw(state);
  });
  return { element, release };
}
