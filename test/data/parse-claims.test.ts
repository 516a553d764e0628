import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/data/parse-claims.ts";
import { parseMembers } from "../../src/data/parse-members.ts";
import { renderMessage } from "../../src/messages.ts";
import { parseDay } from "../../src/policy/dates.ts";

const members = parseMembers(readFileSync("test/fixtures/claims/members.csv", "utf8"), "members.csv");
const header = "claim_id,member_id,kind,admission_date,discharge_date,self_pay,paid_date";

describe("parseClaims: the optional paid_date column", () => {
  it("reads a paid date as a day number, and an empty or absent one as not known (null)", () => {
    const text = `${header}\nC1,M1,inpatient,2021-03-01,2021-03-10,12000,2021-04-02\nC2,M1,inpatient,2021-05-01,2021-05-03,100,\n`;
    const [first, second] = parseClaims(text, "claims.csv", members);
    expect(first).toMatchObject({ claimId: "C1", paidDay: parseDay("2021-04-02") });
    expect(second).toMatchObject({ claimId: "C2", paidDay: null });
    const withoutColumn = parseClaims(
      "claim_id,member_id,kind,admission_date,discharge_date,self_pay\nC1,M1,inpatient,2021-03-01,2021-03-10,1\n",
      "claims.csv",
      members,
    );
    expect(withoutColumn[0]).toMatchObject({ paidDay: null });
  });

  it("turns a paid date that is not a date into an invalid row naming the file, row and field", () => {
    const text = `${header}\nC1,M1,inpatient,2021-03-01,2021-03-10,12000,soon\n`;
    const row = parseClaims(text, "claims.csv", members)[0]!;
    expect("invalidReason" in row).toBe(true);
    if (!("invalidReason" in row)) return;
    expect(renderMessage(row.invalidReason, "en")).toBe(
      'claims.csv row 2: paid_date "soon" is not a date (expected YYYY-MM-DD)',
    );
    expect(renderMessage(row.invalidReason, "zh")).toContain("paid_date");
  });
});
