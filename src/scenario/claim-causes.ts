import type { ClaimCause } from "./types.ts";

/** Every claim cause, for readers of claims files and for tests (the type is `ClaimCause`). */
export const CLAIM_CAUSES: readonly ClaimCause[] = [
  "illness",
  "injury",
  "traffic_settled",
  "traffic_unsettled",
  "work_injury",
  "maternity",
  "occupational_disease",
  "force_majeure",
  "misconduct",
  "fraud",
];
