// Worked examples for the explaining path of a stay: every amount below is computed by hand in the comment
// next to it, citing the clause (001 = Inner Mongolia 2021 rules, 000 = Inner Mongolia 2025 FAQ,
// 003 = Hangzhou / Jiaxing report; see docs/domain/rules.md and the originals in docs/sources/).
import { describe, expect, it } from "vitest";
import { adjudicateClaims } from "../../src/policy/adjudicate-claims.ts";
import { compilePolicy } from "../../src/policy/compile-policy.ts";
import { type StayExplanation, type StayToExplain, explainStay } from "../../src/policy/explain-stay.ts";
import { type MemberPeriodState, emptyMemberPeriodState } from "../../src/policy/member-period-state.ts";
import type { Policy } from "../../src/scenario/types.ts";
import { claim, member, policyOf } from "./fixtures.ts";

const im2021 = policyOf("inner-mongolia-2021");
const im2025 = policyOf("inner-mongolia-2025");
const hangzhou = policyOf("hangzhou-2016");
const jiaxing = policyOf("jiaxing-2015");

/** A stay fully inside the period; 0 hospital days unless given, so that no allowance is paid. */
const stay = (selfPay: number, extra: Partial<StayToExplain> = {}): StayToExplain => ({
  specialOutpatient: false,
  selfPay,
  daysInside: 0,
  totalDays: 0,
  allowanceYears: 1,
  ...extra,
});

/** Explains claims one after the other in one member-period, carrying the state. */
function sequence(
  policy: Policy,
  stays: StayToExplain[],
  start: MemberPeriodState = emptyMemberPeriodState(),
): StayExplanation[] {
  let state = start;
  return stays.map((one) => {
    const outcome = explainStay(policy, one, state);
    state = outcome.state;
    return outcome;
  });
}

const amounts = (o: StayExplanation) => [o.benefit, o.allowance, o.topUp, o.payout];

describe("Inner Mongolia 2021 bands per stay (001 art. 10: 0–10,000 at 40%, to 100,000 at 70%, to 250,000 at 100%)", () => {
  it.each([
    [10_000, 4_000], //                   10,000 × 40% = 4,000 (10,000 itself is in band 1: "0—10000元（含）")
    [10_000.01, 4_000.01], //             4,000 + 0.01 × 70% = 4,000.007 → 4,000.01
    [12_000, 5_400], //                   10,000 × 40% + 2,000 × 70% = 4,000 + 1,400 = 5,400
    [100_000, 67_000], //                 4,000 + 90,000 × 70% = 4,000 + 63,000 = 67,000
    [250_000, 217_000], //                67,000 + 150,000 × 100% = 217,000 (the most one stay pays)
    [300_000, 217_000], //                the part above 250,000 is not paid
  ])("self-pay %d gives a banded benefit of %d", (selfPay, benefit) => {
    expect(explainStay(im2021, stay(selfPay), emptyMemberPeriodState()).benefit).toBe(benefit);
  });

  it("explains 12,000 band by band: 10,000 × 40% + 2,000 × 70% = 5,400", () => {
    const { lines, payout } = explainStay(im2021, stay(12_000), emptyMemberPeriodState());
    expect(lines).toContain("Inpatient stay (1st covered stay this period): self-pay 12,000.00");
    expect(lines).toContain("Band 0–10,000 at 40%: 10,000.00 × 40% = 4,000.00");
    expect(lines).toContain("Band 10,000–100,000 at 70%: 2,000.00 × 70% = 1,400.00");
    expect(lines).toContain("Banded benefit: 5,400.00");
    expect(lines.at(-1)).toBe("Payout: 5,400.00");
    expect(lines.some((line) => line.startsWith("Band 100,000"))).toBe(false);
    expect(payout).toBe(5_400);
  });

  it("says that self-pay above 250,000 is not covered", () => {
    const { lines } = explainStay(im2021, stay(300_000), emptyMemberPeriodState());
    expect(lines).toContain("Band 100,000–250,000 at 100%: 150,000.00 × 100% = 150,000.00");
    expect(lines).toContain("Self-pay above 250,000: 50,000.00 not covered");
  });
});

describe("Inner Mongolia 2025 bands per stay (000 FAQ 3: 40/50/60/70/80/100% to 3k/5k/10k/50k/100k/500k)", () => {
  it.each([
    [3_000, 1_200], //                    3,000 × 40% = 1,200 ("0—3000元（含）")
    [3_000.01, 1_200.01], //              1,200 + 0.01 × 50% = 1,200.005 → 1,200.01 (half away from zero)
    [5_000, 2_200], //                    1,200 + 2,000 × 50% = 2,200
    [10_000, 5_200], //                   2,200 + 5,000 × 60% = 5,200
    [50_000, 33_200], //                  5,200 + 40,000 × 70% = 33,200
    [100_000, 73_200], //                 33,200 + 50,000 × 80% = 73,200
    [500_000, 473_200], //                73,200 + 400,000 × 100% = 473,200
    [600_000, 473_200], //                "超过500000元的部分,不再补助": still 473,200, the most for one stay
  ])("self-pay %d gives a banded benefit of %d", (selfPay, benefit) => {
    expect(explainStay(im2025, stay(selfPay), emptyMemberPeriodState()).benefit).toBe(benefit);
  });

  it("explains 600,000: all six paying bands, 100,000 not covered, 473,200 in all", () => {
    const { lines } = explainStay(im2025, stay(600_000), emptyMemberPeriodState());
    expect(lines).toContain("Band 0–3,000 at 40%: 3,000.00 × 40% = 1,200.00");
    expect(lines).toContain("Band 3,000–5,000 at 50%: 2,000.00 × 50% = 1,000.00");
    expect(lines).toContain("Band 5,000–10,000 at 60%: 5,000.00 × 60% = 3,000.00");
    expect(lines).toContain("Band 10,000–50,000 at 70%: 40,000.00 × 70% = 28,000.00");
    expect(lines).toContain("Band 50,000–100,000 at 80%: 50,000.00 × 80% = 40,000.00");
    expect(lines).toContain("Band 100,000–500,000 at 100%: 400,000.00 × 100% = 400,000.00");
    expect(lines).toContain("Self-pay above 500,000: 100,000.00 not covered");
    expect(lines).toContain("Banded benefit: 473,200.00");
  });
});

describe("Hangzhou cumulative bands (003: ≤1,000 20%; to 10,000 50%; to 15,000 90%; to 50,000 60%; max 30,200)", () => {
  it("continues a second stay where the first ended: 800 then 12,000", () => {
    // stay 1: 800 × 20% = 160.
    // stay 2 runs from 800 to 12,800 of the period's self-pay: the 200 left of band 1 at 20% = 40,
    // band 2 9,000 × 50% = 4,500, band 3 2,800 × 90% = 2,520: 7,060 (per stay it would be 6,500).
    const [first, second] = sequence(hangzhou, [stay(800), stay(12_000)]);
    expect(first!.payout).toBe(160);
    expect(second!.payout).toBe(7_060);
    expect(second!.lines).toContain(
      "Cumulative bands: this claim's self-pay runs from 800.00 to 12,800.00 of the period's total",
    );
    expect(second!.lines).toContain("Band 0–1,000 at 20%: 200.00 × 20% = 40.00");
    expect(second!.lines).toContain("Band 10,000–15,000 at 90%: 2,800.00 × 90% = 2,520.00");
  });

  it("starts a second stay in band 2 when the first used up band 1: 1,800 then 12,000", () => {
    // stay 1: 1,000 × 20% + 800 × 50% = 600. stay 2 from 1,800 to 13,800: 8,200 × 50% + 3,800 × 90% = 7,520.
    const [first, second] = sequence(hangzhou, [stay(1_800), stay(12_000)]);
    expect(first!.payout).toBe(600);
    expect(second!.payout).toBe(7_520);
    expect(second!.lines.some((line) => line.startsWith("Band 0–1,000"))).toBe(false);
  });

  it("pays at most 30,200 a period: 40,000 + 40,000 + 5,000", () => {
    // stay 1: 200 + 4,500 + 4,500 + 25,000 × 60% = 24,200; stay 2 (40,000 → 80,000): 10,000 × 60% = 6,000
    // and 30,000 not covered: 30,200 in all; stay 3 lies wholly above 50,000: nothing.
    const outcomes = sequence(hangzhou, [stay(40_000), stay(40_000), stay(5_000)]);
    expect(outcomes.map((o) => o.payout)).toEqual([24_200, 6_000, 0]);
    expect(outcomes[1]!.lines).toContain("Self-pay above 50,000: 30,000.00 not covered");
  });
});

describe("the cap accumulates over a member's stays (001 art. 10: at most 250,000 a period)", () => {
  it("cuts the second of two 250,000 stays so that the period pays exactly 250,000, then nothing", () => {
    // stay 1: 217,000 + allowance 10 days × 10 = 100 → 217,100. stay 2: banded 217,000, but only
    // 250,000 − 217,100 = 32,900 is left, and no allowance (second stay). stay 3: 0 left.
    const outcomes = sequence(im2021, [
      stay(250_000, { daysInside: 10, totalDays: 10 }),
      stay(250_000, { daysInside: 10, totalDays: 10 }),
      stay(250_000, { daysInside: 10, totalDays: 10 }),
    ]);
    expect(outcomes.map(amounts)).toEqual([
      [217_000, 100, 0, 217_100],
      [32_900, 0, 0, 32_900],
      [0, 0, 0, 0],
    ]);
    expect(outcomes[1]!.lines).toContain(
      "Cap 250,000 a period (benefit, allowance and top-up count): 217,100.00 used before, 32,900.00 left; benefit cut to 32,900.00",
    );
    expect(outcomes[2]!.state.capUsed).toBe(250_000);
  });

  it("leaves the allowance outside the cap when allowanceCountsTowardCap is false", () => {
    // cap on benefit only: stay 2 is cut to 250,000 − 217,000 = 33,000; the period pays 250,100.
    const policy = policyOf("inner-mongolia-2021", (p) => (p.inpatient.allowanceCountsTowardCap = false));
    const outcomes = sequence(policy, [
      stay(250_000, { daysInside: 10, totalDays: 10 }),
      stay(250_000, { daysInside: 10, totalDays: 10 }),
    ]);
    expect(outcomes.map(amounts)).toEqual([
      [217_000, 100, 0, 217_100],
      [33_000, 0, 0, 33_000],
    ]);
    expect(outcomes[1]!.lines).toContain(
      "Cap 250,000 a period (benefit count): 217,000.00 used before, 33,000.00 left; benefit cut to 33,000.00",
    );
  });

  it("cuts the allowance when the cap has room for only part of it", () => {
    // 249,900 already used (e.g. by special outpatient months); first stay: 0 self-pay, 10 days × 30 = 300
    // allowance, but only 100 left under the cap.
    const start = { ...emptyMemberPeriodState(), capUsed: 249_900 };
    const [outcome] = sequence(
      im2021,
      [stay(0, { daysInside: 10, totalDays: 10, allowanceYears: 3 })],
      start,
    );
    expect(amounts(outcome!)).toEqual([0, 100, 0, 100]);
    expect(outcome!.lines).toContain("Allowance cut to 100.00 by the cap");
  });
});

describe("daily allowance (001 art. 10 items 5–7: 10/20/30 yuan a day, at most 30 days, first stay only)", () => {
  it.each([
    [1, 10, 100], //  1st year: 10 × 10 days
    [2, 20, 200], //  two consecutive years: 20 × 10
    [3, 30, 300], //  three or more ("三年以上" includes 3): 30 × 10
    [5, 30, 300], //  five years: still 30 × 10
  ])("pays %d year(s) of participation %d yuan a day: %d for 10 days", (years, rate, allowance) => {
    // self-pay 10,000 → 4,000 benefit; payout 4,000 + allowance
    const outcome = explainStay(
      im2021,
      stay(10_000, { daysInside: 10, totalDays: 10, allowanceYears: years }),
      emptyMemberPeriodState(),
    );
    expect(outcome.allowance).toBe(allowance);
    expect(outcome.payout).toBe(4_000 + allowance);
    const ordinal = { 1: "1st", 2: "2nd", 3: "3rd", 5: "5th" }[years];
    expect(outcome.lines).toContain(
      `Daily allowance: ${ordinal} year of participation, ${rate}.00 × 10 days = ${allowance}.00`,
    );
  });

  it("pays at most 30 days: a 40-day stay in the 3rd year gets 30 × 30 = 900", () => {
    const outcome = explainStay(
      im2021,
      stay(10_000, { daysInside: 40, totalDays: 40, allowanceYears: 3 }),
      emptyMemberPeriodState(),
    );
    expect(outcome.allowance).toBe(900);
    expect(outcome.lines).toContain(
      "Daily allowance: 3rd year of participation, 30.00 × 30 days (40 days, at most 30) = 900.00",
    );
  });

  it("pays the allowance on the first stay of the period only", () => {
    const [first, second] = sequence(im2021, [
      stay(10_000, { daysInside: 5, totalDays: 5, allowanceYears: 2 }), // 4,000 + 5 × 20 = 4,100
      stay(10_000, { daysInside: 5, totalDays: 5, allowanceYears: 2 }), // 4,000, no allowance
    ]);
    expect(amounts(first!)).toEqual([4_000, 100, 0, 4_100]);
    expect(amounts(second!)).toEqual([4_000, 0, 0, 4_000]);
    expect(second!.lines).toContain("Inpatient stay (2nd covered stay this period): self-pay 10,000.00");
    expect(second!.lines).toContain("Daily allowance: none, only the first stay of a period gets it");
  });

  it("pays Jiaxing's allowance on every stay, at most 15 days (003: 30 a day, at most 15 days)", () => {
    // 50% of 1,000 = 500 + 15 × 30 = 450 → 950 on each stay
    const outcomes = sequence(jiaxing, [
      stay(1_000, { daysInside: 20, totalDays: 20 }),
      stay(1_000, { daysInside: 20, totalDays: 20 }),
    ]);
    expect(outcomes.map(amounts)).toEqual([
      [500, 450, 0, 950],
      [500, 450, 0, 950],
    ]);
  });
});

describe("minimum payout (001 art. 10 item 8: benefit + allowance under 200 is topped up to 200)", () => {
  it("tops up 100 of self-pay: 40 + 3 days × 10 = 70, top-up 130, payout 200", () => {
    const outcome = explainStay(im2021, stay(100, { daysInside: 3, totalDays: 3 }), emptyMemberPeriodState());
    expect(amounts(outcome)).toEqual([40, 30, 130, 200]);
    expect(outcome.lines).toContain("Minimum payout 200.00: benefit + allowance 70.00 topped up by 130.00");
    expect(outcome.lines.at(-1)).toBe("Payout: 200.00");
  });

  it("tops up a later stay without allowance too: 100 → 40 + 160 = 200", () => {
    const [, second] = sequence(im2021, [stay(10_000), stay(100)]);
    expect(amounts(second!)).toEqual([40, 0, 160, 200]);
  });

  it("does not top up exactly 200: 500 × 40% = 200", () => {
    expect(amounts(explainStay(im2021, stay(500), emptyMemberPeriodState()))).toEqual([200, 0, 0, 200]);
  });

  it("does not top up a special outpatient claim under IM 2021 (the clause names inpatient benefit only)", () => {
    const outcome = explainStay(im2021, stay(100, { specialOutpatient: true }), emptyMemberPeriodState());
    expect(amounts(outcome)).toEqual([40, 0, 0, 40]);
    expect(outcome.lines.some((line) => line.startsWith("Minimum payout"))).toBe(false);
  });

  it("does not top up when nothing is payable (0 self-pay, no allowance)", () => {
    const [, second] = sequence(im2021, [stay(1_000), stay(0, { daysInside: 4, totalDays: 4 })]);
    expect(amounts(second!)).toEqual([0, 0, 0, 0]);
  });
});

describe("IM 2025 deductible on later stays (000 FAQ 4; scenario: 600 off the self-pay of each later stay)", () => {
  it("takes 600 off a second stay of 5,000: 4,400 → 3,000 × 40% + 1,400 × 50% = 1,900", () => {
    const [first, second] = sequence(im2025, [stay(5_000), stay(5_000)]);
    expect(first!.benefit).toBe(2_200); // first stay: no deductible, 1,200 + 1,000
    expect(second!.benefit).toBe(1_900);
    expect(second!.lines).toContain(
      "Deductible for a later stay in the period: 5,000.00 − 600.00 = 4,400.00",
    );
    expect(second!.lines).toContain("Band 3,000–5,000 at 50%: 1,400.00 × 50% = 700.00");
  });

  it("takes it off the third stay too under eachAdditionalStay, but not under secondStayOnly", () => {
    const each = sequence(im2025, [stay(5_000), stay(5_000), stay(5_000)]);
    const once = sequence(
      policyOf("inner-mongolia-2025", (p) => (p.inpatient.additionalStayDeductible.mode = "secondStayOnly")),
      [stay(5_000), stay(5_000), stay(5_000)],
    );
    expect(each.map((o) => o.benefit)).toEqual([2_200, 1_900, 1_900]);
    expect(once.map((o) => o.benefit)).toEqual([2_200, 1_900, 2_200]);
    expect(once[2]!.lines.some((line) => line.startsWith("Deductible"))).toBe(false);
  });

  it("leaves nothing of a later stay at or below the deductible (500 − 600 → 0)", () => {
    const [, second] = sequence(im2025, [stay(5_000), stay(500)]);
    expect(amounts(second!)).toEqual([0, 0, 0, 0]);
  });

  it("does not count a special outpatient claim as a stay for the deductible", () => {
    // SO 5,000 → 2,200 (no deductible); the next inpatient stay is still the first: 2,200, no deductible.
    const [outpatient, inpatient] = sequence(im2025, [stay(5_000, { specialOutpatient: true }), stay(5_000)]);
    expect(outpatient!.benefit).toBe(2_200);
    expect(inpatient!.benefit).toBe(2_200);
    expect(inpatient!.lines[0]).toBe("Inpatient stay (1st covered stay this period): self-pay 5,000.00");
  });
});

describe("special outpatient (001 art. 10 fn. 3: banded like a stay, no allowance)", () => {
  it("bands 12,000 like a stay (5,400), pays no allowance and leaves the allowance to the first stay", () => {
    const [outpatient, inpatient] = sequence(im2021, [
      stay(12_000, { specialOutpatient: true, daysInside: 30, totalDays: 30, allowanceYears: 3 }),
      stay(10_000, { daysInside: 2, totalDays: 2, allowanceYears: 3 }), // 4,000 + 2 × 30
    ]);
    expect(amounts(outpatient!)).toEqual([5_400, 0, 0, 5_400]);
    expect(outpatient!.lines[0]).toBe("Special outpatient claim: self-pay 12,000.00");
    expect(amounts(inpatient!)).toEqual([4_000, 60, 0, 4_060]);
  });
});

describe("straddling stays (001 art. 14), through adjudicateClaims", () => {
  const compiled = compilePolicy(im2021);

  it("prorates a stay from 2021-12-20 to 2022-01-10 when the period ends 2021-12-31: 12 of 21 days", () => {
    // 10,000 → 4,000 × 12/21 = 2,285.714… → 2,285.71; allowance on the 12 days inside: 12 × 10 = 120.
    const [result] = adjudicateClaims(
      compiled,
      [member()],
      [claim({ admitted: "2021-12-20", discharged: "2022-01-10", selfPay: 10_000 })],
    );
    expect(result).toMatchObject({
      status: "paid",
      benefit: 2_285.71,
      allowance: 120,
      topUp: 0,
      payout: 2_405.71,
    });
    expect(result!.explanation).toContain(
      "Straddles the period: 12 of 21 days inside, 4,000.00 × 12/21 = 2,285.71",
    );
    expect(result!.explanation).toContain(
      "Daily allowance: 1st year of participation, 10.00 × 12 days = 120.00",
    );
  });

  it("prorates a stay admitted before the period start: 2020-12-25 to 2021-01-05, 4 of 11 days", () => {
    // 4,000 × 4/11 = 1,454.545… → 1,454.55; allowance 4 × 10 = 40; payout 1,494.55.
    const [result] = adjudicateClaims(
      compiled,
      [member()],
      [claim({ admitted: "2020-12-25", discharged: "2021-01-05", selfPay: 10_000 })],
    );
    expect(result).toMatchObject({ status: "paid", benefit: 1_454.55, allowance: 40, payout: 1_494.55 });
    expect(result!.explanation).toContain("Period 2021-01-01 to 2021-12-31, active, age 40");
  });

  it("prorates a stay that begins before the cover and ends after it (art. 14: admission or discharge outside)", () => {
    // cover 2021-03-01 to 2021-03-31 (ended by leaving basic insurance, art. 20); stay 2021-02-20 to 2021-04-09:
    // 31 of 48 days inside: 4,000 × 31/48 = 2,583.333… → 2,583.33; allowance 30 days (at most) × 10 = 300.
    const [result] = adjudicateClaims(
      compiled,
      [member({ from: "2021-03-01", to: "2021-03-31" })],
      [claim({ admitted: "2021-02-20", discharged: "2021-04-09", selfPay: 10_000 })],
    );
    expect(result).toMatchObject({ status: "paid", benefit: 2_583.33, allowance: 300, payout: 2_883.33 });
  });

  it("does not prorate when the member renewed, and uses the admission period's rules and state", () => {
    const p2021 = member({ allowanceYears: 1 });
    const p2022 = member({ from: "2022-01-01", to: "2022-12-31", allowanceYears: 2 });
    // (a) alone: full 4,000 and the 2021 period's 1st-year allowance for all 21 days: 210.
    const [alone] = adjudicateClaims(
      compiled,
      [p2021, p2022],
      [claim({ admitted: "2021-12-20", discharged: "2022-01-10", selfPay: 10_000 })],
    );
    expect(alone).toMatchObject({ status: "paid", benefit: 4_000, allowance: 210, payout: 4_210 });
    expect(alone!.explanation.some((line) => line.startsWith("Straddles"))).toBe(false);
    expect(alone!.explanation).toContain("Period 2021-01-01 to 2021-12-31, active, age 40");
    // (b) after a June 2021 stay it is the 2021 period's 2nd stay (no allowance); a February 2022 stay is the
    // 2022 period's first and gets the 2nd-year rate: 4,000 + 5 × 20 = 4,100.
    const results = adjudicateClaims(
      compiled,
      [p2021, p2022],
      [
        claim({ claimId: "A", admitted: "2021-06-01", selfPay: 10_000 }),
        claim({ claimId: "B", admitted: "2021-12-20", discharged: "2022-01-10", selfPay: 10_000 }),
        claim({ claimId: "C", admitted: "2022-02-01", discharged: "2022-02-06", selfPay: 10_000 }),
      ],
    );
    expect(results.map((r) => [r.claimId, r.allowance, r.payout])).toEqual([
      ["A", 100, 4_100],
      ["B", 0, 4_000],
      ["C", 100, 4_100],
    ]);
  });
});
