import { expectedClaims } from "../../model/expected-claims.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { AppState } from "../shell/app-state.ts";
import { estimateSeconds, runClaims, type ClaimRateBasis } from "./run-time-estimate.ts";

/** The last draft's expected claims a path-year, so typing in a field compiles the model once per edit. */
let cached: { draft: AppState["draft"]; claims: number | null } | null = null;

/** Expected claims of a path-year of the form's scenario, or `null` while it has problems. */
export function draftClaimsPerPathYear(state: Pick<AppState, "draft" | "problems">): number | null {
  if (state.problems.length > 0) return null;
  if (cached?.draft !== state.draft) {
    let claims: number | null;
    try {
      claims = expectedClaims(state.draft as unknown as Scenario);
    } catch {
      claims = null;
    }
    cached = { draft: state.draft, claims };
  }
  return cached.claims;
}

/**
 * The estimate beside the Run button for the form's scenario, paths and years: seconds at the machine's
 * claim rate (`null` before it is known or while the form has problems), the threads and the basis.
 */
export function draftRunEstimate(state: Pick<AppState, "draft" | "problems" | "claimRate" | "threads">): {
  seconds: number | null;
  threads: number;
  basis: ClaimRateBasis | null;
} {
  const simulation = (state.draft.simulation ?? {}) as Record<string, unknown>;
  const { paths, years } = simulation;
  const claims = draftClaimsPerPathYear(state);
  const seconds =
    claims === null || typeof paths !== "number" || typeof years !== "number"
      ? null
      : estimateSeconds(runClaims([claims], paths, years), state.claimRate?.perSecond ?? null);
  return { seconds, threads: state.threads, basis: state.claimRate?.basis ?? null };
}
