import { describe, expect, it } from "vitest";
import { resultsCsv } from "../../src/ui/results-csv.ts";
import { sampleRun } from "./sample-run.ts";

describe("resultsCsv", () => {
  it("writes one row per scenario and year, with the summary's unrounded figures", async () => {
    const { summary } = await sampleRun();
    const lines = resultsCsv(summary).trimEnd().split("\n");
    expect(lines).toHaveLength(1 + 2 * 2);
    const header = lines[0]!.split(",");
    expect(header.slice(0, 2)).toEqual(["scenario", "scenario_hash"]);
    expect(header).toContain("b_minus_a_benefits_paid_mean");
    const row = lines[1]!.split(",");
    const column = (name: string) => row[header.indexOf(name)];
    expect(column("year")).toBe("1");
    expect(Number(column("benefits_paid_mean"))).toBe(summary.byYear[0]!.benefitsPaid.mean);
    expect(Number(column("ruin_probability_high"))).toBe(summary.byYear[0]!.ruinProbability.high);
    // The comparison's name holds a comma ("…cap of 250,000"), so the CSV quotes it.
    expect(lines[3]!.startsWith(`"${summary.compare!.scenario}",`)).toBe(true);
    // B's rows carry the paired differences B − A; A's leave them blank.
    const bRow = lines[3]!.slice(summary.compare!.scenario.length + 3).split(",");
    const bColumn = (name: string) => bRow[header.indexOf(name) - 1];
    expect(Number(bColumn("b_minus_a_benefits_paid_mean"))).toBe(
      summary.compare!.differences.byYear[0]!.benefitsPaid.mean,
    );
    expect(column("b_minus_a_benefits_paid_mean")).toBe("");
  });
});
