import type { LumpSumProduct, Policy } from "../scenario/types.ts";
import { type BandTable, compileBandTable } from "./band-table.ts";
import { LUMP_SUM_KINDS } from "./evaluator-slots.ts";
import { type StayPayer, generateStayPayer } from "./generate-stay-payer.ts";

export { LUMP_SUM_KINDS, OUT, OUT_SIZE, STATE, STATE_SIZE, STAY_KIND } from "./evaluator-slots.ts";

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
  /** The generated fast payer of inpatient stays (see `generateStayPayer`). */
  readonly inpatientPayer: StayPayer;
  /**
   * The same payer for the simulation's claim loop: whole claims (proration factor 1) and the member's
   * state at slot 0, baked in; its proration and offset arguments are ignored. Same results to the bit.
   */
  readonly inpatientClaimPayer: StayPayer;
  /** The generated fast payer of special outpatient claims. */
  readonly specialOutpatientPayer: StayPayer;
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
  const settings = {
    cumulativeBands: inpatient.bandBasis === "cumulative",
    cap: inpatient.cap ?? Infinity,
    allowanceCountsTowardCap: inpatient.allowanceCountsTowardCap,
    deductibleAmount: inpatient.additionalStayDeductible.amount,
    deductibleOnEveryLaterStay: inpatient.additionalStayDeductible.mode === "eachAdditionalStay",
    allowanceRates: Float64Array.from(inpatient.dailyAllowance?.ratePerDayByYears ?? []),
    allowanceMaxDays: inpatient.dailyAllowance?.maxDays ?? 0,
    allowanceFirstStayOnly: inpatient.dailyAllowance?.firstStayOnly ?? true,
    minimumPayout: inpatient.minimumPayout,
  };
  const specialOutpatientSeparate = specialOutpatientBands !== inpatientBands;
  return {
    policy,
    inpatientBands,
    specialOutpatientBands,
    specialOutpatientCovered: policy.specialOutpatient.covered,
    ...settings,
    minimumPayoutOnSpecialOutpatient: policy.specialOutpatient.minimumPayoutApplies,
    lumpSums: LUMP_SUM_KINDS.map((kind) => policy.lumpSums.find((product) => product.kind === kind) ?? null),
    inpatientPayer: generateStayPayer({
      ...settings,
      inpatient: true,
      bands: inpatientBands,
      bandOffset: 0,
      minimumPayoutApplies: true,
    }),
    inpatientClaimPayer: generateStayPayer({
      ...settings,
      inpatient: true,
      bands: inpatientBands,
      bandOffset: 0,
      minimumPayoutApplies: true,
      wholeClaimsAtSlotZero: true,
    }),
    specialOutpatientPayer: generateStayPayer({
      ...settings,
      inpatient: false,
      bands: specialOutpatientBands,
      bandOffset: specialOutpatientSeparate ? inpatientBands.count : 0,
      minimumPayoutApplies: policy.specialOutpatient.minimumPayoutApplies,
    }),
  };
}
