import { compileModel } from "../model/compile-model.ts";
import type { MemberPeriod } from "../policy/records.ts";
import { contributionsByOrigin } from "../reserve/contributions-by-origin.ts";
import type { ReserveGrain } from "../reserve/reserve-grain.ts";
import type { Scenario } from "../scenario/types.ts";
import { expectedClaims } from "./expected-claims.ts";

/**
 * The scenario's own expectation of each origin period's ultimate claims, for Bornhuetter–Ferguson's
 * a-priori amounts: the model's expected payout of each member-year (`expectedClaims`, at the scenario's
 * base costs) for every member-period read, spread over its days of cover and summed by origin period
 * `first`, `first + 1`, … (numbered as `periodOfDay`).
 */
export function expectedByOrigin(
  scenario: Scenario,
  members: readonly MemberPeriod[],
  grain: ReserveGrain,
  first: number,
  count: number,
): number[] {
  const expected = expectedClaims(compileModel(scenario));
  const covers = members.map((member) => ({
    periodStart: member.periodStart,
    periodEnd: member.periodEnd,
    fee:
      (expected.payout(expected.bandOf(member), member.allowanceYears) *
        (member.periodEnd - member.periodStart + 1)) /
      365,
  }));
  return contributionsByOrigin(covers, grain, first, count);
}
