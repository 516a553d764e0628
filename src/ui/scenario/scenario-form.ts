import { renderMessage } from "../../messages.ts";
import { jsonPath } from "../../scenario/json-path.ts";
import type { AppActions } from "../shell/app-actions.ts";
import type { AppState } from "../shell/app-state.ts";
import { bandsTable } from "./bands-table.ts";
import { getAt } from "./document-path.ts";
import { h, replaceChildren, uniqueId } from "../common/dom.ts";
import { fieldInput, type BoundField } from "../common/field-input.ts";
import { translator, type UiKey } from "../shell/i18n.ts";
import { placeProblems } from "./place-problems.ts";
import {
  ALLOWANCE_FIELDS,
  assumptionGroups,
  BENEFIT_FIELDS,
  FEE_FIELDS,
  RUN_FIELDS,
  type FieldSpec,
} from "./scenario-fields.ts";
import { nameOfA } from "./scenario-names.ts";
import type { Store } from "../shell/store.ts";

const BANDS_PATH = ["policy", "inpatient", "bands"] as const;
const RUN_KEYS = RUN_FIELDS.map((spec) => jsonPath(spec.path));

/**
 * The list of the scenario's problems above the form (each links to its field), or a line saying the
 * scenario is valid.
 */
function problemsSummary(state: AppState, placedKeys: ReadonlySet<string>): HTMLElement[] {
  const t = translator(state.locale);
  // After a failed load the form keeps the previous scenario: say so, rather than "valid" under the error.
  if (state.loadProblems && state.problems.length === 0)
    return [
      h(
        "p",
        { class: "muted", "data-role": "kept-scenario" },
        t("scenario.keptAfterFailedLoad", { name: nameOfA(state) }),
      ),
    ];
  if (state.problems.length === 0) return [h("p", { class: "valid" }, t("scenario.valid"))];
  const items = state.problems.map((problem) => {
    let key: string | undefined;
    for (let length = problem.path.length; length > 0 && key === undefined; length--) {
      const candidate = jsonPath(problem.path.slice(0, length));
      if (placedKeys.has(candidate)) key = candidate;
    }
    const text = renderMessage(problem.message, state.locale);
    if (key === undefined) return h("li", {}, text);
    const target = key;
    return h(
      "li",
      {},
      h(
        "a",
        {
          href: "#",
          on: {
            click: (event) => {
              event.preventDefault();
              document.querySelector<HTMLElement>(`[data-path="${target}"]`)?.focus();
            },
          },
        },
        text,
      ),
    );
  });
  return [h("p", {}, t("scenario.problems", { count: state.problems.length })), h("ul", {}, items)];
}

/**
 * The form's groups for `state`'s draft (fees, benefits with the bands table, allowance, assumptions),
 * each field editing the draft through `actions`; the bound fields are pushed to `fields`.
 */
function formGroups(
  state: AppState,
  actions: AppActions,
  container: HTMLElement,
  fields: BoundField[],
): HTMLElement[] {
  const t = translator(state.locale);
  const field = (spec: FieldSpec) => {
    const bound = fieldInput(spec, getAt(state.draft, spec.path), state.locale, (value, reshape) =>
      actions.setField(spec.path, value, reshape),
    );
    fields.push(bound);
    return bound.element;
  };
  const group = (title: UiKey, ...children: (HTMLElement | HTMLElement[] | false)[]) =>
    h("fieldset", { class: "group" }, h("legend", {}, t(title)), ...children);
  const bandsValue = getAt(state.draft, BANDS_PATH);
  const bands = bandsTable(
    BANDS_PATH,
    Array.isArray(bandsValue) ? bandsValue : [],
    state.locale,
    (path, value) => actions.setField(path, value),
    (rows, focus) => {
      actions.setField(BANDS_PATH, rows, true);
      container.querySelector<HTMLElement>(`[data-action="${focus}"]`)?.focus();
    },
  );
  fields.push(...bands.fields);
  const [allowanceSwitch, ...allowanceFields] = ALLOWANCE_FIELDS;
  const allowanceOn = getAt(state.draft, allowanceSwitch!.path) !== null;
  const assumptions = assumptionGroups(state.draft).map((spec) => {
    if (!spec.compact) return group(spec.title, spec.fields.map(field));
    const captionId = uniqueId("caption");
    const grid = h(
      "div",
      { role: "group", "aria-labelledby": captionId },
      h("p", { id: captionId, class: "grid-caption" }, t(spec.compact.caption)),
      h("div", { class: "field-grid" }, spec.compact.fields.map(field)),
    );
    return group(spec.title, grid, spec.fields.map(field));
  });
  return [
    group("group.fees", FEE_FIELDS.map(field)),
    group("group.benefit", bands.element, BENEFIT_FIELDS.map(field)),
    group("group.allowance", field(allowanceSwitch!), allowanceOn && allowanceFields.map(field)),
    ...assumptions,
  ];
}

/**
 * The scenario form: fees, the bands table, cap, deductible and minimum payout, the allowance, and the
 * main assumptions, each a labelled field flagged with the validator's messages. The form is drawn again
 * when its shape changes (`formVersion`); otherwise edits only refresh the messages, so typing keeps focus.
 * @returns a function that detaches the form from the store
 */
export function mountScenarioForm(
  container: HTMLElement,
  store: Store<AppState>,
  actions: AppActions,
): () => void {
  let fields: BoundField[] = [];
  const summary = h("div", { class: "problems-summary", "aria-live": "polite" });
  const showProblems = (state: AppState) => {
    const keys = new Set([...fields.map((field) => field.key), ...RUN_KEYS]);
    const placed = placeProblems(state.problems, keys);
    for (const field of fields) {
      field.showProblems(
        (placed.byField.get(field.key) ?? []).map((item) => renderMessage(item, state.locale)),
      );
    }
    summary.classList.toggle("has-problems", state.problems.length > 0);
    replaceChildren(summary, problemsSummary(state, keys));
  };
  const draw = () => {
    const state = store.get();
    fields = [];
    replaceChildren(container, summary, formGroups(state, actions, container, fields));
    showProblems(state);
  };
  draw();
  return store.subscribe((state, changed) => {
    if (changed.has("formVersion")) draw();
    else if (changed.has("problems") || changed.has("loadProblems")) showProblems(state);
  });
}
