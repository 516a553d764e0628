import { expectedClaimDraws } from "../../model/expected-claim-draws.ts";
import type { Scenario } from "../../scenario/types.ts";
import { sameDraws } from "../../sim/replay-fund.ts";
import type { AppState } from "../shell/app-state.ts";
import { estimateSeconds, runClaims, type ClaimRateBasis } from "./run-time-estimate.ts";

/** Expected claims a path-year of each draft seen (drafts are replaced, never changed, on an edit). */
const claimsOfDraft = new WeakMap<object, number | null>();

/** Expected claims of a path-year of a valid draft (memoised: one model compiled per edit), else `null`. */
function claimsOf(draft: AppState["draft"]): number | null {
  if (!claimsOfDraft.has(draft)) {
    let claims: number | null;
    try {
      claims = expectedClaimDraws(draft as unknown as Scenario);
    } catch {
      claims = null;
    }
    claimsOfDraft.set(draft, claims);
  }
  return claimsOfDraft.get(draft) ?? null;
}

/** What the words beside a Run button need: seconds (or `null`), threads and the rate's basis. */
export interface RunEstimate {
  readonly seconds: number | null;
  readonly threads: number;
  readonly basis: ClaimRateBasis | null;
}

type EstimateState = Pick<AppState, "draft" | "problems" | "claimRate" | "threads">;

/** Seconds to simulate `claimsPerPathYear` (per scenario simulated) over the form's paths and years. */
function estimateOf(state: EstimateState, claimsPerPathYear: readonly number[] | null): RunEstimate {
  const simulation = (state.draft.simulation ?? {}) as Record<string, unknown>;
  const { paths, years } = simulation;
  const seconds =
    claimsPerPathYear === null || typeof paths !== "number" || typeof years !== "number"
      ? null
      : estimateSeconds(runClaims(claimsPerPathYear, paths, years), state.claimRate?.perSecond ?? null);
  return { seconds, threads: state.threads, basis: state.claimRate?.basis ?? null };
}

/**
 * The estimate beside the Run button for the form's scenario, paths and years: seconds at the machine's
 * claim rate (`null` before it is known or while the form has problems), the threads and the basis.
 */
export function draftRunEstimate(state: EstimateState): RunEstimate {
  const claims = state.problems.length > 0 ? null : claimsOf(state.draft);
  return estimateOf(state, claims === null ? null : [claims]);
}

/**
 * The estimate beside the comparison's Run button: A and B over A's paths and years (B's claims left
 * out when B differs from A only in the fund, whose figures are replayed on A's draws).
 */
export function compareRunEstimate(
  state: EstimateState & Pick<AppState, "compareDraft" | "compareProblems">,
): RunEstimate {
  const b = state.compareDraft;
  const a = state.problems.length > 0 ? null : claimsOf(state.draft);
  const bClaims = b === null || state.compareProblems.length > 0 ? null : claimsOf(b);
  if (a === null || b === null || bClaims === null) return estimateOf(state, null);
  const shared = sameDraws(state.draft as unknown as Scenario, b as unknown as Scenario);
  return estimateOf(state, shared ? [a] : [a, bClaims]);
}
