import { renderMessage } from "../../messages.ts";
import type { AppActions } from "../shell/app-actions.ts";
import type { AppState } from "../shell/app-state.ts";
import { bundledScenarioNames, bundledScenarioTitle } from "./bundled-scenarios.ts";
import { jsonEqual } from "./scenario-diff.ts";
import { h, replaceChildren, uniqueId } from "../common/dom.ts";
import { downloadText, readTextFile } from "../common/downloads.ts";
import { scenarioTitle, translator } from "../shell/i18n.ts";
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
    const selectId = uniqueId("scenario");
    const fileId = uniqueId("scenario-file");
    const select = h(
      "select",
      { id: selectId, "data-role": "scenario-select" },
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
    const file = h("input", {
      id: fileId,
      type: "file",
      accept: ".json,application/json",
      "data-role": "scenario-file",
    });
    file.addEventListener("change", () => {
      const picked = file.files?.[0];
      if (picked) void readTextFile(picked).then((text) => actions.loadFile(text));
      file.value = "";
    });
    const download = h(
      "button",
      {
        type: "button",
        on: {
          click: () => {
            const current = store.get();
            const edited = !jsonEqual(current.draft, current.base);
            const name = current.source.name.replace(/\.json$/i, "");
            downloadText(`${name}${edited ? "-edited" : ""}.json`, scenarioJson(current), "application/json");
          },
        },
      },
      t("scenario.download"),
    );
    const reset = h(
      "button",
      { type: "button", on: { click: () => actions.resetScenario() } },
      t("scenario.reset"),
    );
    const problems = state.loadProblems
      ? h(
          "div",
          { class: "alert", role: "alert", "data-role": "load-problems" },
          h("p", {}, t(state.loadProblems.title.key, state.loadProblems.title.params)),
          h(
            "ul",
            {},
            state.loadProblems.messages.map((item) => h("li", {}, renderMessage(item, state.locale))),
          ),
        )
      : null;
    const description = (state.draft as { description?: unknown }).description;
    const nameId = uniqueId("scenario-name");
    nameInput = h("input", {
      id: nameId,
      type: "text",
      "data-role": "scenario-name-input",
      value: state.scenarioName,
      placeholder: nameOfA(state),
      title: t("scenario.nameHint"),
    });
    const input = nameInput;
    input.addEventListener("input", () => actions.setScenarioName(input.value));
    replaceChildren(
      container,
      h("div", { class: "field" }, h("label", { for: selectId }, t("scenario.pick")), select),
      h("div", { class: "field" }, h("label", { for: fileId }, t("scenario.loadFile")), file),
      h("div", { class: "field" }, h("label", { for: nameId }, t("scenario.name")), input),
      problems,
      typeof description === "string"
        ? h(
            "details",
            { class: "description" },
            // A bundled scenario's name in the page's language (its Chinese title on the Chinese page).
            h(
              "summary",
              {},
              state.source.bundled
                ? scenarioTitle(state.source.name, String(state.draft.name ?? ""), state.locale)
                : String(state.draft.name ?? ""),
            ),
            h("p", {}, description),
          )
        : null,
      h("div", { class: "button-row" }, download, reset),
    );
  };
  draw();
  return store.subscribe((state, changed) => {
    if (changed.has("source") || changed.has("loadProblems") || changed.has("formVersion")) draw();
    else if (nameInput && changed.has("draft")) nameInput.placeholder = nameOfA(state);
  });
}
