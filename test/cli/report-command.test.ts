import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const args = [
  "report",
  "--scenario",
  "scenarios/inner-mongolia-2021.json",
  "--members",
  "test/fixtures/claims/members.csv",
  "--claims",
  "test/fixtures/claims/claims.csv",
];

describe("huzhu report", () => {
  it("reports members, contributions, claims, payouts and loss ratio by region, with every claim accounted for", async () => {
    const { code, stdout } = await runCli(args);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "region,members,contributions,claims,paid,rejected,invalid,total_payout,paid_per_100_members,mean_paid_claim,median_paid_claim,loss_ratio,line",
    );
    // By hand (see test/cli/benefit-command.test.ts for each claim's payout): Hohhot has M1 (active, fee
    // 100: C1 5,580 and C2 200 paid) and M2 (retiree, fee 400: C3 invalid, C5 rejected).
    expect(lines).toContain("Hohhot,2,500.00,4,2,1,1,5780.00,100.00,2890.00,2890.00,11.5600,group");
    // Ordos: M3 (fee 100): C6 invalid, C7 rejected, C8 paid 2,000.
    expect(lines).toContain("Ordos,1,100.00,3,1,1,1,2000.00,100.00,2000.00,2000.00,20.0000,group");
    // C4's member is not in the members file: the claim is still counted.
    expect(lines).toContain("(unknown member),0,0.00,1,0,0,1,0.00,,,,,unknown_member");
    // Median of 5,580, 200 and 2,000 is 2,000; 7,780 / 3 = 2,593.33; 7,780 / 600 = 12.9667.
    expect(lines.at(-1)).toBe("(all),3,600.00,8,3,2,3,7780.00,100.00,2593.33,2000.00,12.9667,total");
  });

  it("accepts --lang zh with the same figures, and refuses another language", async () => {
    const english = await runCli(args);
    const chinese = await runCli([...args, "--lang", "zh"]);
    expect(chinese.code).toBe(0);
    expect(chinese.stdout).toBe(english.stdout);
    const bad = await runCli([...args, "--lang", "fr"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('option --lang: "fr" is not en or zh');
  });

  it("groups by status and refuses an unknown grouping", async () => {
    const { stdout } = await runCli([...args, "--by", "status"]);
    expect(stdout).toContain("retiree,1,400.00,2,0,1,1,0.00,0.00,,,0.0000,group");
    const bad = await runCli([...args, "--by", "colour"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('option --by: "colour" is not region, unit_id, status, sex');
  });
});
