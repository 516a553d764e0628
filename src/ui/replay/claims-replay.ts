import { messagesText } from "../common/error-text.ts";
import type { AdjudicationSummary } from "../../data/summarize-adjudications.ts";
import type { AppActions } from "../shell/app-actions.ts";
import type { AppState } from "../shell/app-state.ts";
import { h, replaceChildren, uniqueId } from "../common/dom.ts";
import { downloadButtons } from "../common/download-buttons.ts";
import { fileField } from "../common/file-field.ts";
import { formatCents, formatCount } from "../common/format.ts";
import { headedTable } from "../common/headed-table.ts";
import { translate, translator, type UiKey } from "../shell/i18n.ts";
import { inputGroup } from "../common/input-group.ts";
import { labelledField } from "../common/labelled-field.ts";
import { outcomeMessage } from "../run/outcome-panel.ts";
import { replayCsv, type ClaimsReplay } from "./replay-claims.ts";
import { runButton, setRunDisabled } from "../run/run-button.ts";
import { scenarioOptions } from "../scenario/scenario-picker.ts";
import type { Store } from "../shell/store.ts";
import { scenarioDisplayName } from "../scenario/bundled-scenarios.ts";

/** A finished replay and the names of the scenarios it ran under. */
type ReplayOutcome = Extract<AppState["replay"], { status: "done" }>["value"];

/** At most this many claims are listed on the page; the CSV has them all. */
const SHOWN_CLAIMS = 500;

const TOTALS: readonly { key: keyof AdjudicationSummary; label: UiKey; money: boolean }[] = [
  { key: "claims", label: "replay.claimsCount", money: false },
  { key: "paid", label: "replay.paid", money: false },
  { key: "rejected", label: "replay.rejected", money: false },
  { key: "invalid", label: "replay.invalid", money: false },
  { key: "totalBenefit", label: "replay.totalBenefit", money: true },
  { key: "totalAllowance", label: "replay.totalAllowance", money: true },
  { key: "totalTopUp", label: "replay.totalTopUp", money: true },
  { key: "totalPayout", label: "replay.totalPayout", money: true },
];

/** Totals under each scenario, side by side; cells carry exact values in `data-value`. */
function totalsTable(replay: ClaimsReplay, names: readonly string[], state: AppState): HTMLElement {
  const t = translator(state.locale);
  const summaries = [replay.summary, ...(replay.compare ? [replay.compare.summary] : [])];
  return headedTable({
    attributes: { class: "figures", "data-role": "replay-totals" },
    caption: t("replay.totals"),
    columns: [
      { label: t("figure.headerFigure") },
      ...summaries.map((_, index) => ({
        label: t(index === 0 ? "replay.scenarioA" : "replay.scenarioB", {
          name: scenarioDisplayName(names[index] ?? "", state.locale),
        }),
        numeric: true,
      })),
    ],
    rows: TOTALS.map((total) =>
      h(
        "tr",
        {},
        h("th", { scope: "row" }, t(total.label)),
        summaries.map((summary, index) =>
          h(
            "td",
            {
              class: "number",
              "data-total": total.key,
              "data-scenario": index === 0 ? "A" : "B",
              "data-value": String(summary[total.key]),
            },
            total.money
              ? formatCents(summary[total.key], state.locale)
              : formatCount(summary[total.key], state.locale),
          ),
        ),
      ),
    ),
  });
}

/** Each claim's outcome and payout (and under the second scenario), with its explanation lines. */
function claimsTable(replay: ClaimsReplay, state: AppState): HTMLElement {
  const t = translator(state.locale);
  const second = replay.compare?.adjudications;
  const money = (value: number) => formatCents(value, state.locale);
  return headedTable({
    attributes: { class: "claims", "data-role": "replay-claims" },
    caption: null,
    columns: [
      { label: t("replay.claimId") },
      { label: t("replay.memberId") },
      { label: t("replay.status") },
      { label: t("replay.payout"), numeric: true },
      ...(second
        ? [
            { label: t("replay.comparePayout"), numeric: true },
            { label: t("replay.difference"), numeric: true },
          ]
        : []),
      { label: t("replay.explanation") },
    ],
    rows: replay.adjudications.slice(0, SHOWN_CLAIMS).map((adjudication, index) => {
      const other = second?.[index];
      return h(
        "tr",
        { "data-claim": adjudication.claimId, class: `status-${adjudication.status}` },
        h("th", { scope: "row" }, adjudication.claimId),
        h("td", {}, adjudication.memberId),
        h("td", {}, t(`replay.${adjudication.status}`)),
        h("td", { class: "number", "data-value": String(adjudication.payout) }, money(adjudication.payout)),
        other ? h("td", { class: "number", "data-value": String(other.payout) }, money(other.payout)) : null,
        other ? h("td", { class: "number" }, money(other.payout - adjudication.payout)) : null,
        h(
          "td",
          {},
          h(
            "details",
            {},
            h("summary", {}, adjudication.reason || t("replay.showExplanation")),
            h(
              "ol",
              { class: "explanation" },
              adjudication.explanation.map((line) => h("li", {}, line)),
            ),
          ),
        ),
      );
    }),
  });
}

/** A finished replay: totals, the CSV download, a note when shortened or in another language, the claims. */
function replayResults(value: ReplayOutcome, state: AppState): HTMLElement {
  const t = translator(state.locale);
  const { replay, names } = value;
  const total = replay.adjudications.length;
  return h(
    "div",
    { "data-role": "replay-results" },
    // Scrolls rather than overflows when the scenarios' names make the columns wide.
    h("div", { class: "table-scroll" }, totalsTable(replay, names, state)),
    downloadButtons([
      {
        action: "download-replay",
        label: t("replay.downloadCsv"),
        filename: "huzhu-claims-replay.csv",
        type: "text/csv",
        text: () => replayCsv(replay),
      },
    ]),
    total > SHOWN_CLAIMS
      ? h(
          "p",
          { class: "muted" },
          t("replay.shown", {
            shown: formatCount(SHOWN_CLAIMS, state.locale),
            total: formatCount(total, state.locale),
          }),
        )
      : null,
    replay.locale !== state.locale
      ? h("p", { class: "muted", "data-role": "replay-other-language" }, t("replay.otherLanguage"))
      : null,
    claimsTable(replay, state),
  );
}

/** What the results area shows for the replay's outcome: the hint, the failure, or the results. */
function replayOutcome(state: AppState): HTMLElement | null {
  const outcome = state.replay;
  if (outcome.status === "done") return replayResults(outcome.value, state);
  if (outcome.status === "failed")
    return h(
      "div",
      { class: "alert", role: "alert" },
      translate(state.locale, "replay.failed"),
      h("pre", {}, messagesText(outcome.message, state.locale)),
    );
  return outcomeMessage(outcome, state, {
    idle: "replay.needFiles",
    running: "replay.run",
    job: "tab.replay",
  });
}

/**
 * The replay's inputs: the members and claims files, the second scenario and the Run button, with a hint
 * until both files are chosen. `showReady` enables the button once they are and the scenario is valid.
 */
function replayInputs(
  store: Store<AppState>,
  actions: AppActions,
): { element: HTMLElement; showReady: (state: AppState) => void } {
  const state0 = store.get();
  const t = translator(state0.locale);
  const replayFile = (kind: "members" | "claims", label: UiKey) =>
    fileField(
      {
        label: t(label),
        role: `replay-${kind}`,
        note: (kind === "members" ? state0.replayMembers : state0.replayClaims)?.name ?? null,
      },
      (files) => actions.setReplayFile(kind, files[0] ?? null),
    );
  const second = h(
    "select",
    { id: uniqueId("replay-second"), "data-role": "replay-second" },
    h("option", { value: "", selected: state0.replaySecond === "" }, t("replay.none")),
    scenarioOptions(state0, state0.replaySecond),
  );
  second.addEventListener("change", () => actions.setReplaySecond(second.value));
  const run = runButton("run-replay", t("replay.run"), () => actions.replay());
  const hint = h("p", { class: "muted" }, t("replay.needFiles"));
  const element = inputGroup(
    t("tab.replay"),
    [
      replayFile("members", "replay.members"),
      replayFile("claims", "replay.claims"),
      labelledField(t("replay.second"), second),
      h("div", { class: "button-row" }, run),
      hint,
    ],
    { lock: false },
  );
  const showReady = (state: AppState) => {
    const ready = state.replayMembers !== null && state.replayClaims !== null;
    setRunDisabled(run, !ready || state.problems.length > 0, state.problems, state0.locale);
    hint.hidden = ready;
  };
  return { element, showReady };
}

/**
 * The claims-replay tab: a members file and a claims file (the `huzhu benefit` formats), an optional
 * second scenario, and the result: totals under each scenario, every claim's payout with its
 * explanation, and the CSV `huzhu benefit` would write.
 */
export function mountClaimsReplay(
  container: HTMLElement,
  store: Store<AppState>,
  actions: AppActions,
): () => void {
  const t = translator(store.get().locale);
  const inputs = replayInputs(store, actions);
  const results = h("div", {});
  inputs.showReady(store.get());
  replaceChildren(container, h("p", { class: "intro" }, t("replay.intro")), inputs.element, results);
  replaceChildren(results, replayOutcome(store.get()));
  return store.subscribe((state, changed) => {
    if (changed.has("replayMembers") || changed.has("replayClaims") || changed.has("problems"))
      inputs.showReady(state);
    if (changed.has("replay")) replaceChildren(results, replayOutcome(state));
  });
}
