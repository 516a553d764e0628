import { type Child, h } from "./dom.ts";

/**
 * A tab's inputs under a legend (`<fieldset class="group">`); `lock` marks it to be locked while a job
 * runs (see `lockDuringJob`), as the inputs of work that runs on the worker pool are.
 */
export function inputGroup(
  legend: string,
  children: readonly Child[],
  options: { readonly lock: boolean; readonly className?: string },
): HTMLFieldSetElement {
  return h(
    "fieldset",
    { class: ["group", options.className].filter(Boolean).join(" "), "data-lock": options.lock },
    h("legend", {}, legend),
    children,
  );
}
