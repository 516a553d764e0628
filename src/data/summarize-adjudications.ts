import type { Adjudication } from "../policy/records.ts";
import { roundCents } from "../policy/round-cents.ts";

/** Totals of an adjudicated claims file. */
export interface AdjudicationSummary {
  claims: number;
  paid: number;
  rejected: number;
  invalid: number;
  /** Yuan. */
  totalBenefit: number;
  totalAllowance: number;
  totalTopUp: number;
  totalPayout: number;
}

/** Counts claims by status and adds up the amounts, to the cent. Cost: O(claims). */
export function summarizeAdjudications(adjudications: readonly Adjudication[]): AdjudicationSummary {
  const summary: AdjudicationSummary = {
    claims: adjudications.length,
    paid: 0,
    rejected: 0,
    invalid: 0,
    totalBenefit: 0,
    totalAllowance: 0,
    totalTopUp: 0,
    totalPayout: 0,
  };
  for (const adjudication of adjudications) {
    summary[adjudication.status] += 1;
    summary.totalBenefit += adjudication.benefit;
    summary.totalAllowance += adjudication.allowance;
    summary.totalTopUp += adjudication.topUp;
    summary.totalPayout += adjudication.payout;
  }
  summary.totalBenefit = roundCents(summary.totalBenefit);
  summary.totalAllowance = roundCents(summary.totalAllowance);
  summary.totalTopUp = roundCents(summary.totalTopUp);
  summary.totalPayout = roundCents(summary.totalPayout);
  return summary;
}
