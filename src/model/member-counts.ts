import type { Model } from "./compile-model.ts";
import { ALLOWANCE_BUCKETS, FEMALE, SEXES, cellIndex } from "./membership-cells.ts";

/** Years in an age band. */
const AGE_BAND_YEARS = 5;

/** Members who are retirees (or, with `retiree` false, active members). */
export function membersOfStatus(model: Model, counts: Float64Array, retiree: boolean): number {
  const { cells } = model;
  let total = 0;
  for (let cell = 0; cell < counts.length; cell++) {
    const band = Math.floor(cell / ALLOWANCE_BUCKETS) % cells.bands;
    if (band >= cells.activeBands === retiree) total += counts[cell]!;
  }
  return total;
}

/**
 * Members holding a lump-sum product: women of eligible age × take-up for the women's product, else
 * everyone. A five-year band [from, from + 5) counts for the share of its ages at or under the product's
 * age limit, (limit + 1 − from) / 5 between 0 and 1: "60 or under" admits one year in five of the
 * 60–64 retiree band, not all of it.
 * With `maxAge` 60: band 56–60 counts whole, band 60–64 counts 1/5, band 65–69 not at all.
 */
export function lumpSumHolders(model: Model, counts: Float64Array, kindIndex: number): number {
  const product = model.policy.lumpSums[kindIndex]!;
  const { cells } = model;
  let holders = 0;
  for (let region = 0; region < cells.regions.length; region++) {
    for (let sex = 0; sex < SEXES; sex++) {
      if (product.sex === "F" && sex !== FEMALE) continue;
      if (product.sex === "M" && sex === FEMALE) continue;
      for (let band = 0; band < cells.bands; band++) {
        const share =
          product.maxAge === null
            ? 1
            : Math.min(1, Math.max(0, (product.maxAge + 1 - cells.bandFrom[band]!) / AGE_BAND_YEARS));
        if (share === 0) continue;
        for (let bucket = 0; bucket < ALLOWANCE_BUCKETS; bucket++)
          holders += share * counts[cellIndex(cells, region, sex, band, bucket)]!;
      }
    }
  }
  const takeUp =
    product.kind === "special_disease" ? model.scenario.assumptions.hospitalisation.specialDiseaseTakeUp : 1;
  return Math.round(holders * takeUp);
}
