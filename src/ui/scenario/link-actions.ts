import { mergeScenario } from "../../scenario/merge-scenario.ts";
import type { Scenario } from "../../scenario/types.ts";
import { errorMessages } from "../common/error-text.ts";
import { type CompareActions, compareDraftState } from "../compare/compare-actions.ts";
import type { AppState } from "../shell/app-state.ts";
import type { Store } from "../shell/store.ts";
import type { SolveActions } from "../solve/solve-actions.ts";
import { bundledSource, loadBundledScenario } from "./bundled-scenarios.ts";
import { showLoadProblems, useScenario } from "./scenario-actions.ts";
import { sharedDraft, shareHashOf } from "./share-link.ts";
import { decodeShareHash, isKnownTab, type SharedCompare, type SharedState } from "./share-url.ts";

/** What a shared link does: the page opens on one, and writes one for the current view. */
export interface LinkActions {
  /** Loads the scenario and settings of a shared link's hash; false when the hash names no scenario. */
  applyHash(hash: string): boolean;
  /** The hash of a link that reproduces the current scenario, settings and language. */
  shareHash(): string;
}

/** Scenario B of a shared link: its bundled file, the edits over it and its typed name. */
function applySharedCompare(
  store: Store<AppState>,
  compare: SharedCompare,
  setCompareName: CompareActions["setCompareName"],
): void {
  setCompareName(compare.base);
  const compareBase = store.get().compareDraft;
  if (compareBase && compare.overrides !== undefined) {
    const draft = mergeScenario(compareBase, compare.overrides) as Record<string, unknown>;
    store.set(compareDraftState(compare.base, draft));
  }
  store.set({ compareLabel: compare.name ?? "" });
}

/** The link's actions over `store`; a link's scenario B and fee solver settings go through `tabs`. */
export function linkActions(
  store: Store<AppState>,
  tabs: Pick<CompareActions, "setCompareName"> & Pick<SolveActions, "setSolveSetting">,
): LinkActions {
  const linkFailed = (error: unknown) => {
    showLoadProblems(store, { key: "scenario.linkFailed" }, errorMessages(error));
    return false;
  };
  return {
    applyHash(hash) {
      let shared: SharedState | null;
      try {
        shared = decodeShareHash(hash);
      } catch (error) {
        return linkFailed(error);
      }
      if (!shared) return false;
      store.set({ locale: shared.locale });
      let base: Scenario;
      try {
        base = loadBundledScenario(shared.base);
      } catch (error) {
        return linkFailed(error);
      }
      useScenario(store, base, bundledSource(shared.base), sharedDraft(base, shared));
      if (shared.compare) applySharedCompare(store, shared.compare, tabs.setCompareName);
      for (const setting of ["targetRuin", "paths", "years"] as const)
        if (shared.solve) tabs.setSolveSetting(setting, shared.solve[setting]);
      store.set({
        scenarioName: shared.name ?? "",
        shareExtensions: shared.extensions ?? {},
        ...(shared.tab && isKnownTab(shared.tab) ? { tab: shared.tab } : {}),
      });
      return true;
    },
    shareHash() {
      return shareHashOf(store.get());
    },
  };
}
