import { type CompiledPolicy, compilePolicy } from "../policy/compile-policy.ts";
import type { Scenario } from "../scenario/types.ts";
import { type ClaimFrequency, createClaimFrequency } from "./claim-frequency.ts";
import type { AliasTable } from "./discrete-alias-table.ts";
import { createLengthOfStay } from "./length-of-stay.ts";
import { type MembershipCells, createMembershipCells, initialMembership } from "./membership-cells.ts";
import { type SelfPaySeverity, createSelfPaySeverity } from "./self-pay-severity.ts";
import { createLagTable } from "./reporting-lag.ts";
import { type PriceTakeUp, priceTakeUp } from "./price-take-up.ts";

export { LAG_TABLE_SIZE } from "./reporting-lag.ts";

/**
 * Everything the simulation kernel reads, built once per scenario: the compiled policy, the membership
 * cells and starting counts, claim frequencies, the self-pay severity and length-of-stay tables, the
 * reporting-lag table, and fees by age band. Pure data, so a worker can rebuild it from the scenario.
 */
export interface Model {
  readonly scenario: Scenario;
  readonly policy: CompiledPolicy;
  readonly cells: MembershipCells;
  readonly initialCounts: Float64Array;
  readonly frequency: ClaimFrequency;
  readonly severity: SelfPaySeverity;
  readonly lengthOfStay: AliasTable;
  /** Quantiles of the reporting lag (exponential, mean from the fund assumptions): see `createLagTable`. */
  readonly lagTable: Float64Array;
  /** Fee per member by age band (active fee for active bands, retiree fee after). */
  readonly feeByBand: Float64Array;
  /** The active fee's effect on take-up and, through anti-selection, on the claim rate (applied once). */
  readonly takeUp: PriceTakeUp;
  /** Number of band slots in the band-attribution metrics (inpatient + special outpatient bands). */
  readonly bandSlots: number;
}

/** Compiles a scenario into the model the kernel runs. Cost: a few milliseconds (table building). */
export function compileModel(scenario: Scenario): Model {
  const policy = compilePolicy(scenario.policy);
  const cells = createMembershipCells(scenario);
  const fund = scenario.assumptions.fund;
  const lagTable = createLagTable(fund.meanReportingLagDays);
  const feeByBand = new Float64Array(cells.bands);
  for (let band = 0; band < cells.bands; band++) {
    feeByBand[band] = band < cells.activeBands ? scenario.policy.fees.active : scenario.policy.fees.retiree;
  }
  return {
    scenario,
    policy,
    cells,
    initialCounts: initialMembership(scenario, cells),
    frequency: createClaimFrequency(scenario, cells),
    severity: createSelfPaySeverity(scenario.assumptions.hospitalisation.selfPay),
    lengthOfStay: createLengthOfStay(scenario.assumptions.hospitalisation.meanLengthOfStay),
    lagTable,
    feeByBand,
    takeUp: priceTakeUp(scenario.assumptions.membership, scenario.policy.fees.active),
    bandSlots:
      policy.inpatientBands.count +
      (policy.specialOutpatientBands === policy.inpatientBands ? 0 : policy.specialOutpatientBands.count),
  };
}
