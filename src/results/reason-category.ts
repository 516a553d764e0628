import type { Adjudication } from "../policy/records.ts";

/** Why a claim was not paid, as a category for the rejections table (the reasons themselves vary). */
export const REASON_CATEGORIES = [
  "excluded_cause",
  "late_filing",
  "no_settlement",
  "age_outside",
  "outside_period",
  "not_covered",
  "unknown_member",
  "bad_member_row",
  "duplicate_claim",
  "bad_value",
  "other",
] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];

/**
 * The category of a rejected or invalid claim, from its English reason (`adjudicateClaims` with locale
 * `en`); `null` for a paid claim.
 * @example
 * const rejected = { claimId: "c1", memberId: "m1", status: "rejected" as const, benefit: 0, allowance: 0,
 *   topUp: 0, lumpSum: 0, payout: 0, reason: "excluded cause: fraud", explanation: [] };
 * reasonCategory(rejected)
 * // → "excluded_cause"
 * reasonCategory({ ...rejected, status: "paid" as const, reason: "" })
 * // → null
 */
export function reasonCategory(adjudication: Adjudication): ReasonCategory | null {
  const reason = adjudication.reason;
  if (adjudication.status === "paid") return null;
  if (adjudication.status === "invalid") {
    if (/is not in the members file/.test(reason)) return "unknown_member";
    if (/has a bad row|overlapping periods/.test(reason)) return "bad_member_row";
    if (/appears more than once/.test(reason)) return "duplicate_claim";
    return "bad_value";
  }
  if (reason.startsWith("excluded cause")) return "excluded_cause";
  if (/after the deadline/.test(reason)) return "late_filing";
  if (/settlement statement/.test(reason)) return "no_settlement";
  if (/^age \d+ .*outside/.test(reason)) return "age_outside";
  if (/outside the member's period/.test(reason)) return "outside_period";
  if (/not covered|does not cover|does not hold|covers sex|above the product's limit/.test(reason))
    return "not_covered";
  return "other";
}
