// Issue 7's reproductions for claims and members files, through the command line in-process: no row is
// lost or mis-read, nothing crashes, and every problem names the file and the row.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const MEMBERS = `member_id,status,sex,birth_date,unit_id,period_start,period_end,allowance_years,region
M1,active,F,1980-03-01,U1,2021-01-01,2021-12-31,2,Hohhot
`;
const HEADER = "claim_id,member_id,kind,admission_date,discharge_date,self_pay";
const claim = (id: string, selfPay = "12000") => `${id},M1,inpatient,2021-03-01,2021-03-10,${selfPay}`;

function files(claims: string, members = MEMBERS) {
  const folder = mkdtempSync(join(tmpdir(), "huzhu-csv-"));
  writeFileSync(join(folder, "members.csv"), members);
  writeFileSync(join(folder, "claims.csv"), claims);
  return { members: join(folder, "members.csv"), claims: join(folder, "claims.csv") };
}

async function benefit(claims: string, members = MEMBERS, extra: string[] = []) {
  const paths = files(claims, members);
  const result = await runCli([
    "benefit",
    "--scenario",
    "scenarios/inner-mongolia-2021.json",
    "--members",
    paths.members,
    "--claims",
    paths.claims,
    ...extra,
  ]);
  const rows = result.stdout.trim().split("\n").slice(1);
  return { ...result, rows, paths };
}

describe("claims files that used to lose or mis-read rows", () => {
  it("a stray quote at the start of row 101 of 200 is exit 2 naming the line, not 100 rows", async () => {
    const lines = Array.from({ length: 200 }, (_, i) => claim(`C${i + 1}`));
    lines[100] = `"${lines[100]}`;
    const { code, stderr, stdout } = await benefit([HEADER, ...lines].join("\n") + "\n");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('claims.csv line 102: a quote (") opens a field here and is never closed');
  });

  it("self_pay written 12,000 without quotes is an invalid row, not 12 yuan", async () => {
    const { code, rows } = await benefit([HEADER, claim("C1", "12,000"), claim("C2")].join("\n") + "\n");
    expect(code).toBe(0);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^C1,M1,invalid,0\.00,0\.00,0\.00,0\.00,0\.00,.*row 2: 7 fields, expected 6/);
    expect(rows[1]).toMatch(/^C2,M1,paid,/);
  });

  it("blank and trailing lines are skipped and counted: 2 claims in, 2 rows out", async () => {
    const { code, rows, stderr } = await benefit(`${HEADER}\n\n${claim("C1")}\n\n${claim("C2")}\n\n\n`);
    expect(code).toBe(0);
    expect(rows).toHaveLength(2);
    expect(stderr).toContain("2 rows read, 4 blank lines skipped");
  });

  it("header names __proto__, valueOf and hasOwnProperty are read as columns (no crash)", async () => {
    for (const name of ["__proto__", "valueOf", "hasOwnProperty", "constructor"]) {
      const { code, rows } = await benefit(`${HEADER},${name}\n${claim("C1")},x\n`);
      expect(code).toBe(0);
      expect(rows).toHaveLength(1);
    }
  });

  it("a duplicated column is exit 2 naming it", async () => {
    const { code, stderr } = await benefit(`${HEADER},self_pay\n${claim("C1")},5\n`);
    expect(code).toBe(2);
    expect(stderr).toContain('claims.csv: column "self_pay" appears more than once in the header');
  });

  it("0x2710 and 0b111 are not amounts", async () => {
    const { rows } = await benefit([HEADER, claim("C1", "0x2710"), claim("C2", "0b111")].join("\n"));
    expect(rows[0]).toContain('self_pay ""0x2710"" is not an amount');
    expect(rows[1]).toContain('self_pay ""0b111"" is not an amount');
    expect(rows.every((row) => row.split(",")[2] === "invalid")).toBe(true);
  });

  it("a claim id that looks like a formula is written as text", async () => {
    const { rows } = await benefit([HEADER, claim("=HYPERLINK(1)")].join("\n"));
    expect(rows[0]!.startsWith("'=HYPERLINK(1),M1,paid,")).toBe(true);
  });

  it("a members row with the wrong number of fields makes its claims invalid, naming the row", async () => {
    const members = MEMBERS + "M2,active,F,1980-03-01,U1,2021-01-01,2021-12-31,2,Hohhot,extra\n";
    const { rows } = await benefit([HEADER, "C1,M2,inpatient,2021-03-01,2021-03-10,100"].join("\n"), members);
    expect(rows[0]).toContain("invalid");
    expect(rows[0]).toContain("members.csv row 3: 10 fields, expected 9");
  });

  it("writes reasons in Chinese with --lang zh", async () => {
    const { rows, stderr } = await benefit([HEADER, claim("C1", "0x2710")].join("\n"), MEMBERS, [
      "--lang",
      "zh",
    ]);
    expect(rows[0]).toContain('claims.csv 第 2 行：self_pay ""0x2710"" 不是金额');
    expect(stderr).toContain("共 1 笔理赔：0 笔支付，0 笔拒付，1 笔无效；合计支付 0.00 元");
  });
});

describe("limits", () => {
  it("benefit --format json refuses more than 200,000 claims at once, before adjudicating, and says why", async () => {
    const lines = Array.from({ length: 200_001 }, (_, i) => claim(`C${i}`));
    const { code, stderr, stdout } = await benefit([HEADER, ...lines].join("\n"), MEMBERS, [
      "--format",
      "json",
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      "the JSON output would hold 200,001 rows; at most 200,000 are written as JSON (use --format csv)",
    );
  });
});

describe("huzhu report", () => {
  it("keeps a region named (all) apart from the total line", async () => {
    const members = MEMBERS.replace("Hohhot", "(all)");
    const paths = files([HEADER, claim("C1")].join("\n"), members);
    const { code, stdout } = await runCli([
      "report",
      "--scenario",
      "scenarios/inner-mongolia-2021.json",
      "--members",
      paths.members,
      "--claims",
      paths.claims,
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines.filter((line) => line.startsWith("(all),"))).toHaveLength(2);
    expect(lines.at(-2)!.endsWith(",group")).toBe(true);
    expect(lines.at(-1)!.endsWith(",total")).toBe(true);
  });
});
