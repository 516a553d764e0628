// The explanation catalogue: both languages have every line and reason, the Chinese lines of worked
// examples are exact (amounts computed by hand, citing 001 = Inner Mongolia 2021 rules, 000 = IM 2025 FAQ),
// and the language never changes an amount or a status.
import { describe, expect, it } from "vitest";
import { adjudicateClaims } from "../../src/policy/adjudicate-claims.ts";
import type { CompiledPolicy } from "../../src/policy/compile-policy.ts";
import { explainStay } from "../../src/policy/explain-stay.ts";
import { type ExplanationText, explanationText } from "../../src/policy/explanation-text.ts";
import { emptyMemberPeriodState } from "../../src/policy/member-period-state.ts";
import {
  CLAIM_KINDS,
  type Adjudication,
  type Claim,
  type InvalidClaim,
  type MemberPeriod,
} from "../../src/policy/records.ts";
import type { ClaimCause } from "../../src/scenario/types.ts";
import {
  claim,
  compiledOf,
  day,
  deepFreeze,
  member,
  mulberry32,
  policyOf,
  randomSelfPay,
  scenarioNames,
} from "./fixtures.ts";

/** Arguments for every entry of the catalogue; the type makes a missing entry a compile error. */
const samples: { [Key in keyof ExplanationText]: Parameters<ExplanationText[Key]> } = {
  stayHeader: [1, 12_000],
  specialOutpatientHeader: [5_000],
  laterStayDeductible: [12_000, 600, 11_400],
  cumulativeBands: [5_000, 65_000],
  band: [{ number: 1, from: 0, upTo: 10_000, rate: 0.4, inside: 10_000, part: 4_000 }],
  aboveLastBand: [250_000, 50_000],
  bandedBenefit: [5_400],
  straddling: [6, 10, 5_400, 3_240],
  allowanceFirstStayOnly: [],
  allowance: [{ years: 2, rate: 20, days: 9, hospitalDays: 9, maxDays: 30, amount: 180 }],
  cap: [{ cap: 250_000, allowanceCounts: true, usedBefore: 0, remaining: 250_000, cutTo: null }],
  allowanceCutByCap: [50],
  minimumPayout: [200, 40, 160],
  payout: [5_580],
  lumpSumHeader: ["Women's special-disease product (女性馨康)", "special_disease"],
  observationDiagnosis: [10, 30],
  observationPayment: [1_000],
  approvedAmount: [10_000],
  fixedAmount: [10_000],
  shares: [3, 1_000, 3_000],
  productCap: [32_000, 2_000],
  periodLine: [day("2021-01-01"), day("2021-12-31"), "active", 40],
  outsideLine: [false, day("2022-03-01"), [{ start: day("2021-01-01"), end: day("2021-12-31") }]],
  rejectedLine: ["reason"],
  invalidLine: ["reason"],
  retireesNotCovered: [],
  ageOutside: [61, 16, 60, "active"],
  excludedCause: ["work_injury"],
  noSettlement: [],
  specialOutpatientNotCovered: [],
  lateFiling: [
    { filedDay: day("2021-09-09"), lastDay: day("2021-09-08"), days: 90, countedFrom: "settlement" },
  ],
  outsidePeriods: [1],
  kindNotCovered: ["accident"],
  notEnrolled: ["special_disease"],
  productSexOnly: ["special_disease", "F"],
  productAgeLimit: [61, 60],
  inObservation: [30],
  productCapUsedUp: [],
  periodCapUsedUp: [],
  nothingPayable: [],
};

const han = /[\u4e00-\u9fff]/;
const call = (text: ExplanationText, key: keyof ExplanationText): string =>
  (text[key] as (...args: unknown[]) => string)(...samples[key]);

describe("explanationText", () => {
  const en = explanationText("en");
  const zh = explanationText("zh");

  it("has every entry in English and in Chinese, and nothing else", () => {
    const keys = Object.keys(samples).sort();
    expect(Object.keys(en).sort()).toEqual(keys);
    expect(Object.keys(zh).sort()).toEqual(keys);
  });

  it("writes every Chinese entry in Chinese and every English entry without Chinese", () => {
    for (const key of Object.keys(samples) as (keyof ExplanationText)[]) {
      expect(call(zh, key), key).toMatch(han);
      if (key !== "lumpSumHeader") expect(call(en, key), key).not.toMatch(han);
    }
  });

  it("writes the same amounts and rates, in the same order, in both languages", () => {
    const amounts = (text: string) => text.match(/\d[\d,]*\.\d\d|\d+%/g) ?? [];
    for (const key of Object.keys(samples) as (keyof ExplanationText)[]) {
      expect(amounts(call(zh, key)), key).toEqual(amounts(call(en, key)));
    }
  });

  it("is shared and frozen", () => {
    expect(explanationText("zh")).toBe(zh);
    expect(Object.isFrozen(zh)).toBe(true);
    expect(Object.isFrozen(en)).toBe(true);
  });

  it('writes a band without an upper bound as "…元以上" in Chinese and "∞" in English', () => {
    const step = { number: 6, from: 100_000, upTo: null, rate: 1, inside: 50_000, part: 50_000 };
    expect(zh.band(step)).toBe("第6段 100,000元以上，报销100%：50,000.00 × 100% = 50,000.00");
    expect(en.band(step)).toBe("Band 100,000–∞ at 100%: 50,000.00 × 100% = 50,000.00");
  });
});

const im2021 = compiledOf("inner-mongolia-2021");
const one = (compiled: CompiledPolicy, period: MemberPeriod, row: Claim | InvalidClaim): Adjudication =>
  adjudicateClaims(compiled, [period], [row], { locale: "zh" })[0]!;

describe("adjudicateClaims in Chinese (worked examples of 001)", () => {
  const secondYear = member({ allowanceYears: 2 });

  it("explains the 12,000-yuan stay: 10,000 × 40% + 2,000 × 70% = 5,400, allowance 20 × 9 = 180, pays 5,580", () => {
    // 001 art. 10: bands 40% / 70%; item 5: 2nd year of participation 20 yuan a day; 9 days (03-01 to 03-10).
    const result = one(im2021, secondYear, claim({ selfPay: 12_000, discharged: "2021-03-10" }));
    expect(result).toMatchObject({
      status: "paid",
      benefit: 5_400,
      allowance: 180,
      payout: 5_580,
      reason: "",
    });
    expect(result.explanation).toEqual([
      "保障期2021-01-01至2021-12-31，在职，40岁",
      "本保障期第1次住院：自付12,000.00元",
      "第1段 0–10,000元，报销40%：10,000.00 × 40% = 4,000.00",
      "第2段 10,000–100,000元，报销70%：2,000.00 × 70% = 1,400.00",
      "分段补助合计：5,400.00",
      "住院补贴：连续参互第2年，每天20.00元 × 9天 = 180.00",
      "封顶线250,000元/保障期（补助、补贴与补足均计入）：此前已用0.00，剩余250,000.00",
      "实付：5,580.00",
    ]);
  });

  it("tops a second small stay up to 200: 100 × 40% = 40, no allowance, 160 added (001 art. 10 items 7–8)", () => {
    const [, second] = adjudicateClaims(
      im2021,
      [secondYear],
      [
        claim({ claimId: "A", selfPay: 12_000, discharged: "2021-03-10" }),
        claim({ claimId: "B", selfPay: 100, admitted: "2021-05-01", discharged: "2021-05-04" }),
      ],
      { locale: "zh" },
    );
    expect(second!.explanation.slice(1)).toEqual([
      "本保障期第2次住院：自付100.00元",
      "第1段 0–10,000元，报销40%：100.00 × 40% = 40.00",
      "分段补助合计：40.00",
      "住院补贴：无（保障期内仅首次住院享受）",
      "封顶线250,000元/保障期（补助、补贴与补足均计入）：此前已用5,580.00，剩余244,420.00",
      "补足至最低补助200.00元：补助与补贴合计40.00，补足160.00",
      "实付：200.00",
    ]);
  });

  it("prorates a stay across the period's end by days: 5,400 × 9/10 = 4,860 (001 art. 14)", () => {
    // admitted 2021-12-23, discharged 2022-01-02: 10 days, 9 of them (12-23 … 12-31) inside the period.
    const result = one(
      im2021,
      member(),
      claim({ admitted: "2021-12-23", discharged: "2022-01-02", selfPay: 12_000 }),
    );
    expect(result.explanation).toContain(
      "跨保障期：住院10天中9天在保障期内，按天数比例 5,400.00 × 9/10 = 4,860.00",
    );
    expect(result.benefit).toBe(4_860);
  });

  it("rejects an excluded cause (001 art. 18 item 4)", () => {
    const result = one(im2021, member(), claim({ selfPay: 12_000, cause: "work_injury" }));
    expect(result).toMatchObject({ status: "rejected", payout: 0, reason: "除外责任（工伤）" });
    expect(result.explanation).toEqual([
      "保障期2021-01-01至2021-12-31，在职，40岁",
      "拒付：除外责任（工伤）",
    ]);
  });

  it("rejects a claim filed on day 91 after the settlement (001 art. 12)", () => {
    const late = claim({
      admitted: "2021-05-01",
      discharged: "2021-05-11",
      settled: "2021-06-10",
      filed: "2021-09-09",
      selfPay: 12_000,
    });
    expect(one(im2021, member(), late).reason).toBe(
      "2021-09-09申领，已超过申领期限2021-09-08（医保结算后90天）",
    );
  });

  it("names the other rejections in Chinese: no settlement statement, age, outside the period, invalid row", () => {
    expect(one(im2021, member(), claim({ settled: null, filed: "2021-03-20", selfPay: 100 })).reason).toBe(
      "未提供医保结算单",
    );
    expect(one(im2021, member({ born: "1960-01-01" }), claim({ selfPay: 100 })).reason).toBe(
      "保障期开始时61岁，超出在职职工16–60岁的参互年龄",
    );
    expect(one(im2021, member(), claim({ admitted: "2022-03-01", selfPay: 100 })).explanation).toEqual([
      "入院日期2022-03-01；会员保障期2021-01-01至2021-12-31",
      "拒付：不在会员保障期内",
    ]);
    const invalid = { claimId: "X", memberId: "M1", invalidReason: "claims.csv row 2: bad" };
    expect(one(im2021, member(), invalid)).toMatchObject({
      status: "invalid",
      explanation: ["无效：claims.csv row 2: bad"],
    });
  });

  it("explains the women's product's observation period (000 FAQ 7)", () => {
    const im2025 = compiledOf("inner-mongolia-2025");
    const period = member({ from: "2025-01-01", to: "2025-12-31", products: ["special_disease"] });
    const result = one(
      im2025,
      period,
      claim({ kind: "special_disease", admitted: "2025-01-10", selfPay: 10_000 }),
    );
    expect(result.reason).toBe("在30天观察期内确诊");
    expect(result.explanation.slice(1)).toEqual([
      "女性特殊疾病申领（Women's special-disease product (女性馨康)）",
      "保障期第10天确诊，在新参加或重新参加者30天的观察期内",
      "拒付：在30天观察期内确诊",
    ]);
  });

  it("explainStay takes the catalogue as its last argument and keeps English without it", () => {
    const policy = policyOf("inner-mongolia-2021");
    const stay = {
      specialOutpatient: false,
      selfPay: 12_000,
      daysInside: 0,
      totalDays: 0,
      allowanceYears: 1,
    };
    const state = emptyMemberPeriodState();
    expect(explainStay(policy, stay, state, explanationText("zh")).lines.at(-1)).toBe("实付：5,400.00");
    expect(explainStay(policy, stay, state).lines.at(-1)).toBe("Payout: 5,400.00");
  });
});

const CAUSES: ClaimCause[] = [
  "illness",
  "illness",
  "illness",
  "work_injury",
  "maternity",
  "traffic_unsettled",
];

/** Seeded random members and claims around 2021 (every kind, some causes excluded, some late or outside). */
function randomBatch(seed: number, count: number, boundaries: readonly number[]) {
  const random = mulberry32(seed);
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const members = Array.from({ length: 40 }, (_, index) =>
    member({
      memberId: `M${index}`,
      status: random() < 0.8 ? "active" : "retiree",
      sex: random() < 0.5 ? "F" : "M",
      born: `${int(1945, 2004)}-0${int(1, 9)}-1${int(0, 9)}`,
      allowanceYears: int(1, 4),
      products: ["special_disease", "critical_illness", "accident"],
      productRenewal: random() < 0.5,
      shares: int(1, 4),
    }),
  );
  const start = day("2021-01-01");
  const claims: Claim[] = Array.from({ length: count }, (_, index) => {
    const admissionDay = start - 20 + int(0, 400);
    const dischargeDay = admissionDay + int(0, 40);
    const settlementDay = random() < 0.95 ? dischargeDay + int(1, 20) : null;
    return {
      claimId: `C${index}`,
      memberId: `M${int(0, 39)}`,
      kind: CLAIM_KINDS[random() < 0.7 ? 0 : int(1, 4)]!,
      admissionDay,
      dischargeDay,
      selfPay: randomSelfPay(random, boundaries),
      cause: CAUSES[int(0, CAUSES.length - 1)]!,
      settlementDay,
      filedDay: (settlementDay ?? dischargeDay) + int(0, 120),
      diagnosisDay: admissionDay,
    };
  });
  return deepFreeze({ members, claims });
}

describe.each(scenarioNames)("the language never changes the amounts under %s", (name) => {
  it("gives the same status, benefit, allowance, top-up and payout, and as many lines, in both languages", () => {
    const compiled = compiledOf(name);
    const bounds = compiled.policy.inpatient.bands.flatMap((band) => [band.from, band.upTo ?? band.from]);
    const { members, claims } = randomBatch(0x5eed + scenarioNames.indexOf(name), 400, bounds);
    const figures = (results: Adjudication[]) =>
      results.map((r) => [
        r.claimId,
        r.status,
        r.benefit,
        r.allowance,
        r.topUp,
        r.payout,
        r.explanation.length,
      ]);
    const english = adjudicateClaims(compiled, members, claims);
    const chinese = adjudicateClaims(compiled, members, claims, { locale: "zh" });
    expect(figures(chinese)).toEqual(figures(english));
    expect(new Set(english.map((r) => r.status))).toEqual(new Set(["paid", "rejected"]));
    expect(chinese.every((r) => r.explanation.every((line) => han.test(line)))).toBe(true);
  });
});
