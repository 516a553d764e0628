import type { ChartLocale } from "../../charts/locale.ts";
import { jsonPath } from "../../scenario/json-path.ts";
import { h, replaceChildren, uniqueId } from "./dom.ts";
import { translate } from "../shell/i18n.ts";
import type { FieldSpec, Label } from "../scenario/scenario-fields.ts";
import { formatFieldText, parseFieldText } from "../scenario/scenario-fields.ts";

/** A field on the page: its key (`jsonPath` of its path), its element, and where its problems show. */
export interface BoundField {
  readonly key: string;
  readonly element: HTMLElement;
  /** The control, for focusing it from the problems summary. */
  readonly control: HTMLElement;
  showProblems(messages: readonly string[]): void;
}

/** The text of a label in `locale`. */
export function labelText(label: Label, locale: ChartLocale): string {
  return typeof label === "string" ? translate(locale, label) : translate(locale, label[0], label[1]);
}

/** What a field's control is drawn with: its spec, value and language, its attributes, and its parts. */
interface ControlParts {
  readonly spec: FieldSpec;
  readonly value: unknown;
  readonly locale: ChartLocale;
  /** The control's id, which its label points to. */
  readonly id: string;
  /** `id`, `data-path` and `aria-describedby`, shared by every kind of control. */
  readonly common: Readonly<Record<string, string>>;
  readonly label: string;
  readonly problem: HTMLElement;
  readonly onChange: (value: unknown, reshape: boolean) => void;
}

/** A checkbox: a flag (true/false), or a section present or not (switching it redraws the form). */
function checkControl({ spec, value, id, common, label, problem, onChange }: ControlParts) {
  const input = h("input", { ...common, type: "checkbox" });
  input.checked = spec.kind === "flag" ? value === true : value !== null && value !== undefined;
  input.addEventListener("change", () => {
    if (spec.kind === "flag") onChange(input.checked, false);
    else onChange(input.checked ? structuredClone(spec.whenOn) : null, true);
  });
  const element = h("div", { class: "field field-check" }, input, h("label", { for: id }, label), problem);
  return { control: input, element };
}

/** A `<select>` of the spec's choices. */
function choiceControl({ spec, value, locale, id, common, label, problem, onChange }: ControlParts) {
  const select = h(
    "select",
    common,
    (spec.choices ?? []).map((choice) =>
      h("option", { value: choice.value, selected: choice.value === value }, translate(locale, choice.label)),
    ),
  );
  select.addEventListener("change", () => onChange(select.value, false));
  const element = h("div", { class: "field" }, h("label", { for: id }, label), select, problem);
  return { control: select, element };
}

/** A text input for a number, an optional number or a list of numbers, with its unit after the label. */
function textControl({ spec, value, locale, id, common, label, problem, onChange }: ControlParts) {
  const unit = spec.unit ? h("span", { class: "unit" }, translate(locale, spec.unit)) : null;
  const input = h("input", {
    ...common,
    type: "text",
    inputmode: spec.kind === "numberList" ? "text" : "decimal",
    autocomplete: "off",
    spellcheck: "false",
  });
  input.value = formatFieldText(spec.kind, value);
  input.addEventListener("input", () => onChange(parseFieldText(spec.kind, input.value), false));
  const element = h(
    "div",
    { class: "field" },
    h("label", { for: id }, label, unit ? " " : "", unit),
    input,
    problem,
  );
  return { control: input, element };
}

/**
 * Draws one form field: a `<label>` tied to its control, the unit, and a message line under it that
 * shows the validator's messages (the control gets `aria-invalid` and `aria-describedby` them).
 * `onChange` gets the parsed value on every edit; `reshape` is true when the form must be redrawn (an
 * optional section switched on or off). The control's `data-path` is the field's key, prefixed with
 * `scope:` for a field of another document than the edited scenario (e.g. `compare:policy.fees.active`).
 */
export function fieldInput(
  spec: FieldSpec,
  value: unknown,
  locale: ChartLocale,
  onChange: (value: unknown, reshape: boolean) => void,
  scope?: string,
): BoundField {
  const key = jsonPath(spec.path);
  const id = uniqueId("field");
  const messageId = `${id}-problem`;
  const parts: ControlParts = {
    spec,
    value,
    locale,
    id,
    common: { id, "data-path": scope ? `${scope}:${key}` : key, "aria-describedby": messageId },
    label: labelText(spec.label, locale),
    problem: h("p", { id: messageId, class: "field-problem", hidden: true }),
    onChange,
  };
  const { control, element }: { control: HTMLInputElement | HTMLSelectElement; element: HTMLElement } =
    spec.kind === "flag" || spec.kind === "presence"
      ? checkControl(parts)
      : spec.kind === "choice"
        ? choiceControl(parts)
        : textControl(parts);
  return {
    key,
    element,
    control,
    showProblems: (messages) => showProblems(control, element, parts.problem, messages),
  };
}

/**
 * Shows a field's messages (one a line) in its message line, marks the control `aria-invalid` and the
 * field's element `.invalid`; no messages clears all three.
 */
export function showProblems(
  control: HTMLElement,
  element: HTMLElement,
  problem: HTMLElement,
  messages: readonly string[],
): void {
  const invalid = messages.length > 0;
  if (invalid) control.setAttribute("aria-invalid", "true");
  else control.removeAttribute("aria-invalid");
  element.classList.toggle("invalid", invalid);
  problem.hidden = !invalid;
  replaceChildren(
    problem,
    messages.flatMap((text, index) => (index === 0 ? [text] : [h("br"), text])),
  );
}
