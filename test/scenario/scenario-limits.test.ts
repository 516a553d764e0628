// Issue 7's scenario reproductions: inputs that used to change results without a word, run NaN to the
// end, hang or overflow the stack are refused with a message naming the file and the field.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/messages.ts";
import { resolveScenario } from "../../src/scenario/resolve-scenario.ts";

const FILE = "scenarios/x.json";
const base = () =>
  JSON.parse(JSON.stringify({ extends: "./inner-mongolia-2025.json" })) as Record<string, unknown>;
const parent = JSON.stringify({
  name: "Parent",
  description: "",
  sources: [],
  policy: {
    eligibility: { active: { minAge: 16, maxAge: 60 }, retiree: null },
    fees: { active: 100, retiree: 400, unionSubsidy: 10 },
    inpatient: { bands: [{ from: 0, upTo: null, rate: 0.5 }], cap: 250_000 },
  },
});

/** The problems (English) of a scenario file given as text, extending a small valid parent. */
function problemsOf(text: string): string[] {
  const files: Record<string, string> = { [FILE]: text, "scenarios/inner-mongolia-2025.json": parent };
  try {
    resolveScenario(FILE, (path) => {
      const found = files[path];
      if (found === undefined) throw new Error(`ENOENT ${path}`);
      return found;
    });
  } catch (error) {
    if (error instanceof InputError) return error.texts("en");
    throw error;
  }
  return [];
}
const problemsWith = (document: Record<string, unknown>) =>
  problemsOf(JSON.stringify({ ...base(), ...document }));

describe("prototype keys are refused before any merge", () => {
  it('"__proto__": {"cap": 1000} inside policy.inpatient is refused, naming the path', () => {
    const text =
      '{"extends": "./inner-mongolia-2025.json", "policy": {"inpatient": {"__proto__": {"cap": 1000}}}}';
    expect(problemsOf(text)).toEqual([
      `${FILE}: policy.inpatient.__proto__: this field name is not allowed (it would change every object's prototype)`,
    ]);
  });

  it("constructor and prototype are refused at any depth", () => {
    const found = problemsWith({ assumptions: { fund: { constructor: { x: 1 } } }, prototype: 1 });
    expect(found).toHaveLength(2);
    expect(found.join("\n")).toContain("assumptions.fund.constructor");
    expect(found.join("\n")).toContain(`${FILE}: prototype:`);
  });
});

describe("limits", () => {
  it("nesting 2,000 levels deep is exit-2 material, not a stack overflow", () => {
    const deep = "[".repeat(2000) + "]".repeat(2000);
    const found = problemsOf(`{"extends": "./inner-mongolia-2025.json", "description": ${deep}}`);
    expect(found).toEqual([
      `${FILE}: nested more than 32 levels deep; expected a scenario of at most 32 levels`,
    ]);
  });

  it("1,500 bands are refused before a payer is generated", () => {
    const bands = Array.from({ length: 1500 }, (_, i) => ({ from: i * 10, upTo: i * 10 + 10, rate: 0.5 }));
    expect(problemsWith({ policy: { inpatient: { bands } } })).toEqual([
      `${FILE}: policy.inpatient.bands: expected at most 100 entries`,
    ]);
  });

  it("accepts a scenario file with a UTF-8 byte-order mark", () => {
    expect(problemsOf("\uFEFF" + JSON.stringify(base()))).toEqual([]);
  });
});

describe("numbers in range", () => {
  it("age-band shares that are all 0 (and so cannot add up to 1) are refused", () => {
    const found = problemsWith({
      assumptions: {
        membership: {
          activeAgeBands: [
            { from: 16, share: 0 },
            { from: 21, share: 0 },
          ],
        },
      },
    });
    expect(found).toEqual([
      `${FILE}: assumptions.membership.activeAgeBands: the shares add up to 0; expected 1`,
    ]);
  });

  it("allowanceYearsShares [0, 0, 0] is refused", () => {
    expect(problemsWith({ assumptions: { membership: { allowanceYearsShares: [0, 0, 0] } } })).toEqual([
      `${FILE}: assumptions.membership.allowanceYearsShares: the shares add up to 0; expected 1`,
    ]);
  });

  it("1e999 (Infinity) fees are refused", () => {
    const text = '{"extends": "./inner-mongolia-2025.json", "policy": {"fees": {"active": 1e999}}}';
    expect(problemsOf(text)).toEqual([
      `${FILE}: policy.fees.active: expected a value of at most 1000000000000`,
    ]);
  });

  it("a negative allowance rate is refused", () => {
    const dailyAllowance = {
      ratePerDayByYears: [10, -20, 30],
      maxDays: 30,
      firstStayOnly: true,
      restartAfterPayment: true,
    };
    expect(problemsWith({ policy: { inpatient: { dailyAllowance } } })).toEqual([
      `${FILE}: policy.inpatient.dailyAllowance.ratePerDayByYears[1]: expected a value of at least 0`,
    ]);
  });

  it("a cap of 0 is refused", () => {
    expect(problemsWith({ policy: { inpatient: { cap: 0 } } })).toEqual([
      `${FILE}: policy.inpatient.cap: expected a value above 0`,
    ]);
  });

  it("10^12 members and a stay rate of 10^6 are refused (they would hang for minutes)", () => {
    const found = problemsWith({
      assumptions: {
        membership: { regions: [{ name: "A", members: 1e12 }] },
        hospitalisation: { retireeStayRate: 1e6 },
      },
    });
    expect(found).toEqual([
      `${FILE}: assumptions.membership.regions[0].members: expected a value of at most 1000000000`,
      `${FILE}: assumptions.hospitalisation.retireeStayRate: expected a value of at most 10`,
    ]);
  });

  it("non-integer ages, days, shares and member counts are refused", () => {
    const found = problemsWith({
      policy: {
        eligibility: { active: { minAge: 16.5, maxAge: 60 } },
        claimDeadline: { days: 90.5, from: "settlement" },
      },
      assumptions: { membership: { regions: [{ name: "A", members: 10.5 }] } },
    });
    expect(found).toEqual(
      expect.arrayContaining([
        `${FILE}: policy.eligibility.active.minAge: expected integer`,
        `${FILE}: policy.claimDeadline.days: expected integer`,
        `${FILE}: assumptions.membership.regions[0].members: expected integer`,
      ]),
    );
  });
});
