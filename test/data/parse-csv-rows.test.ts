// The CSV reader: every record is a row, its shape is checked against the header, and nothing is lost.
import { describe, expect, it } from "vitest";
import { parseCsvRows } from "../../src/data/parse-csv-rows.ts";
import { InputError, renderMessage } from "../../src/messages.ts";

const texts = (error: unknown, lang: "en" | "zh" = "en") => (error as InputError).texts(lang);
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an InputError");
}

describe("parseCsvRows", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks (RFC 4180)", () => {
    const { rows, rowLines } = parseCsvRows('a,b\n"x,1","say ""hi""\nthere"\n2,3\n', "f.csv", ["a"]);
    expect(rows.map((row) => ({ ...row }))).toEqual([
      { a: "x,1", b: 'say "hi"\nthere' },
      { a: "2", b: "3" },
    ]);
    // The second record starts on line 4: the first runs over lines 2 and 3.
    expect(rowLines).toEqual([2, 4]);
  });

  it("gives a row with too many fields a problem instead of dropping the extra (12,000 unquoted)", () => {
    const { rows, rowProblems } = parseCsvRows("id,self_pay\nC1,12,000\nC2,100\n", "c.csv", []);
    expect(rows).toHaveLength(2);
    expect(renderMessage(rowProblems[0]!, "en")).toBe("c.csv row 2: 3 fields, expected 2");
    expect(renderMessage(rowProblems[0]!, "zh")).toBe("c.csv 第 2 行：有 3 个字段，应为 2 个");
    expect(rowProblems[1]).toBeNull();
  });

  it("gives a row with too few fields a problem", () => {
    const { rowProblems } = parseCsvRows("a,b,c\n1,2\n", "c.csv", []);
    expect(renderMessage(rowProblems[0]!, "en")).toBe("c.csv row 2: 2 fields, expected 3");
  });

  it("skips blank and trailing lines and counts them (2 records in, 2 rows out)", () => {
    const { rows, blankLines, rowLines } = parseCsvRows("a,b\r\n1,2\r\n\r\n   \n3,4\n\n\n", "c.csv", []);
    expect(rows).toHaveLength(2);
    expect(blankLines).toBe(4);
    expect(rowLines).toEqual([2, 5]);
  });

  it("refuses a quote that never closes, naming the line where it opened", () => {
    const error = thrown(() => parseCsvRows('a,b\n1,2\n"3,4\n5,6\n', "c.csv", []));
    expect(texts(error)).toEqual(['c.csv line 3: a quote (") opens a field here and is never closed']);
  });

  it("keeps each row apart when a stray quote is closed by another far below: the row says where", () => {
    const { rows, rowProblems } = parseCsvRows('a,b\n"1,2\n3,4\n5",6\n7,8\n', "c.csv", []);
    // The quoted field swallows lines 2–4 into one record of 2 fields; the reader cannot know, but row 5 survives.
    expect(rows.at(-1)).toEqual(Object.assign(Object.create(null), { a: "7", b: "8" }));
    expect(rowProblems.at(-1)).toBeNull();
  });

  it("reads header names like __proto__, valueOf and hasOwnProperty as plain columns", () => {
    const { rows, columns } = parseCsvRows("__proto__,valueOf,hasOwnProperty\n1,2,3\n", "c.csv", ["valueof"]);
    expect(columns).toEqual(["__proto__", "valueof", "hasownproperty"]);
    expect(rows[0]!["__proto__"]).toBe("1");
    expect(rows[0]!.valueof).toBe("2");
    expect(Object.getPrototypeOf(rows[0])).toBeNull();
  });

  it("refuses a column named twice, naming it", () => {
    const error = thrown(() => parseCsvRows("a,b,A\n1,2,3\n", "c.csv", []));
    expect(texts(error)).toEqual(['c.csv: column "a" appears more than once in the header']);
    expect(texts(error, "zh")).toEqual(['c.csv：表头中列 "a" 出现了不止一次']);
  });

  it("drops a byte-order mark and keeps text as typed", () => {
    const { rows } = parseCsvRows("\uFEFFa,b\n007,0x10\n", "c.csv", ["a"]);
    expect({ ...rows[0] }).toEqual({ a: "007", b: "0x10" });
  });
});
