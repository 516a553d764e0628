import { renderMessage } from "../messages.ts";
import type { CompiledPolicy } from "./compile-policy.ts";
import { ageOn } from "./dates.ts";
import { explainLumpSum } from "./explain-lump-sum.ts";
import { explainStay } from "./explain-stay.ts";
import { type ExplanationLocale, type ExplanationText, explanationText } from "./explanation-text.ts";
import { findCover } from "./find-cover.ts";
import { memberIndex } from "./member-index.ts";
import { type MemberPeriodState, emptyMemberPeriodState } from "./member-period-state.ts";
import type { Adjudication, Claim, InvalidClaim, MemberPeriod } from "./records.ts";

type Row = Claim | InvalidClaim;
const isInvalid = (row: Row): row is InvalidClaim => "invalidReason" in row;

const rejected = (
  claim: Claim,
  reason: string,
  explanation: string[],
  text: ExplanationText,
): Adjudication => ({
  claimId: claim.claimId,
  memberId: claim.memberId,
  status: "rejected",
  benefit: 0,
  allowance: 0,
  topUp: 0,
  lumpSum: 0,
  payout: 0,
  reason,
  explanation: [...explanation, text.rejectedLine(reason)],
});

/** The checks that come before any amount (IM 2021 art. 15 eligibility, art. 12 deadline, art. 18 exclusions). */
function admissibility(
  compiled: CompiledPolicy,
  claim: Claim,
  member: MemberPeriod,
  age: number,
  text: ExplanationText,
): string | null {
  const policy = compiled.policy;
  const range = member.status === "active" ? policy.eligibility.active : policy.eligibility.retiree;
  if (range === null) return text.retireesNotCovered();
  if (age < range.minAge || age > range.maxAge) {
    return text.ageOutside(age, range.minAge, range.maxAge, member.status);
  }
  if (policy.excludedCauses.includes(claim.cause)) return text.excludedCause(claim.cause);
  const isStayKind = claim.kind === "inpatient" || claim.kind === "special_outpatient";
  if (isStayKind && claim.settlementDay === null) return text.noSettlement();
  if (claim.kind === "special_outpatient" && !compiled.specialOutpatientCovered) {
    return text.specialOutpatientNotCovered();
  }
  const deadline = policy.claimDeadline;
  const start =
    deadline.from === "periodEnd" || !isStayKind
      ? member.periodEnd
      : (claim.settlementDay ?? claim.dischargeDay);
  const lastDay = start + deadline.days;
  if (claim.filedDay > lastDay) {
    return text.lateFiling({
      filedDay: claim.filedDay,
      lastDay,
      days: deadline.days,
      countedFrom: deadline.from === "periodEnd" || !isStayKind ? "periodEnd" : "settlement",
    });
  }
  return null;
}

function adjudicateOne(
  compiled: CompiledPolicy,
  claim: Claim,
  periods: readonly MemberPeriod[],
  states: Map<MemberPeriod, MemberPeriodState>,
  text: ExplanationText,
): Adjudication {
  const lumpSum = claim.kind !== "inpatient" && claim.kind !== "special_outpatient";
  const eventDay = lumpSum ? claim.diagnosisDay : claim.admissionDay;
  const cover = lumpSum
    ? findCover(periods, eventDay, eventDay)
    : findCover(periods, claim.admissionDay, claim.dischargeDay);
  if (!cover) {
    const covered = periods.map((period) => ({ start: period.periodStart, end: period.periodEnd }));
    return rejected(
      claim,
      text.outsidePeriods(periods.length),
      [text.outsideLine(lumpSum, eventDay, covered)],
      text,
    );
  }
  const member = cover.period;
  const age = ageOn(member.birthDay, member.periodStart);
  const lines = [text.periodLine(member.periodStart, member.periodEnd, member.status, age)];
  const reason = admissibility(compiled, claim, member, age, text);
  if (reason) return rejected(claim, reason, lines, text);
  const state = states.get(member) ?? emptyMemberPeriodState();

  if (lumpSum) {
    const product = compiled.policy.lumpSums.find((candidate) => candidate.kind === claim.kind);
    if (!product) return rejected(claim, text.kindNotCovered(claim.kind), lines, text);
    const outcome = explainLumpSum(product, claim, member, age, state, text);
    if ("rejected" in outcome) return rejected(claim, outcome.rejected, [...lines, ...outcome.lines], text);
    states.set(member, outcome.state);
    return paidOrNothing(
      claim,
      { benefit: 0, allowance: 0, topUp: 0, lumpSum: outcome.payout },
      outcome.payout,
      [...lines, ...outcome.lines],
      text.productCapUsedUp(),
      text,
    );
  }

  const outcome = explainStay(
    compiled.policy,
    {
      specialOutpatient: claim.kind === "special_outpatient",
      selfPay: claim.selfPay,
      daysInside: cover.daysInside,
      totalDays: cover.totalDays,
      allowanceYears: member.allowanceYears,
    },
    state,
    text,
  );
  states.set(member, outcome.state);
  const nothing =
    state.capUsed >= (compiled.policy.inpatient.cap ?? Infinity)
      ? text.periodCapUsedUp()
      : text.nothingPayable();
  return paidOrNothing(
    claim,
    { benefit: outcome.benefit, allowance: outcome.allowance, topUp: outcome.topUp, lumpSum: 0 },
    outcome.payout,
    [...lines, ...outcome.lines],
    nothing,
    text,
  );
}

function paidOrNothing(
  claim: Claim,
  parts: { benefit: number; allowance: number; topUp: number; lumpSum: number },
  payout: number,
  explanation: string[],
  reasonIfNothing: string,
  text: ExplanationText,
): Adjudication {
  if (payout <= 0) return rejected(claim, reasonIfNothing, explanation, text);
  return {
    claimId: claim.claimId,
    memberId: claim.memberId,
    status: "paid",
    ...parts,
    payout,
    reason: "",
    explanation,
  };
}

/**
 * Adjudicates a claims file against a members file under one compiled policy, with an explanation for
 * every claim.
 *
 * Evaluate phase of `huzhu benefit`. Claims of one member are taken in admission order (ties: file order)
 * so that the first stay gets the allowance and later stays meet the cap and the deductible; the
 * adjudications come back in the input order, one per input row: invalid rows come back `invalid` with
 * their reason, never dropped. Neither input is changed. Cost: O(claims × log claims).
 *
 * `options.locale` is the language of the explanation lines and reasons: `"en"` (default) or `"zh"`.
 * It changes words only, never an amount or a status.
 * @example
 * // Inner Mongolia 2021 (001 art. 10): a 12,000-yuan stay of 9 days, the member's 2nd year:
 * // 10,000 × 40% + 2,000 × 70% = 5,400, allowance 20 × 9 = 180, payout 5,580.
 * import { loadScenario } from "../scenario/load-scenario.ts";
 * import { compilePolicy } from "./compile-policy.ts";
 * import { parseDay } from "./dates.ts";
 * const compiled = compilePolicy(loadScenario("scenarios/inner-mongolia-2021.json").policy);
 * const member = { memberId: "M1", status: "active", sex: "F", unitId: "U1", region: "", allowanceYears: 2,
 *   products: [], productRenewal: false, shares: 1, birthDay: parseDay("1980-06-15"),
 *   periodStart: parseDay("2021-01-01"), periodEnd: parseDay("2021-12-31") };
 * const stay = { claimId: "C1", memberId: "M1", kind: "inpatient", selfPay: 12_000, cause: "illness",
 *   admissionDay: parseDay("2021-03-01"), dischargeDay: parseDay("2021-03-10"), settlementDay: parseDay("2021-03-15"),
 *   filedDay: parseDay("2021-03-25"), diagnosisDay: parseDay("2021-03-01") };
 * adjudicateClaims(compiled, [member], [stay], { locale: "zh" })[0].explanation.at(-1)
 * // → "实付：5,580.00"
 */
export function adjudicateClaims(
  compiled: CompiledPolicy,
  members: readonly MemberPeriod[],
  claims: readonly Row[],
  options: { locale?: ExplanationLocale } = {},
): Adjudication[] {
  const text = explanationText(options.locale ?? "en");
  // Each claimant's periods in time order (looked up only for members with claims).
  const byId = memberIndex(members);
  const periodsOf = (memberId: string): readonly MemberPeriod[] => {
    const periods = byId.periods(memberId);
    return periods.length > 1 ? [...periods].sort((a, b) => a.periodStart - b.periodStart) : periods;
  };

  const results: Adjudication[] = new Array(claims.length);
  // One member's claims in event order (admission, or diagnosis for lump sums; ties in file order).
  const eventDay = (claim: Claim) =>
    claim.kind === "inpatient" || claim.kind === "special_outpatient"
      ? claim.admissionDay
      : claim.diagnosisDay;
  const byMember = new Map<string, { claim: Claim; index: number }[]>();
  const order: { row: Row; index: number }[] = [];
  claims.forEach((row, index) => {
    if (isInvalid(row)) {
      order.push({ row, index });
      return;
    }
    const list = byMember.get(row.memberId) ?? [];
    list.push({ claim: row, index });
    byMember.set(row.memberId, list);
  });
  for (const list of byMember.values()) {
    list.sort((a, b) => eventDay(a.claim) - eventDay(b.claim) || a.index - b.index);
    for (const { claim, index } of list) order.push({ row: claim, index });
  }
  const states = new Map<MemberPeriod, MemberPeriodState>();
  for (const { row, index } of order) {
    if (isInvalid(row)) {
      results[index] = {
        claimId: row.claimId,
        memberId: row.memberId,
        status: "invalid",
        benefit: 0,
        allowance: 0,
        topUp: 0,
        lumpSum: 0,
        payout: 0,
        reason: renderMessage(row.invalidReason, options.locale ?? "en"),
        explanation: [text.invalidLine(renderMessage(row.invalidReason, options.locale ?? "en"))],
      };
      continue;
    }
    results[index] = adjudicateOne(compiled, row, periodsOf(row.memberId), states, text);
  }
  return results;
}
