import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePublishedFigures, publishedValue } from "../../src/data/published-figures.ts";
import { parseCsvRows } from "../../src/data/parse-csv-rows.ts";
import { scenarioDefaults } from "../../src/scenario/defaults.ts";

const file = "data/published/inner-mongolia.csv";
const figures = parsePublishedFigures(readFileSync(file, "utf8"), file);

describe("data/published", () => {
  it("gives every Inner Mongolia figure a source and a P or D flag", () => {
    expect(figures.length).toBeGreaterThan(15);
    for (const figure of figures) {
      expect(figure.source.length).toBeGreaterThan(10);
      expect(["P", "D"]).toContain(figure.flag);
      expect(figure.periodTo).toBeGreaterThanOrEqual(figure.periodFrom);
    }
  });

  it("holds the seed-000 inpatient totals 2019–2024 (581.5万人次, 28.15万人次, 2.47亿元)", () => {
    expect(publishedValue(figures, "inpatient", 2019, 2024, "person_times")).toBe(5_815_000);
    expect(publishedValue(figures, "inpatient", 2019, 2024, "paid_claims")).toBe(281_500);
    expect(publishedValue(figures, "inpatient", 2019, 2024, "benefits")).toBe(247_000_000);
    expect(() => publishedValue(figures, "inpatient", 2030, 2030, "members")).toThrow(/no published/);
  });

  it("derives 2023 members from 2024's growth: 1,439,500 / 1.0538", () => {
    expect(publishedValue(figures, "all", 2023, 2023, "members")).toBe(Math.round(1_439_500 / 1.0538));
  });

  it("names the national figures behind the default stay rates and length of stay", () => {
    const { rows } = parseCsvRows(readFileSync("data/published/national.csv", "utf8"), "national.csv", [
      "measure",
      "value",
      "used_for",
      "source",
    ]);
    const usedFor = (name: string) => rows.find((row) => row.used_for === name)!;
    const hospitalisation = scenarioDefaults.assumptions.hospitalisation;
    expect(Number(usedFor("hospitalisation.retireeStayRate").value)).toBe(hospitalisation.retireeStayRate);
    expect(Number(usedFor("hospitalisation.meanLengthOfStay").value)).toBe(hospitalisation.meanLengthOfStay);
    for (const row of rows) expect(row.source?.length ?? 0).toBeGreaterThan(5);
  });

  it("names the file, row and field of a value that is not a number", () => {
    const bad =
      "period_from,period_to,product,measure,value,unit,flag,source\n2019,2019,all,members,many,persons,P,x\n";
    expect(() => parsePublishedFigures(bad, "x.csv")).toThrow('x.csv row 2: value "many" is not an amount');
  });
});
