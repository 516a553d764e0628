import type { ChartLocale } from "../../charts/locale.ts";
import { STRESSES } from "../../scenario/stresses/apply-stresses.ts";
import { h } from "../common/dom.ts";

/** The stress picker: one checkbox per named stress, its title and what it does. */
export interface StressPicker {
  readonly element: HTMLElement;
  /** The names of the stresses ticked, in the order listed. */
  selected(): string[];
}

/**
 * Checkboxes for the named stresses (epidemic, cost-shock, membership-drop, anti-selection, low-interest),
 * each labelled with its title and, as a hint, its description, in `locale`; `initial` are ticked.
 */
export function stressPicker(locale: ChartLocale, legend: string, initial: readonly string[]): StressPicker {
  const boxes = STRESSES.map((stress) => {
    const box = h("input", {
      type: "checkbox",
      value: stress.name,
      "data-stress": stress.name,
    }) as HTMLInputElement;
    box.checked = initial.includes(stress.name);
    return { stress, box };
  });
  const element = h(
    "fieldset",
    { class: "stress-picker", "data-role": "stress-picker" },
    h("legend", {}, legend),
    boxes.map(({ stress, box }) =>
      h(
        "label",
        { class: "stress-option", title: stress.description[locale] },
        box,
        h("span", {}, ` ${stress.title[locale]}`),
        h("small", { class: "note" }, ` — ${stress.description[locale]}`),
      ),
    ),
  );
  return {
    element,
    selected: () => boxes.filter(({ box }) => box.checked).map(({ stress }) => stress.name),
  };
}
