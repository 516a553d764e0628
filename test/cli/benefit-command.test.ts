import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const members = "test/fixtures/claims/members.csv";
const claims = "test/fixtures/claims/claims.csv";
const im2021 = "scenarios/inner-mongolia-2021.json";
const im2025 = "scenarios/inner-mongolia-2025.json";
/** `huzhu benefit` on the sample members and claims under Inner Mongolia 2021. */
const benefitArgs = ["benefit", "--scenario", im2021, "--members", members, "--claims", claims];

describe("huzhu benefit", () => {
  it("writes one row per input claim, in input order, with status and reason", async () => {
    const { code, stdout, stderr } = await runCli([...benefitArgs]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe("claim_id,member_id,status,benefit,allowance,top_up,lump_sum,payout,reason");
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual([
      "C1",
      "C2",
      "C3",
      "C4",
      "C5",
      "C6",
      "C7",
      "C8",
    ]);
    // 001 art. 10: 12,000 → 10,000 × 40% + 2,000 × 70% = 5,400; allowance 2nd year 20 × 9 days = 180.
    expect(lines[1]).toBe("C1,M1,paid,5400.00,180.00,0.00,0.00,5580.00,");
    // 001 art. 10 item 8: second stay 100 × 40% = 40, no allowance, topped up by 160 to 200.
    expect(lines[2]).toBe("C2,M1,paid,40.00,0.00,160.00,0.00,200.00,");
    expect(lines[3]).toContain(
      'C3,M2,invalid,0.00,0.00,0.00,0.00,0.00,"test/fixtures/claims/claims.csv row 4: self_pay ""abc"" is not an amount',
    );
    expect(lines[4]).toContain('member_id ""M9"" is not in the members file');
    expect(lines[5]).toBe("C5,M2,rejected,0.00,0.00,0.00,0.00,0.00,excluded cause: work_injury");
    expect(lines[6]).toContain("discharge_date 2021-07-25 is before admission_date 2021-08-01");
    // 001 art. 12: settled 2021-09-06, filed 2022-01-10 = 126 days later, past the 90-day deadline.
    expect(lines[7]).toContain("C7,M3,rejected");
    expect(lines[7]).toContain("after the deadline 2021-12-05");
    // 001 note 3: special outpatient banded like a stay: 5,000 × 40% = 2,000, no allowance, no top-up.
    expect(lines[8]).toBe("C8,M3,paid,2000.00,0.00,0.00,0.00,2000.00,");
    expect(stderr).toContain(
      "8 claims under Inner Mongolia 2021 (3rd period): 3 paid, 2 rejected, 3 invalid; total payout 7,780.00 yuan",
    );
  });

  it("compares two scenarios claim by claim and in total", async () => {
    const { code, stdout, stderr } = await runCli([
      "benefit",
      "--scenario",
      im2021,
      "--scenario",
      im2025,
      "--members",
      members,
      "--claims",
      claims,
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "claim_id,member_id,status,benefit,allowance,top_up,lump_sum,payout,reason,compare_payout,difference",
    );
    // 000 FAQ 3: 12,000 → 3,000×40% + 2,000×50% + 5,000×60% + 2,000×70% = 1,200 + 1,000 + 3,000 + 1,400 = 6,600; + 180 allowance.
    expect(lines[1]).toBe("C1,M1,paid,5400.00,180.00,0.00,0.00,5580.00,,6780.00,1200.00");
    expect(stderr).toContain("under Inner Mongolia 2025 (7th period): total payout");
  });

  it("writes JSON with each claim's explanation and a summary to --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-"));
    const out = join(dir, "out.json");
    const { code } = await runCli([...benefitArgs, "--format", "json", "--out", out]);
    expect(code).toBe(0);
    const document = JSON.parse(readFileSync(out, "utf8"));
    expect(document.claims).toHaveLength(8);
    expect(document.claims[0].explanation).toContain("Band 0–10,000 at 40%: 10,000.00 × 40% = 4,000.00");
    expect(document.summary).toMatchObject({
      claims: 8,
      paid: 3,
      rejected: 2,
      invalid: 3,
      totalPayout: 7780,
    });
  });

  it("writes the explanation lines and reasons in Chinese with --lang zh, with the same amounts", async () => {
    const base = [...benefitArgs, "--format", "json"];
    const chinese = await runCli([...base, "--lang", "zh"]);
    expect(chinese.code).toBe(0);
    const document = JSON.parse(chinese.stdout);
    // 001 art. 10: 10,000 × 40% + 2,000 × 70% = 5,400; 2nd year allowance 20 × 9 days = 180.
    expect(document.claims[0].explanation).toEqual([
      "保障期2021-01-01至2021-12-31，在职，40岁",
      "本保障期第1次住院：自付12,000.00元",
      "第1段 0–10,000元，报销40%：10,000.00 × 40% = 4,000.00",
      "第2段 10,000–100,000元，报销70%：2,000.00 × 70% = 1,400.00",
      "分段补助合计：5,400.00",
      "住院补贴：连续参互第2年，每天20.00元 × 9天 = 180.00",
      "封顶线250,000元/保障期（补助、补贴与补足均计入）：此前已用0.00，剩余250,000.00",
      "实付：5,580.00",
    ]);
    expect(document.claims[4]).toMatchObject({ claimId: "C5", reason: "除外责任（工伤）" });
    expect(document.claims[6].reason).toBe("2022-01-10申领，已超过申领期限2021-12-05（医保结算后90天）");
    const english = JSON.parse((await runCli(base)).stdout);
    const amounts = (doc: { claims: { status: string; payout: number }[] }) =>
      doc.claims.map((claim) => [claim.status, claim.payout]);
    expect(amounts(document)).toEqual(amounts(english));
    expect(document.summary).toEqual(english.summary);
    expect(english.claims[0].explanation.at(-1)).toBe("Payout: 5,580.00");
  });

  it("exits with 2 and names --lang for a language it does not have", async () => {
    const { code, stderr } = await runCli([...benefitArgs, "--lang", "fr"]);
    expect(code).toBe(2);
    expect(stderr).toContain('option --lang: "fr" is not en or zh');
  });

  it("exits with 2 and names the file and column when a required column is missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-"));
    const bad = join(dir, "claims.csv");
    (await import("node:fs")).writeFileSync(
      bad,
      "claim_id,member_id,kind,admission_date,self_pay\nC1,M1,inpatient,2021-01-01,5\n",
    );
    const { code, stderr } = await runCli([
      "benefit",
      "--scenario",
      im2021,
      "--members",
      members,
      "--claims",
      bad,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${bad}: missing required column "discharge_date"`);
  });

  it("exits with 2 and names the file and JSON path of a bad scenario", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-"));
    const file = join(dir, "bad.json");
    const fs = await import("node:fs");
    fs.writeFileSync(
      file,
      JSON.stringify({
        extends: join(process.cwd(), im2021),
        policy: {
          inpatient: {
            bands: [
              { from: 0, upTo: 10000, rate: 0.4 },
              { from: 12000, upTo: null, rate: 0.7 },
            ],
          },
        },
      }),
    );
    const { code, stderr } = await runCli([
      "benefit",
      "--scenario",
      file,
      "--members",
      members,
      "--claims",
      claims,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `${file}: policy.inpatient.bands[1].from (band 2): leaves a gap: expected 10,000`,
    );
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("exits with 2 for an unreadable file, an unknown option or command", async () => {
    expect(
      (await runCli(["benefit", "--scenario", im2021, "--members", "nope.csv", "--claims", claims])).stderr,
    ).toContain("nope.csv: cannot be read (ENOENT)");
    expect((await runCli(["benefit", "--colour", "red"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).stderr).toContain('unknown command "frobnicate"');
    expect(existsSync("nope.csv")).toBe(false);
  });
});
