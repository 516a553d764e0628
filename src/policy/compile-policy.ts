import type { LumpSumKind, LumpSumProduct, Policy } from "../scenario/types.ts";
import { type BandTable, compileBandTable } from "./band-table.ts";

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

/**
 * A policy compiled once for evaluation: band tables, the allowance schedule as a typed array, the
 * cap as a number (`Infinity` for none), and scratch space so evaluation allocates nothing.
 * Made by `compilePolicy`; read by `payStayFast`, `payLumpSumFast` and `adjudicateClaims`.
 */
export interface CompiledPolicy {
  readonly policy: Policy;
  readonly inpatientBands: BandTable;
  readonly specialOutpatientBands: BandTable;
  readonly specialOutpatientCovered: boolean;
  readonly cumulativeBands: boolean;
  readonly cap: number;
  readonly allowanceCountsTowardCap: boolean;
  readonly deductibleAmount: number;
  readonly deductibleOnEveryLaterStay: boolean;
  /** Yuan a day by year of participation; empty when the scheme pays no allowance. */
  readonly allowanceRates: Float64Array;
  readonly allowanceMaxDays: number;
  readonly allowanceFirstStayOnly: boolean;
  readonly minimumPayout: number;
  readonly minimumPayoutOnSpecialOutpatient: boolean;
  /** Lump-sum product by the index of its kind in `LUMP_SUM_KINDS`, or null if the scheme has none. */
  readonly lumpSums: readonly (LumpSumProduct | null)[];
  /** Scratch for the per-band attribution of one claim (length: the larger band count). */
  readonly scratchBands: Float64Array;
}

/**
 * Compile phase: turns a validated policy into the tables the evaluators read. Cost: O(bands), once per
 * policy; every claim after that is evaluated without allocation.
 *
 *     Policy (JSON) ──compilePolicy──▶ CompiledPolicy ──payStayFast──▶ payout        (simulation)
 *                                                     └─adjudicateClaims──▶ payout + explanation (huzhu benefit)
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const inpatient = policy.inpatient;
  const inpatientBands = compileBandTable(inpatient.bands);
  const specialOutpatientBands = policy.specialOutpatient.bands
    ? compileBandTable(policy.specialOutpatient.bands)
    : inpatientBands;
  return {
    policy,
    inpatientBands,
    specialOutpatientBands,
    specialOutpatientCovered: policy.specialOutpatient.covered,
    cumulativeBands: inpatient.bandBasis === "cumulative",
    cap: inpatient.cap ?? Infinity,
    allowanceCountsTowardCap: inpatient.allowanceCountsTowardCap,
    deductibleAmount: inpatient.additionalStayDeductible.amount,
    deductibleOnEveryLaterStay: inpatient.additionalStayDeductible.mode === "eachAdditionalStay",
    allowanceRates: Float64Array.from(inpatient.dailyAllowance?.ratePerDayByYears ?? []),
    allowanceMaxDays: inpatient.dailyAllowance?.maxDays ?? 0,
    allowanceFirstStayOnly: inpatient.dailyAllowance?.firstStayOnly ?? true,
    minimumPayout: inpatient.minimumPayout,
    minimumPayoutOnSpecialOutpatient: policy.specialOutpatient.minimumPayoutApplies,
    lumpSums: LUMP_SUM_KINDS.map((kind) => policy.lumpSums.find((product) => product.kind === kind) ?? null),
    scratchBands: new Float64Array(Math.max(inpatientBands.count, specialOutpatientBands.count)),
  };
}
