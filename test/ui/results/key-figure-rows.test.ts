// Key figures from a hand-built summary (test/ui/results/hand-built-summary.ts): every expected value below is
// that file's number for the figure, written out, so a figure taken from the wrong place shows.
import { describe, expect, it } from "vitest";
import { compareFigures, keyFigures } from "../../../src/ui/results/key-figure-rows.ts";
import { handBuiltSummary } from "./hand-built-summary.ts";

describe("key figures", () => {
  const summary = Object.freeze(handBuiltSummary());

  it("shows members, claims, contributions, benefits and loss ratio in the first and last year, with their standard errors", () => {
    const figures = keyFigures(summary);
    const yearly = (figure: string) =>
      figures.filter((row) => row.figure === figure).map((row) => [row.year, row.unit, row.value, row.error]);
    expect(yearly("members")).toEqual([
      [1, "count", 1_000_001, { kind: "se", se: 11 }],
      [2, "count", 1_000_002, { kind: "se", se: 12 }],
    ]);
    expect(yearly("claims").map((row) => row[2])).toEqual([40_001, 40_002]);
    expect(yearly("contributions").map((row) => row[2])).toEqual([100_000_001, 100_000_002]);
    expect(yearly("benefitsPaid")).toEqual([
      [1, "yuan", 55_000_001, { kind: "se", se: 250_001 }],
      [2, "yuan", 55_000_002, { kind: "se", se: 250_002 }],
    ]);
    expect(yearly("lossRatio")).toEqual([
      [1, "percent", 0.61, { kind: "se", se: 0.004 }],
      [2, "percent", 0.62, { kind: "se", se: 0.005 }],
    ]);
  });

  it("shows the ending balance's mean and median (with its 5–95% range), ruin with its interval, and VaR and TVaR", () => {
    const byName = new Map(keyFigures(summary).map((figure) => [figure.figure, figure]));
    expect(byName.get("endingBalance")).toEqual({
      figure: "endingBalance",
      year: 2,
      unit: "yuan",
      value: 40_000_002,
      error: { kind: "se", se: 100_002 },
    });
    expect(byName.get("endingBalanceMedian")).toEqual({
      figure: "endingBalanceMedian",
      year: 2,
      unit: "yuan",
      value: 39_000_002,
      error: { kind: "range", low: 25_000_002, high: 55_000_002 },
    });
    expect(byName.get("ruinProbability")).toMatchObject({
      year: null,
      unit: "percent",
      value: 0.02,
      error: { kind: "ci", low: 0.01, high: 0.04 },
    });
    expect(byName.get("valueAtRisk")).toMatchObject({
      value: 7_000_000,
      error: { kind: "ci", low: 6_500_000, high: 7_500_000 },
    });
    expect(byName.get("tailValueAtRisk")).toMatchObject({
      value: 8_000_000,
      error: { kind: "se", se: 400_000 },
    });
  });

  it("has one row per yearly figure for a one-year run, and no TVaR error when the tail has one path", () => {
    const oneYear = {
      ...summary,
      byYear: summary.byYear.slice(0, 1),
      risk: { ...summary.risk, tvar99_5Se: Number.NaN },
    };
    const figures = keyFigures(oneYear);
    expect(figures.filter((figure) => figure.figure === "members").map((figure) => figure.value)).toEqual([
      1_000_001,
    ]);
    expect(figures.find((figure) => figure.figure === "endingBalance")?.value).toBe(40_000_001);
    expect(figures.find((figure) => figure.figure === "tailValueAtRisk")?.error).toBeNull();
  });

  it("compareFigures puts A and B side by side with the paired differences the summary reports", () => {
    const rows = compareFigures(summary);
    const paid = rows.find((row) => row.figure === "benefitsPaid" && row.year === 2)!;
    expect([paid.a?.value, paid.b?.value]).toEqual([55_000_002, 55_001_002]);
    expect(paid.difference).toEqual({ mean: 1_000, se: 10, low: 980, high: 1_020 });
    expect(rows.find((row) => row.figure === "endingBalance")?.difference).toEqual({
      mean: -2_000,
      se: 10,
      low: -2_020,
      high: -1_980,
    });
    expect(rows.find((row) => row.figure === "ruinProbability")?.difference?.mean).toBe(0.01);
    // Every row has A, B and B − A with an interval, the horizon's benefits included.
    expect(rows.every((row) => row.difference !== null && row.a !== null && row.b !== null)).toBe(true);
    expect(rows.find((row) => row.figure === "lossRatio" && row.year === 2)?.difference?.mean).toBe(0.002);
    expect(rows.find((row) => row.figure === "valueAtRisk")?.difference?.mean).toBe(3_000);
    expect(rows.at(-1)).toMatchObject({
      figure: "totalBenefitsIncurred",
      a: { value: 120_000_000 },
      b: { value: 120_002_000 },
      difference: { mean: 2_000, se: 10, low: 1_980, high: 2_020 },
    });
    expect(() => compareFigures({ ...summary, compare: undefined })).toThrow(/no comparison/);
  });
});
