import type { ChartLocale } from "../../charts/locale.ts";
import type { AppState, SimulationResults } from "../shell/app-state.ts";
import { changeText } from "../scenario/change-text.ts";
import { h } from "../common/dom.ts";
import { formatCount } from "../common/format.ts";
import { translator } from "../shell/i18n.ts";
import { recordName, type RunRecord } from "./run-record.ts";
import { scenarioChanges } from "../scenario/scenario-changes.ts";

/**
 * What a scenario of a run was, in a few lines beside its results: its name, fingerprint, the file it
 * came from and the fields changed from it, seed, paths, horizon and engine version.
 * @param label "A" or "B" in a comparison, or "" for a single run
 */
export function runRecordView(record: RunRecord, label: string, locale: ChartLocale): HTMLElement {
  const t = translator(locale);
  const changes =
    record.changes.length === 0
      ? t("record.noChanges", { file: record.baseFile })
      : t("record.changes", {
          file: record.baseFile,
          changes: record.changes
            .map((change) => changeText(change, locale, null))
            .join(t("record.separator")),
        });
  return h(
    "div",
    { class: "run-record", "data-role": "run-record", "data-hash": record.hash, "data-label": label },
    h(
      "p",
      {},
      h(
        "strong",
        { "data-role": "scenario-name" },
        label ? t("record.named", { label, name: recordName(record, locale) }) : recordName(record, locale),
      ),
      " ",
      h("span", { class: "muted" }, t("record.hash", { hash: record.hash })),
    ),
    h("p", { class: "muted", "data-role": "record-changes" }, changes),
    h(
      "p",
      { class: "muted" },
      t("record.settings", {
        seed: record.seed,
        paths: formatCount(record.paths, locale),
        years: record.years,
        engine: record.engine,
      }),
    ),
  );
}

/**
 * What changed in the form since `results` ran, in words ("在职会员缴费 100 → 60"), A's changes then B's;
 * empty when the results still match. Names are ignored (renaming does not change figures).
 */
export function changesSinceRun(results: SimulationResults, state: AppState): string[] {
  const texts: string[] = [];
  const since = (ran: unknown, now: unknown, prefix: string) => {
    for (const change of scenarioChanges(ran, now, ["name"]))
      texts.push(`${prefix}${changeText(change, state.locale, now)}`);
  };
  const comparing = results.compareScenario !== undefined;
  since(results.scenario, state.draft, comparing ? "A " : "");
  if (results.compareScenario && state.compareDraft) {
    const { simulation: _ran, ...ranB } = results.compareScenario;
    const { simulation: _now, ...nowB } = state.compareDraft;
    since(ranB, nowB, "B ");
  }
  return texts;
}

/**
 * The notice above results that no longer match the form: "these results are out of date", naming
 * what changed since they ran, until the next run. `null` while they match.
 */
export function staleNotice(results: SimulationResults, state: AppState): HTMLElement | null {
  const changes = changesSinceRun(results, state);
  if (changes.length === 0) return null;
  const t = translator(state.locale);
  return h(
    "div",
    { class: "stale", role: "status", "data-role": "stale" },
    h("strong", {}, t("stale.title")),
    " ",
    t("stale.changed", { changes: changes.join(t("record.separator")) }),
  );
}
