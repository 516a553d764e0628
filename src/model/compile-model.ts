import { type CompiledPolicy, compilePolicy } from "../policy/compile-policy.ts";
import type { Scenario } from "../scenario/types.ts";
import { type ClaimFrequency, createClaimFrequency } from "./claim-frequency.ts";
import type { AliasTable } from "./discrete-alias-table.ts";
import { createLengthOfStay } from "./length-of-stay.ts";
import { type MembershipCells, createMembershipCells, initialMembership } from "./membership-cells.ts";
import { type SelfPaySeverity, createSelfPaySeverity } from "./self-pay-severity.ts";
import { log } from "./portable-math.ts";
import { type PriceTakeUp, priceTakeUp } from "./price-take-up.ts";

/** Entries of the exponential quantile table for reporting lags. */
export const LAG_TABLE_SIZE = 1025;

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
  /** Quantiles of the reporting lag (exponential, mean from the fund assumptions) at u = i/(size−1). */
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
  const lagTable = new Float64Array(LAG_TABLE_SIZE);
  for (let i = 0; i < LAG_TABLE_SIZE - 1; i++) {
    lagTable[i] = -fund.meanReportingLagDays * log(1 - i / (LAG_TABLE_SIZE - 1));
  }
  // The last entry stands for the top 1/1024 of lags: their conditional mean, mean × (ln 1024 + 1).
  lagTable[LAG_TABLE_SIZE - 1] = fund.meanReportingLagDays * (log(LAG_TABLE_SIZE - 1) + 1);
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
