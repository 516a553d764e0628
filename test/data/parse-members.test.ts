import { describe, expect, it } from "vitest";
import { parseMembers } from "../../src/data/parse-members.ts";
import { renderMessage } from "../../src/messages.ts";
import { parseDay } from "../../src/policy/dates.ts";

const header = "member_id,status,sex,birth_date,unit_id,region,period_start,period_end,allowance_years";

describe("parseMembers: plain fields read in place, any other through their text, alike", () => {
  const expected = {
    memberId: "M1",
    status: "retiree",
    sex: "M",
    birthDay: parseDay("1960-02-29"),
    unitId: "U 7",
    region: "呼和浩特",
    periodStart: parseDay("2023-01-01"),
    periodEnd: parseDay("2023-12-31"),
    allowanceYears: 12,
    products: [],
    productRenewal: false,
    shares: 1,
  };

  it("gives the same member from plain, padded and quoted fields", () => {
    const plain = `${header}\nM1,retiree,M,1960-02-29,U 7,呼和浩特,2023-01-01,2023-12-31,12\n`;
    const padded = `${header}\n M1 , retiree ,M , 1960-02-29,U 7 , 呼和浩特,2023-01-01 ,2023-12-31, 012\n`;
    const quoted = `${header}\r\n"M1","retiree","M","1960-02-29","U 7","呼和浩特","2023-01-01","2023-12-31","12"\r\n`;
    for (const text of [plain, padded, quoted]) {
      const file = parseMembers(text, "members.csv");
      expect(file.badMembers.size).toBe(0);
      expect(file.members).toEqual([expected]);
    }
  });

  it("finds overlapping periods of one member whether the file is sorted by id or not", () => {
    const row = (id: string, start: string, end: string) => `${id},active,F,1990-01-01,U1,,${start},${end},1`;
    for (const rows of [
      [
        row("M1", "2023-01-01", "2023-06-30"),
        row("M1", "2023-06-01", "2023-12-31"),
        row("M2", "2023-01-01", "2023-12-31"),
      ],
      [
        row("M2", "2023-01-01", "2023-12-31"),
        row("M1", "2023-06-01", "2023-12-31"),
        row("M1", "2023-01-01", "2023-06-30"),
      ],
    ]) {
      const file = parseMembers(`${header}\n${rows.join("\n")}\n`, "members.csv");
      expect(file.members.map((member) => member.memberId)).toEqual(["M2"]);
      expect(renderMessage(file.badMembers.get("M1")!, "en")).toMatch(/M1/);
    }
  });

  it("keeps a bad value's message, as written in the file", () => {
    const text = `${header}\nM1,active,F,1990-02-30,U1,,2023-01-01,2023-12-31,1\nM2,active,F,1990-01-01,U1,,2023-01-01,2023-12-31, 0 \n`;
    const file = parseMembers(text, "members.csv");
    expect(renderMessage(file.badMembers.get("M1")!, "en")).toMatch(/birth_date.*1990-02-30/);
    expect(renderMessage(file.badMembers.get("M2")!, "en")).toMatch(/allowance_years.*"?0"?/);
  });
});
