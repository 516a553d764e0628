import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const base = ["synth", "--scenario", "scenarios/inner-mongolia-2021.json", "--seed", "1"];

describe("huzhu synth", () => {
  it("writes members-YYYY.csv and claims-YYYY.csv for each year, in the huzhu benefit formats", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-synth-"));
    const { code, stderr } = await runCli([
      ...base,
      "--from",
      "2023",
      "--to",
      "2024",
      "--scale",
      "0.002",
      "--out-dir",
      dir,
    ]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      "claims-2023.csv",
      "claims-2024.csv",
      "members-2023.csv",
      "members-2024.csv",
    ]);
    expect(readFileSync(join(dir, "members-2023.csv"), "utf8").split("\n")[0]).toBe(
      "member_id,status,sex,birth_date,unit_id,region,period_start,period_end,allowance_years",
    );
    expect(readFileSync(join(dir, "claims-2024.csv"), "utf8").split("\n")[0]).toBe(
      "claim_id,member_id,kind,cause,admission_date,discharge_date,self_pay,settlement_date,filed_date,paid_date",
    );
    expect(stderr).toMatch(/^2023: [\d,]+ members, [\d,]+ claims/m);
    // The files it writes are read by huzhu report without a single invalid row.
    const report = await runCli([
      "report",
      "--scenario",
      "scenarios/inner-mongolia-2021.json",
      "--members",
      join(dir, "members-2024.csv"),
      "--claims",
      join(dir, "claims-2024.csv"),
    ]);
    expect(report.code).toBe(0);
    expect(report.stdout.trim().split("\n").at(-1)).toMatch(/^\(all\),\d+,[\d.]+,\d+,\d+,\d+,0,/);
  });

  it("refuses a --to before --from and a --dirty above 0.5 (exit 2, naming the option)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-synth-"));
    const backwards = await runCli([...base, "--from", "2024", "--to", "2022", "--out-dir", dir]);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain("option --to");
    const dirty = await runCli([...base, "--from", "2024", "--dirty", "0.9", "--out-dir", dir]);
    expect(dirty.code).toBe(2);
    expect(dirty.stderr).toContain('option --dirty: "0.9"');
    expect(readdirSync(dir)).toEqual([]);
  });
});
