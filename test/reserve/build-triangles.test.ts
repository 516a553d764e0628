import { describe, expect, it } from "vitest";
import { parseDay } from "../../src/policy/dates.ts";
import { buildTriangles } from "../../src/reserve/build-triangles.ts";

const day = parseDay;

describe("buildTriangles", () => {
  const records = [
    // 2023 origin: filed in 2023 and paid 2024; filed and paid 2024; 2024 origin filed and paid 2024
    { originDay: day("2023-03-01"), reportedDay: day("2023-12-20"), paidDay: day("2024-01-10"), amount: 100 },
    { originDay: day("2023-11-01"), reportedDay: day("2024-02-01"), paidDay: day("2024-03-01"), amount: 50 },
    { originDay: day("2024-06-01"), reportedDay: day("2024-07-01"), paidDay: day("2024-07-05"), amount: 30 },
    // Filed in 2024 but paid after the valuation: reported, not paid.
    { originDay: day("2024-09-01"), reportedDay: day("2024-12-01"), paidDay: day("2025-01-15"), amount: 20 },
    // Filed after the valuation: unknown.
    { originDay: day("2024-10-01"), reportedDay: day("2025-02-01"), paidDay: day("2025-02-10"), amount: 999 },
  ];
  const triangles = buildTriangles(records, { valuationDay: day("2024-12-31"), grain: "year" });

  it("puts each claim in its origin year and the development year it was filed or paid", () => {
    expect(triangles.reportedAmount.origins).toEqual(["2023", "2024"]);
    expect(triangles.reportedAmount.cells).toEqual([
      [100, 150],
      [50, null],
    ]);
    expect(triangles.paidAmount.cells).toEqual([
      [0, 150],
      [30, null],
    ]);
    expect(triangles.reportedCount.cells).toEqual([
      [1, 2],
      [2, null],
    ]);
    expect(triangles.paidCount.cells).toEqual([
      [0, 2],
      [1, null],
    ]);
  });

  it("leaves claims filed after the valuation date out, and counts them", () => {
    expect(triangles.known).toBe(4);
    expect(triangles.unknown).toBe(1);
  });

  it("uses quarters and months as grains", () => {
    const quarters = buildTriangles(records, { valuationDay: day("2024-03-31"), grain: "quarter" });
    expect(quarters.reportedAmount.origins).toEqual(["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"]);
    // The 2023-Q1 claim was filed in 2023-Q4: development quarter 4.
    expect(quarters.reportedAmount.cells[0]).toEqual([0, 0, 0, 100, 100]);
    const months = buildTriangles(records, { valuationDay: day("2024-01-31"), grain: "month" });
    expect(months.reportedAmount.origins[0]).toBe("2023-03");
    expect(months.paidAmount.cells[0]![10]).toBe(100); // paid January 2024: development month 11
  });
});
