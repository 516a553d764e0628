import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/model/compile-model.ts";
import { expectedLumpSums } from "../../src/results/expected-lump-sums.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";

// Hand arithmetic from the scenarios' rules (wenzhou-2015.json, linyi-2019.json) and the default
// assumptions: incidence 0.002 (critical illness) and 0.003 (accident), new joiners 9% of members.
describe("expectedLumpSums", () => {
  it("Wenzhou 2015: 4,000 a critical illness, 1,000 in a new joiner's 90-day observation; accidents ⅔ of 20,000", () => {
    const model = compileModel(loadScenario("scenarios/wenzhou-2015.json"));
    const [critical, accident] = expectedLumpSums(model, model.initialCounts);
    const members = model.initialCounts.reduce((sum, count) => sum + count, 0);
    const observation = 0.09 * (90 / 365);
    expect(critical!.kind).toBe("critical_illness");
    expect(critical!.holders).toBe(Math.round(members));
    expect(critical!.events).toBeCloseTo(critical!.holders * 0.002, 9);
    // Every event pays (the observation payout is 1,000, not 0).
    expect(critical!.claims).toBeCloseTo(critical!.events, 9);
    expect(critical!.payout / critical!.events).toBeCloseTo((1 - observation) * 4000 + observation * 1000, 6);
    expect(accident!.kind).toBe("accident");
    expect(accident!.payout / accident!.claims).toBeCloseTo((2 / 3) * 20000, 6);
  });

  it("Linyi 2019: 10,000 a critical illness, accident approvals ⅔ of the 10,000 cap", () => {
    const model = compileModel(loadScenario("scenarios/linyi-2019.json"));
    const [critical, accident] = expectedLumpSums(model, model.initialCounts);
    expect(critical!.payout / critical!.claims).toBeCloseTo(10000, 6);
    expect(accident!.payout / accident!.claims).toBeCloseTo(10000 * (2 / 3), 6);
    expect(accident!.claims / accident!.holders).toBeCloseTo(0.003, 12);
  });

  it("a scheme without lump-sum products expects none", () => {
    const model = compileModel(loadScenario("scenarios/inner-mongolia-2021.json"));
    expect(expectedLumpSums(model, model.initialCounts)).toEqual([]);
  });
});
