import type { Band, Policy } from "../scenario/types.ts";
import { type ExplanationText, explanationText } from "./explanation-text.ts";
import type { MemberPeriodState } from "./member-period-state.ts";
import { roundCents } from "./round-cents.ts";

/** A covered stay or special outpatient claim, as the explaining adjudicator sees it. */
export interface StayToExplain {
  specialOutpatient: boolean;
  selfPay: number;
  /** Days of the stay inside the member's cover, and in all. */
  daysInside: number;
  totalDays: number;
  allowanceYears: number;
}

/** The amounts of a covered claim, with one explanation line per step. */
export interface StayExplanation {
  benefit: number;
  allowance: number;
  topUp: number;
  payout: number;
  lines: string[];
  state: MemberPeriodState;
}

/** Benefit of the self-pay between `from` and `to` under `bands`, one line per band touched. */
function explainBands(
  bands: readonly Band[],
  from: number,
  to: number,
  lines: string[],
  text: ExplanationText,
): number {
  let total = 0;
  for (const [index, band] of bands.entries()) {
    const upper = band.upTo ?? Infinity;
    const inside = Math.min(to, upper) - Math.max(from, band.from);
    if (inside <= 0) continue;
    const part = inside * band.rate;
    total += part;
    lines.push(
      text.band({ number: index + 1, from: band.from, upTo: band.upTo, rate: band.rate, inside, part }),
    );
  }
  const last = bands[bands.length - 1];
  if (last && last.upTo !== null && to > last.upTo) {
    lines.push(text.aboveLastBand(last.upTo, to - Math.max(from, last.upTo)));
  }
  return total;
}

/** What every step reads: the policy, the claim, the member's state before it, and the lines so far. */
interface StepInput {
  readonly policy: Policy;
  readonly stay: StayToExplain;
  readonly state: MemberPeriodState;
  readonly text: ExplanationText;
  /** A stay (not a special outpatient claim). */
  readonly isStay: boolean;
  readonly lines: string[];
}

/** Step 1: the deductible on later stays (IM 2025 FAQ 4); returns the self-pay left to band. */
function deductLaterStay({ policy, stay, state, text, isStay, lines }: StepInput): number {
  const amount = Math.max(0, stay.selfPay);
  const deductible = policy.inpatient.additionalStayDeductible;
  if (!isStay || state.coveredStays < 1 || !(deductible.amount > 0)) return amount;
  if (deductible.mode !== "eachAdditionalStay" && state.coveredStays !== 1) return amount;
  const after = Math.max(0, amount - deductible.amount);
  lines.push(text.laterStayDeductible(amount, deductible.amount, after));
  return after;
}

/**
 * Step 2: the bands, per stay or on the period's cumulative self-pay (then `next` carries the new
 * cumulative self-pay); returns the banded benefit, unrounded.
 */
function bandBenefit(input: StepInput, amount: number, next: MemberPeriodState): number {
  const { policy, state, text, isStay, lines } = input;
  const inpatient = policy.inpatient;
  const bands = !isStay && policy.specialOutpatient.bands ? policy.specialOutpatient.bands : inpatient.bands;
  let from = 0;
  if (inpatient.bandBasis === "cumulative") {
    from = state.cumulativeSelfPay;
    next.cumulativeSelfPay = from + amount;
    lines.push(text.cumulativeBands(from, from + amount));
  }
  const benefit = explainBands(bands, from, from + amount, lines, text);
  lines.push(text.bandedBenefit(benefit));
  return benefit;
}

/** Step 3: the proration of a stay straddling the cover's end (IM 2021 art. 14); returns the benefit. */
function prorateStraddling({ policy, stay, text, lines }: StepInput, benefit: number): number {
  if (
    !policy.inpatient.prorateStraddlingStays ||
    !(stay.totalDays > 0) ||
    !(stay.daysInside < stay.totalDays)
  )
    return benefit;
  const prorated = (benefit * stay.daysInside) / stay.totalDays;
  lines.push(text.straddling(stay.daysInside, stay.totalDays, benefit, prorated));
  return prorated;
}

/** Step 4: the daily allowance on the first covered stay (IM 2021 art. 10 items 5–7), unrounded. */
function dailyAllowance({ policy, stay, state, text, isStay, lines }: StepInput): number {
  const schedule = policy.inpatient.dailyAllowance;
  if (!isStay || !schedule || schedule.ratePerDayByYears.length === 0) return 0;
  if (schedule.firstStayOnly && state.coveredStays > 0) {
    lines.push(text.allowanceFirstStayOnly());
    return 0;
  }
  const years = Math.max(1, stay.allowanceYears);
  const rates = schedule.ratePerDayByYears;
  const rate = rates[Math.min(years, rates.length) - 1]!;
  const days = Math.min(Math.max(0, stay.daysInside), schedule.maxDays);
  const amount = rate * days;
  lines.push(
    text.allowance({ years, rate, days, hospitalDays: stay.daysInside, maxDays: schedule.maxDays, amount }),
  );
  return amount;
}

/**
 * Step 5: the cap over the member's period, on the benefit and, where the allowance counts toward it,
 * on the allowance; returns both as paid (the allowance rounded to the cent).
 */
function applyCap(
  { policy, state, text, lines }: StepInput,
  benefit: number,
  allowance: number,
): { benefit: number; allowance: number } {
  const inpatient = policy.inpatient;
  const cap = inpatient.cap;
  if (cap === null) return { benefit, allowance: roundCents(allowance) };
  const remaining = Math.max(0, cap - state.capUsed);
  const capped = Math.min(benefit, remaining);
  lines.push(
    text.cap({
      cap,
      allowanceCounts: inpatient.allowanceCountsTowardCap,
      usedBefore: state.capUsed,
      remaining,
      cutTo: capped < benefit ? capped : null,
    }),
  );
  let paidAllowance = allowance;
  if (inpatient.allowanceCountsTowardCap && allowance > remaining - capped) {
    paidAllowance = Math.max(0, remaining - capped);
    lines.push(text.allowanceCutByCap(paidAllowance));
  }
  return { benefit: capped, allowance: roundCents(paidAllowance) };
}

/** Step 6: the top-up to the minimum payout (IM 2021 art. 10 item 8); returns it, to the cent. */
function minimumPayoutTopUp({ policy, state, text, isStay, lines }: StepInput, paid: number): number {
  const inpatient = policy.inpatient;
  const minimum = inpatient.minimumPayout;
  const topUpApplies = isStay || policy.specialOutpatient.minimumPayoutApplies;
  if (!(minimum > 0) || !topUpApplies || !(paid > 0) || !(paid < minimum)) return 0;
  let topUp = minimum - paid;
  if (inpatient.cap !== null && inpatient.allowanceCountsTowardCap) {
    topUp = Math.min(topUp, Math.max(0, inpatient.cap - state.capUsed - paid));
  }
  topUp = roundCents(topUp);
  lines.push(text.minimumPayout(minimum, paid, topUp));
  return topUp;
}

/**
 * Explaining path: the payout of one covered stay (or special outpatient claim), computed by reading the
 * policy as written, band by band, with a line for each step so that an analyst can check it by hand:
 * 1. the deductible on later stays, 2. the bands, 3. the proration of a straddling stay, 4. the daily
 * allowance, 5. the cap, 6. the minimum payout.
 * Returns the member's new state; `state` is not changed. The fast path `payStayFast` must agree with it
 * to the cent (tested on random claims). `text` gives the lines' language (English by default); the amounts
 * never depend on it.
 */
export function explainStay(
  policy: Policy,
  stay: StayToExplain,
  state: MemberPeriodState,
  text: ExplanationText = explanationText("en"),
): StayExplanation {
  const inpatient = policy.inpatient;
  const lines: string[] = [];
  const next: MemberPeriodState = { ...state, lumpSumPaid: { ...state.lumpSumPaid } };
  const isStay = !stay.specialOutpatient;
  const input: StepInput = { policy, stay, state, text, isStay, lines };
  lines.push(
    isStay
      ? text.stayHeader(state.coveredStays + 1, stay.selfPay)
      : text.specialOutpatientHeader(stay.selfPay),
  );
  const amount = deductLaterStay(input);
  const banded = bandBenefit(input, amount, next);
  const benefit = roundCents(prorateStraddling(input, banded));
  const capped = applyCap(input, benefit, dailyAllowance(input));
  const { allowance } = capped;
  const topUp = minimumPayoutTopUp(input, capped.benefit + allowance);
  const payout = roundCents(capped.benefit + allowance + topUp);
  lines.push(text.payout(payout));

  next.capUsed = state.capUsed + (inpatient.allowanceCountsTowardCap ? payout : capped.benefit);
  if (isStay) next.coveredStays = state.coveredStays + 1;
  if (allowance > 0) next.allowancePaid = true;
  return { benefit: capped.benefit, allowance, topUp, payout, lines, state: next };
}
