import { messagesText } from "../common/error-text.ts";
import type { AppState, Outcome } from "../shell/app-state.ts";
import { h, replaceChildren } from "../common/dom.ts";
import { translator, type UiKey } from "../shell/i18n.ts";
import type { Store } from "../shell/store.ts";

/** The texts of a job's panel: the hint before the first run, the line while it runs, the job's name. */
export interface OutcomeKeys {
  readonly idle: UiKey;
  readonly running: UiKey;
  readonly job: UiKey;
}

/**
 * What a job's panel shows when it has no results: a hint before the first run, a line while it runs,
 * and after a cancellation or failure, a message saying so (nothing of an earlier run is shown).
 */
export function outcomeMessage(
  outcome: Outcome<unknown>,
  state: AppState,
  keys: OutcomeKeys,
): HTMLElement | null {
  const t = translator(state.locale);
  switch (outcome.status) {
    case "idle":
      return h("p", { class: "muted", "data-role": "status" }, t(keys.idle));
    case "running":
      return h("p", { class: "muted", "data-role": "status", "data-status": "running" }, t(keys.running));
    case "cancelled":
      return h(
        "p",
        { class: "notice", role: "status", "data-role": "status", "data-status": "cancelled" },
        t("run.cancelled", { job: t(keys.job) }),
      );
    case "failed":
      return h(
        "div",
        { class: "alert", role: "alert", "data-role": "status", "data-status": "failed" },
        t("run.failed", { job: t(keys.job), message: "" }),
        h("pre", {}, messagesText(outcome.message, state.locale)),
      );
    default:
      return null;
  }
}

/**
 * A job's panel: `draw` shows its status, or once done (or while running, with partial results) what
 * `drawDone` draws (released on redraw).
 * @param drawDone draws the results into `target` and returns what releases them (their charts' views)
 */
export function outcomePanel<Value>(
  target: HTMLElement,
  store: Store<AppState>,
  outcomeOf: (state: AppState) => Outcome<Value>,
  keys: OutcomeKeys,
  drawDone: (value: Value, state: AppState) => () => void,
): { draw(): void; release(): void } {
  let release = () => {};
  return {
    draw() {
      release();
      release = () => {};
      const state = store.get();
      const outcome = outcomeOf(state);
      // While a run goes on, the results of the paths finished so far (progressive results).
      if (outcome.status === "running" && outcome.partial !== undefined) {
        release = drawDone(outcome.partial, state);
        return;
      }
      if (outcome.status !== "done") {
        replaceChildren(target, outcomeMessage(outcome, state, keys));
        return;
      }
      release = drawDone(outcome.value, state);
    },
    release: () => release(),
  };
}
