import type { Model } from "../model/compile-model.ts";
import { ALLOWANCE_BUCKETS, SEXES, cellIndex } from "../model/membership-cells.ts";
import type { RandomStream } from "./random-stream.ts";
import { sampleBinomial, samplePoisson, stochasticRound } from "./sample-counts.ts";
import type { Workspace } from "./workspace.ts";

function addMembers(counts: Float64Array, cell: number, amount: number): void {
  counts[cell] = counts[cell]! + amount;
}

/**
 * Next year's members: units renew or lapse as groups (a binomial number of a region's units lapse),
 * members leave, age by a fifth of a five-year band a year, retire and continue or leave, leave at 70,
 * and new units join; the allowance count restarts for members paid an allowance. Renewal and growth run
 * at their reference rates: the fee's effect on take-up is a level set once in the starting membership
 * (`priceTakeUp`), not a change of the growth rate every year. Returns the frailty multiplier (unchanged:
 * anti-selection, like take-up, acts once).
 */
export function advanceMembership(
  model: Model,
  stream: RandomStream,
  workspace: Workspace,
  frailty: number,
): number {
  const { cells, scenario } = model;
  const membership = scenario.assumptions.membership;
  const { counts, nextCounts, allowancePaid } = workspace;
  const renewal = membership.unitRenewal;
  const growth = membership.newUnitGrowth;
  nextCounts.fill(0);
  // Members paid an allowance count their years from 1 again, where the policy says so (IM 2021 art. 10 item 6).
  const restarts = scenario.policy.inpatient.dailyAllowance?.restartAfterPayment ?? false;
  const ageStep = 1 / 5;
  const sexShares = [membership.femaleShare, 1 - membership.femaleShare];
  const ageTotal = membership.activeAgeBands.reduce((sum, band) => sum + band.share, 0);
  for (let region = 0; region < cells.regions.length; region++) {
    let regionMembers = 0;
    for (let sex = 0; sex < SEXES; sex++) {
      for (let band = 0; band < cells.bands; band++) {
        for (let bucket = 0; bucket < ALLOWANCE_BUCKETS; bucket++)
          regionMembers += counts[cellIndex(cells, region, sex, band, bucket)]!;
      }
    }
    if (regionMembers <= 0) continue;
    // Each region draws from its own substreams (lapses and joiners; then rounding).
    const regionStream = workspace.substream;
    regionStream.reseed(stream, 2 * region);
    const units = Math.max(1, Math.round(regionMembers / membership.meanUnitSize));
    const lapsedUnits = sampleBinomial(regionStream, units, 1 - renewal);
    const keep = (1 - lapsedUnits / units) * (1 - membership.memberExitRate);
    for (let sex = 0; sex < SEXES; sex++) {
      for (let band = 0; band < cells.bands; band++) {
        for (let bucket = 0; bucket < ALLOWANCE_BUCKETS; bucket++) {
          const cell = cellIndex(cells, region, sex, band, bucket);
          const stayers = counts[cell]! * keep;
          if (stayers <= 0) continue;
          const paidShare = restarts && counts[cell]! > 0 ? allowancePaid[cell]! / counts[cell]! : 0;
          // Allowance count: restart at 1 for those paid, else one more year (3+ stays 3+).
          const nextBucket = Math.min(bucket + 1, ALLOWANCE_BUCKETS - 1);
          const moving = stayers * ageStep;
          const staying = stayers - moving;
          // Stay in the band, or move up: the last active band retires (some continue), the first
          // retiree band moves to the second, the second leaves at 70.
          addMembers(nextCounts, cellIndex(cells, region, sex, band, 0), staying * paidShare);
          addMembers(nextCounts, cellIndex(cells, region, sex, band, nextBucket), staying * (1 - paidShare));
          const movedTo =
            band < cells.activeBands - 1 || band === cells.activeBands
              ? band + 1
              : band === cells.activeBands - 1 && cells.retirees
                ? cells.activeBands
                : -1;
          if (movedTo >= 0) {
            const moved = band === cells.activeBands - 1 ? moving * membership.retireeContinuation : moving;
            addMembers(nextCounts, cellIndex(cells, region, sex, movedTo, 0), moved * paidShare);
            addMembers(
              nextCounts,
              cellIndex(cells, region, sex, movedTo, nextBucket),
              moved * (1 - paidShare),
            );
          }
        }
      }
    }
    // New units join with the active age profile; their members start at year 1.
    const newUnits = samplePoisson(regionStream, (growth * regionMembers) / membership.meanUnitSize);
    const joiners = newUnits * membership.meanUnitSize;
    for (let sex = 0; sex < SEXES; sex++) {
      for (let band = 0; band < cells.activeBands; band++) {
        const index = cellIndex(cells, region, sex, band, 0);
        nextCounts[index] =
          nextCounts[index]! +
          joiners * sexShares[sex]! * (membership.activeAgeBands[band]!.share / ageTotal);
      }
    }
  }
  // Whole members; a region's cells are contiguous, and each region rounds from its own substream.
  const cellsPerRegion = counts.length / cells.regions.length;
  for (let region = 0; region < cells.regions.length; region++) {
    const roundingStream = workspace.substream;
    roundingStream.reseed(stream, 2 * region + 1);
    for (let cell = region * cellsPerRegion; cell < (region + 1) * cellsPerRegion; cell++) {
      counts[cell] = stochasticRound(roundingStream, nextCounts[cell]!);
    }
  }
  return frailty;
}
