import { describe, expect, it } from "vitest";
import { annualResultsText } from "../../src/charts/annual-results-text.ts";
import { claimsByMonthSpec } from "../../src/charts/claims-by-month-spec.ts";
import { chartContract } from "./chart-contract.ts";
import { tooltips, withView } from "./render.ts";

const rows = [1, 2, 3].flatMap((month) => [
  { month, year: "2023", claims: 180 + month },
  { month, year: "2024", claims: 190 + month },
]);

chartContract("claimsByMonthSpec", {
  make: claimsByMonthSpec,
  dataNames: ["monthClaims"],
  datasets: { monthClaims: rows },
  title: (locale) => annualResultsText(locale).claimsByMonth.title,
  texts: (locale) => [annualResultsText(locale).claimsByMonth.x, annualResultsText(locale).claimsByMonth.y],
  variants: [{}, { locale: "en" }],
  tooltip: (locale) => {
    const t = annualResultsText(locale).claimsByMonth;
    return { keys: [t.year, t.x, t.y], value: "181" };
  },
  dataMark: "lines",
});

describe("claimsByMonthSpec", () => {
  it("shows a point per month and year, with its claims in the tooltip", async () => {
    await withView(claimsByMonthSpec(), { monthClaims: rows }, (view) => {
      const values = tooltips(view).map((tooltip) => Object.values(tooltip).join(" "));
      expect(values).toContain("2024 3 193");
      expect(values).toContain("2023 1 181");
    });
  });
});
