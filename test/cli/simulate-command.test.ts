import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/format/format-count.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { runCli } from "./run-cli.ts";

const im2025 = "scenarios/inner-mongolia-2025.json";

describe("huzhu simulate", () => {
  it("prints a table by year and writes the results JSON in the documented shape", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-"));
    const out = join(dir, "results.json");
    const args = [
      "simulate",
      "--scenario",
      im2025,
      "--paths",
      "6",
      "--years",
      "2",
      "--seed",
      "1",
      "--threads",
      "1",
    ];
    const { code, stdout } = await runCli([
      ...args,
      "--compare",
      "scenarios/inner-mongolia-2025-cap-250k.json",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("Inner Mongolia 2025 (7th period) — 6 paths × 2 years, seed 1");
    const results = JSON.parse(readFileSync(out, "utf8"));
    // Year one starts from the scenario's enrolment by region (1,157,123 for Inner Mongolia's 2021
    // targets). Members are whole numbers in each cell (region × sex × age band × years of
    // participation), so the mean may differ from the sum by rounding only: within 0.01%.
    const enrolled = loadScenario(im2025).assumptions.membership.regions.reduce(
      (sum, region) => sum + region.members,
      0,
    );
    const membersYearOne = results.byYear[0].members.mean;
    expect(Math.abs(membersYearOne - enrolled)).toBeLessThanOrEqual(enrolled * 1e-4);
    // The table prints the same count as the results file.
    expect(stdout).toMatch(new RegExp(`\\n\\s+1\\s+${formatCount(membersYearOne, "en")}\\s`));
    expect(results).toMatchObject({
      scenario: "Inner Mongolia 2025 (7th period)",
      paths: 6,
      years: 2,
      seed: 1,
      engine: "0.1.0",
    });
    expect(results.byYear).toHaveLength(2);
    const year = results.byYear[0];
    for (const key of ["mean", "se", "p50", "p95", "p99_5"])
      expect(typeof year.benefitsPaid[key]).toBe("number");
    for (const key of ["p1", "p5", "p25", "p50", "p75", "p95", "p99"])
      expect(typeof year.balance[key]).toBe("number");
    expect(year.ruinProbability).toMatchObject({ value: expect.any(Number), se: expect.any(Number) });
    expect(results.risk).toMatchObject({ var99_5: expect.any(Number), tvar99_5: expect.any(Number) });
    expect(results.compare.scenario).toBe("Inner Mongolia 2025 with the 2021 cap of 250,000");
    expect(results.compare.differences.byYear[0].benefitsPaid).toMatchObject({
      mean: expect.any(Number),
      low: expect.any(Number),
      high: expect.any(Number),
    });
  });

  it("refuses out-of-range options before running, naming the option and range", async () => {
    const paths = await runCli(["simulate", "--scenario", im2025, "--paths", "2000000"]);
    expect(paths.code).toBe(2);
    expect(paths.stderr).toContain('option --paths: "2000000" is not a whole number from 1 to 1,000,000');
    const years = await runCli(["simulate", "--scenario", im2025, "--years", "0"]);
    expect(years.stderr).toContain('option --years: "0" is not a whole number from 1 to 50');
  });

  it("refuses assumptions out of range with the file and field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-"));
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({
        extends: join(process.cwd(), im2025),
        assumptions: {
          hospitalisation: { claimPropensity: 1.5, medicalInflation: -2 },
          membership: { unitRenewal: -0.1 },
        },
      }),
    );
    const out = join(dir, "results.json");
    const { code, stderr } = await runCli(["simulate", "--scenario", file, "--out", out]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `${file}: assumptions.hospitalisation.claimPropensity: expected a value of at most 1`,
    );
    expect(stderr).toContain(
      `${file}: assumptions.hospitalisation.medicalInflation: expected a value of at least -0.5`,
    );
    expect(stderr).toContain(`${file}: assumptions.membership.unitRenewal: expected a value of at least 0`);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(["bad.json"]);
  });
});

describe("huzhu solve-fee", () => {
  it("finds a fee whose ruin probability meets the target and a break-even fee", async () => {
    const { code, stdout } = await runCli([
      "solve-fee",
      "--scenario",
      "test/fixtures/exact-check.json",
      "--paths",
      "180",
      "--years",
      "3",
      "--seed",
      "1",
      "--threads",
      "1",
      "--target-ruin",
      "0.05",
    ]);
    expect(code).toBe(0);
    // 5% needs 9 × 0.95 / 0.05 = 171 paths to resolve; 180 do.
    expect(stdout).toMatch(
      /lowest active fee with ruin probability ≤ 5%: [\d,]+\.\d\d yuan \(Monte Carlo 95% interval [\d,]+\.\d\d–[\d,]+\.\d\d yuan\)/,
    );
    expect(stdout).toMatch(/break-even active fee \(mean yearly result 0\): \d+\.\d\d yuan/);
  });

  it("refuses to name a ruin-target fee 40 paths cannot resolve, and says it needs 1,791", async () => {
    const { code, stdout } = await runCli([
      "solve-fee",
      "--scenario",
      "test/fixtures/exact-check.json",
      "--paths",
      "40",
      "--years",
      "3",
      "--threads",
      "1",
      "--target-ruin",
      "0.005",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/not named: 40 paths cannot resolve a ruin probability of 0\.50?%/);
    expect(stdout).toContain("it needs at least 1,791 paths");
  });
});

describe("huzhu simulate --lang zh", () => {
  it("prints the table, its heading and the risk line in Chinese, with the same figures", async () => {
    const args = [
      "simulate",
      "--scenario",
      "scenarios/inner-mongolia-2021.json",
      "--paths",
      "2",
      "--years",
      "1",
    ];
    const english = await runCli([...args, "--threads", "1"]);
    const chinese = await runCli([...args, "--threads", "1", "--lang", "zh"]);
    expect(chinese.code).toBe(0);
    expect(chinese.stdout).toContain("2 条路径 × 1 年，随机种子");
    expect(chinese.stdout).toContain("预测期内破产概率（余额低于 0）：");
    expect(chinese.stderr).toContain("正在模拟 2 条路径 × 1 年");
    // The figures are the same in both languages: the year-1 row, past its first cell.
    const row = (text: string) =>
      text
        .split("\n")
        .find((line) => /^\s+1\s/.test(line))!
        .trim()
        .split(/\s+/);
    expect(row(chinese.stdout)).toEqual(row(english.stdout));
    // Where the money goes: the 2021 bands (0–10,000 at 40%, …) named in each language, never in English
    // in the Chinese table.
    const breakdown = (text: string, start: string) =>
      text.split("\n").find((line) => line.startsWith(start))!;
    const zh = breakdown(chinese.stdout, "资金去向（年均）：");
    expect(zh).toContain("0–1万元 报销40%");
    expect(zh).toContain("住院补贴");
    expect(zh.slice("资金去向（年均）：".length)).not.toMatch(/[A-Za-z]/);
    expect(breakdown(english.stdout, "where the money goes, mean a year: ")).toContain("0–10k at 40%");
  });
});
