import type { Scenario } from "../scenario/types.ts";
import { priceTakeUp } from "./price-take-up.ts";

/**
 * Members are counted in cells, not carried one by one: region × sex × age band × allowance years
 * (1, 2, 3+). Age bands are the active bands of the scenario followed by two retiree bands (60–64, 65–70).
 * A member who does not claim costs nothing beyond its cell's count.
 */
export interface MembershipCells {
  readonly regions: readonly string[];
  readonly activeBands: number;
  /** Active bands plus the two retiree bands. */
  readonly bands: number;
  readonly cellCount: number;
  /** First age of each band (retiree bands start at the retirement age and 5 years later). */
  readonly bandFrom: Float64Array;
  readonly retirees: boolean;
}

/** Years-of-participation buckets for the allowance: 1, 2, 3 or more. */
export const ALLOWANCE_BUCKETS = 3;
export const SEXES = 2;
export const FEMALE = 0;

/** Index of a cell. */
export function cellIndex(
  cells: MembershipCells,
  region: number,
  sex: number,
  band: number,
  bucket: number,
): number {
  return ((region * SEXES + sex) * cells.bands + band) * ALLOWANCE_BUCKETS + bucket;
}

/** The cell layout of a scenario. */
export function createMembershipCells(scenario: Scenario): MembershipCells {
  const membership = scenario.assumptions.membership;
  const activeBands = membership.activeAgeBands.length;
  const bands = activeBands + 2;
  const bandFrom = new Float64Array(bands);
  membership.activeAgeBands.forEach((band, index) => (bandFrom[index] = band.from));
  bandFrom[activeBands] = membership.retirementAge;
  bandFrom[activeBands + 1] = membership.retirementAge + 5;
  return {
    regions: membership.regions.map((region) => region.name),
    activeBands,
    bands,
    cellCount: membership.regions.length * SEXES * bands * ALLOWANCE_BUCKETS,
    bandFrom,
    retirees: scenario.policy.eligibility.retiree !== null,
  };
}

/**
 * Starting membership by cell (expected counts, rounded to whole members): each region's members split
 * into retirees and actives, by sex, by the active age profile (retirees 60/40 over their two bands) and
 * by allowance years, times the take-up level of the active fee against the reference fee (`priceTakeUp`).
 */
export function initialMembership(scenario: Scenario, cells: MembershipCells): Float64Array {
  const membership = scenario.assumptions.membership;
  const counts = new Float64Array(cells.cellCount);
  const ageTotal = membership.activeAgeBands.reduce((sum, band) => sum + band.share, 0);
  const retireeShare = cells.retirees ? membership.retireeShare : 0;
  const sexShares = [membership.femaleShare, 1 - membership.femaleShare];
  const buckets = membership.allowanceYearsShares;
  const bucketTotal = buckets[0] + buckets[1] + buckets[2];
  const takeUp = priceTakeUp(membership, scenario.policy.fees.active).level;
  membership.regions.forEach((region, regionIndex) => {
    for (let sex = 0; sex < SEXES; sex++) {
      for (let band = 0; band < cells.bands; band++) {
        const bandShare =
          band < cells.activeBands
            ? (1 - retireeShare) * (membership.activeAgeBands[band]!.share / ageTotal)
            : retireeShare * (band === cells.activeBands ? 0.6 : 0.4);
        for (let bucket = 0; bucket < ALLOWANCE_BUCKETS; bucket++) {
          counts[cellIndex(cells, regionIndex, sex, band, bucket)] = Math.round(
            region.members * takeUp * sexShares[sex]! * bandShare * (buckets[bucket]! / bucketTotal),
          );
        }
      }
    }
  });
  return counts;
}
