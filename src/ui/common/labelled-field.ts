import { h } from "./dom.ts";

/** A form field: `control` (an input or select with an `id`) under its label. */
export function labelledField(label: string, control: HTMLElement): HTMLElement {
  return h("div", { class: "field" }, h("label", { for: control.id }, label), control);
}
