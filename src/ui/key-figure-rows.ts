import type { DifferenceEstimate, MeanEstimate, RunSummary, ScenarioSummary } from "../risk/summarize-run.ts";

/** The key figures of a run, each named for the table and for `data-figure` in the page. */
export type FigureName =
  | "members"
  | "claims"
  | "contributions"
  | "benefitsPaid"
  | "lossRatio"
  | "paidLossRatio"
  | "endingBalance"
  | "endingBalanceMedian"
  | "ruinProbability"
  | "valueAtRisk"
  | "tailValueAtRisk"
  | "reserveNeeded";

/** How a figure is shown: a count, yuan, or a ratio or probability in percent. */
export type FigureUnit = "count" | "yuan" | "percent";

/**
 * The Monte Carlo error of a figure: a standard error (`se`), a 95% interval (`ci`), or for a median, the
 * 5%–95% spread of the paths (`range`, not an error of the estimate).
 */
export type FigureError =
  | { readonly kind: "se"; readonly se: number }
  | { readonly kind: "ci"; readonly low: number; readonly high: number }
  | { readonly kind: "range"; readonly low: number; readonly high: number };

/** One row of the key-figures table. */
export interface KeyFigure {
  readonly figure: FigureName;
  /** Projection year of a yearly figure; `null` for a figure of the whole horizon. */
  readonly year: number | null;
  readonly unit: FigureUnit;
  readonly value: number;
  readonly error: FigureError | null;
}

const se = (estimate: MeanEstimate): FigureError => ({ kind: "se", se: estimate.se });

/**
 * The key figures of one scenario: members, claims, contributions, benefits paid and the incurred and paid
 * loss ratios in the first and last year; the ending balance (mean and median); ruin over the horizon;
 * VaR and TVaR 99.5% of the worst yearly loss (positive = a loss) and the reserve needed for ruin ≤ 0.5%,
 * each with its Monte Carlo error as `summarizeRun` gives it.
 */
export function keyFigures(summary: ScenarioSummary): KeyFigure[] {
  const first = summary.byYear[0]!;
  const last = summary.byYear[summary.byYear.length - 1]!;
  const years = first === last ? [first] : [first, last];
  const yearly = (
    figure: FigureName,
    unit: FigureUnit,
    pick: (year: (typeof years)[number]) => MeanEstimate,
  ): KeyFigure[] =>
    years.map((year) => ({ figure, year: year.year, unit, value: pick(year).mean, error: se(pick(year)) }));
  const { ruinProbability: ruin, risk } = summary;
  return [
    ...yearly("members", "count", (year) => year.members),
    ...yearly("claims", "count", (year) => year.claims),
    ...yearly("contributions", "yuan", (year) => year.contributions),
    ...yearly("benefitsPaid", "yuan", (year) => year.benefitsPaid),
    ...yearly("lossRatio", "percent", (year) => year.lossRatio),
    ...yearly("paidLossRatio", "percent", (year) => year.paidLossRatio),
    {
      figure: "endingBalance",
      year: last.year,
      unit: "yuan",
      value: last.balance.mean,
      error: se(last.balance),
    },
    {
      figure: "endingBalanceMedian",
      year: last.year,
      unit: "yuan",
      value: last.balance.p50,
      error: { kind: "range", low: last.balance.p5, high: last.balance.p95 },
    },
    {
      figure: "ruinProbability",
      year: null,
      unit: "percent",
      value: ruin.value,
      error: { kind: "ci", low: ruin.low, high: ruin.high },
    },
    {
      figure: "valueAtRisk",
      year: null,
      unit: "yuan",
      value: risk.var99_5,
      error: { kind: "ci", low: risk.var99_5Low, high: risk.var99_5High },
    },
    {
      figure: "tailValueAtRisk",
      year: null,
      unit: "yuan",
      value: risk.tvar99_5,
      error: Number.isFinite(risk.tvar99_5Se) ? { kind: "se", se: risk.tvar99_5Se } : null,
    },
    {
      figure: "reserveNeeded",
      year: null,
      unit: "yuan",
      value: risk.reserveNeeded.reserve,
      error: { kind: "ci", low: risk.reserveNeeded.low, high: risk.reserveNeeded.high },
    },
  ];
}

/** One row of the comparison table: the figure under A and under B, and B − A where the run pairs it. */
export interface CompareFigure {
  readonly figure: FigureName | "totalBenefitsIncurred";
  readonly year: number | null;
  readonly unit: FigureUnit;
  readonly a: KeyFigure | null;
  readonly b: KeyFigure | null;
  /** Paired difference B − A on common random numbers with its 95% interval, if the summary has it. */
  readonly difference: DifferenceEstimate | null;
}

/**
 * The comparison table: A's and B's key figures side by side, with the paired differences `summarizeRun`
 * reports (benefits paid and balance by year, ruin, total benefits incurred over the horizon).
 * @throws Error when the summary has no comparison
 */
export function compareFigures(summary: RunSummary): CompareFigure[] {
  const compare = summary.compare;
  if (!compare) throw new Error("compareFigures: the summary has no comparison");
  const a = keyFigures(summary);
  const b = keyFigures(compare);
  const byYear = (year: number | null) => compare.differences.byYear.find((entry) => entry.year === year);
  const differenceOf = (figure: KeyFigure): DifferenceEstimate | null => {
    if (figure.figure === "benefitsPaid") return byYear(figure.year)?.benefitsPaid ?? null;
    if (figure.figure === "endingBalance") return byYear(figure.year)?.balance ?? null;
    if (figure.figure === "ruinProbability") return compare.differences.ruinProbability;
    return null;
  };
  const rows: CompareFigure[] = a.map((figure, index) => ({
    figure: figure.figure,
    year: figure.year,
    unit: figure.unit,
    a: figure,
    b: b[index] ?? null,
    difference: differenceOf(figure),
  }));
  rows.push({
    figure: "totalBenefitsIncurred",
    year: null,
    unit: "yuan",
    a: null,
    b: null,
    difference: compare.differences.totalBenefitsIncurred,
  });
  return rows;
}
