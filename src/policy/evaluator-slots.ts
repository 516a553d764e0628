import type { LumpSumKind } from "../scenario/types.ts";

/** Claim kinds the fast evaluator pays on self-pay (the lump sums are paid by `payLumpSumFast`). */
export const STAY_KIND = { inpatient: 0, specialOutpatient: 1 } as const;

/** The lump-sum kinds in the order of their slots in the member-period state. */
export const LUMP_SUM_KINDS: readonly LumpSumKind[] = ["special_disease", "critical_illness", "accident"];

/**
 * Slots of a member's state in one period, kept in a `Float64Array` so the simulation carries it
 * without allocating: what the cap has used, covered stays so far, whether the allowance was paid, the
 * cumulative self-pay (for cumulative bands), and what each lump-sum product has paid.
 */
export const STATE = {
  capUsed: 0,
  coveredStays: 1,
  allowancePaid: 2,
  cumulativeSelfPay: 3,
  lumpSumPaid: 4,
} as const;
export const STATE_SIZE = STATE.lumpSumPaid + LUMP_SUM_KINDS.length;

/** Slots of the fast evaluator's output for one claim. */
export const OUT = { benefit: 0, allowance: 1, topUp: 2, payout: 3 } as const;
export const OUT_SIZE = 4;
