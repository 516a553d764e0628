import type { ChartLocale } from "../../charts/locale.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { AppState } from "../shell/app-state.ts";
import { loadBundledScenario, scenarioDisplayName } from "./bundled-scenarios.ts";
import { derivedScenarioName } from "./change-text.ts";
import { scenarioChanges } from "./scenario-changes.ts";
import { scenarioTitle } from "../shell/i18n.ts";

const bundledCache = new Map<string, Scenario>();

/** A bundled scenario, resolved once per page. @throws InputError when it does not load */
export function bundledScenario(name: string): Scenario {
  let scenario = bundledCache.get(name);
  if (!scenario) {
    scenario = loadBundledScenario(name);
    bundledCache.set(name, scenario);
  }
  return scenario;
}

/** Scenario A's name: as typed in the name field, or derived from its changes to its file. */
export function nameOfA(state: AppState, locale = state.locale): string {
  const typed = state.scenarioName.trim();
  if (typed) return typed;
  const title = state.source.bundled
    ? scenarioTitle(state.source.name, state.base.name, locale)
    : scenarioDisplayName(state.base.name, locale);
  return derivedScenarioName(title, scenarioChanges(state.base, state.draft, ["name"]), locale);
}

/** Scenario B's name: as typed, or derived from its changes to the bundled file it starts from. */
export function nameOfB(state: AppState, locale = state.locale): string {
  const typed = state.compareLabel.trim();
  if (typed) return typed;
  let base: Scenario;
  try {
    base = bundledScenario(state.compareName);
  } catch {
    return state.compareName;
  }
  const title = scenarioTitle(state.compareName, base.name, locale);
  return derivedScenarioName(
    title,
    state.compareDraft ? scenarioChanges(base, state.compareDraft, ["name", "simulation"]) : [],
    locale,
  );
}

/** A scenario's name in both languages (the same text twice when the user typed it). */
export function namesOf(
  state: AppState,
  name: (state: AppState, locale: ChartLocale) => string,
): Readonly<Record<ChartLocale, string>> {
  return { zh: name(state, "zh"), en: name(state, "en") };
}
