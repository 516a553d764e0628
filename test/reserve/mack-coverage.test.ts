import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/data/parse-claims.ts";
import { type MembersFile, parseMembers } from "../../src/data/parse-members.ts";
import { adjudicateClaims } from "../../src/policy/adjudicate-claims.ts";
import { compilePolicy } from "../../src/policy/compile-policy.ts";
import { parseDay } from "../../src/policy/dates.ts";
import { reserveQuantiles } from "../../src/reserve/assess-adequacy.ts";
import { buildTriangles } from "../../src/reserve/build-triangles.ts";
import type { DevelopmentRecord } from "../../src/reserve/development-record.ts";
import { mackChainLadder } from "../../src/reserve/mack-chain-ladder.ts";
import { recordsFromClaims } from "../../src/reserve/records-from-claims.ts";
import type { ReserveGrain } from "../../src/reserve/reserve-grain.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { syntheticFund, trueOutstanding } from "./synthetic-fund.ts";

/** Whether the true outstanding falls inside Mack's central interval of `level` (lognormal, Mack 1993 §6). */
function inside(
  records: readonly DevelopmentRecord[],
  valuation: number,
  grain: ReserveGrain,
  level: number,
) {
  const mack = mackChainLadder(buildTriangles(records, { valuationDay: valuation, grain }).paidAmount);
  if (!mack.ok) throw new Error(mack.reason.code);
  const { total } = mack.value;
  const { quantile } = reserveQuantiles({ kind: "lognormal", mean: total.ibnr, standardDeviation: total.se });
  const truth = trueOutstanding(records, valuation);
  return truth >= quantile((1 - level) / 2) && truth <= quantile((1 + level) / 2);
}

describe("Mack's interval against the truth known from later records", () => {
  it("covers the true outstanding in about the stated share of 200 independent synthetic funds", () => {
    // Each fund: claims 1.5 a day for three years, lognormal amounts, filed after 40 days and paid 30 days
    // later on average; valued at the end of the third year by quarter. With 200 funds the share inside a
    // well-calibrated p interval has standard error √(p(1 − p)/200): the bounds are ±3 of them.
    const model = { claimsPerDay: 1.5, amountMu: 7, amountSigma: 1, meanReportDays: 40, meanPayDays: 30 };
    const start = parseDay("2021-01-01");
    const valuation = parseDay("2023-12-31");
    const funds = 200;
    let inside90 = 0;
    let inside50 = 0;
    for (let fund = 0; fund < funds; fund++) {
      const records = syntheticFund(model, start, valuation + 400 - start, `fund-${fund}`);
      if (inside(records, valuation, "quarter", 0.9)) inside90++;
      if (inside(records, valuation, "quarter", 0.5)) inside50++;
    }
    const bound = (p: number) => 3 * Math.sqrt((p * (1 - p)) / funds);
    expect(Math.abs(inside90 / funds - 0.9)).toBeLessThan(bound(0.9));
    expect(Math.abs(inside50 / funds - 0.5)).toBeLessThan(bound(0.5));
  });

  it("on the sample fund (data/sample, huzhu synth), covers most quarterly valuations of 2022–2024", () => {
    const members: MembersFile = { members: [], badMembers: new Map() };
    for (const year of [2022, 2023, 2024]) {
      const file = `data/sample/members-${year}.csv`;
      members.members.push(...parseMembers(readFileSync(file, "utf8"), file).members);
    }
    const claims = [2022, 2023, 2024].flatMap((year) => {
      const file = `data/sample/claims-${year}.csv`;
      return parseClaims(readFileSync(file, "utf8"), file, members);
    });
    const policy = loadScenario("scenarios/inner-mongolia-2021.json").policy;
    const { records } = recordsFromClaims(
      claims,
      adjudicateClaims(compilePolicy(policy), members.members, claims),
    );
    const valuations = ["2022-12-31", "2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31", "2024-03-31"]
      .concat(["2024-06-30", "2024-09-30"])
      .map(parseDay);
    let covered = 0;
    for (const grain of ["month", "quarter"] as const)
      for (const valuation of valuations) if (inside(records, valuation, grain, 0.9)) covered++;
    // 16 valuations (correlated: they share records). If the 90% interval were right, 10 or fewer inside
    // would happen with probability 0.0033 (binomial 16, 0.9), so at least 11 must be inside.
    expect(covered).toBeGreaterThanOrEqual(11);
  });
});
