import { type MessageText, mapMessageText } from "../../messages.ts";
import { resolveScenario } from "../../scenario/resolve-scenario.ts";
import type { Scenario } from "../../scenario/types.ts";
import { errorMessages } from "../common/error-text.ts";
import type { AppState, ScenarioSource, TextFile, UiText } from "../shell/app-state.ts";
import type { Store } from "../shell/store.ts";
import { bundledSource, loadBundledScenario, scenarioPath, scenarioReader } from "./bundled-scenarios.ts";
import { checkScenario } from "./check-scenario.ts";
import { type DocumentPath, setAt } from "./document-path.ts";

/** What the user does to the scenario in the form: load one, edit its fields, name it, reset it. */
export interface ScenarioActions {
  loadBundled(name: string): void;
  loadFile(file: TextFile): void;
  resetScenario(): void;
  /** Sets a field of the edited scenario; `reshape` redraws the form (a band added, a section switched). */
  setField(path: DocumentPath, value: unknown, reshape?: boolean): void;
  /** Names the edited scenario ("" names it from its changes). */
  setScenarioName(name: string): void;
}

/**
 * Puts `base` (or `draft`, edits over it) in the form as the scenario from `source`, checked, with its
 * typed name cleared and the form drawn again.
 */
export function useScenario(
  store: Store<AppState>,
  base: Scenario,
  source: ScenarioSource,
  draft?: Record<string, unknown>,
): void {
  const edited = draft ?? (structuredClone(base) as unknown as Record<string, unknown>);
  store.set({
    draft: edited,
    problems: checkScenario(edited, source.file),
    base,
    source,
    scenarioName: "",
    loadProblems: null,
    formVersion: store.get().formVersion + 1,
  });
}

/** Shows why a scenario did not load above the form (kept as a text key and message codes). */
export function showLoadProblems(
  store: Store<AppState>,
  title: UiText,
  messages: readonly MessageText[],
): void {
  store.set({ loadProblems: { title, messages } });
}

/** The edited scenario when it can run: no job running and no problems; otherwise `null`. */
export function validScenario(store: Store<AppState>): Scenario | null {
  const state = store.get();
  if (state.job || state.problems.length > 0) return null;
  return structuredClone(state.draft) as unknown as Scenario;
}

/** The scenario form's actions over `store`. */
export function scenarioActions(store: Store<AppState>): ScenarioActions {
  return {
    loadBundled(name) {
      try {
        useScenario(store, loadBundledScenario(name), bundledSource(name));
      } catch (error) {
        showLoadProblems(
          store,
          { key: "scenario.loadFailed", params: { file: scenarioPath(name) } },
          errorMessages(error),
        );
      }
    },
    loadFile(file) {
      // Loaded beside the bundled scenarios (so `extends` finds them), but named by its real file name.
      const path = scenarioPath(file.name.replace(/\.json$/i, ""));
      const realName = (item: MessageText) =>
        typeof item === "string" ? item : mapMessageText(item, (text) => text.replaceAll(path, file.name));
      try {
        const scenario = resolveScenario(path, scenarioReader({ [path]: file.text }));
        useScenario(store, scenario, { name: file.name, file: file.name, bundled: false });
      } catch (error) {
        showLoadProblems(
          store,
          { key: "scenario.loadFailed", params: { file: file.name } },
          errorMessages(error).map(realName),
        );
      }
    },
    resetScenario() {
      const state = store.get();
      useScenario(store, state.base, state.source);
    },
    setField(path, value, reshape = false) {
      const state = store.get();
      if (state.job) return; // fields are locked while a job runs
      const draft = setAt(state.draft, path, value);
      store.set({
        draft,
        problems: checkScenario(draft, state.source.file),
        ...(reshape ? { formVersion: state.formVersion + 1 } : {}),
      });
    },
    setScenarioName(name) {
      if (!store.get().job) store.set({ scenarioName: name });
    },
  };
}
