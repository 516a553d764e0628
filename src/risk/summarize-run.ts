import { yearOverridesOf } from "../scenario/stresses/year-override.ts";
import { resolveYearAdjustments } from "../sim/year-adjustments.ts";
import { Z_95 } from "../model/inverse-normal.ts";
import { METRIC } from "../sim/metrics.ts";
import type { BandSlot } from "../sim/band-slots.ts";
import type { ScenarioOutcome, SimulationRun } from "../sim/run-simulation.ts";
import { ENGINE_VERSION } from "../sim/engine-version.ts";
import { createPathShocks, drawPathShocks } from "../sim/common-shocks.ts";
import type { CommonShockAssumptions } from "../scenario/types.ts";
import { meanAndStandardError } from "./mean-and-standard-error.ts";
import { proportionEstimate } from "./proportion-estimate.ts";
import { quantileSorted } from "./quantile-sorted.ts";
import { type ReserveNeeded, reserveNeeded } from "./reserve-needed.ts";
import { tailValueAtRisk } from "./tail-value-at-risk.ts";
import { valueAtRisk } from "./value-at-risk.ts";

/** A mean with its Monte Carlo standard error. */
export interface MeanEstimate {
  mean: number;
  se: number;
}
/** A probability with its standard error and 95% Wilson interval. */
export interface ProbabilityEstimate {
  value: number;
  se: number;
  low: number;
  high: number;
}
/** A paired difference (second scenario minus first) with its 95% confidence interval. */
export interface DifferenceEstimate {
  mean: number;
  se: number;
  low: number;
  high: number;
}

export interface YearSummary {
  year: number;
  members: MeanEstimate;
  claims: MeanEstimate;
  contributions: MeanEstimate;
  benefitsIncurred: MeanEstimate;
  benefitsPaid: MeanEstimate & { p50: number; p95: number; p99_5: number };
  /** Incurred loss ratio: benefits of the year's claims (whenever paid) ÷ contributions. */
  lossRatio: MeanEstimate & { p95: number };
  /** Paid loss ratio: benefits paid in the year's cash (last year's late claims included) ÷ contributions. */
  paidLossRatio: MeanEstimate;
  balance: MeanEstimate & {
    p1: number;
    p5: number;
    p25: number;
    p50: number;
    p75: number;
    p95: number;
    p99: number;
  };
  liabilities: MeanEstimate;
  /** Probability that the fund was ruined in this year or before. */
  ruinProbability: ProbabilityEstimate;
}

/** Mean yuan a year paid to active members and to retirees. */
export interface ByStatus {
  active: number;
  retiree: number;
}

/** Where the money goes: mean yuan a year over the horizon. */
export interface Breakdown {
  /**
   * Benefit by co-pay band, each with its slot (table, bounds and rate; special outpatient bands after
   * the inpatient ones, when they differ): numbers, named by the views (`bandSlotName` in src/charts).
   */
  bands: (BandSlot & ByStatus)[];
  allowance: ByStatus;
  topUp: ByStatus;
  /** Special outpatient benefits (also inside `bands`). */
  specialOutpatient: number;
  /** Lump-sum products (not split by status). */
  lumpSums: number;
  /** Inpatient and special outpatient benefits by status. */
  active: number;
  retiree: number;
}

export interface ScenarioSummary {
  scenario: string;
  byYear: YearSummary[];
  /** Benefits incurred over the whole horizon (sum of the years), per path: mean and standard error. */
  totalBenefitsIncurred: MeanEstimate;
  /** Ruin in any year of the horizon. */
  ruinProbability: ProbabilityEstimate;
  /**
   * The common shocks and parameter uncertainty the run drew (the scenario's `assumptions.shocks`), so the
   * results state whether they include the risks that do not diversify away.
   */
  shocks: CommonShockAssumptions;
  /** What ruin means in these figures (the scenario's `fund.ruinBasis`, the same in the engine and charts). */
  ruinBasis: "balance" | "balanceLessLiabilities";
  /**
   * Risk figures, yuan, each a loss (a positive number is money lost; a negative one means even that bad a
   * year gains). Of what: each path's worst yearly loss over the horizon, loss = benefits incurred +
   * expenses − contributions − interest (the negative of the yearly result). `var99_5` is its 99.5%
   * quantile (the worst year of 1 path in 200), `tvar99_5` the mean beyond it; `reserveNeeded` the opening
   * fund that keeps ruin over the horizon at or under 0.5%.
   */
  risk: {
    var99_5: number;
    tvar99_5: number;
    var99_5Low: number;
    var99_5High: number;
    tvar99_5Se: number;
    reserveNeeded: ReserveNeeded;
  };
  breakdown: Breakdown;
}

export interface RunSummary extends ScenarioSummary {
  paths: number;
  years: number;
  seed: number;
  engine: string;
  compare?: ScenarioSummary & {
    /** Second minus first, path by path on common random numbers. */
    differences: {
      byYear: {
        year: number;
        members: DifferenceEstimate;
        claims: DifferenceEstimate;
        contributions: DifferenceEstimate;
        benefitsPaid: DifferenceEstimate;
        /** Difference of the path-by-path loss ratios (paths where both have contributions). */
        lossRatio: DifferenceEstimate;
        /** The same for the paid loss ratio (benefits paid in the year ÷ contributions). */
        paidLossRatio: DifferenceEstimate;
        balance: DifferenceEstimate;
        ruinProbability: DifferenceEstimate;
      }[];
      totalBenefitsIncurred: DifferenceEstimate;
      ruinProbability: DifferenceEstimate;
      /**
       * Differences of quantile figures, which cannot be paired path by path: B's estimate minus A's,
       * with the conservative interval [B low − A high, B high − A low] from each side's 95% interval
       * (order statistics), so at least 95% coverage; `se` is the interval's half-width / 1.96.
       */
      endingBalanceMedian: DifferenceEstimate;
      valueAtRisk: DifferenceEstimate;
      /** The opening reserve needed for the ruin target: unpaired, as the quantile figures. */
      reserveNeeded: DifferenceEstimate;
      /** TVaR: B − A with the unpaired standard error √(se_A² + se_B²). */
      tailValueAtRisk: DifferenceEstimate;
    };
  };
}

/** The fund's interest rate, or with an interest-rate path each path's rates, redrawn from its streams. */
function pathInterestRates(
  scenario: ScenarioOutcome["scenario"],
  seed: number,
  years: number,
): number | ((path: number) => Float64Array) {
  const { shocks, fund, hospitalisation } = scenario.assumptions;
  // A stress's interest rate (low-interest) replaces the path's rate in its years, as in the engine.
  const stressed = resolveYearAdjustments(yearOverridesOf(scenario), years).interest;
  const overridden = stressed.some((rate) => !Number.isNaN(rate));
  if (shocks.interestVolatility === 0 && !overridden) return fund.interestRate;
  const drawn = createPathShocks(years);
  return (path) => {
    if (shocks.interestVolatility === 0) drawn.interest.fill(fund.interestRate);
    else
      drawPathShocks(shocks, hospitalisation.medicalInflation, seed, path, years, drawn, fund.interestRate);
    stressed.forEach((rate, year) => {
      if (!Number.isNaN(rate)) drawn.interest[year] = rate;
    });
    return drawn.interest;
  };
}

/** Values of one metric in one year across paths. */
export function metricColumn(
  outcome: ScenarioOutcome,
  paths: number,
  years: number,
  year: number,
  metric: number,
): Float64Array {
  const values = new Float64Array(paths);
  for (let path = 0; path < paths; path++)
    values[path] = outcome.metrics[(path * years + (year - 1)) * outcome.width + metric]!;
  return values;
}

const sorted = (values: Float64Array) => Float64Array.from(values).sort();
const estimate = (values: ArrayLike<number>): MeanEstimate => {
  const { mean, se } = meanAndStandardError(values);
  return { mean, se: Number.isNaN(se) ? 0 : se };
};
const probability = (successes: number, n: number): ProbabilityEstimate => {
  const { value, se, wilson } = proportionEstimate(successes, n);
  return { value, se, low: wilson.low, high: wilson.high };
};
const difference = (values: ArrayLike<number>): DifferenceEstimate => {
  const { mean, se } = estimate(values);
  return { mean, se, low: mean - Z_95 * se, high: mean + Z_95 * se };
};

/** An estimate with a 95% interval (a quantile and its order-statistic interval). */
interface IntervalEstimate {
  value: number;
  low: number;
  high: number;
}

/**
 * The median of `values` with its 95% distribution-free interval from order statistics: ranks
 * n/2 ± 1.96·√(n/4) (the binomial approximation, as for VaR above).
 */
function medianInterval(values: Float64Array): IntervalEstimate {
  const ordered = sorted(values);
  const n = ordered.length;
  const spread = Z_95 * Math.sqrt(n * 0.25);
  const rank = (r: number) => ordered[Math.min(n - 1, Math.max(0, Math.round(r)))]!;
  return {
    value: quantileSorted(ordered, 0.5),
    low: rank(n * 0.5 - 1 - spread),
    high: rank(n * 0.5 - 1 + spread),
  };
}

/** B − A of two estimates that cannot be paired, with the conservative interval [B.low − A.high, B.high − A.low]. */
function unpaired(a: IntervalEstimate, b: IntervalEstimate): DifferenceEstimate {
  const low = b.low - a.high;
  const high = b.high - a.low;
  return { mean: b.value - a.value, se: (high - low) / (2 * Z_95), low, high };
}

function summarizeOutcome(
  outcome: ScenarioOutcome,
  paths: number,
  years: number,
  seed: number,
): ScenarioSummary {
  const column = (year: number, metric: number) => metricColumn(outcome, paths, years, year, metric);
  const byYear: YearSummary[] = [];
  for (let year = 1; year <= years; year++) {
    const paid = column(year, METRIC.benefitsPaid);
    const paidSorted = sorted(paid);
    const contributions = column(year, METRIC.contributions);
    const incurred = column(year, METRIC.benefitsIncurred);
    const lossRatio = incurred.map((value, path) =>
      contributions[path]! > 0 ? value / contributions[path]! : NaN,
    );
    const paidLossRatio = paid.map((value, path) =>
      contributions[path]! > 0 ? value / contributions[path]! : NaN,
    );
    const balance = column(year, METRIC.balance);
    const balanceSorted = sorted(balance);
    const ruined = column(year, METRIC.ruined).reduce((sum, value) => sum + value, 0);
    const q = (values: Float64Array, p: number) => quantileSorted(values, p);
    byYear.push({
      year,
      members: estimate(column(year, METRIC.members)),
      claims: estimate(column(year, METRIC.claims)),
      contributions: estimate(contributions),
      benefitsIncurred: estimate(incurred),
      benefitsPaid: {
        ...estimate(paid),
        p50: q(paidSorted, 0.5),
        p95: q(paidSorted, 0.95),
        p99_5: q(paidSorted, 0.995),
      },
      lossRatio: { ...estimate(lossRatio), p95: q(sorted(lossRatio), 0.95) },
      paidLossRatio: estimate(paidLossRatio),
      balance: {
        ...estimate(balance),
        p1: q(balanceSorted, 0.01),
        p5: q(balanceSorted, 0.05),
        p25: q(balanceSorted, 0.25),
        p50: q(balanceSorted, 0.5),
        p75: q(balanceSorted, 0.75),
        p95: q(balanceSorted, 0.95),
        p99: q(balanceSorted, 0.99),
      },
      liabilities: estimate(column(year, METRIC.liabilities)),
      ruinProbability: probability(ruined, paths),
    });
  }
  // Worst annual loss of each path.
  const worstLoss = new Float64Array(paths);
  for (let path = 0; path < paths; path++) {
    let worst = -Infinity;
    for (let year = 1; year <= years; year++)
      worst = Math.max(worst, -outcome.metrics[(path * years + year - 1) * outcome.width + METRIC.result]!);
    worstLoss[path] = worst;
  }
  const lossSorted = sorted(worstLoss);
  // 95% interval of the 99.5% quantile from order statistics: ranks n·p ± z·√(n·p·(1−p)).
  const spread = Z_95 * Math.sqrt(paths * 0.995 * 0.005);
  const rank = (r: number) => lossSorted[Math.min(paths - 1, Math.max(0, Math.round(r)))]!;
  const tailCount = Math.max(1, Math.ceil(paths * 0.005));
  const tail = lossSorted.subarray(paths - tailCount);
  const tailSe = tail.length > 1 ? meanAndStandardError(tail).se : NaN;

  const sumMetric = (metric: number) => {
    let total = 0;
    for (let i = 0; i < paths * years; i++) total += outcome.metrics[i * outcome.width + metric]!;
    return total / (paths * years);
  };
  const fund = outcome.scenario.assumptions.fund;
  const measures = new Float64Array(paths * years);
  for (let i = 0; i < paths * years; i++) {
    const balance = outcome.metrics[i * outcome.width + METRIC.balance]!;
    measures[i] =
      fund.ruinBasis === "balance"
        ? balance
        : balance - outcome.metrics[i * outcome.width + METRIC.liabilities]!;
  }
  const totalIncurred = new Float64Array(paths);
  for (let path = 0; path < paths; path++) {
    for (let year = 1; year <= years; year++)
      totalIncurred[path]! +=
        outcome.metrics[(path * years + year - 1) * outcome.width + METRIC.benefitsIncurred]!;
  }
  return {
    scenario: outcome.scenario.name,
    byYear,
    totalBenefitsIncurred: estimate(totalIncurred),
    ruinProbability: byYear[years - 1]!.ruinProbability,
    shocks: outcome.scenario.assumptions.shocks,
    ruinBasis: fund.ruinBasis,
    risk: {
      var99_5: valueAtRisk(worstLoss, 0.995),
      tvar99_5: tailValueAtRisk(worstLoss, 0.995),
      var99_5Low: rank(paths * 0.995 - 1 - spread),
      var99_5High: rank(paths * 0.995 - 1 + spread),
      tvar99_5Se: tailSe,
      reserveNeeded: reserveNeeded(
        measures,
        paths,
        years,
        pathInterestRates(outcome.scenario, seed, years),
        fund.openingBalance + fund.riskReserve,
        0.005,
      ),
    },
    breakdown: {
      bands: outcome.bandSlots.map((slot, index) => ({
        ...slot,
        active: sumMetric(METRIC.bands + index),
        retiree: sumMetric(METRIC.bands + outcome.bandSlots.length + index),
      })),
      allowance: {
        active: sumMetric(METRIC.allowance) - sumMetric(METRIC.retireeAllowance),
        retiree: sumMetric(METRIC.retireeAllowance),
      },
      topUp: {
        active: sumMetric(METRIC.topUp) - sumMetric(METRIC.retireeTopUp),
        retiree: sumMetric(METRIC.retireeTopUp),
      },
      specialOutpatient: sumMetric(METRIC.specialOutpatientBenefits),
      lumpSums: sumMetric(METRIC.lumpSumBenefits),
      active: sumMetric(METRIC.activeBenefits),
      retiree: sumMetric(METRIC.retireeBenefits),
    },
  };
}

/**
 * Summarises a run the way the results file and the workbench report it: by year, means with their Monte
 * Carlo standard errors, quantiles of benefits and balance, ruin probabilities with Wilson intervals, VaR
 * and TVaR 99.5% of the worst annual loss, and for a comparison the path-by-path differences (second −
 * first) on common random numbers with 95% intervals. Cost: O(paths × years × log paths).
 */
export function summarizeRun(run: SimulationRun): RunSummary {
  const { paths, years, seed } = run.request;
  const first = summarizeOutcome(run.outcomes[0]!, paths, years, seed);
  const summary: RunSummary = { ...first, paths, years, seed, engine: ENGINE_VERSION };
  const second = run.outcomes[1];
  if (second) {
    const a = run.outcomes[0]!;
    const paired = (year: number, metric: number) => {
      const x = metricColumn(a, paths, years, year, metric);
      const y = metricColumn(second, paths, years, year, metric);
      return y.map((value, path) => value - x[path]!);
    };
    const lossRatios = (outcome: ScenarioOutcome, year: number, metric: number) => {
      const benefits = metricColumn(outcome, paths, years, year, metric);
      const contributions = metricColumn(outcome, paths, years, year, METRIC.contributions);
      return benefits.map((value, path) => (contributions[path]! > 0 ? value / contributions[path]! : NaN));
    };
    const pairedLossRatio = (year: number, metric: number = METRIC.benefitsIncurred) => {
      const x = lossRatios(a, year, metric);
      const y = lossRatios(second, year, metric);
      return y.map((value, path) => value - x[path]!).filter((value) => !Number.isNaN(value));
    };
    const byYear = Array.from({ length: years }, (_, index) => ({
      year: index + 1,
      members: difference(paired(index + 1, METRIC.members)),
      claims: difference(paired(index + 1, METRIC.claims)),
      contributions: difference(paired(index + 1, METRIC.contributions)),
      benefitsPaid: difference(paired(index + 1, METRIC.benefitsPaid)),
      lossRatio: difference(pairedLossRatio(index + 1)),
      paidLossRatio: difference(pairedLossRatio(index + 1, METRIC.benefitsPaid)),
      balance: difference(paired(index + 1, METRIC.balance)),
      ruinProbability: difference(paired(index + 1, METRIC.ruined)),
    }));
    const totals = new Float64Array(paths);
    for (let year = 1; year <= years; year++) {
      const yearDifference = paired(year, METRIC.benefitsIncurred);
      for (let path = 0; path < paths; path++) totals[path] = totals[path]! + yearDifference[path]!;
    }
    const secondSummary = summarizeOutcome(second, paths, years, seed);
    const medianA = medianInterval(metricColumn(a, paths, years, years, METRIC.balance));
    const medianB = medianInterval(metricColumn(second, paths, years, years, METRIC.balance));
    const tvarSe = Math.sqrt(first.risk.tvar99_5Se ** 2 + secondSummary.risk.tvar99_5Se ** 2);
    const tvarDifference = secondSummary.risk.tvar99_5 - first.risk.tvar99_5;
    summary.compare = {
      ...secondSummary,
      differences: {
        byYear,
        totalBenefitsIncurred: difference(totals),
        ruinProbability: byYear[years - 1]!.ruinProbability,
        endingBalanceMedian: unpaired(medianA, medianB),
        valueAtRisk: unpaired(
          { value: first.risk.var99_5, low: first.risk.var99_5Low, high: first.risk.var99_5High },
          {
            value: secondSummary.risk.var99_5,
            low: secondSummary.risk.var99_5Low,
            high: secondSummary.risk.var99_5High,
          },
        ),
        tailValueAtRisk: {
          mean: tvarDifference,
          se: tvarSe,
          low: tvarDifference - Z_95 * tvarSe,
          high: tvarDifference + Z_95 * tvarSe,
        },
        reserveNeeded: unpaired(
          {
            value: first.risk.reserveNeeded.reserve,
            low: first.risk.reserveNeeded.low,
            high: first.risk.reserveNeeded.high,
          },
          {
            value: secondSummary.risk.reserveNeeded.reserve,
            low: secondSummary.risk.reserveNeeded.low,
            high: secondSummary.risk.reserveNeeded.high,
          },
        ),
      },
    };
  }
  return summary;
}
