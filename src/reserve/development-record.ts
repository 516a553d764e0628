/**
 * One claim as reserving sees it: when it arose, when the fund learned of it, when (and whether) it was
 * paid, and its amount. Day numbers count days since 1970-01-01 (see src/policy/dates.ts).
 */
export interface DevelopmentRecord {
  /** The day the claim arose: admission (or discharge, if the fund counts claims by discharge). */
  originDay: number;
  /** The day the claim was filed with the fund. */
  reportedDay: number;
  /** The day the fund paid it, or `null` when not paid (yet). */
  paidDay: number | null;
  /** The fund's payout, yuan. */
  amount: number;
}
