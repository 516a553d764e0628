import { readFileSync } from "node:fs";
import { parseMembers } from "../../src/data/parse-members.ts";
import { compileModel } from "../../src/model/compile-model.ts";
import { formatDay } from "../../src/policy/dates.ts";
import { expectedClaims } from "../../src/results/expected-claims.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const triangle = ["reserve", "--triangle", "test/fixtures/reserve/taylor-ashe.csv"];
const records = [
  "reserve",
  "--members",
  "test/fixtures/reserve/members.csv",
  "--claims",
  "test/fixtures/reserve/claims.csv",
  "--scenario",
  "scenarios/inner-mongolia-2021.json",
  "--valuation",
  "2024-12-31",
];

describe("huzhu reserve", () => {
  it("reproduces Mack (1993) on the Taylor & Ashe triangle from a CSV file, as JSON", async () => {
    const { code, stdout } = await runCli([...triangle, "--format", "json", "--held", "20000000"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.method).toBe("mack");
    expect(json.total).toEqual({ latest: 34358090, ultimate: 53038946, ibnr: 18680856, se: 2447095 });
    expect(json.byOrigin[9]).toEqual({
      origin: "10",
      latest: 344014,
      ultimate: 4969825,
      ibnr: 4625811,
      se: 1363155,
    });
    expect(json.factors).toHaveLength(9);
    expect(Object.keys(json.quantiles)).toEqual(["p50", "p75", "p90", "p95", "p995"]);
    expect(json.adequacy.held).toBe(20000000);
    expect(json.adequacy.sentence).toMatch(
      /^The held 20,000,000 yuan covers outstanding claims with \d+% probability/,
    );
    expect(json.openingLiability).toEqual({ mean: 18680856, standardDeviation: 2447095 });
  });

  it("writes the bootstrap's mean and standard deviation, the same for the same seed", async () => {
    const run = () =>
      runCli([...triangle, "--method", "bootstrap", "--simulations", "500", "--format", "csv"]);
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.stdout.split("\n")[0]).toBe("origin,latest,ultimate,ibnr,se");
    expect((await run()).stdout).toBe(first.stdout);
  });

  it("exits 2 naming an unknown method, or the row and column of a malformed triangle", async () => {
    const method = await runCli([...triangle, "--method", "chain"]);
    expect(method.code).toBe(2);
    expect(method.stderr).toContain('option --method: "chain" is not mack, bf, bootstrap');
    const bad = await runCli(["reserve", "--triangle", "test/fixtures/reserve/bad-triangle.csv"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad-triangle.csv row 2 column 3: "x" is not a number');
    expect(bad.stderr).toContain("bad-triangle.csv row 3: no known value");
  });

  it("reserves from claim records as at a valuation date, and accounts for every claim", async () => {
    const { code, stdout, stderr } = await runCli([...records, "--format", "json", "--grain", "year"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.valuation).toBe("2024-12-31");
    expect(json.byOrigin.map((row: { origin: string }) => row.origin)).toEqual(["2022", "2023", "2024"]);
    expect(stderr).toContain("42 claims read: 40 paid by the fund and used, 0 invalid, 2 rejected");
    // Held defaults to the scenario fund's opening balance plus its risk reserve.
    expect(json.adequacy.held).toBeGreaterThan(0);
  });

  it("says in the chosen language why a method cannot be used on one origin year", async () => {
    const english = await runCli([...records, "--valuation", "2022-12-31"]);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(
      "chain ladder cannot be used: the triangle has 1 origin periods, at least 2 are needed",
    );
    const chinese = await runCli([...records, "--valuation", "2022-12-31", "--lang", "zh"]);
    expect(chinese.stderr).toContain("无法使用链梯法：三角形只有 1 个起始期");
  });

  it("Bornhuetter–Ferguson takes its prior from the scenario's expected payout of each member-year", async () => {
    const bf = JSON.parse((await runCli([...records, "--format", "json", "--method", "bf"])).stdout);
    const mack = JSON.parse((await runCli([...records, "--format", "json"])).stdout);
    // The prior of origin 2024: the model's expected payout of the members covered all of 2024.
    const scenario = loadScenario("scenarios/inner-mongolia-2021.json");
    const expected = expectedClaims(compileModel(scenario));
    const members = parseMembers(readFileSync("test/fixtures/reserve/members.csv", "utf8"), "members.csv");
    const prior = members.members
      .filter((member) => formatDay(member.periodStart).startsWith("2024"))
      .reduce((sum, member) => sum + expected.payout(expected.bandOf(member), member.allowanceYears), 0);
    const young = mack.byOrigin[2];
    // BF: prior × (1 − 1/F), F = chain-ladder ultimate ÷ latest (here 366 days of cover ÷ 365 in 2024).
    expect(bf.byOrigin[2].ibnr).toBeCloseTo(((prior * 366) / 365) * (1 - young.latest / young.ultimate), -1);
  });

  it("shows the tail's error: RAA with tail 1.05 gives R ChainLadder's total s.e. 28,670, in the table and the JSON", async () => {
    const raa = ["reserve", "--triangle", "test/fixtures/reserve/raa.csv", "--tail", "1.05"];
    // R ChainLadder's unit test test.MackRAA_tail_equals_1.05: Total.Mack.S.E 28,669.91.
    const json = JSON.parse((await runCli([...raa, "--format", "json"])).stdout);
    expect(json.total.se).toBe(28670);
    expect(json.tail).toBe(1.05);
    expect(Math.hypot(json.error.process, json.error.estimation)).toBeCloseTo(28670, -1);
    expect(json.error.tailSe).toBeGreaterThan(0);
    expect(json.error.notes[1]).toMatch(/tail factor 1\.0500 .* s\.e\. 0\.0206/);
    const english = await runCli(raa);
    expect(english.stdout).toMatch(/total .* 62,791 +28,670 +46%/);
    expect(english.stdout).toContain("Standard error of the total, 28,670 yuan");
    // R's default σ (est.sigma = "log-linear"): its test.MackRAA gives 26,880.74 without a tail.
    const logLinear = JSON.parse(
      (
        await runCli([
          "reserve",
          "--triangle",
          "test/fixtures/reserve/raa.csv",
          "--sigma",
          "log-linear",
          "--format",
          "json",
        ])
      ).stdout,
    );
    expect(logLinear.total.se).toBe(26881);
    const chinese = await runCli([...raa, "--lang", "zh"]);
    expect(chinese.stdout).toContain("合计的标准误 28,670 元");
    expect(chinese.stdout).toContain("尾部因子 1.0500");
  });

  it("Bornhuetter–Ferguson reports its own error, and --prior-cv adds the prior's (cv · prior · share to come)", async () => {
    const exact = JSON.parse((await runCli([...records, "--format", "json", "--method", "bf"])).stdout);
    const vague = JSON.parse(
      (await runCli([...records, "--format", "json", "--method", "bf", "--prior-cv", "0.2"])).stdout,
    );
    expect(exact.error.prior).toBe(0);
    expect(exact.error.priorCv).toBe(0);
    // Each origin's prior error is 0.2 × its outstanding (prior × share to come), added in quadrature.
    const priorError = Math.sqrt(
      exact.byOrigin.reduce((sum: number, row: { ibnr: number }) => sum + (0.2 * row.ibnr) ** 2, 0),
    );
    expect(vague.error.prior).toBeCloseTo(priorError, -1);
    expect(vague.total.se).toBeCloseTo(
      Math.hypot(vague.error.process, vague.error.estimation, vague.error.prior),
      -1,
    );
    expect(vague.error.notes[0]).toMatch(/prior's CV 20%/);
    const chinese = await runCli([...records, "--method", "bf", "--lang", "zh"]);
    expect(chinese.stdout).toContain("Bornhuetter–Ferguson 法自身的预测误差");
    const bad = await runCli([...records, "--method", "bf", "--prior-cv", "-1"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--prior-cv");
  });
});
