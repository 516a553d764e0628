import type { AppState } from "./app-state.ts";
import {
  bundledSource,
  DEFAULT_COMPARE_SCENARIO,
  DEFAULT_SCENARIO,
  loadBundledScenario,
} from "../scenario/bundled-scenarios.ts";
import { checkScenario } from "../scenario/check-scenario.ts";
import { DEFAULT_SOLVE_SETTINGS } from "../solve/solve-settings.ts";

/**
 * The state the workbench opens with: the default scenario (Inner Mongolia 2025), ready to run, in
 * Chinese; the 250,000-cap variant as the comparison and as the claims replay's second scenario.
 * @param threads the worker threads runs use
 * @throws InputError if a bundled scenario does not load (the page then shows the messages)
 */
export function initialState(threads: number): AppState {
  const base = loadBundledScenario(DEFAULT_SCENARIO);
  const compareBase = loadBundledScenario(DEFAULT_COMPARE_SCENARIO);
  const source = bundledSource(DEFAULT_SCENARIO);
  const draft = structuredClone(base) as unknown as Record<string, unknown>;
  return {
    locale: "zh",
    tab: "results",
    source,
    base,
    draft,
    scenarioName: "",
    problems: checkScenario(draft, source.file),
    formVersion: 0,
    loadProblems: null,
    simulate: { status: "idle" },
    compareName: DEFAULT_COMPARE_SCENARIO,
    compareDraft: structuredClone(compareBase) as unknown as Record<string, unknown>,
    compareLabel: "",
    compareProblems: [],
    compare: { status: "idle" },
    solveSettings: DEFAULT_SOLVE_SETTINGS,
    solveProblems: [],
    solvePoints: [],
    solve: { status: "idle" },
    replayMembers: null,
    replayClaims: null,
    replaySecond: DEFAULT_COMPARE_SCENARIO,
    replay: { status: "idle" },
    shareExtensions: {},
    job: null,
    claimRate: null,
    threads,
  };
}
