import type { CompiledPolicy } from "./compile-policy.ts";
import { ageOn, formatDay } from "./dates.ts";
import { explainLumpSum } from "./explain-lump-sum.ts";
import { explainStay } from "./explain-stay.ts";
import { findCover } from "./find-cover.ts";
import { type MemberPeriodState, emptyMemberPeriodState } from "./member-period-state.ts";
import type { Adjudication, Claim, InvalidClaim, MemberPeriod } from "./records.ts";

type Row = Claim | InvalidClaim;
const isInvalid = (row: Row): row is InvalidClaim => "invalidReason" in row;

const rejected = (claim: Claim, reason: string, explanation: string[]): Adjudication => ({
  claimId: claim.claimId,
  memberId: claim.memberId,
  status: "rejected",
  benefit: 0,
  allowance: 0,
  topUp: 0,
  payout: 0,
  reason,
  explanation: [...explanation, `Rejected: ${reason}`],
});

/** The checks that come before any amount (IM 2021 art. 15 eligibility, art. 12 deadline, art. 18 exclusions). */
function admissibility(
  compiled: CompiledPolicy,
  claim: Claim,
  member: MemberPeriod,
  age: number,
): string | null {
  const policy = compiled.policy;
  const range = member.status === "active" ? policy.eligibility.active : policy.eligibility.retiree;
  if (range === null) return "the scheme does not cover retirees";
  if (age < range.minAge || age > range.maxAge) {
    return `age ${age} at the period start is outside ${range.minAge}–${range.maxAge} for ${member.status} members`;
  }
  if (policy.excludedCauses.includes(claim.cause)) return `excluded cause: ${claim.cause}`;
  const isStayKind = claim.kind === "inpatient" || claim.kind === "special_outpatient";
  if (isStayKind && claim.settlementDay === null) return "no basic-insurance settlement statement";
  if (claim.kind === "special_outpatient" && !compiled.specialOutpatientCovered) {
    return "special outpatient claims are not covered by this scheme";
  }
  const deadline = policy.claimDeadline;
  const start =
    deadline.from === "periodEnd" || !isStayKind
      ? member.periodEnd
      : (claim.settlementDay ?? claim.dischargeDay);
  const lastDay = start + deadline.days;
  if (claim.filedDay > lastDay) {
    const counted = deadline.from === "periodEnd" || !isStayKind ? "the period's end" : "the settlement";
    return `filed ${formatDay(claim.filedDay)}, after the deadline ${formatDay(lastDay)} (${deadline.days} days after ${counted})`;
  }
  return null;
}

function adjudicateOne(
  compiled: CompiledPolicy,
  claim: Claim,
  periods: readonly MemberPeriod[],
  states: Map<MemberPeriod, MemberPeriodState>,
): Adjudication {
  const lumpSum = claim.kind !== "inpatient" && claim.kind !== "special_outpatient";
  const eventDay = lumpSum ? claim.diagnosisDay : claim.admissionDay;
  const cover = lumpSum
    ? findCover(periods, eventDay, eventDay)
    : findCover(periods, claim.admissionDay, claim.dischargeDay);
  if (!cover) {
    return rejected(claim, `outside the member's period${periods.length > 1 ? "s" : ""}`, [
      `${lumpSum ? "Diagnosis" : "Admission"} ${formatDay(eventDay)}; member covered ${periods.map((p) => `${formatDay(p.periodStart)} to ${formatDay(p.periodEnd)}`).join(", ")}`,
    ]);
  }
  const member = cover.period;
  const age = ageOn(member.birthDay, member.periodStart);
  const lines = [
    `Period ${formatDay(member.periodStart)} to ${formatDay(member.periodEnd)}, ${member.status}, age ${age}`,
  ];
  const reason = admissibility(compiled, claim, member, age);
  if (reason) return rejected(claim, reason, lines);
  const state = states.get(member) ?? emptyMemberPeriodState();

  if (lumpSum) {
    const product = compiled.policy.lumpSums.find((candidate) => candidate.kind === claim.kind);
    if (!product) return rejected(claim, `${claim.kind} claims are not covered by this scheme`, lines);
    const outcome = explainLumpSum(product, claim, member, age, state);
    if ("rejected" in outcome) return rejected(claim, outcome.rejected, [...lines, ...outcome.lines]);
    states.set(member, outcome.state);
    return paidOrNothing(
      claim,
      0,
      0,
      0,
      outcome.payout,
      [...lines, ...outcome.lines],
      "nothing left under the product's cap",
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
  );
  states.set(member, outcome.state);
  const nothing =
    state.capUsed >= (compiled.policy.inpatient.cap ?? Infinity)
      ? "the period's cap is used up"
      : "nothing payable";
  return paidOrNothing(
    claim,
    outcome.benefit,
    outcome.allowance,
    outcome.topUp,
    outcome.payout,
    [...lines, ...outcome.lines],
    nothing,
  );
}

function paidOrNothing(
  claim: Claim,
  benefit: number,
  allowance: number,
  topUp: number,
  payout: number,
  explanation: string[],
  reasonIfNothing: string,
): Adjudication {
  if (payout <= 0) return rejected(claim, reasonIfNothing, explanation);
  return {
    claimId: claim.claimId,
    memberId: claim.memberId,
    status: "paid",
    benefit,
    allowance,
    topUp,
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
 */
export function adjudicateClaims(
  compiled: CompiledPolicy,
  members: readonly MemberPeriod[],
  claims: readonly Row[],
): Adjudication[] {
  const periodsByMember = new Map<string, MemberPeriod[]>();
  for (const member of members) {
    const list = periodsByMember.get(member.memberId) ?? [];
    list.push(member);
    periodsByMember.set(member.memberId, list);
  }
  for (const list of periodsByMember.values()) list.sort((a, b) => a.periodStart - b.periodStart);

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
        payout: 0,
        reason: row.invalidReason,
        explanation: [`Invalid: ${row.invalidReason}`],
      };
      continue;
    }
    const periods = periodsByMember.get(row.memberId) ?? [];
    results[index] = adjudicateOne(compiled, row, periods, states);
  }
  return results;
}
