import type { LumpSumProduct } from "../scenario/types.ts";
import { formatBound, formatYuan } from "./format-yuan.ts";
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
 */
export function explainLumpSum(
  product: LumpSumProduct,
  claim: Claim,
  member: MemberPeriod,
  age: number,
  state: MemberPeriodState,
): LumpSumExplanation {
  const lines = [`${product.name}: ${claim.kind} claim`];
  if (product.requiresEnrolment && !member.products.includes(product.kind)) {
    return { rejected: `member does not hold the ${product.kind} product`, lines };
  }
  if (product.sex !== null && member.sex !== product.sex) {
    return { rejected: `the ${product.kind} product covers sex ${product.sex} only`, lines };
  }
  if (product.maxAge !== null && age > product.maxAge) {
    return {
      rejected: `age ${age} at the period start is above the product's limit of ${product.maxAge}`,
      lines,
    };
  }
  const shares = Math.min(member.shares, product.maxShares);
  const dayOfPeriod = claim.diagnosisDay - member.periodStart;
  const inObservation = !member.productRenewal && dayOfPeriod < product.observationDays;
  let perShare: number;
  if (inObservation) {
    lines.push(
      `Diagnosed on day ${dayOfPeriod + 1} of the period, inside the ${product.observationDays}-day observation period of a new or returning joiner`,
    );
    if (product.observationPayout === 0) {
      return { rejected: `diagnosed inside the ${product.observationDays}-day observation period`, lines };
    }
    perShare = product.observationPayout;
    lines.push(`Observation-period payment: ${formatYuan(perShare)} a share`);
  } else if (product.amount === null) {
    perShare = Math.max(0, claim.selfPay);
    lines.push(`Approved amount for the diagnosis: ${formatYuan(perShare)}`);
  } else {
    perShare = product.amount;
    lines.push(`Fixed amount: ${formatYuan(perShare)} a share`);
  }
  let payout = perShare * shares;
  if (shares > 1) lines.push(`${shares} shares: ${formatYuan(perShare)} × ${shares} = ${formatYuan(payout)}`);
  if (product.cap !== null) {
    const remaining = Math.max(0, product.cap * shares - state.lumpSumPaid[product.kind]);
    if (payout > remaining) {
      lines.push(
        `Product cap ${formatBound(product.cap * shares)} a period: ${formatYuan(remaining)} left; payment cut to ${formatYuan(remaining)}`,
      );
      payout = remaining;
    }
  }
  payout = roundCents(payout);
  lines.push(`Payout: ${formatYuan(payout)}`);
  const next = {
    ...state,
    lumpSumPaid: { ...state.lumpSumPaid, [product.kind]: state.lumpSumPaid[product.kind] + payout },
  };
  return { payout, lines, state: next };
}
