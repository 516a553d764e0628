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
 * // A claim admitted 2024-03-01 (day 19783), filed 2024-04-02 (19815), paid 2024-05-06 (19849).
 * const claim = { claimId: "c1", memberId: "m1", kind: "inpatient" as const, admissionDay: 19783,
 *   dischargeDay: 19790, selfPay: 5000, cause: "illness" as const, settlementDay: 19800,
 *   filedDay: 19815, diagnosisDay: 19783, paidDay: 19849 };
 * const paid = { claimId: "c1", memberId: "m1", status: "paid" as const, benefit: 800, allowance: 0,
 *   topUp: 0, lumpSum: 0, payout: 800, reason: "", explanation: [] };
 * recordsFromClaims([claim], [paid])
 * // → { records: [{ originDay: 19783, reportedDay: 19815, paidDay: 19849, amount: 800 }], assumedPaid: 0 }
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
