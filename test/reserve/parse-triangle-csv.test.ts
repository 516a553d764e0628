import { describe, expect, it } from "vitest";
import { InputError } from "../../src/messages.ts";
import { parseTriangleCsv } from "../../src/reserve/parse-triangle-csv.ts";

const problems = (text: string, locale: "en" | "zh" = "en"): string[] => {
  try {
    parseTriangleCsv(text, "t.csv");
  } catch (error) {
    if (error instanceof InputError) return error.texts(locale);
    throw error;
  }
  return [];
};

describe("parseTriangleCsv", () => {
  it("reads origins and cumulative cells, empty cells as the future", () => {
    expect(parseTriangleCsv("origin,1,2,3\n2022,10,20,25\n2023,12,22,\n2024,15,,\n", "t.csv")).toEqual({
      origins: ["2022", "2023", "2024"],
      cells: [
        [10, 20, 25],
        [12, 22, null],
        [15, null, null],
      ],
    });
  });

  it("names the row and column of each problem, in English or Chinese", () => {
    expect(problems("origin,1,3\n2022,10,20\n")).toEqual([
      't.csv row 1 column 3: "3" should be the development period 2',
    ]);
    expect(problems("origin,1,2\n2022,10,x\n2023,,5\n2023,1\n")).toEqual([
      't.csv row 2 column 3: "x" is not a number (expected a cumulative amount, or empty for the future)',
      "t.csv row 3 column 3: a value after an empty cell; the future cells must all be at the end of the row",
      "t.csv row 3: no known value; expected at least development period 1",
      "t.csv row 4: 2 fields, expected 3",
    ]);
    expect(problems("year,1\n2022,1\n", "zh")).toEqual(['t.csv 第 1 行第 1 列："year" 应为 "origin"']);
    expect(problems("")).toEqual([
      't.csv: no rows; expected a header "origin,1,2,…" and one row per origin period',
    ]);
  });
});
