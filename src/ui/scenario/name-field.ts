import type { ChartLocale } from "../../charts/locale.ts";
import { h, uniqueId } from "../common/dom.ts";
import { labelledField } from "../common/labelled-field.ts";
import { translate } from "../shell/i18n.ts";

/** What {@link nameField} draws. */
export interface NameFieldOptions {
  readonly label: string;
  /** The input's `data-role`, e.g. `scenario-name-input`. */
  readonly role: string;
  /** The name as typed ("" when none is). */
  readonly value: string;
  /** The name derived from the scenario's changes, shown while none is typed. */
  readonly placeholder: string;
  readonly locale: ChartLocale;
}

/**
 * A scenario's name field: the typed name, or the derived one as placeholder; `onInput` gets each edit.
 * Returns the field and its input (whose placeholder the view keeps up to date).
 */
export function nameField(
  options: NameFieldOptions,
  onInput: (name: string) => void,
): { readonly element: HTMLElement; readonly input: HTMLInputElement } {
  const input = h("input", {
    id: uniqueId(options.role),
    type: "text",
    "data-role": options.role,
    value: options.value,
    placeholder: options.placeholder,
    title: translate(options.locale, "scenario.nameHint"),
  });
  input.addEventListener("input", () => onInput(input.value));
  return { element: labelledField(options.label, input), input };
}
