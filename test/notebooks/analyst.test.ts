import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseClaims } from "../../src/data/parse-claims.ts";
import { parseMembers } from "../../src/data/parse-members.ts";
import { adjudicateClaims } from "../../src/policy/adjudicate-claims.ts";
import { compilePolicy } from "../../src/policy/compile-policy.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { notebookContract } from "./notebook-contract.ts";
import { executeCopy, savedNotebook, summaryOf, type Notebook } from "./run-notebook.ts";

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
  pack: {
    year: number;
    previousYear: number | null;
    headline: Record<string, number>;
    pctChange: Record<string, number | null>;
  }[];
  aeByRegion: {
    region: string;
    paid: number;
    expected: number | null;
    ae: number | null;
    low: number | null;
    high: number | null;
  }[];
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

  describe("the three-year pack of data/sample", () => {
    const policy = compilePolicy(loadScenario("scenarios/inner-mongolia-2021.json").policy);
    /** The year's figures summed straight from its CSV files, each claim adjudicated on its own. */
    const direct = (year: number) => {
      const membersFile = `data/sample/members-${year}.csv`;
      const claimsFile = `data/sample/claims-${year}.csv`;
      const claimsText = readFileSync(claimsFile, "utf8");
      const members = parseMembers(readFileSync(membersFile, "utf8"), membersFile);
      const claims = parseClaims(claimsText, claimsFile, members);
      const adjudications = adjudicateClaims(policy, members.members, claims);
      return {
        claimRows: claimsText.trim().split("\n").length - 1,
        paid: adjudications.filter((claim) => claim.status === "paid").length,
        payout: adjudications.reduce((sum, claim) => sum + claim.payout, 0),
      };
    };

    it("has the three years in order, each against the year before", () => {
      expect(summary.pack.map((year) => [year.year, year.previousYear])).toEqual([
        [2022, null],
        [2023, 2022],
        [2024, 2023],
      ]);
    });

    it("accounts for every claims row of each year and totals the payout the claims sum to", () => {
      for (const year of summary.pack) {
        const sums = direct(year.year);
        const { claims, paid, rejected, invalid, total_payout } = year.headline;
        expect(claims).toBe(sums.claimRows);
        expect(paid! + rejected! + invalid!).toBe(sums.claimRows);
        expect(paid).toBe(sums.paid);
        expect(total_payout).toBeCloseTo(sums.payout, 2);
        expect(year.headline.mean_paid_claim).toBeCloseTo(sums.payout / sums.paid, 1);
        expect(year.headline.paid_per_100_members).toBeCloseTo((100 * paid!) / year.headline.members!, 10);
      }
    });

    it("was saved with the figures of the committed files (re-execute it when data/sample changes)", () => {
      // The saved outputs are what a reader sees on a Git host: they must be those of data/sample as it is.
      const saved = summaryOf(savedNotebook("analyst")) as Summary;
      expect(saved.pack.map((year) => year.year)).toEqual([2022, 2023, 2024]);
      for (const year of saved.pack) {
        const sums = direct(year.year);
        expect(year.headline.claims).toBe(sums.claimRows);
        expect(year.headline.paid).toBe(sums.paid);
        expect(year.headline.total_payout).toBeCloseTo(sums.payout, 2);
      }
    });

    it("gives year-on-year changes as the per cent change of the two years' figures", () => {
      for (const [index, year] of summary.pack.entries()) {
        if (index === 0) continue;
        const before = summary.pack[index - 1]!.headline;
        for (const measure of ["members", "paid", "total_payout"])
          expect(year.pctChange[measure]).toBeCloseTo(
            (100 * (year.headline[measure]! - before[measure]!)) / before[measure]!,
            8,
          );
      }
    });

    it("splits 2024's paid claims by region, with A/E = paid ÷ expected inside its interval", () => {
      const latest = summary.pack.at(-1)!;
      const regions = summary.aeByRegion.filter((row) => row.region !== "(all)");
      const all = summary.aeByRegion.find((row) => row.region === "(all)")!;
      expect(regions.reduce((sum, row) => sum + row.paid, 0)).toBe(latest.headline.paid);
      expect(all.paid).toBe(latest.headline.paid);
      expect(all.expected!).toBeCloseTo(
        regions.reduce((sum, row) => sum + (row.expected ?? 0), 0),
        6,
      );
      for (const row of summary.aeByRegion) {
        if (row.ae === null) continue;
        expect(row.ae).toBeCloseTo(row.paid / row.expected!, 10);
        expect(row.low!).toBeLessThanOrEqual(row.ae);
        expect(row.high!).toBeGreaterThanOrEqual(row.ae);
      }
      // Over the whole fund the model expects about as many claims as were paid: the sample was drawn from
      // the 2021 scenario's own model (huzhu synth), so A/E is near 1.
      expect(latest.headline.paid! / all.expected!).toBeGreaterThan(0.9);
      expect(latest.headline.paid! / all.expected!).toBeLessThan(1.1);
    });
  });
});
