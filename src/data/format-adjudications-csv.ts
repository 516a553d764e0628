import type { Adjudication } from "../policy/records.ts";
import { roundCents } from "../policy/round-cents.ts";
import { formatCsv } from "./format-csv.ts";

/**
 * The `huzhu benefit` CSV: one row per claim, in input order, with `claim_id, member_id, status,
 * benefit, allowance, top_up, lump_sum, payout, reason` (amounts to the cent; benefit + allowance +
 * top_up + lump_sum = payout), and with a second scenario's
 * adjudications `compare_payout` and `difference` (second − first). The workbench's claims replay
 * downloads the same file.
 */
export function formatAdjudicationsCsv(
  first: readonly Adjudication[],
  second?: readonly Adjudication[],
): string {
  const rows = first.map((adjudication, index) => ({
    claim_id: adjudication.claimId,
    member_id: adjudication.memberId,
    status: adjudication.status,
    benefit: adjudication.benefit.toFixed(2),
    allowance: adjudication.allowance.toFixed(2),
    top_up: adjudication.topUp.toFixed(2),
    lump_sum: adjudication.lumpSum.toFixed(2),
    payout: adjudication.payout.toFixed(2),
    reason: adjudication.reason,
    compare_payout: second ? second[index]!.payout.toFixed(2) : "",
    difference: second ? roundCents(second[index]!.payout - adjudication.payout).toFixed(2) : "",
  }));
  const columns = [
    "claim_id",
    "member_id",
    "status",
    "benefit",
    "allowance",
    "top_up",
    "lump_sum",
    "payout",
    "reason",
    ...(second ? (["compare_payout", "difference"] as const) : []),
  ] as const;
  return formatCsv(columns, rows);
}
