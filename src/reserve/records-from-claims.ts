import type { Adjudication, Claim, InvalidClaim } from "../policy/records.ts";
import type { DevelopmentRecord } from "./development-record.ts";

/** Whether a claim's origin is its admission or its discharge. */
export type OriginBy = "admission" | "discharge";

/**
 * The development records of the adjudicated claims the fund pays: origin by admission or discharge,
 * reported on the filed date, paid on `paid_date` (or, when the file leaves it empty, on the filed
 * date: the fund pays on filing), amount the payout. Rejected, invalid and zero-payout claims owe
 * nothing and are left out; `assumedPaid` counts the claims whose payment day was assumed.
 * @example
 * // A claim admitted 2024-03-01, filed 2024-04-02 and paid 2024-05-06 with payout 800 gives
 * // { originDay: <2024-03-01>, reportedDay: <2024-04-02>, paidDay: <2024-05-06>, amount: 800 }.
 */
export function recordsFromClaims(
  claims: readonly (Claim | InvalidClaim)[],
  adjudications: readonly Adjudication[],
  originBy: OriginBy = "admission",
): { records: DevelopmentRecord[]; assumedPaid: number } {
  const payouts = new Map(adjudications.map((row) => [row.claimId, row]));
  const records: DevelopmentRecord[] = [];
  let assumedPaid = 0;
  for (const claim of claims) {
    if ("invalidReason" in claim) continue;
    const adjudication = payouts.get(claim.claimId);
    if (adjudication === undefined || adjudication.status !== "paid" || !(adjudication.payout > 0)) continue;
    const paidDay = claim.paidDay ?? null;
    if (paidDay === null) assumedPaid++;
    records.push({
      originDay: originBy === "admission" ? claim.admissionDay : claim.dischargeDay,
      reportedDay: claim.filedDay,
      paidDay: paidDay ?? claim.filedDay,
      amount: adjudication.payout,
    });
  }
  return { records, assumedPaid };
}
