import { messagesText } from "../common/error-text.ts";
import type { AdjudicationSummary } from "../../data/summarize-adjudications.ts";
import type { AppActions } from "../shell/app-actions.ts";
import type { AppState } from "../shell/app-state.ts";
import { h, replaceChildren, uniqueId } from "../common/dom.ts";
import { downloadButtons } from "../common/download-buttons.ts";
import { readTextFile } from "../common/downloads.ts";
import { formatCents, formatCount } from "../common/format.ts";
import { headedTable } from "../common/headed-table.ts";
import { translator, type UiKey } from "../shell/i18n.ts";
import { outcomeMessage } from "../run/outcome-panel.ts";
import { replayCsv, type ClaimsReplay } from "./replay-claims.ts";
import { runButton, setRunDisabled } from "../run/run-button.ts";
import { scenarioOptions } from "../scenario/scenario-picker.ts";
import type { Store } from "../shell/store.ts";
import { scenarioDisplayName } from "../scenario/bundled-scenarios.ts";

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
  const state0 = store.get();
  const t = translator(state0.locale);
  const fileField = (kind: "members" | "claims", label: UiKey) => {
    const id = uniqueId(kind);
    const input = h("input", { id, type: "file", accept: ".csv,text/csv", "data-role": `replay-${kind}` });
    input.addEventListener("change", () => {
      const picked = input.files?.[0];
      if (!picked) actions.setReplayFile(kind, null);
      else void readTextFile(picked).then((file) => actions.setReplayFile(kind, file));
    });
    const current = kind === "members" ? state0.replayMembers : state0.replayClaims;
    return h(
      "div",
      { class: "field" },
      h("label", { for: id }, t(label)),
      input,
      current ? h("span", { class: "muted" }, current.name) : null,
    );
  };
  const secondId = uniqueId("replay-second");
  const second = h(
    "select",
    { id: secondId, "data-role": "replay-second" },
    h("option", { value: "", selected: state0.replaySecond === "" }, t("replay.none")),
    scenarioOptions(state0, state0.replaySecond),
  );
  second.addEventListener("change", () => actions.setReplaySecond(second.value));
  const run = runButton("run-replay", t("replay.run"), () => actions.replay());
  const hint = h("p", { class: "muted" }, t("replay.needFiles"));
  const results = h("div", {});

  const showReady = (state: AppState) => {
    const ready = state.replayMembers !== null && state.replayClaims !== null;
    setRunDisabled(run, !ready || state.problems.length > 0, state.problems, state0.locale);
    hint.hidden = ready;
  };
  const drawResults = () => {
    const state = store.get();
    const outcome = state.replay;
    if (outcome.status === "failed") {
      replaceChildren(
        results,
        h(
          "div",
          { class: "alert", role: "alert" },
          t("replay.failed"),
          h("pre", {}, messagesText(outcome.message, state.locale)),
        ),
      );
      return;
    }
    if (outcome.status !== "done") {
      replaceChildren(
        results,
        outcomeMessage(outcome, state, {
          idle: "replay.needFiles",
          running: "replay.run",
          job: "tab.replay",
        }),
      );
      return;
    }
    const { replay, names } = outcome.value;
    const total = replay.adjudications.length;
    replaceChildren(
      results,
      h(
        "div",
        { "data-role": "replay-results" },
        totalsTable(replay, names, state),
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
          ? h("p", { class: "muted" }, t("replay.shown", { shown: SHOWN_CLAIMS, total }))
          : null,
        replay.locale !== state.locale
          ? h("p", { class: "muted", "data-role": "replay-other-language" }, t("replay.otherLanguage"))
          : null,
        claimsTable(replay, state),
      ),
    );
  };

  showReady(state0);
  replaceChildren(
    container,
    h("p", { class: "intro" }, t("replay.intro")),
    h(
      "fieldset",
      { class: "group" },
      h("legend", {}, t("tab.replay")),
      fileField("members", "replay.members"),
      fileField("claims", "replay.claims"),
      h("div", { class: "field" }, h("label", { for: secondId }, t("replay.second")), second),
      h("div", { class: "button-row" }, run),
      hint,
    ),
    results,
  );
  drawResults();
  return store.subscribe((state, changed) => {
    if (changed.has("replayMembers") || changed.has("replayClaims") || changed.has("problems"))
      showReady(state);
    if (changed.has("replay")) drawResults();
  });
}
