// Every CSV the product writes: quoted by RFC 4180, and no text cell a spreadsheet would run.
import { describe, expect, it } from "vitest";
import { formatCsv, neutralizeFormula } from "../../src/data/format-csv.ts";

describe("formatCsv", () => {
  it("neutralises text that begins like a formula (=, +, @, - and a letter, tab)", () => {
    expect(["=1+2", "+SUM(A1)", "@cmd", "-A1", "\tx"].map(neutralizeFormula)).toEqual([
      "'=1+2",
      "'+SUM(A1)",
      "'@cmd",
      "'-A1",
      "'\tx",
    ]);
  });

  it("leaves numbers and negative amounts alone", () => {
    expect(["-12.50", "0", "plain", "a=b"].map(neutralizeFormula)).toEqual(["-12.50", "0", "plain", "a=b"]);
    expect(formatCsv(["a", "b"], [{ a: -5, b: "-5.00" }])).toBe("a,b\n-5,-5.00\n");
  });

  it("quotes after neutralising", () => {
    expect(formatCsv(["id"], [{ id: '=HYPERLINK("x","y")' }])).toBe('id\n"\'=HYPERLINK(""x"",""y"")"\n');
  });
});
