/**
 * What the kernel records for each path and year, as slots of a `Float64Array` row
 * (`paths × years × metricCount`). Amounts in yuan; counts of members and claims.
 */
export const METRIC = {
  members: 0,
  activeMembers: 1,
  retireeMembers: 2,
  /** Paid inpatient and special outpatient claims (person-times benefited). */
  claims: 3,
  contributions: 4,
  expenses: 5,
  /** Benefits of the year's claims, whenever paid. */
  benefitsIncurred: 6,
  /** Benefits paid in the year's cash (last year's late claims included). */
  benefitsPaid: 7,
  interest: 8,
  /** Fund balance at the year's end, risk reserve included. */
  balance: 9,
  /** Claims incurred but not yet paid at the year's end. */
  liabilities: 10,
  /** 1 if the fund was ruined in this year or before. */
  ruined: 11,
  /** Contributions − expenses − benefits incurred + interest. */
  result: 12,
  /** Daily allowances paid (all members). */
  allowance: 13,
  /** Minimum-payout top-ups paid (all members). */
  topUp: 14,
  /** Inpatient and special outpatient benefits of active members. */
  activeBenefits: 15,
  /** Inpatient and special outpatient benefits of retirees. */
  retireeBenefits: 16,
  specialOutpatientBenefits: 17,
  lumpSumBenefits: 18,
  lumpSumClaims: 19,
  /** The part of `allowance` paid to retirees. */
  retireeAllowance: 20,
  /** The part of `topUp` paid to retirees. */
  retireeTopUp: 21,
  /**
   * Band attribution starts here: one slot per band of the compiled policy for active members, then as
   * many for retirees (`bandSlots` of the model each).
   */
  bands: 22,
} as const;

/** Slots per path-year for a model with `bandSlots` band slots (each for actives and for retirees). */
export function metricCount(bandSlots: number): number {
  return METRIC.bands + 2 * bandSlots;
}
