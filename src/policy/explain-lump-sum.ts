import type { LumpSumProduct } from "../scenario/types.ts";
import { type ExplanationText, explanationText } from "./explanation-text.ts";
import type { MemberPeriodState } from "./member-period-state.ts";
import type { Claim, MemberPeriod } from "./records.ts";
import { roundCents } from "./round-cents.ts";

/** The outcome of a lump-sum claim: a payout with lines, or a rejection reason. */
export type LumpSumExplanation =
  { payout: number; lines: string[]; state: MemberPeriodState } | { rejected: string; lines: string[] };

/**
 * Explaining path for a lump-sum product (women's special disease 000 FAQ 6–9; Wenzhou critical illness
 * and accident, 003): who the product covers, the observation period for new and returning joiners
 * (counted from the period start to the diagnosis date), the amount per share, and the product's cap.
 * `text` gives the lines' and reasons' language (English by default); the amounts never depend on it.
 */
export function explainLumpSum(
  product: LumpSumProduct,
  claim: Claim,
  member: MemberPeriod,
  age: number,
  state: MemberPeriodState,
  text: ExplanationText = explanationText("en"),
): LumpSumExplanation {
  const lines = [text.lumpSumHeader(product.name, claim.kind)];
  if (product.requiresEnrolment && !member.products.includes(product.kind)) {
    return { rejected: text.notEnrolled(product.kind), lines };
  }
  if (product.sex !== null && member.sex !== product.sex) {
    return { rejected: text.productSexOnly(product.kind, product.sex), lines };
  }
  if (product.maxAge !== null && age > product.maxAge) {
    return { rejected: text.productAgeLimit(age, product.maxAge), lines };
  }
  const shares = Math.min(member.shares, product.maxShares);
  const dayOfPeriod = claim.diagnosisDay - member.periodStart;
  const inObservation = !member.productRenewal && dayOfPeriod < product.observationDays;
  let perShare: number;
  // An approved amount is the claim's value: shares raise the product's cap, they do not multiply it.
  let approved = false;
  if (inObservation) {
    lines.push(text.observationDiagnosis(dayOfPeriod + 1, product.observationDays));
    if (product.observationPayout === 0) {
      return { rejected: text.inObservation(product.observationDays), lines };
    }
    perShare = product.observationPayout;
    lines.push(text.observationPayment(perShare));
  } else if (product.amount === null) {
    perShare = Math.max(0, claim.selfPay);
    approved = true;
    lines.push(text.approvedAmount(perShare));
  } else {
    perShare = product.amount;
    lines.push(text.fixedAmount(perShare));
  }
  let payout = approved ? perShare : perShare * shares;
  if (shares > 1 && !approved) lines.push(text.shares(shares, perShare, payout));
  if (product.cap !== null) {
    const remaining = Math.max(0, product.cap * shares - state.lumpSumPaid[product.kind]);
    if (payout > remaining) {
      lines.push(text.productCap(product.cap * shares, remaining));
      payout = remaining;
    }
  }
  payout = roundCents(payout);
  lines.push(text.payout(payout));
  const next = {
    ...state,
    lumpSumPaid: { ...state.lumpSumPaid, [product.kind]: state.lumpSumPaid[product.kind] + payout },
  };
  return { payout, lines, state: next };
}
