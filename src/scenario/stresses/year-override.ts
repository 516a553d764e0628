import type { Scenario } from "../types.ts";

/**
 * A change the engine applies in some years of every path, on top of the scenario's assumptions and its
 * random common shocks. Stresses are made of these; the random draws are untouched, so a stressed run and
 * its base share their random numbers and differ only in the years and quantities an override names.
 */
export interface YearOverride {
  /** First year it applies (1 = the first projected year). */
  from: number;
  /** Last year it applies (inclusive); omitted: to the end of the horizon. */
  to?: number;
  /** Multiplies every member's claim frequency in these years (after the random shocks). */
  frequencyMultiplier?: number;
  /**
   * Replaces the year's random epidemic factor: these years are epidemic years with this claim-frequency
   * multiplier, whatever the epidemic draw said (the draw is still made, so later years keep their numbers).
   */
  epidemicMultiplier?: number;
  /** Multiplies every stay's self-pay (and special outpatient self-pay) in these years. */
  selfPayMultiplier?: number;
  /**
   * Multiplies the members of every cell once, at the start of year `from` (after the year before's
   * renewals), rounded to whole members: a one-off fall (0.85) or rise that later years carry forward.
   */
  membershipMultiplier?: number;
  /** Replaces the fund's yearly interest rate in these years. */
  interestRate?: number;
}

/** A scenario with the year overrides of its stresses (set by `applyStresses`, not written in files). */
export type StressedScenario = Scenario & {
  /** The year overrides the engine applies, in order. */
  yearOverrides?: YearOverride[];
  /** Names of the stresses applied, in order (for the results). */
  stresses?: string[];
};

/** The overrides carried by a scenario (none for an unstressed one). */
export function yearOverridesOf(scenario: Scenario): readonly YearOverride[] {
  return (scenario as StressedScenario).yearOverrides ?? [];
}
