import type { Model } from "../model/compile-model.ts";
import type { OpeningLiability } from "../scenario/types.ts";
import { lumpSumHolders } from "../model/member-counts.ts";
import { ALLOWANCE_BUCKETS } from "../model/membership-cells.ts";
import { inverseNormal } from "../model/inverse-normal.ts";
import { advanceMembership } from "./advance-membership.ts";
import { createPathShocks, drawPathShocks } from "./common-shocks.ts";
import { METRIC, metricCount } from "./metrics.ts";
import { streamFor } from "./random-stream.ts";
import { yearOverridesOf } from "../scenario/stresses/year-override.ts";
import { resolveYearAdjustments } from "./year-adjustments.ts";
import { simulateClaims } from "./simulate-claims.ts";
import type { Workspace } from "./workspace.ts";

export { createWorkspace, type Workspace } from "./workspace.ts";

/**
 * The year's members (all and retirees) and contributions: each cell's members at its band's fee, then
 * the fees of the lump-sum products' holders.
 */
function membersAndContributions(model: Model, counts: Float64Array) {
  let members = 0;
  let retirees = 0;
  let contributions = 0;
  const cells = model.cells;
  for (let cell = 0; cell < counts.length; cell++) {
    const band = Math.floor(cell / ALLOWANCE_BUCKETS) % cells.bands;
    members += counts[cell]!;
    if (band >= cells.activeBands) retirees += counts[cell]!;
    contributions += counts[cell]! * model.feeByBand[band]!;
  }
  model.policy.lumpSums.forEach((product, kindIndex) => {
    if (product) contributions += lumpSumHolders(model, counts, kindIndex) * product.fee;
  });
  return { members, retirees, contributions };
}

/** The claims outstanding at the start of a path: normal around the scenario's figure, at least 0. */
function drawOpeningLiability(opening: OpeningLiability, seed: number, path: number): number {
  const u = streamFor(seed, path, 0, "opening").uniform() + 0.5 / 4294967296;
  return Math.max(0, opening.mean + opening.standardDeviation * inverseNormal(u));
}

/**
 * Simulates one path of the fund over `years` years and writes one row of metrics per year into `result`
 * from `offset` (see `METRIC`). Randomness comes only from streams keyed by (seed, path, year, purpose), so
 * a path's figures do not depend on which worker runs it or on the other scenario of a comparison: two
 * scenarios run with the same seed share their draws (common random numbers) as far as their membership
 * agrees. Every member's claim frequency and self-pay move each year with the path's common shocks
 * (`drawPathShocks`: frequency and inflation paths, epidemics, parameter draws), applied per cell, not per
 * claim. Year one pays the claims outstanding at the start (`fund.openingLiability`, or the steady state:
 * year one's own unpaid claims at last year's costs). Cost: O(cells + claims) a year, no allocation per
 * claim.
 */
export function simulatePath(
  model: Model,
  seed: number,
  path: number,
  years: number,
  result: Float64Array,
  offset: number,
  workspace: Workspace,
): void {
  const steps = simulatePathYears(model, seed, path, years, result, offset, workspace);
  while (!steps.next().done);
}

/**
 * `simulatePath` a year at a time: each step runs one year (claims, fund, next year's membership) and
 * yields its number, so that a comparison can run its two scenarios' years in turn and the second pay
 * the stays the first drew in the same year (`SharedStays`). Same figures as `simulatePath`.
 */
export function* simulatePathYears(
  model: Model,
  seed: number,
  path: number,
  years: number,
  result: Float64Array,
  offset: number,
  workspace: Workspace,
): Generator<number, void, void> {
  const fund = model.scenario.assumptions.fund;
  const hospitalisation = model.scenario.assumptions.hospitalisation;
  const { counts, state } = workspace;
  const width = metricCount(model.bandSlots);
  counts.set(model.initialCounts);
  let balance = fund.openingBalance + fund.riskReserve;
  let owedFromLastYear = 0;
  let ruined = 0;
  let frailty = model.takeUp.frailty;
  const shocks = createPathShocks(years);
  // A stress's year overrides (none for an unstressed scenario); the draws are the same either way.
  const adjust = resolveYearAdjustments(yearOverridesOf(model.scenario), years);
  drawPathShocks(
    model.scenario.assumptions.shocks,
    hospitalisation.medicalInflation,
    seed,
    path,
    years,
    shocks,
    fund.interestRate,
    adjust.any ? adjust.epidemic : undefined,
  );
  const opening = fund.openingLiability;
  if (opening) owedFromLastYear = drawOpeningLiability(opening, seed, path);
  for (let year = 1; year <= years; year++) {
    const rowOffset = offset + (year - 1) * width;
    if (adjust.any && adjust.membership[year - 1] !== 1) {
      const keep = adjust.membership[year - 1]!;
      for (let cell = 0; cell < counts.length; cell++) counts[cell] = Math.round(counts[cell]! * keep);
    }
    const { members, retirees, contributions } = membersAndContributions(model, counts);
    const inflation = shocks.severity[year - 1]! * adjust.selfPay[year - 1]!;
    state.fill(0);
    const claimStream = streamFor(seed, path, year, "claims");
    const spill = simulateClaims(
      model,
      claimStream,
      workspace,
      result,
      rowOffset,
      inflation,
      frailty * shocks.frequency[year - 1]! * adjust.frequency[year - 1]!,
    );
    // The steady state: last year left as much unpaid as this year will, at last year's costs.
    if (year === 1 && !opening) owedFromLastYear = spill / (1 + hospitalisation.medicalInflation);
    const incurred = result[rowOffset + METRIC.benefitsIncurred]!;
    const paid = incurred - spill + owedFromLastYear;
    const expenses = fund.expenseRatio * contributions;
    // A stress's interest rate replaces the path's (drawn or fixed) rate in its years.
    const override = adjust.interest[year - 1]!;
    const rate = Number.isNaN(override) ? shocks.interest[year - 1]! : override;
    const interest = rate * (balance + (contributions - expenses - paid) / 2);
    balance += contributions - expenses - paid + interest;
    owedFromLastYear = spill;
    const measure = fund.ruinBasis === "balance" ? balance : balance - spill;
    if (measure < 0) ruined = 1;
    result[rowOffset + METRIC.members] = members;
    result[rowOffset + METRIC.activeMembers] = members - retirees;
    result[rowOffset + METRIC.retireeMembers] = retirees;
    result[rowOffset + METRIC.contributions] = contributions;
    result[rowOffset + METRIC.expenses] = expenses;
    result[rowOffset + METRIC.benefitsPaid] = paid;
    result[rowOffset + METRIC.interest] = interest;
    result[rowOffset + METRIC.balance] = balance;
    result[rowOffset + METRIC.liabilities] = spill;
    result[rowOffset + METRIC.ruined] = ruined;
    result[rowOffset + METRIC.result] = contributions - expenses - incurred + interest;
    if (year < years)
      frailty = advanceMembership(model, streamFor(seed, path, year, "membership"), workspace, frailty);
    yield year;
  }
}
