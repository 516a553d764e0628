import { lumpSumHolders } from "../model/member-counts.ts";
import { LUMP_SUM_KINDS } from "../policy/compile-policy.ts";
import { payLumpSumFast } from "../policy/pay-lump-sum-fast.ts";
import type { HospitalisationAssumptions } from "../scenario/assumption-types.ts";
import type { ClaimYear } from "./claim-year.ts";
import { sampleBinomial } from "./sample-counts.ts";
import { TOTAL } from "./workspace.ts";

const DAYS_IN_YEAR = 365;

/** The yearly incidence of a lump-sum product's event among its holders. */
function incidenceOf(
  kind: (typeof LUMP_SUM_KINDS)[number],
  hospitalisation: HospitalisationAssumptions,
): number {
  return kind === "special_disease"
    ? hospitalisation.specialDiseaseIncidence
    : kind === "critical_illness"
      ? hospitalisation.criticalIllnessIncidence
      : hospitalisation.accidentIncidence;
}

/**
 * The year's lump-sum products: for each product the policy has, the events among its holders (a
 * binomial draw from the product's own substream of the year's claim stream), each on a day of the year,
 * to a new joiner with the probability `newUnitGrowth` (the observation period applies to them), for an
 * approved amount uniform between a third and all of the product's cap (E; Inner Mongolia women's
 * product ≈ 21.4k a claim against a 32k cap, docs/domain/assumptions.md D), paid with a fresh state.
 * Adds the lump sums paid to `workspace.totals` (`TOTAL.lumpSumClaims`) and returns the amount paid.
 */
export function simulateLumpSums(year: ClaimYear): number {
  const { model, stream, workspace } = year;
  const { cells, policy } = model;
  const { counts, state, totals } = workspace;
  const { hospitalisation, membership } = model.scenario.assumptions;
  let lumpSums = 0;
  LUMP_SUM_KINDS.forEach((kind, kindIndex) => {
    const product = policy.lumpSums[kindIndex];
    if (!product) return;
    const holders = lumpSumHolders(model, counts, kindIndex);
    const lumpStream = workspace.substream;
    lumpStream.reseed(stream, cells.cellCount + 2 + kindIndex);
    const events = sampleBinomial(lumpStream, holders, incidenceOf(kind, hospitalisation));
    for (let event = 0; event < events; event++) {
      state.fill(0);
      const day = lumpStream.uniform() * DAYS_IN_YEAR;
      const newJoiner = lumpStream.uniform() < membership.newUnitGrowth;
      const approved = (product.cap ?? 10000) * (1 / 3 + (2 / 3) * lumpStream.uniform());
      const inObservation = newJoiner && day < product.observationDays;
      const payout = payLumpSumFast(policy, kindIndex, approved, inObservation, 1, state, 0);
      if (payout > 0) {
        lumpSums += payout;
        totals[TOTAL.lumpSumClaims] = totals[TOTAL.lumpSumClaims]! + 1;
      }
    }
  });
  return lumpSums;
}
