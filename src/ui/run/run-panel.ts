import type { AppActions } from "../shell/app-actions.ts";
import type { AppState, JobProgress } from "../shell/app-state.ts";
import { getAt } from "../scenario/document-path.ts";
import { h, replaceChildren } from "../common/dom.ts";
import { fieldInput, type BoundField } from "../common/field-input.ts";
import { formatCount, formatDuration } from "../common/format.ts";
import { translate, translator } from "../shell/i18n.ts";
import { progressEstimate } from "./progress-estimate.ts";
import { draftRunEstimate } from "./draft-run-estimate.ts";
import { runEstimateView } from "./run-estimate-view.ts";
import { runButton, setRunDisabled } from "./run-button.ts";
import { RUN_FIELDS } from "../scenario/scenario-fields.ts";
import { showFieldProblems } from "../scenario/show-field-problems.ts";
import type { Store } from "../shell/store.ts";

/** The line under the progress bar: paths done and time left (or, for the fee solver, fee levels done). */
export function progressText(state: AppState, job: JobProgress, now: number): string {
  const t = translator(state.locale);
  const elapsed = now - job.startedAt;
  const time = (seconds: number) => formatDuration(seconds, state.locale);
  if (job.paths === null) {
    return `${t("run.solveProgress", { steps: job.steps, done: formatCount(job.pathsDone, state.locale) })} · ${t("run.elapsed", { time: time(elapsed / 1000) })}`;
  }
  if (job.pathsDone === 0) return t("run.starting");
  const { secondsLeft } = progressEstimate(job.pathsDone, job.paths, elapsed);
  const done = t("run.progress", {
    done: formatCount(job.pathsDone, state.locale),
    total: formatCount(job.paths, state.locale),
  });
  return secondsLeft === null ? done : `${done} · ${t("run.timeLeft", { time: time(secondsLeft) })}`;
}

/**
 * The running job's progress: its name, a progress bar, paths done and time left, and Cancel. Built
 * when a job starts and updated in place, so the Cancel button keeps focus and clicks.
 */
function jobProgress(actions: AppActions): { element: HTMLElement; draw: (state: AppState) => void } {
  const element = h("div", { class: "progress", "aria-live": "polite", "data-role": "progress" });
  let shown: { bar: HTMLProgressElement; text: HTMLElement } | null = null;
  const build = (state: AppState, job: JobProgress) => {
    const name = translate(state.locale, `job.${job.kind}`);
    const built = {
      bar: h("progress", { "aria-label": name }),
      text: h("span", { class: "progress-text", "data-role": "progress-text" }),
    };
    const cancel = h(
      "button",
      { type: "button", class: "danger", "data-action": "cancel", on: { click: () => actions.cancel() } },
      translate(state.locale, "run.cancel"),
    );
    replaceChildren(element, h("span", { class: "job-name" }, name), built.bar, built.text, cancel);
    return built;
  };
  const draw = (state: AppState) => {
    const job = state.job;
    if (!job) {
      shown = null;
      replaceChildren(element);
      return;
    }
    shown ??= build(state, job);
    if (job.paths !== null) {
      shown.bar.max = job.paths;
      shown.bar.value = job.pathsDone;
    }
    shown.text.textContent = progressText(state, job, performance.now());
  };
  return { element, draw };
}

/**
 * The run bar: horizon, paths and seed (validated like the rest of the scenario), the Run button
 * (disabled while the scenario is invalid or a job runs), and while a job runs, its progress bar with
 * paths done and time left, and a Cancel button.
 */
export function mountRunPanel(
  container: HTMLElement,
  store: Store<AppState>,
  actions: AppActions,
): () => void {
  let fields: BoundField[] = [];
  const state0 = store.get();
  const t = translator(state0.locale);
  const settings = h("div", { class: "run-settings" });
  const run = runButton("run", t("run.start"), () => void actions.simulate());
  const estimate = runEstimateView(store, draftRunEstimate);
  const progress = jobProgress(actions);
  const drawSettings = () => {
    const state = store.get();
    fields = RUN_FIELDS.map((spec) =>
      fieldInput(spec, getAt(state.draft, spec.path), state.locale, (value) =>
        actions.setField(spec.path, value),
      ),
    );
    replaceChildren(
      settings,
      fields.map((field) => field.element),
    );
  };
  const showProblems = (state: AppState) => {
    showFieldProblems(state.problems, fields, state.locale);
    setRunDisabled(run, state.problems.length > 0 || state.job !== null, state.problems, state0.locale);
  };

  drawSettings();
  showProblems(state0);
  progress.draw(state0);
  replaceChildren(
    container,
    h(
      "fieldset",
      { class: "run-panel" },
      h("legend", {}, t("group.run")),
      settings,
      h("div", { class: "run-actions" }, run, estimate.element),
    ),
    progress.element,
  );
  const unsubscribe = store.subscribe((state, changed) => {
    if (changed.has("formVersion")) drawSettings();
    if (changed.has("formVersion") || changed.has("problems") || changed.has("job")) showProblems(state);
    if (changed.has("job")) progress.draw(state);
  });
  return () => {
    unsubscribe();
    estimate.release();
  };
}
