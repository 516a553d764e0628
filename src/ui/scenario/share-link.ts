import { mergeScenario } from "../../scenario/merge-scenario.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { AppState } from "../shell/app-state.ts";
import { DEFAULT_SCENARIO, loadBundledScenario } from "./bundled-scenarios.ts";
import { bundledScenario } from "./scenario-names.ts";
import { DEFAULT_SOLVE_SETTINGS } from "../solve/solve-settings.ts";
import { jsonEqual } from "./scenario-diff.ts";
import { setAt } from "./document-path.ts";
import { scenarioDiff } from "./scenario-diff.ts";
import { encodeShareHash, type SharedState } from "./share-url.ts";

/**
 * The hash of a link that reproduces the workbench's view: the base file (the scenario's own bundled file,
 * or the default scenario for an uploaded one), the edits over it, paths, years and seed apart (so they
 * read plainly in the link), the language, the typed name, the tab, scenario B with its edits, the fee
 * solver's settings when changed, and other panels' settings (`shareExtensions`).
 */
export function shareHashOf(state: AppState): string {
  const baseName = state.source.bundled ? state.source.name : DEFAULT_SCENARIO;
  const base = state.source.bundled ? state.base : loadBundledScenario(DEFAULT_SCENARIO);
  const overrides = scenarioDiff(base, { ...state.draft, simulation: base.simulation });
  const simulation = (state.draft.simulation ?? {}) as Record<string, unknown>;
  const setting = (name: string) => {
    const value = simulation[name];
    return typeof value === "number" ? value : Number.NaN;
  };
  return encodeShareHash({
    base: baseName,
    ...(overrides === undefined ? {} : { overrides }),
    paths: setting("paths"),
    years: setting("years"),
    seed: setting("seed"),
    locale: state.locale,
    ...(state.scenarioName.trim() ? { name: state.scenarioName.trim() } : {}),
    ...(state.tab !== "results" ? { tab: state.tab } : {}),
    ...compareOf(state),
    ...(jsonEqual(state.solveSettings, DEFAULT_SOLVE_SETTINGS) ? {} : { solve: state.solveSettings }),
    ...(Object.keys(state.shareExtensions).length > 0 ? { extensions: state.shareExtensions } : {}),
  });
}

/** Scenario B for the link: its file, its edits (run settings apart: a comparison runs with A's), name. */
function compareOf(state: AppState): { compare?: SharedState["compare"] } {
  if (!state.compareDraft) return {};
  let base: Scenario;
  try {
    base = bundledScenario(state.compareName);
  } catch {
    return { compare: { base: state.compareName } };
  }
  const overrides = scenarioDiff(base, { ...state.compareDraft, simulation: base.simulation });
  return {
    compare: {
      base: state.compareName,
      ...(overrides === undefined ? {} : { overrides }),
      ...(state.compareLabel.trim() ? { name: state.compareLabel.trim() } : {}),
    },
  };
}

/**
 * The edited scenario a shared link describes: its overrides laid over the base scenario as `extends`
 * does, with the link's paths, years and seed (those it gives as numbers).
 */
export function sharedDraft(base: Scenario, shared: SharedState): Record<string, unknown> {
  let draft = mergeScenario(base, shared.overrides ?? {}) as Record<string, unknown>;
  for (const setting of ["paths", "years", "seed"] as const) {
    if (Number.isFinite(shared[setting])) draft = setAt(draft, ["simulation", setting], shared[setting]);
  }
  return draft;
}
