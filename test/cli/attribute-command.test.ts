import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const A = "scenarios/inner-mongolia-2021.json";
const B = "scenarios/inner-mongolia-2025.json";
const tiny = ["--paths", "3", "--years", "2", "--seed", "7", "--threads", "1"];

describe("huzhu attribute", () => {
  it("JSON: steps in the order given plus other, summing exactly to the total", async () => {
    const { code, stdout } = await runCli([
      "attribute",
      "--from",
      A,
      "--to",
      B,
      ...tiny,
      "--order",
      "fees,cap,bands",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      steps: { name: string; benefitsIncurred: number; result: number; ruinProbability: number }[];
      total: { benefitsIncurred: number; result: number; ruinProbability: number };
    };
    expect(json.steps.map((step) => step.name)).toEqual(["fees", "cap", "bands", "other"]);
    for (const key of ["benefitsIncurred", "result", "ruinProbability"] as const)
      expect(json.steps.reduce((sum, step) => sum + step[key], 0)).toBe(json.total[key]);
    // fees are 30 yuan in both rules: the step changes nothing
    expect(json.steps[0]).toMatchObject({
      benefitsIncurred: 0,
      result: 0,
      ruinProbability: 0,
      changed: false,
    });
  });

  it("table in Chinese names the steps; bad --order exits 2 naming the option", async () => {
    const { code, stdout } = await runCli(["attribute", "--from", A, "--to", B, ...tiny, "--lang", "zh"]);
    expect(code).toBe(0);
    expect(stdout).toContain("分段比例");
    expect(stdout).toContain("合计 B − A");
    const bad = await runCli(["attribute", "--from", A, "--to", B, "--order", "bands,colour"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--order: "bands,colour" is not a list of distinct steps');
    const missing = await runCli(["attribute", "--from", A]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing option --to");
  });
});
