import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
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
  "--previous-members",
  "test/fixtures/claims/members-2020.csv",
  "--previous-claims",
  "test/fixtures/claims/claims-2020.csv",
];

/** Rows of a CSV without quoted commas, keyed by header. */
const rowsOf = (text: string) => {
  const [header, ...lines] = text.trim().split("\n");
  const keys = header!.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((value, i) => [keys[i]!, value])));
};

describe("huzhu report: the yearly results pack", () => {
  it("writes every table as CSV with the year-on-year change, by hand-checked figures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-pack-"));
    const { code, stderr } = await runCli([...args, "--pack-dir", dir]);
    expect(stderr).not.toContain("internal error");
    expect(code).toBe(0);
    const headline = rowsOf(readFileSync(join(dir, "headline.csv"), "utf8"));
    const measure = (name: string) => headline.find((row) => row.measure === name)!;
    // 2021: 3 members; 2020: M1 and M4. Payout 2020: P1 self-pay 1,000 × 40% = 400 + 4 days × 10 = 440.
    expect(measure("members")).toMatchObject({ value: "3", previous: "2", change: "1", pct_change: "50.00" });
    expect(measure("total_payout")).toMatchObject({
      value: "7780.00",
      previous: "440.00",
      change: "7340.00",
    });
    // The CSV keeps the loss ratio a ratio: 7,780 / 600 and 440 / 200.
    expect(measure("loss_ratio")).toMatchObject({ value: "12.9667", previous: "2.2000", change: "10.7667" });
    const regions = rowsOf(readFileSync(join(dir, "by_region.csv"), "utf8"));
    // Hohhot: 2 members (1 in 2020), payout 5,780 against 440: +5,340, +1,213.64%.
    expect(regions.find((row) => row.region === "Hohhot")).toMatchObject({
      members: "2",
      members_change: "1",
      members_pct_change: "100.00",
      total_payout: "5780.00",
      total_payout_change: "5340.00",
      total_payout_pct_change: "1213.64",
    });
    const bad = rowsOf(readFileSync(join(dir, "bad_input.csv"), "utf8"));
    const check = (name: string) => bad.find((row) => row.check === name)!;
    expect(check("claims_of_unknown_members")).toMatchObject({ count: "1", examples: "C4" });
    expect(check("invalid_claim_rows")).toMatchObject({ count: "2", examples: "C3 C6" });
    expect(check("regions_new_this_year")).toMatchObject({ count: "1", examples: "Ordos" });
    expect(check("regions_missing_this_year")).toMatchObject({ count: "1", examples: "Wuhai" });
    const rejections = rowsOf(readFileSync(join(dir, "rejections.csv"), "utf8"));
    expect(rejections.find((row) => row.reason === "excluded_cause: work_injury")).toMatchObject({
      claims: "1",
      examples: "C5",
    });
    expect(rejections.find((row) => row.reason === "late_filing")).toMatchObject({
      claims: "1",
      examples: "C7",
    });
    expect(rejections.at(-1)).toMatchObject({ reason: "(all)", claims: "5" });
  });

  it("shows the loss ratio as a percentage with its definition in the table view, in Chinese with 合计", async () => {
    const { code, stdout } = await runCli([...args, "--format", "table", "--lang", "zh"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/赔付率\s+1296\.7%\s+220\.0%\s+\+1076\.7 个百分点/);
    expect(stdout).toContain("赔付率 = 本年度申领的补助金额合计 ÷ 本年度会员应缴会费");
    expect(stdout).toMatch(/合计\s+3\s/);
  });

  it("writes an Excel workbook: one sheet per table, Chinese headers under zh, numbers as numbers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-xlsx-"));
    const file = join(dir, "pack.xlsx");
    const { code } = await runCli([...args, "--xlsx", file, "--lang", "zh"]);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toContain("按盟市");
    expect(names.length).toBe(15);
    const sheet = workbook.getWorksheet("按盟市")!;
    const header = sheet.getRow(1).values as unknown[];
    expect(header).toContain("参互人数");
    expect(header).toContain("补助金额变化");
    const total = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(1).value === "合计")!;
    const column = (name: string) => header.indexOf(name);
    expect(total.getCell(column("补助金额")).value).toBe(7780);
    expect(typeof total.getCell(column("参互人数")).value).toBe("number");
    // The loss ratio is stored as the ratio, shown as a percentage by the cell format.
    expect(total.getCell(column("赔付率")).value).toBeCloseTo(12.9667, 4);
    expect(total.getCell(column("赔付率")).numFmt).toBe("0.0%");
  });

  it("gives Chinese headers and 合计 on standard output under --lang zh, with the same numbers", async () => {
    const base = args.slice(0, 7);
    const english = await runCli(base);
    const chinese = await runCli([...base, "--lang", "zh"]);
    expect(chinese.stdout.split("\n")[0]).toMatch(/^盟市,参互人数,应缴会费,申领件数,补助件数/);
    expect(chinese.stdout).toContain("合计,3,600.00,8,3,2,3,7780.00,100.00,2593.33,2000.00,12.9667");
    expect(english.stdout).toContain("(all),3,600.00,8,3,2,3,7780.00,100.00,2593.33,2000.00,12.9667");
  });

  it("refuses --previous-members without --previous-claims (exit 2, naming the option)", async () => {
    const { code, stderr } = await runCli([...args.slice(0, 9)]);
    expect(code).toBe(2);
    expect(stderr).toContain("--previous-claims");
  });
});
