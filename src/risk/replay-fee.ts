import type { Scenario } from "../scenario/types.ts";
import { METRIC } from "../sim/metrics.ts";
import type { ScenarioOutcome } from "../sim/run-simulation.ts";

/** The fund of every path at another fee, replayed from a run's cash flows. */
export interface FeeReplay {
  /** Paths ruined over the horizon. */
  ruined: number;
  /** Each path's mean yearly result (contributions − expenses − benefits incurred + interest), yuan. */
  results: Float64Array;
  /**
   * True when some path's ruin test came within rounding distance of zero (or the mean result did), so a
   * full simulation could decide it the other way: the caller must simulate this fee instead.
   */
  close: boolean;
}

/** Relative rounding margin: the replay and the kernel add the same terms in a different order. */
const MARGIN = 1e-9;

/**
 * Whether a scenario's membership and claims are the same at every fee, so that one run's cash flows
 * serve all fees: with no price elasticity, the fee changes neither renewal nor growth (and so neither
 * anti-selection nor the claims).
 * @example
 * import { loadScenario } from "../scenario/load-scenario.ts";
 * feeMovesOnlyContributions(loadScenario("scenarios/inner-mongolia-2025.json")) // elasticity −0.2
 * // → false
 */
export function feeMovesOnlyContributions(scenario: Scenario): boolean {
  // An interest-rate path (drawn in the kernel) is not replayed here: every fee is then simulated.
  return (
    scenario.assumptions.membership.priceElasticity === 0 &&
    scenario.assumptions.shocks.interestVolatility === 0
  );
}

/**
 * Replays the fund of every path of `outcome` at active fee `fee` (retiree fee in proportion, as
 * `withActiveFee`): contributions are re-priced from the active and retiree member counts (lump-sum fees
 * kept), then expenses, interest, the balance, ruin and the yearly result follow the kernel's fund step
 * (`simulatePath`) with the run's benefits paid, incurred and outstanding. Exact in everything but the
 * order of a few additions; `close` flags the rare fee where that order could flip a ruin decision or the
 * sign of the mean result. Valid only when `feeMovesOnlyContributions(outcome.scenario)`.
 * Cost: O(paths × years), no simulation.
 */
export function replayFee(outcome: ScenarioOutcome, paths: number, years: number, fee: number): FeeReplay {
  const scenario = outcome.scenario;
  const fund = scenario.assumptions.fund;
  const fees = scenario.policy.fees;
  const ratio = fees.active > 0 ? fees.retiree / fees.active : 1;
  const activeFee = fee;
  const retireeFee = fee * ratio;
  const { metrics, width } = outcome;
  const results = new Float64Array(paths);
  let ruined = 0;
  let close = false;
  let resultTotal = 0;
  let resultScale = 0;
  for (let path = 0; path < paths; path++) {
    let balance = fund.openingBalance + fund.riskReserve;
    let pathRuined = false;
    let total = 0;
    for (let year = 0; year < years; year++) {
      const row = (path * years + year) * width;
      const active = metrics[row + METRIC.activeMembers]!;
      const retirees = metrics[row + METRIC.retireeMembers]!;
      const lumpSumFees =
        metrics[row + METRIC.contributions]! - active * fees.active - retirees * fees.retiree;
      const contributions = active * activeFee + retirees * retireeFee + lumpSumFees;
      const paid = metrics[row + METRIC.benefitsPaid]!;
      const incurred = metrics[row + METRIC.benefitsIncurred]!;
      const expenses = fund.expenseRatio * contributions;
      const interest = fund.interestRate * (balance + (contributions - expenses - paid) / 2);
      const scale = Math.abs(balance) + Math.abs(contributions) + Math.abs(paid) + Math.abs(incurred);
      balance += contributions - expenses - paid + interest;
      const measure = fund.ruinBasis === "balance" ? balance : balance - metrics[row + METRIC.liabilities]!;
      if (!pathRuined && Math.abs(measure) <= MARGIN * scale) close = true;
      if (measure < 0) pathRuined = true;
      total += contributions - expenses - incurred + interest;
      resultScale += scale;
    }
    if (pathRuined) ruined++;
    results[path] = total / years;
    resultTotal += results[path]!;
  }
  if (Math.abs(resultTotal) <= (MARGIN * resultScale) / years) close = true;
  return { ruined, results, close };
}
