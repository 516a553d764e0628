import type { ChartLocale } from "../../charts/locale.ts";
import type { FieldProblem } from "../scenario/check-scenario.ts";
import { h } from "../common/dom.ts";
import { translate } from "../shell/i18n.ts";

/** The primary button that starts a job; `action` is its `data-action` (e.g. `run-compare`). */
export function runButton(action: string, label: string, onClick: () => void): HTMLButtonElement {
  return h(
    "button",
    { type: "button", class: "primary", "data-action": action, on: { click: onClick } },
    label,
  );
}

/** Enables or disables a run button; while the scenario has problems, its tooltip says to fix them. */
export function setRunDisabled(
  button: HTMLButtonElement,
  disabled: boolean,
  scenarioProblems: readonly FieldProblem[],
  locale: ChartLocale,
): void {
  button.disabled = disabled;
  button.title = scenarioProblems.length > 0 ? translate(locale, "run.invalid") : "";
}
