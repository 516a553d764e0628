import { renderMessage } from "../../messages.ts";
import type { AppActions } from "../shell/app-actions.ts";
import type { AppState } from "../shell/app-state.ts";
import { bundledScenarioNames, bundledScenarioTitle } from "./bundled-scenarios.ts";
import { jsonEqual } from "./scenario-diff.ts";
import { h, replaceChildren, uniqueId } from "../common/dom.ts";
import { downloadText } from "../common/downloads.ts";
import { fileField } from "../common/file-field.ts";
import { labelledField } from "../common/labelled-field.ts";
import { nameField } from "./name-field.ts";
import { scenarioTitle, translate, translator } from "../shell/i18n.ts";
import { nameOfA } from "./scenario-names.ts";
import type { Store } from "../shell/store.ts";

/** The scenario's file as a standalone scenario file: the edited, resolved scenario with its `$schema`. */
function scenarioJson(state: AppState): string {
  return JSON.stringify({ $schema: "../schema/scenario.schema.json", ...state.draft }, null, 2) + "\n";
}

/** Options of a scenario `<select>`: every bundled scenario, titled in the chosen language. */
export function scenarioOptions(state: AppState, selected: string): HTMLOptionElement[] {
  return bundledScenarioNames().map((name) =>
    h(
      "option",
      { value: name, selected: name === selected },
      scenarioTitle(name, bundledScenarioTitle(name), state.locale),
    ),
  );
}

/** The bundled scenarios to choose from (and, for an uploaded file, its name first). */
function scenarioSelect(state: AppState, actions: AppActions): HTMLSelectElement {
  const t = translator(state.locale);
  const select = h(
    "select",
    { id: uniqueId("scenario"), "data-role": "scenario-select" },
    state.source.bundled
      ? []
      : [
          h(
            "option",
            { value: "", selected: true, disabled: true },
            t("scenario.uploaded", { file: state.source.name }),
          ),
        ],
    scenarioOptions(state, state.source.bundled ? state.source.name : ""),
  );
  select.addEventListener("change", () => actions.loadBundled(select.value));
  return select;
}

/** Why the last scenario file or link did not load, in the page's language; `null` when it did. */
function loadProblemsBox(state: AppState): HTMLElement | null {
  if (!state.loadProblems) return null;
  const { title, messages } = state.loadProblems;
  return h(
    "div",
    { class: "alert", role: "alert", "data-role": "load-problems" },
    h("p", {}, translate(state.locale, title.key, title.params)),
    h(
      "ul",
      {},
      messages.map((item) => h("li", {}, renderMessage(item, state.locale))),
    ),
  );
}

/** The scenario's description under its name (a bundled scenario's name in the page's language). */
function descriptionBox(state: AppState): HTMLElement | null {
  const description = (state.draft as { description?: unknown }).description;
  if (typeof description !== "string") return null;
  const name = String(state.draft.name ?? "");
  return h(
    "details",
    { class: "description" },
    h("summary", {}, state.source.bundled ? scenarioTitle(state.source.name, name, state.locale) : name),
    h("p", {}, description),
  );
}

/** Download the edited scenario as a file, and reset the edits. */
function editButtons(store: Store<AppState>, actions: AppActions): HTMLElement {
  const t = translator(store.get().locale);
  const download = () => {
    const current = store.get();
    const edited = !jsonEqual(current.draft, current.base);
    const name = current.source.name.replace(/\.json$/i, "");
    downloadText(`${name}${edited ? "-edited" : ""}.json`, scenarioJson(current), "application/json");
  };
  return h(
    "div",
    { class: "button-row" },
    h("button", { type: "button", on: { click: download } }, t("scenario.download")),
    h("button", { type: "button", on: { click: () => actions.resetScenario() } }, t("scenario.reset")),
  );
}

/**
 * Choosing the scenario: a bundled one, or one loaded from a JSON file (a file that does not load shows
 * the loader's messages naming the wrong fields); downloading the edited scenario; resetting the edits.
 */
export function mountScenarioPicker(
  container: HTMLElement,
  store: Store<AppState>,
  actions: AppActions,
): () => void {
  let nameInput: HTMLInputElement | null = null;
  const draw = () => {
    const state = store.get();
    const t = translator(state.locale);
    const file = fileField(
      {
        label: t("scenario.loadFile"),
        role: "scenario-file",
        accept: ".json,application/json",
        clearAfterRead: true,
      },
      ([picked]) => {
        if (picked) actions.loadFile(picked);
      },
    );
    const name = nameField(
      {
        label: t("scenario.name"),
        role: "scenario-name-input",
        value: state.scenarioName,
        placeholder: nameOfA(state),
        locale: state.locale,
      },
      (typed) => actions.setScenarioName(typed),
    );
    nameInput = name.input;
    replaceChildren(
      container,
      labelledField(t("scenario.pick"), scenarioSelect(state, actions)),
      file,
      name.element,
      loadProblemsBox(state),
      descriptionBox(state),
      editButtons(store, actions),
    );
  };
  draw();
  return store.subscribe((state, changed) => {
    if (changed.has("source") || changed.has("loadProblems") || changed.has("formVersion")) draw();
    else if (nameInput && changed.has("draft")) nameInput.placeholder = nameOfA(state);
  });
}
