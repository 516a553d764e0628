// The simulation's fast path (`payStayFast`, Float64Array state) and the explaining path (`explainStay`,
// object state) must give the same benefit, allowance, top-up and payout to the cent, claim by claim, and
// leave the member-period state the same. Checked on seeded random sequences of claims per member.
import { describe, expect, it, vi } from "vitest";
import {
  LUMP_SUM_KINDS,
  OUT,
  OUT_SIZE,
  STATE,
  STATE_SIZE,
  STAY_KIND,
  compilePolicy,
} from "../../src/policy/compile-policy.ts";
import { explainLumpSum } from "../../src/policy/explain-lump-sum.ts";
import { explainStay } from "../../src/policy/explain-stay.ts";
import { type MemberPeriodState, emptyMemberPeriodState } from "../../src/policy/member-period-state.ts";
import { payLumpSumFast } from "../../src/policy/pay-lump-sum-fast.ts";
import { payStayFast } from "../../src/policy/pay-stay-fast.ts";
import type { Policy } from "../../src/scenario/types.ts";
import {
  bandBoundaries,
  cents,
  claim,
  member,
  mulberry32,
  policyOf,
  randomSelfPay,
  scenarioNames,
} from "./fixtures.ts";

// The explanation lines do not enter any amount; `toLocaleString` costs ~30 µs a call, so the hundreds of
// thousands of explained claims below format with `String` instead (the lines are checked in
// explain-stay.test.ts and adjudicate-claims.test.ts).
vi.mock("../../src/format/format-cents.ts", () => ({ formatCents: (value: number) => String(value) }));
vi.mock("../../src/format/format-percent.ts", () => ({ formatPercent: (rate: number) => String(rate) }));
vi.mock("../../src/format/format-bound.ts", () => ({ formatBound: (value: number | null) => String(value) }));

const SEQUENCES_PER_SCENARIO = 20_000;
const SEQUENCES_PER_VARIANT = 5_000;

interface Mismatch {
  policy: string;
  sequence: number;
  claim: number;
  input: unknown;
  fast: number[];
  explained: number[];
}

const toCents = (yuan: number): number => Math.round(yuan * 100);

/** Runs `count` random claim sequences through both paths; returns the first few disagreements. */
function compare(
  label: string,
  policy: Policy,
  seed: number,
  count: number,
): { mismatches: Mismatch[]; claims: number } {
  const compiled = compilePolicy(policy);
  const random = mulberry32(seed);
  const boundaries = bandBoundaries(policy);
  const state = new Float64Array(STATE_SIZE);
  const out = new Float64Array(OUT_SIZE);
  const bandTotals = new Float64Array(compiled.inpatientBands.count + compiled.specialOutpatientBands.count);
  const mismatches: Mismatch[] = [];
  let claims = 0;
  for (let sequence = 0; sequence < count && mismatches.length < 5; sequence++) {
    state.fill(0);
    let explainedState: MemberPeriodState = emptyMemberPeriodState();
    const stays = 1 + Math.floor(random() * 6);
    const allowanceYears = 1 + Math.floor(random() * 4);
    for (let index = 0; index < stays; index++) {
      claims++;
      const specialOutpatient = random() < 0.15;
      const selfPay = randomSelfPay(random, boundaries);
      const totalDays = random() < 0.1 ? 0 : Math.floor(Math.pow(random(), 2) * 60) + 1;
      const straddles = random() < 0.2;
      const daysInside = straddles ? Math.floor(random() * (totalDays + 1)) : totalDays;
      const prorates = policy.inpatient.prorateStraddlingStays && totalDays > 0 && daysInside < totalDays;
      const factor = prorates ? daysInside / totalDays : 1;

      const bandSumBefore = bandTotals.reduce((sum, value) => sum + value, 0);
      const kind = specialOutpatient ? STAY_KIND.specialOutpatient : STAY_KIND.inpatient;
      payStayFast(compiled, kind, selfPay, factor, daysInside, allowanceYears, state, 0, out, bandTotals);
      const bandSumAfter = bandTotals.reduce((sum, value) => sum + value, 0);
      const explained = explainStay(
        policy,
        { specialOutpatient, selfPay, daysInside, totalDays, allowanceYears },
        explainedState,
      );
      explainedState = explained.state;

      const fast = [
        out[OUT.benefit]!,
        out[OUT.allowance]!,
        out[OUT.topUp]!,
        out[OUT.payout]!,
        state[STATE.capUsed]!,
        state[STATE.coveredStays]!,
        state[STATE.allowancePaid]!,
        state[STATE.cumulativeSelfPay]!,
      ];
      const slow = [
        explained.benefit,
        explained.allowance,
        explained.topUp,
        explained.payout,
        explainedState.capUsed,
        explainedState.coveredStays,
        explainedState.allowancePaid ? 1 : 0,
        explainedState.cumulativeSelfPay,
      ];
      // The band attribution (for "where the money goes") adds up to the capped benefit, give or take the
      // half cent of its rounding.
      const attributionOff = Math.abs(bandSumAfter - bandSumBefore - out[OUT.benefit]!) > 0.005 + 1e-6;
      if (attributionOff || fast.some((value, slot) => toCents(value) !== toCents(slow[slot]!))) {
        mismatches.push({
          policy: label,
          sequence,
          claim: index,
          input: { specialOutpatient, selfPay, daysInside, totalDays, allowanceYears, attributionOff },
          fast,
          explained: slow,
        });
      }
    }
  }
  return { mismatches, claims };
}

describe("payStayFast agrees with explainStay to the cent", () => {
  it.each(scenarioNames)(
    `on ${SEQUENCES_PER_SCENARIO.toLocaleString("en-US")} random claim sequences of %s`,
    (name) => {
      const seed = 0x5eed + scenarioNames.indexOf(name);
      const { mismatches, claims } = compare(name, policyOf(name), seed, SEQUENCES_PER_SCENARIO);
      expect(mismatches).toEqual([]);
      expect(claims).toBeGreaterThan(SEQUENCES_PER_SCENARIO * 3);
    },
  );

  // Switches no scenario file sets, so that every branch of both paths is compared.
  const variants: [string, string, (policy: Policy) => void][] = [
    [
      "IM 2025, deductible on the second stay only",
      "inner-mongolia-2025",
      (p) => {
        p.inpatient.additionalStayDeductible.mode = "secondStayOnly";
      },
    ],
    [
      "IM 2021, allowance outside the cap, top-up on special outpatient",
      "inner-mongolia-2021",
      (p) => {
        p.inpatient.allowanceCountsTowardCap = false;
        p.specialOutpatient.minimumPayoutApplies = true;
      },
    ],
    [
      "Hangzhou with everything: allowance, top-up, deductible, own outpatient bands, no proration",
      "hangzhou-2016",
      (p) => {
        p.inpatient.dailyAllowance = {
          ratePerDayByYears: [10, 20, 30],
          maxDays: 30,
          firstStayOnly: true,
          restartAfterPayment: true,
        };
        p.inpatient.minimumPayout = 200;
        p.inpatient.additionalStayDeductible = { amount: 300, mode: "secondStayOnly" };
        p.inpatient.prorateStraddlingStays = false;
        p.specialOutpatient.bands = [
          { from: 0, upTo: 5_000, rate: 0.3 },
          { from: 5_000, upTo: null, rate: 0.8 },
        ];
      },
    ],
    [
      "Jiaxing without a cap",
      "jiaxing-2015",
      (p) => {
        p.inpatient.cap = null;
        p.inpatient.minimumPayout = 150;
      },
    ],
  ];
  it.each(variants)(
    `on ${SEQUENCES_PER_VARIANT.toLocaleString("en-US")} random sequences: %s`,
    (label, name, tweak) => {
      const { mismatches } = compare(
        label,
        policyOf(name, tweak),
        0xfeed + label.length,
        SEQUENCES_PER_VARIANT,
      );
      expect(mismatches).toEqual([]);
    },
  );
});

describe("payLumpSumFast agrees with explainLumpSum to the cent", () => {
  const withLumpSums = scenarioNames.filter((name) => policyOf(name).lumpSums.length > 0);

  it.each(withLumpSums)("on 5,000 random sequences of lump-sum claims under %s", (name) => {
    const policy = policyOf(name);
    const compiled = compilePolicy(policy);
    const random = mulberry32(0x1a5 + withLumpSums.indexOf(name));
    const state = new Float64Array(STATE_SIZE);
    const mismatches: unknown[] = [];
    for (let sequence = 0; sequence < 5_000 && mismatches.length < 5; sequence++) {
      state.fill(0);
      let explainedState = emptyMemberPeriodState();
      // A member the products cover (sex, age, enrolment are the adjudicator's checks, not the fast path's).
      const holder = member({
        from: "2025-01-01",
        to: "2025-12-31",
        sex: "F",
        products: [...LUMP_SUM_KINDS],
        productRenewal: random() < 0.5,
        shares: 1 + Math.floor(random() * 6),
      });
      for (let count = 1 + Math.floor(random() * 5); count > 0; count--) {
        const product = policy.lumpSums[Math.floor(random() * policy.lumpSums.length)]!;
        const dayOfPeriod = Math.floor(Math.pow(random(), 2) * 365);
        const approved = random() < 0.1 ? 0 : cents(random() * 40_000);
        const row = {
          ...claim({ kind: product.kind, selfPay: approved }),
          diagnosisDay: holder.periodStart + dayOfPeriod,
        };
        const explained = explainLumpSum(product, row, holder, 40, explainedState);
        const slow = "rejected" in explained ? 0 : explained.payout;
        if (!("rejected" in explained)) explainedState = explained.state;
        const inObservation = !holder.productRenewal && dayOfPeriod < product.observationDays;
        const shares = Math.min(holder.shares, product.maxShares);
        const kindIndex = LUMP_SUM_KINDS.indexOf(product.kind);
        const fast = payLumpSumFast(compiled, kindIndex, approved, inObservation, shares, state, 0);
        const fastPaid = state[STATE.lumpSumPaid + kindIndex]!;
        if (
          toCents(fast) !== toCents(slow) ||
          toCents(fastPaid) !== toCents(explainedState.lumpSumPaid[product.kind])
        ) {
          mismatches.push({ sequence, product: product.kind, approved, dayOfPeriod, shares, fast, slow });
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
