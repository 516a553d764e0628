import type { Model } from "../model/compile-model.ts";
import type { ClaimYear } from "./claim-year.ts";
import { METRIC } from "./metrics.ts";
import type { RandomStream } from "./random-stream.ts";
import { simulateLumpSums } from "./simulate-lump-sums.ts";
import { simulateSpecialOutpatients } from "./simulate-special-outpatients.ts";
import { simulateStays } from "./simulate-stays.ts";
import { TOTAL, type Workspace } from "./workspace.ts";

/**
 * Money and counts of one year's claims, accumulated in the row of the result: the stays of every cell,
 * then the special-outpatient patients, then the lump-sum products, each from its own substreams of
 * `stream`. Returns the benefits incurred this year but paid after its end (the reporting lag).
 */
export function simulateClaims(
  model: Model,
  stream: RandomStream,
  workspace: Workspace,
  row: Float64Array,
  rowOffset: number,
  inflation: number,
  frailty: number,
): number {
  const { totals } = workspace;
  // Band attribution: active members' slots, then retirees'.
  const bands = rowOffset + METRIC.bands;
  const year: ClaimYear = {
    model,
    stream,
    workspace,
    activeBandRow: row.subarray(bands, bands + model.bandSlots),
    retireeBandRow: row.subarray(bands + model.bandSlots, bands + 2 * model.bandSlots),
    inflation,
  };
  totals.fill(0);
  workspace.allowancePaid.fill(0);
  // A comparison's scenarios share the stays of the cells where their members agree (bit-identical).
  simulateStays(year, frailty, workspace.sharedStays);
  const stays = totals[TOTAL.incurred]!;
  const specialOutpatient = simulateSpecialOutpatients(year);
  const lumpSums = simulateLumpSums(year);

  row[rowOffset + METRIC.claims] = totals[TOTAL.claims]!;
  row[rowOffset + METRIC.benefitsIncurred] = stays + specialOutpatient + lumpSums;
  row[rowOffset + METRIC.allowance] = totals[TOTAL.allowance]!;
  row[rowOffset + METRIC.topUp] = totals[TOTAL.topUp]!;
  row[rowOffset + METRIC.activeBenefits] = totals[TOTAL.active]!;
  row[rowOffset + METRIC.retireeBenefits] = totals[TOTAL.retiree]!;
  row[rowOffset + METRIC.retireeAllowance] = totals[TOTAL.retireeAllowance]!;
  row[rowOffset + METRIC.retireeTopUp] = totals[TOTAL.retireeTopUp]!;
  row[rowOffset + METRIC.specialOutpatientBenefits] = specialOutpatient;
  row[rowOffset + METRIC.lumpSumBenefits] = lumpSums;
  row[rowOffset + METRIC.lumpSumClaims] = totals[TOTAL.lumpSumClaims]!;
  return totals[TOTAL.spill]!;
}
