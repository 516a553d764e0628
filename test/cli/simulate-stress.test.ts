import { describe, expect, it } from "vitest";
import type { StressComparison } from "../../src/risk/compare-stress.ts";
import { runCli } from "./run-cli.ts";

const S = "scenarios/inner-mongolia-2025.json";
const tiny = ["--paths", "3", "--years", "2", "--seed", "7", "--threads", "1"];

describe("huzhu simulate --stress", () => {
  it("JSON: base and stressed side by side; year 1 of membership-drop is identical, year 2 differs", async () => {
    const { code, stdout } = await runCli([
      "simulate",
      "--scenario",
      S,
      ...tiny,
      "--stress",
      "membership-drop",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as StressComparison;
    expect(json.stresses.map((stress) => stress.name)).toEqual(["membership-drop"]);
    const [year1, year2] = json.byYear;
    expect(year1!.stressed).toEqual(year1!.base);
    expect(year1!.difference.benefitsIncurred).toEqual({ mean: 0, low: 0, high: 0 });
    expect(year2!.stressed.members / year2!.base.members).toBeCloseTo(0.85, 3);
  });

  it("table in Chinese and English; an unknown stress exits 2 naming the names expected", async () => {
    const zh = await runCli([
      "simulate",
      "--scenario",
      S,
      ...tiny,
      "--stress",
      "low-interest",
      "--lang",
      "zh",
    ]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("低利率");
    expect(zh.stdout).toContain("压力 − 基准");
    const en = await runCli(["simulate", "--scenario", S, ...tiny, "--stress", "epidemic,cost-shock"]);
    expect(en.stdout).toContain("base and under stress (epidemic + cost-shock)");
    const bad = await runCli(["simulate", "--scenario", S, "--stress", "plague"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--stress: "plague" is not a list of epidemic, cost-shock, membership-drop');
    const both = await runCli(["simulate", "--scenario", S, "--stress", "epidemic", "--compare", S]);
    expect(both.code).toBe(2);
  });
});
