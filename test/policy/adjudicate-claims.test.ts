// Worked examples for adjudicateClaims: admissibility (eligibility, exclusions, deadlines), the cap over a
// member's claims, lump-sum products, and the order in which claims are taken. Amounts are computed by hand
// in the comments, citing the clause (001 = IM 2021 rules, 000 = IM 2025 FAQ, 003 = Zhejiang report).
import { describe, expect, it } from "vitest";
import { adjudicateClaims } from "../../src/policy/adjudicate-claims.ts";
import type { CompiledPolicy } from "../../src/policy/compile-policy.ts";
import type { Adjudication, Claim, InvalidClaim, MemberPeriod } from "../../src/policy/records.ts";
import type { ClaimCause } from "../../src/scenario/types.ts";
import { claim, compiledOf, day, member } from "./fixtures.ts";

const im2021 = compiledOf("inner-mongolia-2021");
const im2025 = compiledOf("inner-mongolia-2025");

const one = (compiled: CompiledPolicy, period: MemberPeriod, row: Claim): Adjudication =>
  adjudicateClaims(compiled, [period], [row])[0]!;

const rejectedWith = (reason: string) => ({
  status: "rejected",
  reason,
  benefit: 0,
  allowance: 0,
  topUp: 0,
  payout: 0,
});

describe("exclusions (001 art. 18)", () => {
  const causes: ClaimCause[] = [
    "work_injury",
    "maternity",
    "occupational_disease",
    "traffic_unsettled",
    "force_majeure",
    "misconduct",
    "fraud",
  ];
  it.each(causes)("rejects a stay caused by %s", (cause) => {
    const result = one(im2021, member(), claim({ selfPay: 12_000, cause }));
    expect(result).toMatchObject(rejectedWith(`excluded cause: ${cause}`));
    expect(result.explanation).toEqual([
      "Period 2021-01-01 to 2021-12-31, active, age 40",
      `Rejected: excluded cause: ${cause}`,
    ]);
  });

  it("pays a traffic accident with an insurance settlement: 5,400 + 10 days × 10 = 5,500", () => {
    const result = one(im2021, member(), claim({ selfPay: 12_000, cause: "traffic_settled" }));
    expect(result).toMatchObject({
      status: "paid",
      benefit: 5_400,
      allowance: 100,
      topUp: 0,
      payout: 5_500,
      reason: "",
    });
    expect(result.explanation).toContain("Band 0–10,000 at 40%: 10,000.00 × 40% = 4,000.00");
    expect(result.explanation.at(-1)).toBe("Payout: 5,500.00");
  });

  it("rejects a stay without a basic-insurance settlement statement", () => {
    const result = one(im2021, member(), claim({ selfPay: 12_000, settled: null, filed: "2021-03-20" }));
    expect(result).toMatchObject(rejectedWith("no basic-insurance settlement statement"));
  });

  it("rejects a stay outside the member's period (001 art. 18 item 1)", () => {
    const result = one(im2021, member(), claim({ admitted: "2022-03-01", selfPay: 12_000 }));
    expect(result).toMatchObject(rejectedWith("outside the member's period"));
    expect(result.explanation).toEqual([
      "Admission 2022-03-01; member covered 2021-01-01 to 2021-12-31",
      "Rejected: outside the member's period",
    ]);
  });
});

describe("claim deadline", () => {
  it("IM 2021 (001 art. 12): accepts day 90 after the settlement and rejects day 91", () => {
    // settled 2021-06-10 + 90 days = 2021-09-08 (20 days of June, 31 of July, 31 of August, 8 of September)
    const base = { admitted: "2021-05-01", discharged: "2021-05-11", settled: "2021-06-10", selfPay: 12_000 };
    expect(one(im2021, member(), claim({ ...base, filed: "2021-09-08" })).status).toBe("paid");
    const late = one(im2021, member(), claim({ ...base, filed: "2021-09-09" }));
    expect(late).toMatchObject(
      rejectedWith("filed 2021-09-09, after the deadline 2021-09-08 (90 days after the settlement)"),
    );
  });

  it("IM 2025 (000 FAQ 5): counts 90 days from the period's end, not from the settlement", () => {
    // period ends 2025-12-31; + 90 days = 2026-03-31 (31 + 28 + 31)
    const period = member({ from: "2025-01-01", to: "2025-12-31" });
    const base = { admitted: "2025-12-01", discharged: "2025-12-11", settled: "2026-01-05", selfPay: 12_000 };
    expect(one(im2025, period, claim({ ...base, filed: "2026-03-31" })).status).toBe("paid");
    expect(one(im2025, period, claim({ ...base, filed: "2026-04-01" }))).toMatchObject(
      rejectedWith("filed 2026-04-01, after the deadline 2026-03-31 (90 days after the period's end)"),
    );
    // settled in February, filed in November: 270 days after the settlement, but within the 2025 deadline
    const early = claim({
      admitted: "2025-01-10",
      discharged: "2025-01-20",
      settled: "2025-02-01",
      filed: "2025-11-01",
    });
    expect(one(im2025, period, { ...early, selfPay: 12_000 }).status).toBe("paid");
  });
});

describe("eligibility (001 art. 15: active 16–60, retirees up to 70 inclusive; ages at the period start)", () => {
  it("accepts an active member aged 60 and rejects one aged 61", () => {
    expect(one(im2021, member({ born: "1960-01-02" }), claim({ selfPay: 12_000 })).status).toBe("paid");
    expect(one(im2021, member({ born: "1960-01-01" }), claim({ selfPay: 12_000 }))).toMatchObject(
      rejectedWith("age 61 at the period start is outside 16–60 for active members"),
    );
  });

  it("accepts a retiree aged 70 and rejects one aged 71", () => {
    const retiree70 = member({ status: "retiree", born: "1951-01-01" });
    const retiree71 = member({ status: "retiree", born: "1950-01-01" });
    expect(one(im2021, retiree70, claim({ selfPay: 12_000 }))).toMatchObject({
      status: "paid",
      payout: 5_500,
    });
    expect(one(im2021, retiree71, claim({ selfPay: 12_000 }))).toMatchObject(
      rejectedWith("age 71 at the period start is outside 0–70 for retiree members"),
    );
  });

  it.each(["hangzhou-2016", "jiaxing-2015"])("rejects retirees under %s (retiree: null)", (name) => {
    const retiree = member({ status: "retiree", born: "1956-05-01" });
    expect(one(compiledOf(name), retiree, claim({ selfPay: 12_000 }))).toMatchObject(
      rejectedWith("the scheme does not cover retirees"),
    );
  });
});

describe("the cap over a member's stays (001 art. 10: 250,000 a period)", () => {
  it("pays 217,100 then 32,900 on two 250,000 stays, and rejects a third because the cap is used up", () => {
    // stay 1: 217,000 + 10 days × 10 = 217,100; stay 2: 250,000 − 217,100 = 32,900 left; stay 3: nothing left.
    const results = adjudicateClaims(
      im2021,
      [member()],
      [
        claim({ claimId: "A", admitted: "2021-02-01", selfPay: 250_000 }),
        claim({ claimId: "B", admitted: "2021-05-01", selfPay: 250_000 }),
        claim({ claimId: "C", admitted: "2021-08-01", selfPay: 250_000 }),
      ],
    );
    expect(results.map((r) => [r.status, r.benefit, r.allowance, r.payout])).toEqual([
      ["paid", 217_000, 100, 217_100],
      ["paid", 32_900, 0, 32_900],
      ["rejected", 0, 0, 0],
    ]);
    expect(results[0]!.payout + results[1]!.payout).toBe(250_000);
    expect(results[2]!.reason).toBe("the period's cap is used up");
    expect(results[2]!.explanation).toContain(
      "Cap 250,000 a period (benefit, allowance and top-up count): 250,000.00 used before, 0.00 left; benefit cut to 0.00",
    );
    expect(results[2]!.explanation.at(-1)).toBe("Rejected: the period's cap is used up");
  });
});

describe("special outpatient", () => {
  it("pays IM 2021 special outpatient like a stay: 12,000 → 5,400, no allowance, no top-up", () => {
    expect(one(im2021, member(), claim({ kind: "special_outpatient", selfPay: 12_000 }))).toMatchObject({
      status: "paid",
      benefit: 5_400,
      allowance: 0,
      payout: 5_400,
    });
  });

  it("rejects special outpatient where the scheme does not cover it (Jiaxing: inpatient only)", () => {
    const result = one(
      compiledOf("jiaxing-2015"),
      member(),
      claim({ kind: "special_outpatient", selfPay: 12_000 }),
    );
    expect(result).toMatchObject(rejectedWith("special outpatient claims are not covered by this scheme"));
  });
});

describe("IM 2025 women's special-disease product (000 FAQ 6–9: at most 32,000 a year, 30-day observation)", () => {
  const woman = member({ from: "2025-01-01", to: "2025-12-31", products: ["special_disease"] });
  const diagnosis = (claimId: string, diagnosed: string, selfPay = 20_000) =>
    claim({ claimId, kind: "special_disease", admitted: diagnosed, diagnosed, settled: null, selfPay });

  it("pays the approved amount of 20,000", () => {
    const result = one(im2025, woman, diagnosis("W1", "2025-03-01"));
    expect(result).toMatchObject({ status: "paid", benefit: 0, allowance: 0, topUp: 0, payout: 20_000 });
    expect(result.explanation).toContain("Approved amount for the diagnosis: 20,000.00");
  });

  it("cuts a second diagnosis of 20,000 to 12,000 by the 32,000 cap", () => {
    const results = adjudicateClaims(
      im2025,
      [woman],
      [diagnosis("W1", "2025-03-01"), diagnosis("W2", "2025-07-01")],
    );
    expect(results.map((r) => r.payout)).toEqual([20_000, 12_000]);
    expect(results[1]!.explanation).toContain(
      "Product cap 32,000 a period: 12,000.00 left; payment cut to 12,000.00",
    );
  });

  it("rejects a new joiner's diagnosis on day 10 of the period, and accepts day 31", () => {
    const result = one(im2025, woman, diagnosis("W1", "2025-01-10"));
    expect(result).toMatchObject(rejectedWith("diagnosed inside the 30-day observation period"));
    expect(result.explanation).toContain(
      "Diagnosed on day 10 of the period, inside the 30-day observation period of a new or returning joiner",
    );
    expect(one(im2025, woman, diagnosis("W1", "2025-01-30")).status).toBe("rejected"); // day 30
    expect(one(im2025, woman, diagnosis("W1", "2025-01-31")).payout).toBe(20_000); // day 31
  });

  it("pays a renewing member's diagnosis on day 10 (no observation period for unbroken renewals)", () => {
    expect(one(im2025, { ...woman, productRenewal: true }, diagnosis("W1", "2025-01-10")).payout).toBe(
      20_000,
    );
  });

  it('covers women aged 60 or under: a retiree of 60 is paid, one of 62 rejected ("60周岁以下" includes 60)', () => {
    const aged = (born: string) => ({ ...woman, status: "retiree" as const, birthDay: day(born) });
    expect(one(im2025, aged("1964-06-01"), diagnosis("W1", "2025-03-01")).payout).toBe(20_000);
    expect(one(im2025, aged("1962-06-01"), diagnosis("W1", "2025-03-01"))).toMatchObject(
      rejectedWith("age 62 at the period start is above the product's limit of 60"),
    );
  });

  it("rejects a man, and a woman who does not hold the product", () => {
    expect(one(im2025, { ...woman, sex: "M" }, diagnosis("W1", "2025-03-01"))).toMatchObject(
      rejectedWith("the special_disease product covers sex F only"),
    );
    expect(one(im2025, { ...woman, products: [] }, diagnosis("W1", "2025-03-01"))).toMatchObject(
      rejectedWith("member does not hold the special_disease product"),
    );
  });
});

describe("other lump sums", () => {
  const wenzhou = compiledOf("wenzhou-2015");
  const worker2015 = member({ from: "2015-01-01", to: "2015-12-31" });
  const lumpSum = (kind: Claim["kind"], diagnosed: string, selfPay = 0, claimId = "L1") =>
    claim({ claimId, kind, admitted: diagnosed, diagnosed, settled: null, selfPay });

  it("pays Wenzhou's critical-illness supplement of 4,000, and 1,000 inside the waiting period (003)", () => {
    const paid = one(wenzhou, worker2015, lumpSum("critical_illness", "2015-06-01"));
    expect(paid).toMatchObject({ status: "paid", payout: 4_000 });
    expect(paid.explanation).toContain("Fixed amount: 4,000.00 a share");
    const waiting = one(wenzhou, worker2015, lumpSum("critical_illness", "2015-02-01")); // day 32 of 90
    expect(waiting).toMatchObject({ status: "paid", payout: 1_000 });
    expect(waiting.explanation).toContain("Observation-period payment: 1,000.00 a share");
  });

  describe("Linyi's accident product: the approved amount is paid; shares raise the limit (10,000 a share)", () => {
    // Linyi 2019 (002): 26 yuan a share, at most 4 shares; the claims file's amount is the approved amount.
    const paid = (shares: number, approved: number) =>
      one(
        linyi,
        member({ from: "2020-01-01", to: "2020-12-31", products: ["accident"], shares }),
        lumpSum("accident", "2020-03-01", approved),
      ).payout;
    const linyi = compiledOf("linyi-2019");
    it("3 shares and 25,000 approved pay 25,000 (limit 30,000)", () => expect(paid(3, 25_000)).toBe(25_000));
    it("4 shares and 4,000 approved pay 4,000", () => expect(paid(4, 4_000)).toBe(4_000));
    it("1 share and 25,000 approved pay 10,000 (the limit)", () => expect(paid(1, 25_000)).toBe(10_000));
    it("puts the payment in lump_sum, so benefit + allowance + top_up + lump_sum = payout", () => {
      const row = one(
        linyi,
        member({ from: "2020-01-01", to: "2020-12-31", products: ["accident"], shares: 2 }),
        lumpSum("accident", "2020-03-01", 7_000),
      );
      expect(row).toMatchObject({ benefit: 0, allowance: 0, topUp: 0, lumpSum: 7_000, payout: 7_000 });
    });
    it("a second claim in the period gets what is left of the limit: 3 shares, 25,000 then 8,000 → 5,000", () => {
      const insured = member({ from: "2020-01-01", to: "2020-12-31", products: ["accident"], shares: 3 });
      const results = adjudicateClaims(
        linyi,
        [insured],
        [lumpSum("accident", "2020-03-01", 25_000, "X1"), lumpSum("accident", "2020-09-01", 8_000, "X2")],
      );
      expect(results.map((r) => r.payout)).toEqual([25_000, 5_000]);
      expect(results[1]!.explanation).toContain(
        "Product cap 30,000 a period: 5,000.00 left; payment cut to 5,000.00",
      );
    });
  });
});

describe("order of adjudication", () => {
  // A stay in March and one in January: the January stay is the period's first and gets the allowance.
  const march = claim({ claimId: "MAR", admitted: "2021-03-01", selfPay: 12_000 }); // 5,400
  const january = claim({ claimId: "JAN", admitted: "2021-01-10", selfPay: 12_000 }); // 5,400 + 100
  const other = claim({ claimId: "OTHER", memberId: "M2", admitted: "2021-02-01", selfPay: 1_000 });
  const members = [member(), member({ memberId: "M2" })];
  const invalid: InvalidClaim = {
    claimId: "BAD",
    memberId: "M1",
    invalidReason: 'admission_date "2021-13-01" is not a date (expected YYYY-MM-DD)',
  };

  it("takes one member's claims in admission order but returns them in input order", () => {
    const results = adjudicateClaims(im2021, members, [march, january]);
    expect(results.map((r) => [r.claimId, r.allowance, r.payout])).toEqual([
      ["MAR", 0, 5_400],
      ["JAN", 100, 5_500],
    ]);
  });

  it("takes one member's claims in admission order when another member's claim sits between them", () => {
    const results = adjudicateClaims(im2021, members, [march, other, january]);
    expect(results.map((r) => [r.claimId, r.allowance, r.payout])).toEqual([
      ["MAR", 0, 5_400],
      ["OTHER", 100, 500], // 1,000 × 40% = 400 + 100 allowance
      ["JAN", 100, 5_500],
    ]);
  });

  it("takes one member's claims in admission order when an invalid row sits between them", () => {
    const results = adjudicateClaims(im2021, members, [march, invalid, january]);
    expect(results.map((r) => [r.claimId, r.allowance, r.payout])).toEqual([
      ["MAR", 0, 5_400],
      ["BAD", 0, 0],
      ["JAN", 100, 5_500],
    ]);
  });

  it("returns invalid rows as invalid with their reason, one result per input row", () => {
    const rows = [
      invalid,
      march,
      { ...invalid, claimId: "BAD2", invalidReason: 'claim_id "C1" appears more than once' },
    ];
    const results = adjudicateClaims(im2021, members, rows);
    expect(results).toHaveLength(rows.length);
    expect(results[0]).toEqual({
      claimId: "BAD",
      memberId: "M1",
      status: "invalid",
      benefit: 0,
      allowance: 0,
      topUp: 0,
      lumpSum: 0,
      payout: 0,
      reason: invalid.invalidReason,
      explanation: [`Invalid: ${invalid.invalidReason}`],
    });
    expect(results.map((r) => r.status)).toEqual(["invalid", "paid", "invalid"]);
    expect(results[2]!.reason).toBe('claim_id "C1" appears more than once');
  });
});
