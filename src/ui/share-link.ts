import { mergeScenario } from "../scenario/merge-scenario.ts";
import type { Scenario } from "../scenario/types.ts";
import type { AppState } from "./app-state.ts";
import { DEFAULT_SCENARIO, loadBundledScenario } from "./bundled-scenarios.ts";
import { setAt } from "./document-path.ts";
import { scenarioDiff } from "./scenario-diff.ts";
import { encodeShareHash, type SharedState } from "./share-url.ts";

/**
 * The hash of a link that reproduces the workbench's scenario, run settings and language: the base file
 * (the scenario's own bundled file, or the default scenario for an uploaded one), the edits over it,
 * and paths, years and seed apart (so they read plainly in the link).
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
  });
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
