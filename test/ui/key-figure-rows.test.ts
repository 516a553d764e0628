import { describe, expect, it } from "vitest";
import { compareFigures, keyFigures } from "../../src/ui/key-figure-rows.ts";
import { sampleRun } from "./sample-run.ts";

describe("key figures", () => {
  it("shows members, claims, contributions, benefits and loss ratio in the first and last year, with their standard errors", async () => {
    const { summary } = await sampleRun();
    const figures = keyFigures(Object.freeze(summary));
    const benefits = figures.filter((figure) => figure.figure === "benefitsPaid");
    expect(benefits.map((figure) => figure.year)).toEqual([1, 2]);
    expect(benefits[0]).toEqual({
      figure: "benefitsPaid",
      year: 1,
      unit: "yuan",
      value: summary.byYear[0]!.benefitsPaid.mean,
      error: { kind: "se", se: summary.byYear[0]!.benefitsPaid.se },
    });
    expect(figures.find((figure) => figure.figure === "lossRatio")?.unit).toBe("percent");
  });

  it("shows the ending balance's mean and median, ruin with its interval, and VaR and TVaR of the horizon", async () => {
    const { summary } = await sampleRun();
    const byName = new Map(keyFigures(summary).map((figure) => [figure.figure, figure]));
    expect(byName.get("endingBalanceMedian")).toMatchObject({
      year: 2,
      value: summary.byYear[1]!.balance.p50,
      error: { kind: "range", low: summary.byYear[1]!.balance.p5, high: summary.byYear[1]!.balance.p95 },
    });
    expect(byName.get("ruinProbability")).toMatchObject({
      year: null,
      value: summary.ruinProbability.value,
      error: { kind: "ci", low: summary.ruinProbability.low, high: summary.ruinProbability.high },
    });
    expect(byName.get("valueAtRisk")?.value).toBe(summary.risk.var99_5);
    expect(byName.get("tailValueAtRisk")?.value).toBe(summary.risk.tvar99_5);
  });

  it("has one row per yearly figure for a one-year run, and no TVaR error when the tail has one path", async () => {
    const { summary } = await sampleRun();
    const oneYear = {
      ...summary,
      byYear: summary.byYear.slice(0, 1),
      risk: { ...summary.risk, tvar99_5Se: Number.NaN },
    };
    const figures = keyFigures(oneYear);
    expect(figures.filter((figure) => figure.figure === "members")).toHaveLength(1);
    expect(figures.find((figure) => figure.figure === "tailValueAtRisk")?.error).toBeNull();
  });

  it("compareFigures puts A and B side by side with the paired differences the summary reports", async () => {
    const { summary } = await sampleRun();
    const rows = compareFigures(summary);
    const paid = rows.find((row) => row.figure === "benefitsPaid" && row.year === 2)!;
    expect(paid.a?.value).toBe(summary.byYear[1]!.benefitsPaid.mean);
    expect(paid.b?.value).toBe(summary.compare!.byYear[1]!.benefitsPaid.mean);
    expect(paid.difference).toEqual(summary.compare!.differences.byYear[1]!.benefitsPaid);
    expect(rows.find((row) => row.figure === "endingBalance")?.difference).toEqual(
      summary.compare!.differences.byYear[1]!.balance,
    );
    // Every row has B − A with an interval, the horizon's benefits included (with A and B).
    expect(rows.every((row) => row.difference !== null && row.a !== null && row.b !== null)).toBe(true);
    expect(rows.find((row) => row.figure === "members")?.difference).toEqual(
      summary.compare!.differences.byYear[0]!.members,
    );
    const total = rows.at(-1)!;
    expect(total.figure).toBe("totalBenefitsIncurred");
    expect(total.a?.value).toBe(summary.totalBenefitsIncurred.mean);
    expect(total.b?.value).toBe(summary.compare!.totalBenefitsIncurred.mean);
    expect(() => compareFigures({ ...summary, compare: undefined })).toThrow(/no comparison/);
  });
});
