import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

describe("huzhu calibrate", () => {
  it("prints the published 2024 figures beside the 2025 scenario's expectation, as JSON", async () => {
    const { code, stdout } = await runCli([
      "calibrate",
      "--scenario",
      "scenarios/inner-mongolia-2025.json",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.year).toBe(2024);
    const personTimes = json.rows.find((row: { measure: string }) => row.measure === "person_times");
    // seed 000: 2024 年 174.26万人次
    expect(personTimes.published).toBe(1_742_600);
    expect(personTimes.sources[0]).toMatch(/^seed 000/);
  });

  it("writes a Chinese table with the heading, the sources and the verdict", async () => {
    const { code, stdout } = await runCli([
      "calibrate",
      "--scenario",
      "scenarios/inner-mongolia-2021.json",
      "--lang",
      "zh",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^公布数据与模拟对比\n/);
    expect(stdout).toContain("1,157,123");
    expect(stdout).toContain("内蒙古自治区总工会内工发〔2021〕5号通知");
    expect(stdout).toContain("281,500 ÷ 5,815,000");
    expect(stdout).toMatch(/参与对照的 7 项指标都在合理校准的范围内/);
  });

  it("writes CSV with the English column names and the difference in percent", async () => {
    const { stdout } = await runCli([
      "calibrate",
      "--scenario",
      "scenarios/inner-mongolia-2021.json",
      "--format",
      "csv",
    ]);
    const [header, first] = stdout.split("\n");
    expect(header).toBe("figure,period,published,expected,difference_pct,within,source");
    expect(first).toMatch(/^members \(inpatient\),2021,1157123,/);
  });

  it("says clearly when a scenario has no published figures (another city), exit 0", async () => {
    const { code, stdout } = await runCli(["calibrate", "--scenario", "scenarios/linyi-2019.json"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^No published figures to compare with Linyi 2019/);
  });

  it("finds the fund through extends, and names a bad published file's row and field (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-calibrate-"));
    writeFileSync(
      join(dir, "mine.json"),
      JSON.stringify({ extends: `${process.cwd()}/scenarios/inner-mongolia-2025.json` }),
    );
    writeFileSync(
      join(dir, "published.csv"),
      "period_from,period_to,product,measure,value,unit,flag,source\n2024,2024,all,members,many,persons,P,x\n",
    );
    const ok = await runCli(["calibrate", "--scenario", join(dir, "mine.json"), "--format", "json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).match.scenarioYear).toBe(2025);
    const bad = await runCli([
      "calibrate",
      "--scenario",
      join(dir, "mine.json"),
      "--published",
      join(dir, "published.csv"),
      "--lang",
      "zh",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("published.csv");
    expect(bad.stderr).toContain("value");
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
