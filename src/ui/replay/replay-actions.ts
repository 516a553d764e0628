import type { Scenario } from "../../scenario/types.ts";
import { failure } from "../common/error-text.ts";
import { loadBundledScenario } from "../scenario/bundled-scenarios.ts";
import type { AppState, TextFile } from "../shell/app-state.ts";
import type { Store } from "../shell/store.ts";
import { replayClaims } from "./replay-claims.ts";

/** What the user does on the claims-replay tab. */
export interface ReplayActions {
  setReplayFile(kind: "members" | "claims", file: TextFile | null): void;
  setReplaySecond(name: string): void;
  replay(): void;
}

/** The claims-replay tab's actions over `store`. */
export function replayActions(store: Store<AppState>): ReplayActions {
  return {
    setReplayFile(kind, file) {
      store.set(kind === "members" ? { replayMembers: file } : { replayClaims: file });
    },
    setReplaySecond(name) {
      store.set({ replaySecond: name });
    },
    replay() {
      const state = store.get();
      const scenario = state.problems.length === 0 ? (state.draft as unknown as Scenario) : null;
      const { replayMembers: members, replayClaims: claims } = state;
      if (!scenario || !members || !claims) return;
      try {
        const second = state.replaySecond ? loadBundledScenario(state.replaySecond) : undefined;
        const files = {
          members: { name: members.name, text: members.text },
          claims: { name: claims.name, text: claims.text },
        };
        const replay = replayClaims(files, scenario, second, { locale: state.locale });
        const names = [scenario.name, ...(second ? [second.name] : [])];
        store.set({ replay: { status: "done", value: { replay, names } } });
      } catch (error) {
        store.set({ replay: failure(error) });
      }
    },
  };
}
