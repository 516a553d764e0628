import type {
  DifferenceEstimate,
  MeanEstimate,
  RunSummary,
  ScenarioSummary,
} from "../../risk/summarize-run.ts";

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
  | "reserveNeeded"
  | "totalBenefitsIncurred";

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
  readonly figure: FigureName;
  readonly year: number | null;
  readonly unit: FigureUnit;
  readonly a: KeyFigure | null;
  readonly b: KeyFigure | null;
  /** Paired difference B − A on common random numbers with its 95% interval, if the summary has it. */
  readonly difference: DifferenceEstimate | null;
}

/**
 * The comparison table: A's and B's key figures side by side, each with its difference B − A and 95%
 * interval as `summarizeRun` reports it (paired path by path on common random numbers for means and
 * ruin; unpaired and conservative for the median, VaR and TVaR), and the benefits incurred over the
 * horizon for A, B and B − A.
 * @throws Error when the summary has no comparison
 */
export function compareFigures(summary: RunSummary): CompareFigure[] {
  const compare = summary.compare;
  if (!compare) throw new Error("compareFigures: the summary has no comparison");
  const a = keyFigures(summary);
  const b = keyFigures(compare);
  const differences = compare.differences;
  const byYear = (year: number | null) => differences.byYear.find((entry) => entry.year === year);
  const differenceOf = (figure: KeyFigure): DifferenceEstimate | null => {
    const year = byYear(figure.year);
    switch (figure.figure) {
      case "members":
      case "claims":
      case "contributions":
      case "benefitsPaid":
      case "lossRatio":
      case "paidLossRatio":
        return year?.[figure.figure] ?? null;
      case "endingBalance":
        return year?.balance ?? null;
      case "ruinProbability":
      case "endingBalanceMedian":
      case "valueAtRisk":
      case "tailValueAtRisk":
      case "reserveNeeded":
      case "totalBenefitsIncurred":
        return differences[figure.figure] ?? null;
      default:
        return null;
    }
  };
  const rows: CompareFigure[] = a.map((figure, index) => ({
    figure: figure.figure,
    year: figure.year,
    unit: figure.unit,
    a: figure,
    b: b[index] ?? null,
    difference: differenceOf(figure),
  }));
  const total = (scenario: ScenarioSummary): KeyFigure => ({
    figure: "totalBenefitsIncurred",
    year: null,
    unit: "yuan",
    value: scenario.totalBenefitsIncurred.mean,
    error: se(scenario.totalBenefitsIncurred),
  });
  rows.push({
    figure: "totalBenefitsIncurred",
    year: null,
    unit: "yuan",
    a: total(summary),
    b: total(compare),
    difference: differences.totalBenefitsIncurred,
  });
  return rows;
}
