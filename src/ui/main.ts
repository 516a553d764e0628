// The workbench's entry: builds the state from the link (or the default scenario), draws the page, keeps
// the link in step with the scenario, and shows any uncaught error at the top instead of a blank page.
//
//   link ──decode──▶ state ◀──actions── page (forms, buttons)
//                      │
//                      └─▶ views (scenario form, run bar, results, compare, fee solver, claims replay)
//                      └─▶ link (history.replaceState)
import "./styles.css";
import { createBrowserWorkerPool } from "../sim/browser-worker-pool.ts";
import { createActions } from "./shell/app-actions.ts";
import { initialState } from "./shell/initial-state.ts";
import { mountApp } from "./shell/app-shell.ts";
import type { AppState } from "./shell/app-state.ts";
import { showError } from "./shell/error-banner.ts";
import { translate } from "./shell/i18n.ts";
import { calibratingJobRunner } from "./run/calibrating-job-runner.ts";
import { createJobRunner } from "./run/job-runner.ts";
import { scheduleSpeedTest } from "./run/schedule-speed-test.ts";
import { createStore } from "./shell/store.ts";

/** Where the last run's speed (claims a second) is kept between visits. */
const CLAIM_RATE_KEY = "huzhu.claimRate";

/** Threads for the simulation: the machine's cores, at most 16. */
const threads = Math.max(1, Math.min(16, navigator.hardwareConcurrency || 2));

function boot(root: HTMLElement): void {
  const store = createStore<AppState>(initialState(threads));
  const jobs = calibratingJobRunner(createJobRunner(() => createBrowserWorkerPool(threads)));
  const actions = createActions(store, jobs);
  window.addEventListener("error", (event) => showError(event.error ?? event.message, store.get().locale));
  window.addEventListener("unhandledrejection", (event) => showError(event.reason, store.get().locale));
  // The last run's speed, kept between visits; without it, a speed test on the first idle moment, so
  // even the first run of a visit is estimated.
  const saved = Number(localStorage.getItem(CLAIM_RATE_KEY));
  if (Number.isFinite(saved) && saved > 0) store.set({ claimRate: { perSecond: saved, basis: "lastRun" } });
  store.subscribe((state, changed) => {
    if (changed.has("claimRate") && state.claimRate?.basis === "lastRun")
      localStorage.setItem(CLAIM_RATE_KEY, String(state.claimRate.perSecond));
  });
  if (location.hash) actions.applyHash(location.hash);
  window.addEventListener("hashchange", () => actions.applyHash(location.hash));
  const syncLink = () =>
    history.replaceState(null, "", `${location.pathname}${location.search}${actions.shareHash()}`);
  const linked: readonly (keyof AppState)[] = [
    "draft",
    "locale",
    "source",
    "scenarioName",
    "tab",
    "compareName",
    "compareDraft",
    "compareLabel",
    "solveSettings",
    "shareExtensions",
  ];
  store.subscribe((_, changed) => {
    if (linked.some((key) => changed.has(key))) syncLink();
  });
  mountApp(root, store, actions);
  syncLink();
  root.setAttribute("data-ready", "true");
  scheduleSpeedTest(store, jobs);
}

const root = document.getElementById("app");
if (root) {
  try {
    boot(root);
  } catch (error) {
    showError(error, "zh", `${translate("zh", "error.boot")} / ${translate("en", "error.boot")}`);
  }
}
