import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { notebookContract } from "./notebook-contract.ts";
import { executeCopy, summaryOf, type Notebook } from "./run-notebook.ts";

interface Summary {
  report: {
    group: string;
    members: number;
    contributions: number;
    claims: number;
    paid: number;
    rejected: number;
    invalid: number;
    totalPayout: number;
    lossRatio: number | null;
  }[];
  payouts: Record<string, number>;
  nextPayouts: Record<string, number>;
}

describe("notebooks/analyst.ipynb: the year's results by region, and next year's rules", () => {
  let notebook: Notebook;
  let summary: Summary;
  beforeAll(() => {
    notebook = executeCopy("analyst");
    summary = summaryOf(notebook) as Summary;
  }, 600_000);

  notebookContract("analyst", () => notebook);

  it("accounts for every claim of the claims file", () => {
    const rows = readFileSync("test/fixtures/claims/claims.csv", "utf8").trim().split("\n").length - 1;
    const total = summary.report.at(-1)!;
    expect(total.group).toBe("(all)");
    expect(total.claims).toBe(rows);
    expect(total.paid + total.rejected + total.invalid).toBe(rows);
    expect(Object.keys(summary.payouts)).toHaveLength(rows);
  });

  it("reports the regions' figures worked by hand (as test/cli/report-command.test.ts)", () => {
    const byGroup = new Map(summary.report.map((row) => [row.group, row]));
    // Hohhot: M1 (active, fee 100: C1 5,580 and C2 200 paid) and M2 (retiree, fee 400: C3 invalid, C5 rejected).
    expect(byGroup.get("Hohhot")).toMatchObject({
      members: 2,
      contributions: 500,
      claims: 4,
      totalPayout: 5780,
    });
    // Ordos: M3 (fee 100): C6 invalid, C7 rejected, C8 paid 2,000.
    expect(byGroup.get("Ordos")).toMatchObject({
      members: 1,
      contributions: 100,
      claims: 3,
      totalPayout: 2000,
    });
    expect(byGroup.get("(unknown member)")).toMatchObject({
      members: 0,
      claims: 1,
      invalid: 1,
      totalPayout: 0,
    });
    expect(byGroup.get("(all)")!.lossRatio).toBeCloseTo(7780 / 600, 10);
  });

  it("replays the claims under the 2025 rules with the payouts worked from the rules", () => {
    // 2021 (001): C1 12,000 self-pay → 10,000 × 40% + 2,000 × 70% = 5,400, + 9 days × 20 allowance = 5,580.
    expect(summary.payouts.C1).toBe(5580);
    // 2025 (000 FAQ 3): 3,000 × 40% + 2,000 × 50% + 5,000 × 60% + 2,000 × 70% = 6,600, + 180 allowance.
    expect(summary.nextPayouts.C1).toBe(6780);
    // C8, special outpatient banded like a stay: 2021 5,000 × 40% = 2,000; 2025 3,000 × 40% + 2,000 × 50% = 2,200.
    expect(summary.payouts.C8).toBe(2000);
    expect(summary.nextPayouts.C8).toBe(2200);
  });
});
