/**
 * The policy language: the benefit rules of a workers' medical mutual-aid scheme as data.
 *
 * These types are the single source of truth. `npm run schema` generates
 * `schema/scenario.schema.json` from them, every file in `scenarios/` names that schema in `$schema`,
 * and `test/scenario/scenarios.test.ts` validates every scenario against it.
 *
 * Units: amounts are yuan, durations are days, rates are fractions (0.4 = 40%).
 * Clause references such as "IM2021 §benefit" point at `docs/domain/rules.md` and the Chinese
 * originals in `docs/sources/`.
 */

/**
 * One co-pay band: the part of the self-pay above `from` and up to `upTo` is paid back at `rate`.
 * Bands are listed in increasing order, the first starts at 0, and each starts where the previous one
 * ends (no gaps, no overlaps). Self-pay above the last band's `upTo` is not paid.
 */
export interface Band {
  /**
   * Lower bound of the band in yuan (exclusive; 0 for the first band).
   * @minimum 0
   */
  from: number;
  /**
   * Upper bound of the band in yuan (inclusive), or `null` for "and above" (last band only).
   * @minimum 0
   */
  upTo: number | null;
  /**
   * Share of the self-pay inside this band that the fund pays back, from 0 to 1.
   * @minimum 0
   * @maximum 1
   */
  rate: number;
}

/**
 * How the bands meet the self-pay.
 * - `perStay`: every stay starts again at the first band (Inner Mongolia: "approved benefits are not
 *   accumulated into the next stay").
 * - `cumulative`: the bands apply to the member's cumulative self-pay in the period (Hangzhou 2016), so a
 *   second stay continues in the band where the first one ended.
 */
export type BandBasis = "perStay" | "cumulative";

/** Daily hospital allowance (住院补贴), paid per hospital day by years of unbroken participation. */
export interface DailyAllowance {
  /**
   * Yuan per day by years of unbroken participation: entry 0 for the first year, entry 1 for the second,
   * the last entry for that many years or more. Inner Mongolia: [10, 20, 30].
   */
  ratePerDayByYears: number[];
  /**
   * At most this many days are paid per stay (days as on the insurance settlement). Inner Mongolia: 30.
   * @minimum 0
   */
  maxDays: number;
  /**
   * Only the first inpatient stay of the period gets the allowance (Inner Mongolia: "only the first
   * stay"). Default true.
   */
  firstStayOnly: boolean;
  /**
   * After an allowance is paid, the next period's count of years starts again at 1. Default true.
   * The adjudicator takes the count as given in the members file (already restarted); the simulation
   * restarts it.
   */
  restartAfterPayment: boolean;
}

/**
 * Inner Mongolia 2025 FAQ 4: "where a member is hospitalised several times in one period, the amount of
 * one basic-insurance deductible is deducted". The original does not say whether it is taken from every
 * later stay or once, so both readings are a parameter. It is taken off the self-pay before banding.
 */
export interface AdditionalStayDeductible {
  /**
   * Yuan deducted from the stay's self-pay (the insurance office's deductible). 0 for none. Default 0.
   * @minimum 0
   */
  amount: number;
  /**
   * `eachAdditionalStay`: from the 2nd, 3rd, … covered stay of the period; `secondStayOnly`: once a
   * period, from the 2nd stay. Default `eachAdditionalStay`.
   */
  mode: "eachAdditionalStay" | "secondStayOnly";
}

/** Benefit on hospital stays (and, if enabled, special outpatient claims). */
export interface InpatientBenefit {
  /** Co-pay bands, from 0 upwards, without gaps. */
  bands: Band[];
  /** Whether each stay restarts the bands or the period's cumulative self-pay is banded. Default `perStay`. */
  bandBasis: BandBasis;
  /**
   * Maximum benefit per member per period in yuan over all the member's claims together, or `null` for
   * none. Inner Mongolia 2021: 250,000; 2025: 500,000.
   * @minimum 0
   */
  cap: number | null;
  /**
   * Whether the daily allowance and the minimum-payout top-up count against `cap`. The rules do not say;
   * default true (the cap is "the most a member receives in a period").
   */
  allowanceCountsTowardCap: boolean;
  /** A deductible taken off the self-pay of later stays in a period (Inner Mongolia 2025 FAQ 4). */
  additionalStayDeductible: AdditionalStayDeductible;
  /** Daily allowance, or `null` for none. */
  dailyAllowance: DailyAllowance | null;
  /**
   * If benefit plus allowance of a paid claim is above 0 but under this amount, the fund tops it up to
   * this amount (Inner Mongolia: 200). 0 for no top-up. Default 0.
   * @minimum 0
   */
  minimumPayout: number;
  /**
   * Whether a stay that straddles the period's start or end is paid pro rata (days inside the period /
   * total days). Default true (Inner Mongolia 2021 §straddling stays).
   */
  prorateStraddlingStays: boolean;
}

/** Special outpatient claims (门诊特殊慢性病: radio/chemotherapy, dialysis), settled monthly. */
export interface SpecialOutpatientBenefit {
  /** Whether the scheme pays special outpatient claims at all. */
  covered: boolean;
  /**
   * Bands for special outpatient claims, or `null` to use the inpatient bands (Inner Mongolia: "banded
   * like a stay"). Default null.
   */
  bands: Band[] | null;
  /** Whether the minimum-payout top-up applies to special outpatient claims. Default false. */
  minimumPayoutApplies: boolean;
}

/** Causes of a claim. `illness` is the ordinary case; the others are excluded if listed in `exclusions`. */
export type ClaimCause =
  | "illness"
  | "injury"
  | "traffic_settled"
  | "traffic_unsettled"
  | "work_injury"
  | "maternity"
  | "occupational_disease"
  | "force_majeure"
  | "misconduct"
  | "fraud";

/** When a claim must be filed. */
export interface ClaimDeadline {
  /**
   * Days allowed for filing. Inner Mongolia: 90.
   * @minimum 0
   */
  days: number;
  /**
   * What the days count from: `settlement`, the insurance settlement after discharge (Inner Mongolia
   * 2021), or `periodEnd`, the end of the member's period (Inner Mongolia 2025).
   */
  from: "settlement" | "periodEnd";
}

/** Age limits for one member status. */
export interface AgeRange {
  /**
   * Youngest age (whole years at the period start) that may enrol.
   * @minimum 0
   */
  minAge: number;
  /**
   * Oldest age (whole years at the period start) that is still covered.
   * @minimum 0
   */
  maxAge: number;
}

/** Who may be covered. Ages are whole years at the start of the period. */
export interface Eligibility {
  /** Active workers. Inner Mongolia: 16–60. */
  active: AgeRange;
  /**
   * Retirees who continue after retirement, or `null` if retirees are not covered.
   * Inner Mongolia: up to 70, for members with unbroken participation.
   */
  retiree: AgeRange | null;
}

/** Yearly contributions per member, in yuan. */
export interface Fees {
  /**
   * Fee per active member per period, including the union's subsidy. Inner Mongolia 2021: 100.
   * @minimum 0
   */
  active: number;
  /**
   * Fee per retiree per period, including the union's subsidy. Inner Mongolia 2021: 400.
   * @minimum 0
   */
  retiree: number;
  /**
   * Part of each fee paid by the union rather than the member (Inner Mongolia: 10). Informational for the
   * fund: the fund receives the whole fee either way.
   * @minimum 0
   */
  unionSubsidy: number;
}

/** Kinds of lump-sum product. */
export type LumpSumKind = "special_disease" | "critical_illness" | "accident";

/**
 * A product that pays a fixed amount on a covered event (a diagnosis or an accident) rather than a share
 * of the self-pay: the women's special-disease product, critical illness, accident.
 */
export interface LumpSumProduct {
  /** Which claims this product pays: the claims file's `kind`. */
  kind: LumpSumKind;
  /** A readable name, e.g. "Women's special-disease product (女性馨康)". */
  name: string;
  /**
   * Yearly fee per member holding the product (per share, if `maxShares` > 1).
   * @minimum 0
   */
  fee: number;
  /**
   * Yuan paid for one covered event (per share held), or `null` when the amount depends on the diagnosis
   * and is taken from the claim's approved amount (the claims file's `self_pay` column): the sources give
   * no disease schedule for the women's product, only its yearly maximum.
   * @minimum 0
   */
  amount: number | null;
  /**
   * Yuan paid for a diagnosis inside the observation period instead of nothing (Wenzhou 2015: 1,000;
   * Inner Mongolia: 0).
   * @minimum 0
   */
  observationPayout: number;
  /**
   * Most the product pays a member in a period (per share held), or `null` for no cap.
   * @minimum 0
   */
  cap: number | null;
  /**
   * Days after the period start during which a new or returning joiner's diagnosis is not covered
   * (women's product: 30). Unbroken renewals have none. 0 for none.
   * @minimum 0
   */
  observationDays: number;
  /** Sex the product is sold to, or `null` for both. */
  sex: "F" | "M" | null;
  /**
   * Oldest age (whole years at period start) covered, or `null` for the scheme's own limits.
   * @minimum 0
   */
  maxAge: number | null;
  /**
   * Most shares one member may hold (Linyi accident: 4). Default 1.
   * @minimum 1
   */
  maxShares: number;
  /** Whether the product must be held in the members file (`products` column) to pay. Default true. */
  requiresEnrolment: boolean;
}

/** The whole benefit policy of one scheme in one period. */
export interface Policy {
  /** Who may be covered. */
  eligibility: Eligibility;
  /** Yearly fees. */
  fees: Fees;
  /** Benefit on hospital stays. */
  inpatient: InpatientBenefit;
  /** Special outpatient claims. */
  specialOutpatient: SpecialOutpatientBenefit;
  /** Causes that are not covered (rules' exclusions list). */
  excludedCauses: ClaimCause[];
  /** Filing deadline. */
  claimDeadline: ClaimDeadline;
  /** Lump-sum products sold alongside (women's special disease, critical illness, accident). */
  lumpSums: LumpSumProduct[];
}
