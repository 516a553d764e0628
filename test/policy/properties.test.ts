// Properties that hold for every claim, checked on seeded random members and claims for every scenario:
// no negative payouts, a member-period never paid above the cap, payout non-decreasing in self-pay, and
// adjudication that leaves its inputs alone.
import { CLAIM_CAUSES } from "../../src/scenario/claim-causes.ts";
import { describe, expect, it, vi } from "vitest";
import { adjudicateClaims } from "../../src/policy/adjudicate-claims.ts";
import {
  OUT,
  OUT_SIZE,
  STATE,
  STATE_SIZE,
  STAY_KIND,
  compilePolicy,
} from "../../src/policy/compile-policy.ts";
import { explainStay } from "../../src/policy/explain-stay.ts";
import { findCover } from "../../src/policy/find-cover.ts";
import { emptyMemberPeriodState } from "../../src/policy/member-period-state.ts";
import { payStayFast } from "../../src/policy/pay-stay-fast.ts";
import { CLAIM_KINDS, type Claim, type MemberPeriod } from "../../src/policy/records.ts";
import type { LumpSumKind, Policy } from "../../src/scenario/types.ts";
import {
  bandBoundaries,
  cents,
  day,
  deepFreeze,
  mulberry32,
  policyOf,
  randomSelfPay,
  scenarioNames,
} from "./fixtures.ts";

// Amounts do not depend on the explanation text; plain `String` keeps thousands of claims fast.
vi.mock("../../src/format/format-cents.ts", () => ({ formatCents: (value: number) => String(value) }));
vi.mock("../../src/format/format-percent.ts", () => ({ formatPercent: (rate: number) => String(rate) }));
vi.mock("../../src/format/format-bound.ts", () => ({ formatBound: (value: number | null) => String(value) }));

const CAUSES = CLAIM_CAUSES.filter((cause) => cause !== "illness");
const LUMP_SUMS: LumpSumKind[] = ["special_disease", "critical_illness", "accident"];
const isStayKind = (kind: Claim["kind"]) => kind === "inpatient" || kind === "special_outpatient";
const toCents = (yuan: number) => Math.round(yuan * 100);

/** Random members (some with a contiguous second period) and their claims around 2021. */
function randomBook(policy: Policy, seed: number, memberCount: number) {
  const random = mulberry32(seed);
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const boundaries = bandBoundaries(policy);
  const start = day("2021-01-01");
  const members: MemberPeriod[] = [];
  const claims: Claim[] = [];
  for (let m = 0; m < memberCount; m++) {
    const memberId = `M${m}`;
    const base = {
      memberId,
      status: random() < 0.85 ? ("active" as const) : ("retiree" as const),
      sex: random() < 0.5 ? ("F" as const) : ("M" as const),
      birthDay: start - int(18, 72) * 365 - int(0, 364),
      unitId: `U${m % 7}`,
      region: "",
      products: LUMP_SUMS.filter(() => random() < 0.6),
      productRenewal: random() < 0.5,
      shares: int(1, 5),
    };
    const years = int(1, 4);
    members.push({ ...base, periodStart: start, periodEnd: start + 364, allowanceYears: years });
    if (random() < 0.3) {
      members.push({ ...base, periodStart: start + 365, periodEnd: start + 729, allowanceYears: years + 1 });
    }
    for (let c = int(1, 8); c > 0; c--) {
      const pick = random();
      const kind = pick < 0.72 ? "inpatient" : pick < 0.85 ? "special_outpatient" : CLAIM_KINDS[int(2, 4)]!;
      const admissionDay = start - 30 + int(0, 430);
      const dischargeDay = admissionDay + (random() < 0.8 ? int(0, 20) : int(21, 90));
      const settlementDay = random() < 0.95 ? dischargeDay + int(1, 30) : null;
      const selfPay = isStayKind(kind) ? randomSelfPay(random, boundaries) : cents(random() * 40_000);
      claims.push({
        claimId: `${memberId}-${c}`,
        memberId,
        kind,
        admissionDay,
        dischargeDay,
        selfPay,
        cause: random() < 0.85 ? "illness" : CAUSES[int(0, CAUSES.length - 1)]!,
        settlementDay,
        filedDay: (settlementDay ?? dischargeDay) + int(0, 100),
        diagnosisDay: admissionDay,
      });
    }
  }
  return { members, claims };
}

describe.each(scenarioNames)("on random claims under %s", (name) => {
  const policy = policyOf(name);
  const compiled = compilePolicy(policy);
  const seed = 0xc0ffee + scenarioNames.indexOf(name);
  const { members, claims } = randomBook(policy, seed, 600);
  const results = adjudicateClaims(compiled, members, claims);

  it("never pays a negative amount, and a paid claim's payout is the sum of its parts", () => {
    expect(results).toHaveLength(claims.length);
    const bad = results.filter(
      (r) =>
        r.payout < 0 ||
        r.benefit < 0 ||
        r.allowance < 0 ||
        r.topUp < 0 ||
        (r.status === "paid") !== r.payout > 0 ||
        (r.status === "paid" && r.reason !== "") ||
        (r.status === "rejected" && r.reason === ""),
    );
    expect(bad).toEqual([]);
    expect(results.filter((r) => r.status === "paid").length).toBeGreaterThan(claims.length / 5);
    const stays = results.filter((_, index) => isStayKind(claims[index]!.kind));
    const unbalanced = stays.filter(
      (r) => toCents(r.payout) !== toCents(r.benefit) + toCents(r.allowance) + toCents(r.topUp),
    );
    expect(unbalanced).toEqual([]);
  });

  it("never pays a member-period more than the cap (and a lump-sum product more than its cap × shares)", () => {
    const periodsOf = new Map<string, MemberPeriod[]>();
    for (const period of members)
      periodsOf.set(period.memberId, [...(periodsOf.get(period.memberId) ?? []), period]);
    const counted = new Map<MemberPeriod, number>();
    const byProduct = new Map<string, number>();
    results.forEach((result, index) => {
      if (result.status !== "paid") return;
      const row = claims[index]!;
      const periods = periodsOf.get(row.memberId)!;
      if (isStayKind(row.kind)) {
        const { period } = findCover(periods, row.admissionDay, row.dischargeDay)!;
        const amount = policy.inpatient.allowanceCountsTowardCap ? result.payout : result.benefit;
        counted.set(period, (counted.get(period) ?? 0) + toCents(amount));
      } else {
        const { period } = findCover(periods, row.diagnosisDay, row.diagnosisDay)!;
        const product = policy.lumpSums.find((p) => p.kind === row.kind)!;
        const key = `${period.memberId} ${period.periodStart} ${row.kind}`;
        const total = (byProduct.get(key) ?? 0) + toCents(result.payout);
        byProduct.set(key, total);
        if (product.cap !== null) {
          expect(total).toBeLessThanOrEqual(
            toCents(product.cap * Math.min(period.shares, product.maxShares)),
          );
        }
      }
    });
    const cap = policy.inpatient.cap;
    if (cap !== null) {
      const over = [...counted].filter(([, total]) => total > toCents(cap));
      expect(over).toEqual([]);
    }
    expect(counted.size).toBeGreaterThan(100);
  });
});

describe("payout is non-decreasing in self-pay, everything else fixed", () => {
  it.each(scenarioNames)("under %s, on both paths, for random earlier use of the period", (name) => {
    const policy = policyOf(name);
    const compiled = compilePolicy(policy);
    const random = mulberry32(0xbeef + scenarioNames.indexOf(name));
    const grid = new Set<number>([0, 0.01, 1, 100, 499.99, 500, 500.01, 2_000_000]);
    for (const bound of bandBoundaries(policy))
      for (const nudge of [-0.01, 0, 0.01]) grid.add(Math.max(0, cents(bound + nudge)));
    for (let i = 0; i < 300; i++) grid.add(randomSelfPay(random, []));
    const selfPays = [...grid].sort((a, b) => a - b);
    const cap = policy.inpatient.cap ?? 1_000_000;
    const out = new Float64Array(OUT_SIZE);
    const state = new Float64Array(STATE_SIZE);
    const drops: string[] = [];
    for (let trial = 0; trial < 40; trial++) {
      const before = {
        ...emptyMemberPeriodState(),
        capUsed: random() < 0.3 ? 0 : cents(random() * cap),
        coveredStays: Math.floor(random() * 3),
        cumulativeSelfPay: random() < 0.5 ? 0 : cents(random() * 60_000),
      };
      const totalDays = 1 + Math.floor(random() * 40);
      const daysInside = random() < 0.3 ? Math.floor(random() * totalDays) : totalDays;
      const stay = {
        specialOutpatient: random() < 0.2,
        daysInside,
        totalDays,
        allowanceYears: 1 + Math.floor(random() * 4),
      };
      let previousSlow = -1;
      let previousFast = -1;
      for (const selfPay of selfPays) {
        const slow = explainStay(policy, { ...stay, selfPay }, before).payout;
        state.fill(0);
        state[STATE.capUsed] = before.capUsed;
        state[STATE.coveredStays] = before.coveredStays;
        state[STATE.cumulativeSelfPay] = before.cumulativeSelfPay;
        const kind = stay.specialOutpatient ? STAY_KIND.specialOutpatient : STAY_KIND.inpatient;
        payStayFast(
          compiled,
          kind,
          selfPay,
          daysInside / totalDays,
          daysInside,
          stay.allowanceYears,
          state,
          0,
          out,
          null,
        );
        const fast = out[OUT.payout]!;
        if (slow < previousSlow || fast < previousFast)
          drops.push(`trial ${trial}: self-pay ${selfPay}: ${slow} / ${fast}`);
        previousSlow = slow;
        previousFast = fast;
      }
    }
    expect(drops).toEqual([]);
  });
});

describe("inputs are not changed", () => {
  it("adjudicates with a frozen policy, frozen members and frozen claims, and leaves them as they were", () => {
    const policy = deepFreeze(policyOf("inner-mongolia-2025"));
    const compiled = Object.freeze(compilePolicy(policy));
    const book = randomBook(policy, 42, 200);
    const members = deepFreeze(book.members);
    const claims = deepFreeze([
      ...book.claims,
      {
        claimId: "BAD",
        memberId: "M0",
        invalidReason: 'settlement_date "soon" is not a date (expected YYYY-MM-DD)',
      },
    ]);
    const snapshot = structuredClone({ policy, members, claims });
    const first = adjudicateClaims(compiled, members, claims);
    const second = adjudicateClaims(compiled, members, claims);
    expect(structuredClone({ policy, members, claims })).toEqual(snapshot);
    expect(second).toEqual(first); // no state leaks from one run to the next
  });

  it("explainStay leaves the state it is given unchanged and returns a new one", () => {
    const state = deepFreeze({ ...emptyMemberPeriodState(), capUsed: 1_000, coveredStays: 1 });
    const outcome = explainStay(
      policyOf("inner-mongolia-2025"),
      {
        specialOutpatient: false,
        selfPay: 5_000,
        daysInside: 3,
        totalDays: 3,
        allowanceYears: 2,
      },
      state,
    );
    expect(state).toEqual({ ...emptyMemberPeriodState(), capUsed: 1_000, coveredStays: 1 });
    expect(outcome.state).not.toBe(state);
    expect(outcome.state).toMatchObject({ capUsed: 2_900, coveredStays: 2 }); // 1,000 + (5,000 − 600 → 1,900)
  });
});
