import type { LumpSumKind } from "../scenario/types.ts";

/** What a member has used of one period's benefits, for the explaining adjudicator. */
export interface MemberPeriodState {
  /** Yuan counted against the cap so far. */
  capUsed: number;
  /** Covered inpatient stays adjudicated so far. */
  coveredStays: number;
  allowancePaid: boolean;
  /** Self-pay banded so far (cumulative bands). */
  cumulativeSelfPay: number;
  /** Yuan paid so far by each lump-sum product. */
  lumpSumPaid: Record<LumpSumKind, number>;
}

/** The state at the start of a period: nothing used. */
export function emptyMemberPeriodState(): MemberPeriodState {
  return {
    capUsed: 0,
    coveredStays: 0,
    allowancePaid: false,
    cumulativeSelfPay: 0,
    lumpSumPaid: { special_disease: 0, critical_illness: 0, accident: 0 },
  };
}
