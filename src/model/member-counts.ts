import type { Model } from "./compile-model.ts";
import { ALLOWANCE_BUCKETS, FEMALE, SEXES, cellIndex } from "./membership-cells.ts";

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

/** Members holding a lump-sum product: women of eligible age × take-up for the women's product, else everyone. */
export function lumpSumHolders(model: Model, counts: Float64Array, kindIndex: number): number {
  const product = model.policy.lumpSums[kindIndex]!;
  const { cells } = model;
  let holders = 0;
  for (let region = 0; region < cells.regions.length; region++) {
    for (let sex = 0; sex < SEXES; sex++) {
      if (product.sex === "F" && sex !== FEMALE) continue;
      if (product.sex === "M" && sex === FEMALE) continue;
      for (let band = 0; band < cells.bands; band++) {
        if (product.maxAge !== null && cells.bandFrom[band]! > product.maxAge) continue;
        for (let bucket = 0; bucket < ALLOWANCE_BUCKETS; bucket++)
          holders += counts[cellIndex(cells, region, sex, band, bucket)]!;
      }
    }
  }
  const takeUp =
    product.kind === "special_disease" ? model.scenario.assumptions.hospitalisation.specialDiseaseTakeUp : 1;
  return Math.round(holders * takeUp);
}
