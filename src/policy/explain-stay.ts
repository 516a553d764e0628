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

/**
 * Explaining path: the payout of one covered stay (or special outpatient claim), computed by reading the
 * policy as written, band by band, with a line for each step so that an analyst can check it by hand.
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
  lines.push(
    isStay
      ? text.stayHeader(state.coveredStays + 1, stay.selfPay)
      : text.specialOutpatientHeader(stay.selfPay),
  );

  // 1. Deductible on later stays (IM 2025 FAQ 4).
  let amount = Math.max(0, stay.selfPay);
  const deductible = inpatient.additionalStayDeductible;
  if (isStay && state.coveredStays >= 1 && deductible.amount > 0) {
    if (deductible.mode === "eachAdditionalStay" || state.coveredStays === 1) {
      const after = Math.max(0, amount - deductible.amount);
      lines.push(text.laterStayDeductible(amount, deductible.amount, after));
      amount = after;
    }
  }

  // 2. Bands, per stay or on the period's cumulative self-pay.
  const bands = !isStay && policy.specialOutpatient.bands ? policy.specialOutpatient.bands : inpatient.bands;
  let from = 0;
  if (inpatient.bandBasis === "cumulative") {
    from = state.cumulativeSelfPay;
    next.cumulativeSelfPay = from + amount;
    lines.push(text.cumulativeBands(from, from + amount));
  }
  let benefit = explainBands(bands, from, from + amount, lines, text);
  lines.push(text.bandedBenefit(benefit));

  // 3. Proration of a straddling stay (IM 2021 art. 14).
  if (inpatient.prorateStraddlingStays && stay.totalDays > 0 && stay.daysInside < stay.totalDays) {
    const prorated = (benefit * stay.daysInside) / stay.totalDays;
    lines.push(text.straddling(stay.daysInside, stay.totalDays, benefit, prorated));
    benefit = prorated;
  }
  benefit = roundCents(benefit);

  // 4. Daily allowance on the first covered stay (IM 2021 art. 10 items 5–7).
  let allowance = 0;
  const schedule = inpatient.dailyAllowance;
  if (isStay && schedule && schedule.ratePerDayByYears.length > 0) {
    if (schedule.firstStayOnly && state.coveredStays > 0) {
      lines.push(text.allowanceFirstStayOnly());
    } else {
      const years = Math.max(1, stay.allowanceYears);
      const rates = schedule.ratePerDayByYears;
      const rate = rates[Math.min(years, rates.length) - 1]!;
      const days = Math.min(Math.max(0, stay.daysInside), schedule.maxDays);
      allowance = rate * days;
      lines.push(
        text.allowance({
          years,
          rate,
          days,
          hospitalDays: stay.daysInside,
          maxDays: schedule.maxDays,
          amount: allowance,
        }),
      );
    }
  }

  // 5. Cap over the member's period.
  const cap = inpatient.cap;
  let cappedBenefit = benefit;
  if (cap !== null) {
    const remaining = Math.max(0, cap - state.capUsed);
    cappedBenefit = Math.min(benefit, remaining);
    lines.push(
      text.cap({
        cap,
        allowanceCounts: inpatient.allowanceCountsTowardCap,
        usedBefore: state.capUsed,
        remaining,
        cutTo: cappedBenefit < benefit ? cappedBenefit : null,
      }),
    );
    if (inpatient.allowanceCountsTowardCap && allowance > remaining - cappedBenefit) {
      allowance = Math.max(0, remaining - cappedBenefit);
      lines.push(text.allowanceCutByCap(allowance));
    }
  }
  allowance = roundCents(allowance);

  // 6. Minimum payout (IM 2021 art. 10 item 8).
  let topUp = 0;
  const minimum = inpatient.minimumPayout;
  const paid = cappedBenefit + allowance;
  const topUpApplies = isStay || policy.specialOutpatient.minimumPayoutApplies;
  if (minimum > 0 && topUpApplies && paid > 0 && paid < minimum) {
    topUp = minimum - paid;
    if (cap !== null && inpatient.allowanceCountsTowardCap) {
      topUp = Math.min(topUp, Math.max(0, cap - state.capUsed - paid));
    }
    topUp = roundCents(topUp);
    lines.push(text.minimumPayout(minimum, paid, topUp));
  }
  const payout = roundCents(cappedBenefit + allowance + topUp);
  lines.push(text.payout(payout));

  next.capUsed = state.capUsed + (inpatient.allowanceCountsTowardCap ? payout : cappedBenefit);
  if (isStay) next.coveredStays = state.coveredStays + 1;
  if (allowance > 0) next.allowancePaid = true;
  return { benefit: cappedBenefit, allowance, topUp, payout, lines, state: next };
}
