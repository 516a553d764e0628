import { yearOverridesOf } from "../scenario/stresses/year-override.ts";
import type { Scenario } from "../scenario/types.ts";
import type { BandSlot } from "./band-slots.ts";
import { METRIC } from "./metrics.ts";
import type { ScenarioOutcome } from "./run-simulation.ts";

/** Fund assumptions that act only in the fund step, after membership and claims (not the reporting lag). */
const FUND_STEP_FIELDS = [
  "openingBalance",
  "riskReserve",
  "interestRate",
  "expenseRatio",
  "ruinBasis",
] as const;

/** JSON with object keys sorted, so that equal scenarios written in a different key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

/** What of a scenario decides its membership and claims: all but its labels, settings and fund step. */
function drawsOf(scenario: Scenario): string {
  const fund: Record<string, unknown> = { ...scenario.assumptions.fund };
  for (const field of FUND_STEP_FIELDS) delete fund[field];
  // With an interest-rate path the kernel's rates are drawn around `interestRate`: not a fund-step change.
  if (scenario.assumptions.shocks.interestVolatility > 0)
    fund["interestRate"] = scenario.assumptions.fund.interestRate;
  return canonical({
    policy: scenario.policy,
    assumptions: { ...scenario.assumptions, fund },
    // A stress's year overrides act inside the kernel (members, claims, interest): never replayed.
    yearOverrides: yearOverridesOf(scenario),
  });
}

/**
 * Whether two scenarios have the same membership, claims and payments on every path, differing at most in
 * their names, descriptions, sources, run settings and the fund step (opening balance, risk reserve,
 * interest rate, expense ratio, ruin basis): then one simulation serves both and the second's fund is
 * replayed (`replayFund`). Not with an interest-rate path (`shocks.interestVolatility` > 0), whose
 * per-path rates the replay does not redraw.
 * @example
 * import { loadScenario } from "../scenario/load-scenario.ts";
 * const im = loadScenario("scenarios/inner-mongolia-2025.json");
 * const fund = { ...im.assumptions.fund, openingBalance: 0, interestRate: 0.03 };
 * sameDraws(im, { ...im, name: "no opening balance", assumptions: { ...im.assumptions, fund } })
 * // → true
 * sameDraws(im, loadScenario("scenarios/inner-mongolia-2025-cap-250k.json"))
 * // → false
 */
export function sameDraws(a: Scenario, b: Scenario): boolean {
  // With an interest-rate path each path's rates are drawn around the fund's rate: not replayed here.
  if (a.assumptions.shocks.interestVolatility !== 0 || b.assumptions.shocks.interestVolatility !== 0)
    return false;
  return drawsOf(a) === drawsOf(b);
}

/**
 * The outcome of `target` from the outcome of a scenario with the same draws (`sameDraws`): every figure
 * is copied and the fund step is run again with `target`'s fund: expenses, interest, balance, ruin and
 * the yearly result, by the same expressions as the kernel's `simulatePath`, so the figures are the ones
 * a simulation of `target` gives, bit for bit (a test checks it). Cost: O(paths × years × width).
 */
export function replayFund(
  outcome: ScenarioOutcome,
  target: Scenario,
  paths: number,
  years: number,
  slots: BandSlot[],
): ScenarioOutcome {
  const fund = target.assumptions.fund;
  const { width } = outcome;
  const metrics = Float64Array.from(outcome.metrics);
  for (let path = 0; path < paths; path++) {
    let balance = fund.openingBalance + fund.riskReserve;
    let ruined = 0;
    for (let year = 0; year < years; year++) {
      const row = (path * years + year) * width;
      const contributions = metrics[row + METRIC.contributions]!;
      const incurred = metrics[row + METRIC.benefitsIncurred]!;
      const paid = metrics[row + METRIC.benefitsPaid]!;
      const spill = metrics[row + METRIC.liabilities]!;
      const expenses = fund.expenseRatio * contributions;
      const interest = fund.interestRate * (balance + (contributions - expenses - paid) / 2);
      balance += contributions - expenses - paid + interest;
      const measure = fund.ruinBasis === "balance" ? balance : balance - spill;
      if (measure < 0) ruined = 1;
      metrics[row + METRIC.expenses] = expenses;
      metrics[row + METRIC.interest] = interest;
      metrics[row + METRIC.balance] = balance;
      metrics[row + METRIC.ruined] = ruined;
      metrics[row + METRIC.result] = contributions - expenses - incurred + interest;
    }
  }
  return { scenario: target, width, metrics, bandSlots: slots };
}
